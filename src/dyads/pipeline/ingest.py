"""Read inputs, optionally code them, and store articles with their events.

Error policy, one article at a time: an article that makes any stage fail (its
parse, actors, events, attributes, or the store refusing one of its records) is
reported in one line (input, article id, stage, reason), counted, and left out
whole; the rest of the batch and of the run go on.  Only a fault of the store
itself (full disk, read-only file, corruption) ends the run, as one
:class:`~dyads.errors.StoreError` line; what was committed before it is kept.

Each batch is one short transaction: the store is opened to plan the batch,
closed while it is coded, and opened again to write and commit it, so readers
get the store between batches and an interrupted run leaves whole articles
(with all their events) or nothing of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from dyads.errors import InputError, Interrupted, RecordRejected, StoreError
from dyads.ingest import InputNote, ReadOptions, read_inputs
from dyads.pipeline.interrupts import interrupts_held
from dyads.records.article import Article
from dyads.records.event import Event
from dyads.store.access.connection import Store
from dyads.store.articles import OnChange, plan_insert, write_articles
from dyads.store.clock import utc_now
from dyads.store.events import write_events
from dyads.store.living.changes import replace_article


@dataclass(frozen=True, slots=True)
class ArticleCoding:
    """What coding adds to one article: its events, its overall tone, and notes on limits applied."""

    events: tuple[Event, ...]
    tone: float | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CodingFailure:
    """An article that a stage could not code: the stage and the reason, one line."""

    stage: str
    reason: str


# codes a batch, yielding one outcome per article as it is done (so progress can follow each article)
Coder = Callable[[Sequence[Article]], Iterable[ArticleCoding | CodingFailure]]
StoreOpener = Callable[[], AbstractContextManager[Store]]


@dataclass(frozen=True, slots=True)
class IngestSummary:
    read: int = 0
    added: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0
    errors: tuple[str, ...] = field(default_factory=tuple)
    notes: tuple[str, ...] = field(default_factory=tuple)
    replaced: int = 0  # of ``added``: new versions of stored articles
    retracted: int = 0  # inputs whose article is retracted, kept out

    @property
    def ok(self) -> bool:
        """Nothing failed and nothing was stored with a caveat."""
        return self.failed == 0 and not self.notes

    def line(self) -> str:
        parts = [f"{self.read} read", f"{self.added} added", f"{self.duplicates} already stored"]
        if self.replaced:
            parts.insert(2, f"{self.replaced} of them replacing a stored version")
        if self.retracted:
            parts.append(f"{self.retracted} retracted, kept out")
        if self.events:
            parts.append(f"{self.events} events")
        if self.notes:
            parts.append(f"{len(self.notes)} notes")
        parts.append(f"{self.failed} failed")
        return ", ".join(parts)


def article_label(article: Article) -> str:
    """How a report names an article: its input (``file:line``) and its id."""
    origin = article.origin or "?"
    return origin if origin == article.doc_id else f"{origin} (id {article.doc_id})"


def ingest(
    paths: Iterable[str | Path],
    *,
    store: Store | StoreOpener,
    options: ReadOptions,
    coder: Coder | None = None,
    batch_size: int = 500,
    on_change: OnChange = OnChange.KEEP,
    on_error: Callable[[str], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Ingest every input; returns counts and the one-line errors and notes in order.

    ``store`` is an open store (kept open throughout) or a function opening one
    for each short session (the CLI's way, so that readers get their turn).
    ``on_change`` says what an article stored before with other content becomes.
    """
    return ingest_items(
        read_inputs(paths, options=options), store=store, coder=coder, batch_size=batch_size, on_change=on_change,
        on_error=on_error, on_note=on_note, on_progress=on_progress,
    )  # fmt: skip


