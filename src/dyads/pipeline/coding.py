"""Article → parse → actors → events → attributes, for one article or a stream.

:func:`code_articles` raises on the first failure (for tests and evaluation);
:func:`code_each` isolates every article: one that makes a stage fail becomes a
:class:`CodingFailure` naming the stage, and the others are still coded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from dyads.actors import resolve_actors
from dyads.attributes import article_tone, attach_attributes
from dyads.errors import DyadsError
from dyads.events import code_events
from dyads.nlp.limits import bound_text
from dyads.pipeline.ingest import ArticleCoding, Coder, CodingFailure
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
    return _run_stages(article, doc, resources, reached=[])


def _run_stages(article: Article, doc: ParsedDoc, resources: Resources, *, reached: list[str]) -> CodedArticle:
    """The coding stages in order; ``reached`` gets each stage's name as it starts."""
    reached.append("actors")
    actors = resolve_actors(doc, kb=resources.kb, published=article.published, byline=article.byline)
    events: tuple[Event, ...] = ()
    tone: Tone | None = None
    if resources.patterns is not None and resources.codebook is not None:
        reached.append("events")
        events = code_events(
            doc, actors, patterns=resources.patterns, codebook=resources.codebook,
            kb=resources.kb, published=article.published, towns=resources.towns,
        )  # fmt: skip
        if resources.attributes is not None:
            reached.append("attributes")
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


def code_each(
    articles: Sequence[Article], resources: Resources, *, batch_size: int = 16
) -> Iterator[CodedArticle | CodingFailure]:
    """One outcome per article, in order, as each is done: coded, or the stage that failed and why."""
    done = 0
    try:
        for doc in resources.parser.parse_many(((a.doc_id, a.text) for a in articles), batch_size=batch_size):
            article = articles[done]
            done += 1
            yield _code_one(article, doc, resources)
    except Exception:  # isolation boundary: find the article that broke the batch, parse the rest alone
        for article in articles[done:]:
            parsed = _parse_one(article, resources)
            yield parsed if isinstance(parsed, CodingFailure) else _code_one(article, parsed, resources)


def _parse_one(article: Article, resources: Resources) -> ParsedDoc | CodingFailure:
    try:
        return resources.parser.parse(article.doc_id, article.text)
    except Exception as exc:  # isolation boundary: one article's parse
        return CodingFailure("parse", _reason(exc))


def _code_one(article: Article, doc: ParsedDoc, resources: Resources) -> CodedArticle | CodingFailure:
    reached: list[str] = []
    try:
        return _run_stages(article, doc, resources, reached=reached)
    except Exception as exc:  # isolation boundary: one article's coding
        return CodingFailure(reached[-1] if reached else "actors", _reason(exc))


def _reason(exc: Exception) -> str:
    if isinstance(exc, DyadsError):
        return str(exc)
    text = str(exc).strip()
    first = text.splitlines()[0][:200] if text else ""
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def event_coder(resources: Resources) -> Coder:
    """The ``Coder`` that :func:`dyads.pipeline.ingest` calls on each batch of new articles."""

    def code(articles: Sequence[Article]) -> Iterator[ArticleCoding | CodingFailure]:
        for outcome in code_each(articles, resources):  # one by one, as each article is coded
            yield outcome if isinstance(outcome, CodingFailure) else ArticleCoding(
                outcome.events,
                outcome.tone.compound if outcome.tone else None,
                bound_text(outcome.article.text).notes,
            )

    return code
