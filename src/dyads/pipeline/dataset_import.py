"""``dyads import DIR``: a coded dataset (:mod:`dyads.pipeline.dataset`) into the store, through the
single writer, exactly as ``dyads ingest`` would have stored the same articles.

Every footer is checked against the manifest before anything is written (a file that is not a
whole partition, or one of another dataset schema, is one line).  Then each file is read whole and
checked (page checksums, content hashes, the key, every event record); whole files of about
``batch_size`` articles are handed together to :func:`~dyads.pipeline.ingest.ingest_items` as one
batch, with a coder that gives back what the workers coded: the batch is planned against the store (an article stored with the same content is
a duplicate, an id with other content follows ``on_change``), written in one transaction with all
its events (an article the store refuses is left out alone, as in an ingest), and the failures and notes kept in the file are reported as an ingest reports them.
So importing a dataset twice adds nothing, and a file that turns out bad stops the import with
the files before it stored whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

from dyads.errors import InputError, Interrupted, StoreError
from dyads.pipeline.dataset import CodedPartition, PartitionFile, partition_files, read_partition
from dyads.pipeline.ingest import ArticleCoding, CodingFailure, IngestSummary, StoreOpener, ingest_items
from dyads.records.article import Article
from dyads.store.articles import OnChange


@dataclass(frozen=True, slots=True)
class ImportSummary:
    files: int
    stored: IngestSummary

    @property
    def ok(self) -> bool:
        return self.stored.ok

    def line(self) -> str:
        return f"{self.files} partition files, {self.stored.line()}"


def open_dataset(directory: Path) -> list[PartitionFile]:
    """The partition files of ``directory``, every footer checked; a bad one is one InputError line."""
    return partition_files(directory)


def import_dataset(
    files: Sequence[PartitionFile],
    *,
    store: StoreOpener,
    batch_size: int = 200,
    on_change: OnChange = OnChange.KEEP,
    on_error: Callable[[str], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Store every partition of ``files`` (from :func:`open_dataset`) in order: whole files of about
    ``batch_size`` articles together, each group read and checked, then written in one transaction."""
    total = IngestSummary()
    done = 0
    try:
        for group in _groups(files, batch_size):
            partitions = [read_partition(file) for file in group]
            articles = [a for p in partitions for a in p.articles]
            summary = ingest_items(
                articles, store=store, coder=_recorded(partitions), batch_size=len(articles) + 1,
                on_change=on_change, on_error=on_error, on_note=on_note, on_progress=on_progress,
            )  # fmt: skip
            total = _add(total, summary)
            done += len(group)
    except (Interrupted, KeyboardInterrupt):
        raise Interrupted(f"interrupted: {done} partition files imported before it are kept, each article whole with"
                          " its events; run the same import again to go on") from None  # fmt: skip
    except InputError as exc:
        if done:
            raise InputError(exc.source, f"{exc.reason} ({done} partition files before it are imported)") from exc
        raise
    except StoreError as exc:
        if done:
            raise StoreError(f"{exc} ({done} partition files imported before it are kept)") from exc
        raise
    return ImportSummary(done, total)


def _groups(files: Sequence[PartitionFile], size: int) -> Iterator[list[PartitionFile]]:
    """Consecutive whole files, each group reaching ``size`` articles or ending the dataset."""
    group: list[PartitionFile] = []
    for file in files:
        group.append(file)
        if sum(f.articles for f in group) >= size:
            yield group
            group = []
    if group:
        yield group


def _recorded(
    partitions: Sequence[CodedPartition],
) -> Callable[[Sequence[Article]], Iterator[ArticleCoding | CodingFailure]]:
    """A coder that codes nothing: each article's outcome as the workers wrote it."""
    outcomes = {(a.doc_id, a.content_hash): o for p in partitions for a, o in zip(p.articles, p.outcomes, strict=True)}

    def code(articles: Sequence[Article]) -> Iterator[ArticleCoding | CodingFailure]:
        for article in articles:
            yield outcomes[(article.doc_id, article.content_hash)]

    return code


def _add(one: IngestSummary, other: IngestSummary) -> IngestSummary:
    values = {f.name: getattr(one, f.name) + getattr(other, f.name) for f in fields(IngestSummary)}
    return IngestSummary(**values)
