"""Read inputs, optionally code them, and store articles with their events.

Each batch is one transaction: an interrupted run leaves whole articles (with
all their events) or nothing of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from dyads.errors import InputError
from dyads.ingest import ReadOptions, read_inputs
from dyads.records.article import Article
from dyads.records.event import Event
from dyads.store.articles import plan_insert, write_articles
from dyads.store.connection import Store
from dyads.store.events import write_events

@dataclass(frozen=True, slots=True)
class ArticleCoding:
    """What coding adds to one article: its events and its overall tone."""

    events: tuple[Event, ...]
    tone: float | None = None


Coder = Callable[[Sequence[Article]], Sequence[ArticleCoding]]


@dataclass(frozen=True, slots=True)
class IngestSummary:
    read: int = 0
    added: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0
    errors: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def line(self) -> str:
        parts = [f"{self.read} read", f"{self.added} added", f"{self.duplicates} already stored"]
        if self.events:
            parts.append(f"{self.events} events")
        parts.append(f"{self.failed} failed")
        return ", ".join(parts)


def ingest(
    paths: Iterable[str | Path],
    *,
    store: Store,
    options: ReadOptions,
    coder: Coder | None = None,
    batch_size: int = 500,
    on_error: Callable[[str], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Ingest every input; returns counts and the one-line errors in order."""
    read = added = duplicates = events = 0
    errors: list[str] = []

    def report(message: str) -> None:
        errors.append(message)
        if on_error:
            on_error(message)

    articles = _articles(read_inputs(paths, options=options), report)
    while batch := list(islice(articles, batch_size)):
        read += len(batch)
        new, plan = plan_insert(store, batch)
        duplicates += len(plan.duplicates)
        for conflict in plan.conflicts:
            report(conflict.message())
        coded: Sequence[ArticleCoding] = coder(new) if coder and new else ()
        store.con.execute("BEGIN TRANSACTION")
        try:
            write_articles(store, new, tones=[c.tone for c in coded] if coded else None)
            for coding in coded:
                write_events(store, coding.events)
            store.con.execute("COMMIT")
        except BaseException:
            store.con.execute("ROLLBACK")
            raise
        added += len(new)
        events += sum(len(c.events) for c in coded)
        if on_progress:
            on_progress(len(batch))
    return IngestSummary(read, added, duplicates, len(errors), events, tuple(errors))


def _articles(items: Iterator[Article | InputError], report: Callable[[str], None]) -> Iterator[Article]:
    for item in items:
        if isinstance(item, InputError):
            report(str(item))
        else:
            yield item
