"""Code the gold sets with the pipeline's own resources and pair each sentence's gold triples with
the coded ones."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dyads.actors import resolve_actors
from dyads.errors import InputError
from dyads.evaluation.gold import GoldSentence, GoldSet
from dyads.evaluation.triples import Triple
from dyads.events import code_events
from dyads.ingest.formats.plaintext import read_plain_text
from dyads.ingest.text.normalise import normalise_text
from dyads.pipeline.coding import code_parsed
from dyads.pipeline.resources import Resources
from dyads.records.event import Event


@dataclass(frozen=True, slots=True)
class CodedSentence:
    gold: GoldSentence
    events: tuple[Event, ...]  # every event the coder found, factual or not

    @property
    def coded(self) -> tuple[Triple, ...]:
        """The dyadic, factual events as triples: what is scored."""
        return tuple(as_triple(e) for e in self.events if e.factual and e.dyadic)

    @property
    def monadic(self) -> tuple[Triple, ...]:
        """Factual events without a known target (or source): counted apart."""
        return tuple(as_triple(e) for e in self.events if e.factual and not e.dyadic)


def as_triple(e: Event) -> Triple:
    return Triple(e.source.code if e.source else None, e.target.code if e.target else None, e.code)


def code_gold(gold: GoldSet, res: Resources) -> list[CodedSentence]:
    """Each sentence coded on its own, as of its date, with the default policies of `dyads code`: its
    text cleaned as ingest cleans an article (a gold span is raw corpus text)."""
    if res.patterns is None or res.codebook is None:
        raise ValueError("the evaluation needs the codebook and patterns")
    docs = res.parser.parse_many((g.id, normalise_text(g.text)) for g in gold.sentences)
    out = []
    for g, doc in zip(gold.sentences, docs, strict=True):
        actors = resolve_actors(doc, kb=res.kb, published=g.date)
        events = code_events(doc, actors, patterns=res.patterns, codebook=res.codebook, kb=res.kb, published=g.date,
                             towns=res.towns)
        out.append(CodedSentence(g, events))
    return out


def seed_events(path: Path, res: Resources) -> tuple[Event, ...]:
    """The seed article through the whole pipeline, as `dyads code` runs it."""
    for article in read_plain_text(path.read_text(encoding="utf-8"), source=str(path)):
        if isinstance(article, InputError):
            raise article
        doc = res.parser.parse(article.doc_id, article.text)
        return code_parsed(article, doc, res).events
    raise InputError(str(path), "no article in the file")