def ingest_items(
    items: Iterable[Article | InputError | InputNote],
    *,
    store: Store | StoreOpener,
    coder: Coder | None = None,
    batch_size: int = 500,
    on_change: OnChange = OnChange.KEEP,
    on_error: Callable[[str], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> IngestSummary:
    """:func:`ingest` over articles (and the errors and notes of reading them) already read."""
    connect: StoreOpener = (lambda: nullcontext(store)) if isinstance(store, Store) else store
    counts = {"read": 0, "added": 0, "duplicates": 0, "events": 0, "failed": 0, "replaced": 0, "retracted": 0}
    lines = RunLines(counts, on_error, on_note)
    errors, notes, report, note = lines.errors, lines.notes, lines.report, lines.note
    articles = read_articles(iter(items), report, note)
    try:
        while batch := list(islice(articles, batch_size)):
            counts["read"] += len(batch)
            if coder is None:  # nothing slow between planning and writing: one session
                with interrupts_held(), connect() as session:
                    new, replacing = _plan(session, batch, counts, report, on_change)
                    _count(counts, _write(session, new, replacing, None, report))
            else:  # the store is closed while the batch is coded
                with interrupts_held(), connect() as session:
                    new, _ = _plan(session, batch, counts, report, on_change)
                coded = len(new)
                codings = _code(new, coder, report, note, on_progress)
                if new:
                    with interrupts_held(), connect() as session:
                        # again, in this session: nothing is stored twice
                        new, plan = plan_insert(session, new, on_change=on_change)
                        _count(counts, _write(session, new, frozenset(plan.replacing), codings, report))
            if on_progress:  # what was not coded one by one (stored text only, or already stored)
                on_progress(len(batch) - (coded if coder is not None else 0))
    except KeyboardInterrupt:
        raise Interrupted(
            f"interrupted: {counts['added']} articles stored before it are kept, each whole with its events;"
            " run the same ingest again to go on"
        ) from None
    except StoreError as exc:
        if counts["added"]:
            raise StoreError(f"{exc} ({counts['added']} articles stored before it are kept)") from exc
        raise
    return IngestSummary(counts["read"], counts["added"], counts["duplicates"], counts["failed"], counts["events"],
                         tuple(errors), tuple(notes), counts["replaced"], counts["retracted"])  # fmt: skip


def _plan(
    store: Store, batch: list[Article], counts: dict[str, int], report: Callable[[str], None], on_change: OnChange
) -> tuple[list[Article], frozenset[str]]:
    new, plan = plan_insert(store, batch, on_change=on_change)
    counts["duplicates"] += len(plan.duplicates)
    counts["retracted"] += len(plan.retracted)
    for conflict in plan.conflicts:
        report(conflict.message())
    return new, frozenset(plan.replacing)


def _count(counts: dict[str, int], written: tuple[int, int, int]) -> None:
    counts["added"] += written[0]
    counts["events"] += written[1]
    counts["replaced"] += written[2]


def _code(
    new: list[Article], coder: Coder | None, report: Callable[[str], None], note: Callable[[str], None],
    on_progress: Callable[[int], None] | None = None,
) -> dict[str, ArticleCoding] | None:
    """Coding of every new article that coded; the others are reported and dropped from ``new``.
    ``on_progress`` hears of each article as soon as it is coded."""
    if coder is None or not new:
        return None
    outcomes = coder(new)
    codings: dict[str, ArticleCoding] = {}
    kept: list[Article] = []
    for article, outcome in zip(new, outcomes, strict=True):
        if on_progress:
            on_progress(1)
        label = article_label(article)
        if isinstance(outcome, CodingFailure):
            report(f"{label}: {outcome.stage} failed: {outcome.reason}; not stored")
            continue
        for text in outcome.notes:
            note(f"{label}: {text}")
        codings[article.doc_id] = outcome
        kept.append(article)
    new[:] = kept
    return codings


def _write(
    store: Store, new: Sequence[Article], replacing: frozenset[str], codings: dict[str, ArticleCoding] | None,
    report: Callable[[str], None],
) -> tuple[int, int, int]:
    """Write the batch in one transaction; if the store refuses a record, each article on its own.
    Returns articles written, events written, and how many of the articles replaced a stored version."""
    try:
        return _write_group(store, new, replacing, codings)
    except RecordRejected:
        pass
    added = events = replaced = 0
    for article in new:
        try:
            a, e, r = _write_group(store, [article], replacing, codings)
        except RecordRejected as exc:
            report(f"{article_label(article)}: store failed: {exc.args[0].split(': ', 1)[-1]}; not stored")
            continue
        added, events, replaced = added + a, events + e, replaced + r
    return added, events, replaced


def _write_group(
    store: Store, articles: Sequence[Article], replacing: frozenset[str], codings: dict[str, ArticleCoding] | None
) -> tuple[int, int, int]:
    if not articles:
        return 0, 0, 0
    fresh = [a for a in articles if a.doc_id not in replacing]
    versions = [a for a in articles if a.doc_id in replacing]
    empty = ArticleCoding(())
    at = utc_now()
    with store.transaction():
        write_articles(store, fresh, tones=[codings[a.doc_id].tone for a in fresh] if codings is not None else None)
        for article in fresh:
            if codings is not None:
                write_events(store, codings[article.doc_id].events)
        for article in versions:  # a new version without coding (text only) keeps no old events
            coding = codings[article.doc_id] if codings is not None else empty
            replace_article(store, article, coding.events, tone=coding.tone, at=at)
    events = sum(len(codings[a.doc_id].events) for a in articles) if codings is not None else 0
    return len(articles), events, len(versions)


@dataclass(frozen=True, slots=True)
class RunLines:
    """The one-line errors and notes of a run, kept in order and passed on as they come; each error
    counts as a failure in ``counts``."""

    counts: dict[str, int]
    on_error: Callable[[str], None] | None = None
    on_note: Callable[[str], None] | None = None
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def report(self, message: str) -> None:
        self.errors.append(message)
        self.counts["failed"] += 1
        if self.on_error:
            self.on_error(message)

    def note(self, message: str) -> None:
        self.notes.append(message)
        if self.on_note:
            self.on_note(message)


def read_articles(
    items: Iterator[Article | InputError | InputNote], report: Callable[[str], None], note: Callable[[str], None]
) -> Iterator[Article]:
    """The articles of ``items``; each error read is reported, each note noted."""
    for item in items:
        if isinstance(item, InputError):
            report(str(item))
        elif isinstance(item, InputNote):
            note(str(item))
        else:
            yield item
