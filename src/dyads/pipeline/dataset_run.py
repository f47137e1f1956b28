"""``dyads ingest --dataset DIR``: workers code partitions of the input and write each as a file of
the dataset (:mod:`dyads.pipeline.dataset`); the store is not opened, by them or by this process.

The input is cut into partitions of :attr:`EngineOptions.partition` articles by position, so the
same inputs give the same partitions and the same keys: a partition whose file is in the dataset
and whole is not coded again.  Errors reading the inputs and coding failures are reported here as
an ingest reports them; failures and notes are also kept in the files, and ``dyads import``
reports them again when it stores the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path

from dyads.errors import InputError, Interrupted
from dyads.ingest import InputNote
from dyads.pipeline.dataset import (
    SUFFIX,
    DatasetIdentity,
    dataset_identity,
    partition_key,
    read_footer,
    start_dataset,
    write_partition,
)
from dyads.pipeline.engines import ResourceKey, Runner, code_partition
from dyads.pipeline.ingest import CodingFailure, RunLines, article_label, read_articles
from dyads.records.article import Article
from dyads.settings import Settings


@dataclass(frozen=True, slots=True)
class PartitionJob:
    """One partition to code and write (sent to a worker)."""

    directory: Path
    identity: DatasetIdentity
    key: str
    first: int
    articles: tuple[Article, ...]


@dataclass(frozen=True, slots=True)
class PartitionReport:
    """What a worker says back: counts, and the failures and notes by position in the partition."""

    events: int
    failures: tuple[tuple[int, str], ...] = ()  # (index, "stage failed: reason")
    notes: tuple[tuple[int, str], ...] = ()


def code_partition_file(resources: ResourceKey, job: PartitionJob) -> PartitionReport:
    """In a worker: code one partition and write its file."""
    outcomes = code_partition(resources, job.articles)
    write_partition(job.directory, job.identity, key=job.key, first=job.first, articles=job.articles,
                    outcomes=outcomes)  # fmt: skip
    failures = tuple((i, f"{o.stage} failed: {o.reason}") for i, o in enumerate(outcomes) if isinstance(o, CodingFailure))
    notes = tuple((i, n) for i, o in enumerate(outcomes) if not isinstance(o, CodingFailure) for n in o.notes)
    return PartitionReport(sum(len(o.events) for o in outcomes if not isinstance(o, CodingFailure)), failures, notes)


@dataclass(frozen=True, slots=True)
class DatasetSummary:
    read: int = 0
    partitions: int = 0
    written: int = 0  # partition files coded and written by this run
    events: int = 0
    failed: int = 0
    errors: tuple[str, ...] = field(default_factory=tuple)
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.failed == 0 and not self.notes

    def line(self) -> str:
        parts = [f"{self.read} read", f"{self.partitions} partitions", f"{self.written} coded and written",
                 f"{self.partitions - self.written} already in the dataset", f"{self.events} events"]  # fmt: skip
        if self.notes:
            parts.append(f"{len(self.notes)} notes")
        parts.append(f"{self.failed} failed")
        return ", ".join(parts)


def write_dataset(
    items: Iterable[Article | InputError | InputNote],
    *,
    directory: Path,
    settings: Settings,
    run: Runner,
    partition: int = 8,
    batch_size: int = 200,
    on_error: Callable[[str], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> DatasetSummary:
    """Code every article read into ``directory``, a partition file at a time, by ``run``'s workers;
    a batch of ``batch_size`` articles is sent to them at once."""
    identity = dataset_identity(settings)
    start_dataset(directory, identity)
    job = partial(code_partition_file, ResourceKey.of(settings))
    counts = {"read": 0, "partitions": 0, "written": 0, "events": 0, "failed": 0}
    lines = RunLines(counts, on_error, on_note)
    errors, notes, report, note = lines.errors, lines.notes, lines.report, lines.note

    parts = _partitions(read_articles(iter(items), report, note), partition)
    first = 0
    try:
        while group := list(islice(parts, max(1, batch_size // partition))):
            todo: list[PartitionJob] = []
            for articles in group:
                counts["read"] += len(articles)
                counts["partitions"] += 1
                key = partition_key(identity, articles)
                if _done(directory / f"{key}{SUFFIX}", identity, len(articles)):
                    if on_progress:
                        on_progress(len(articles))
                else:
                    todo.append(PartitionJob(directory, identity, key, first, articles))
                first += len(articles)
            for task, result in zip(todo, run(job, todo), strict=True):
                counts["written"] += 1
                counts["events"] += result.events
                for index, text in result.failures:
                    report(f"{article_label(task.articles[index])}: {text}; not in the dataset")
                for index, text in result.notes:
                    note(f"{article_label(task.articles[index])}: {text}")
                if on_progress:
                    on_progress(len(task.articles))
    except KeyboardInterrupt:
        raise Interrupted(f"interrupted: {counts['written']} partition files written before it are kept, each"
                          " whole; run the same ingest again to go on") from None  # fmt: skip
    return DatasetSummary(counts["read"], counts["partitions"], counts["written"], counts["events"], counts["failed"],
                          tuple(errors), tuple(notes))  # fmt: skip


def _done(path: Path, identity: DatasetIdentity, size: int) -> bool:
    """A partition already in the dataset: its file exists and its footer is whole and says so."""
    if not path.exists():
        return False
    try:
        file = read_footer(path)
    except InputError:
        return False  # not whole: coded again and replaced
    return file.identity == identity and file.articles == size


def _partitions(articles: Iterator[Article], size: int) -> Iterator[tuple[Article, ...]]:
    while part := tuple(islice(articles, size)):
        yield part
