"""Article → parse → actors → events → attributes, for one article or a stream."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from dyads.actors import resolve_actors
from dyads.attributes import article_tone, attach_attributes
from dyads.events import code_events
from dyads.pipeline.ingest import ArticleCoding, Coder
from dyads.pipeline.resources import Resources
from dyads.records.actor import ActorMention
from dyads.records.article import Article
from dyads.records.attributes import Tone
from dyads.records.event import Event
from dyads.records.parse import ParsedDoc


@dataclass(frozen=True, slots=True)
class CodedArticle:
    article: Article
    doc: ParsedDoc
    actors: tuple[ActorMention, ...]
    events: tuple[Event, ...]
    tone: Tone | None = None  # the article's tone (VADER compound, length-weighted mean of sentences)


def code_parsed(article: Article, doc: ParsedDoc, resources: Resources) -> CodedArticle:
    actors = resolve_actors(doc, kb=resources.kb, published=article.published, byline=article.byline)
    events: tuple[Event, ...] = ()
    tone: Tone | None = None
    if resources.patterns is not None and resources.codebook is not None:
        events = code_events(
            doc, actors, patterns=resources.patterns, codebook=resources.codebook,
            kb=resources.kb, published=article.published,
        )  # fmt: skip
        if resources.attributes is not None:
            events = attach_attributes(
                events, doc, published=article.published, resources=resources.attributes, actors=actors
            )
            tone = article_tone(doc, resources.attributes)
    return CodedArticle(article, doc, actors, events, tone)


def code_articles(articles: Iterable[Article], resources: Resources, *, batch_size: int = 16) -> Iterator[CodedArticle]:
    """Code a stream of articles, parsing in batches, in order."""
    pending: list[Article] = []

    def flush() -> Iterator[CodedArticle]:
        docs = resources.parser.parse_many(((a.doc_id, a.text) for a in pending), batch_size=batch_size)
        for article, doc in zip(pending, docs, strict=True):
            yield code_parsed(article, doc, resources)
        pending.clear()

    for article in articles:
        pending.append(article)
        if len(pending) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()


def event_coder(resources: Resources) -> Coder:
    """The ``Coder`` that :func:`dyads.pipeline.ingest` calls on each batch of new articles."""

    def code(articles: Sequence[Article]) -> list[ArticleCoding]:
        return [
            ArticleCoding(c.events, c.tone.compound if c.tone else None) for c in code_articles(articles, resources)
        ]

    return code
