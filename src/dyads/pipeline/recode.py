"""Code stored articles again and put their new events in place of the old ones.

Used after ``ingest --stage articles`` (articles without events) or after a
dictionary or pattern change.  Like an ingest, each batch holds the store only
while it is read and while it is written: read the batch's articles, close,
code, open, and in one transaction replace each coded article's events (delete
them, insert the new ones) and its tone, commit.  An article that fails to
code keeps the events it had and is reported in one line; a run that is
interrupted leaves every batch before it recoded and the rest as they were.
Coding is deterministic, so recoding twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from dyads.errors import Interrupted
from dyads.pipeline.ingest import ArticleCoding, Coder, CodingFailure, StoreOpener, article_label
from dyads.pipeline.interrupts import interrupts_held
from dyads.store.articles import ArticleQuery, ArticleStatus, article_ids, query_articles, set_tone
from dyads.store.events import replace_article_events


@dataclass(frozen=True, slots=True)
class RecodeSummary:
    matched: int = 0
    recoded: int = 0
    failed: int = 0
    events_before: int = 0
    events_after: int = 0
    errors: tuple[str, ...] = field(default_factory=tuple)

    def line(self) -> str:
        return (f"{self.matched} articles matched, {self.recoded} recoded, {self.failed} failed; "
                f"events {self.events_before} -> {self.events_after}")  # fmt: skip


def recode(
    query: ArticleQuery,
    *,
    store: StoreOpener,
    coder: Coder,
    batch_size: int = 200,
    on_error: Callable[[str], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> RecodeSummary:
    """Recode every stored article ``query`` matches (its limit aside), batch by batch."""
    with interrupts_held(), store() as session:
        ids = article_ids(session, ArticleQuery(since=query.since, until=query.until, source=query.source,
                                                search=query.search, doc_ids=query.doc_ids,
                                                status=ArticleStatus.LIVE, limit=None))  # fmt: skip
    errors: list[str] = []
    recoded = before = after = 0
    try:
        for start in range(0, len(ids), batch_size):
            batch = ids[start : start + batch_size]
            done = _code_batch(batch, store=store, coder=coder, errors=errors, on_error=on_error)
            if done:
                with interrupts_held():
                    with store() as session, session.transaction():
                        for doc_id, coding in done:
                            before += replace_article_events(session, doc_id, coding.events)
                            set_tone(session, doc_id, coding.tone)
                    recoded += len(done)
                    after += sum(len(c.events) for _, c in done)
            if on_progress:
                on_progress(len(batch))
    except KeyboardInterrupt:
        raise Interrupted(
            f"interrupted: {recoded} of {len(ids)} articles recoded before it, the others keep the events they had;"
            " run recode again to go on"
        ) from None
    return RecodeSummary(len(ids), recoded, len(errors), before, after, tuple(errors))


def _code_batch(
    batch: list[str],
    *,
    store: StoreOpener,
    coder: Coder,
    errors: list[str],
    on_error: Callable[[str], None] | None,
) -> list[tuple[str, ArticleCoding]]:
    """Read and code one batch (the store closed while it codes); failures are reported and left out."""
    with interrupts_held(), store() as session:
        articles = query_articles(session, ArticleQuery(doc_ids=tuple(batch), limit=None))
    outcomes = coder(articles)
    done: list[tuple[str, ArticleCoding]] = []
    for article, outcome in zip(articles, outcomes, strict=True):
        if isinstance(outcome, CodingFailure):
            message = f"{article_label(article)}: {outcome.stage} failed: {outcome.reason}; its events are kept"
            errors.append(message)
            if on_error:
                on_error(message)
        else:
            done.append((article.doc_id, outcome))
    return done
