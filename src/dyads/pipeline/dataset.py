"""A coded dataset on disk: one Parquet file per partition of articles, for ``dyads import``.

``dyads ingest --dataset DIR`` has its workers code partitions and write each one here instead of
sending the events back to the writer; ``dyads import DIR`` stores them later through the single
writer.  A directory holds:

- ``dataset.json``, the manifest: the dataset schema, the dyads version and what coded it (the
  model, and a hash over the packaged data and the user's actor and pattern files);
- ``<key>.parquet`` per partition, ``key`` being a hash of that identity and of the partition's
  articles (ids and content hashes), so a rerun on the same inputs finds its partitions done.
  The footer says the same as the manifest, plus the key and the position of the partition's first
  article in its run (the order ``import`` keeps).  A file is written beside its name and renamed,
  so a name that exists is a whole file.

One row per article: every field of the :class:`~dyads.records.article.Article`, what coding made
of it (``coded`` with its tone and notes, or ``failed`` with the stage and the reason) and its
events.  An event is kept as its whole record in JSON (``records.convert``), the very text the
store keeps in ``events.record``: the Arrow event schema of ``export/parquet.py`` is a view for
analysts and leaves out offsets, spans and most of the tone, so it would not read back as coded.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from importlib import metadata, resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from dyads import __version__
from dyads.errors import ConfigError, InputError, MalformedInput
from dyads.pipeline.ingest import ArticleCoding, CodingFailure
from dyads.records.article import Article, content_hash
from dyads.records.convert import from_plain, to_plain
from dyads.records.event import Event
from dyads.settings import Settings

DATASET_SCHEMA = 1  # the layout below; a file of another schema is refused, never guessed at
MANIFEST = "dataset.json"
SUFFIX = ".parquet"
_FOOTER_KEY = b"dyads.dataset"
_ARTICLE_FIELDS = ("doc_id", "content_hash", "text", "title", "byline", "published", "outlet", "url", "language",
                   "origin")  # fmt: skip

Outcome = ArticleCoding | CodingFailure


class Coded(StrEnum):
    CODED = "coded"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class DatasetIdentity:
    """What made a dataset: two datasets of one identity code the same article the same way."""

    schema: int
    dyads: str
    model: str
    resources: str  # sha256 over the packaged data files and the user's actor and pattern files

    def describe(self) -> str:
        return f"dataset schema {self.schema}, dyads {self.dyads}, model {self.model}, resources {self.resources[:12]}"

    @classmethod
    def from_plain(cls, data: Any, *, source: str) -> DatasetIdentity:
        if not isinstance(data, dict) or not isinstance(data.get("schema"), int):
            raise MalformedInput(source, "not a dyads dataset (no dataset schema)")
        if data["schema"] != DATASET_SCHEMA:
            raise MalformedInput(source, f"dataset schema {data['schema']}; this dyads reads schema {DATASET_SCHEMA}")
        try:
            return cls(data["schema"], str(data["dyads"]), str(data["model"]), str(data["resources"]))
        except KeyError as exc:
            raise MalformedInput(source, f"dataset identity without {exc.args[0]!r}") from exc


def dataset_identity(settings: Settings) -> DatasetIdentity:
    digest = hashlib.sha256()
    for name, data in _data_files(resources.files("dyads") / "data", ""):
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    for kind, files in (("actors", settings.actor_files), ("patterns", settings.pattern_files)):
        for path in files:
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                raise ConfigError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
            digest.update(f"{kind}\0{len(data)}\0".encode())
            digest.update(data)
    return DatasetIdentity(DATASET_SCHEMA, __version__, _model_name(settings.model), digest.hexdigest())


def _data_files(folder: Traversable, prefix: str) -> Iterator[tuple[str, bytes]]:
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        name = f"{prefix}{entry.name}"
        if entry.is_dir():
            yield from _data_files(entry, f"{name}/")
        elif entry.is_file():
            yield name, entry.read_bytes()


def _model_name(model: str) -> str:
    """The model and, when it is an installed package, its version."""
    try:
        return f"{model} {metadata.version(model)}"
    except (metadata.PackageNotFoundError, ValueError):
        return model


def partition_key(identity: DatasetIdentity, articles: Sequence[Article]) -> str:
    """The stable name of a partition: its coding identity and its articles, in order."""
    digest = hashlib.sha256(f"{identity.schema}\0{identity.model}\0{identity.resources}\0".encode())
    for article in articles:
        digest.update(f"{article.doc_id}\0{article.content_hash}\n".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class PartitionFile:
    """A partition file as its footer describes it."""

    path: Path
    identity: DatasetIdentity
    key: str
    first: int  # the position of its first article in the run that coded it
    articles: int


@dataclass(frozen=True, slots=True)
class CodedPartition:
    file: PartitionFile
    articles: tuple[Article, ...]
    outcomes: tuple[Outcome, ...]


def _schema() -> Any:
    import pyarrow as pa  # loaded when a dataset is written or read

    text = pa.string()
    fields = [pa.field(n, pa.date32() if n == "published" else text, nullable=n not in ("doc_id", "content_hash", "text"))
              for n in _ARTICLE_FIELDS]  # fmt: skip
    return pa.schema([
        *fields, pa.field("coded", text, nullable=False), ("stage", text), ("reason", text), ("tone", pa.float64()),
        pa.field("notes", pa.list_(text), nullable=False), pa.field("events", pa.list_(text), nullable=False),
    ])  # fmt: skip


def write_partition(
    directory: Path, identity: DatasetIdentity, *, key: str, first: int, articles: Sequence[Article],
    outcomes: Sequence[Outcome],
) -> Path:
    """Write one coded partition as ``<key>.parquet``: written aside, synced, then renamed."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [_row(a, o) for a, o in zip(articles, outcomes, strict=True)]
    footer = {**asdict(identity), "key": key, "first": first, "articles": len(rows)}
    schema = _schema().with_metadata({_FOOTER_KEY: json.dumps(footer).encode()})
    table = pa.Table.from_pylist(rows, schema=schema)
    target = directory / f"{key}{SUFFIX}"
    aside = directory / f".{key}.{os.getpid()}.tmp"
    try:
        with aside.open("wb") as out:
            pq.write_table(table, out, compression="zstd", write_page_checksum=True)
            out.flush()
            os.fsync(out.fileno())
        os.replace(aside, target)
    except OSError as exc:
        aside.unlink(missing_ok=True)
        raise ConfigError(f"{target}: cannot be written ({exc.strerror or exc})") from exc
    return target


def _row(article: Article, outcome: Outcome) -> dict[str, object]:
    row: dict[str, object] = {name: getattr(article, name) for name in _ARTICLE_FIELDS}
    if isinstance(outcome, CodingFailure):
        return {**row, "coded": Coded.FAILED.value, "stage": outcome.stage, "reason": outcome.reason, "tone": None,
                "notes": [], "events": []}  # fmt: skip
    events = [json.dumps(to_plain(e), ensure_ascii=False) for e in outcome.events]  # as the store keeps them
    return {**row, "coded": Coded.CODED.value, "stage": None, "reason": None, "tone": outcome.tone,
            "notes": list(outcome.notes), "events": events}  # fmt: skip


def read_footer(path: Path) -> PartitionFile:
    """What a partition file's footer says; a file that is not one is a :class:`MalformedInput`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        meta = pq.read_schema(path).metadata or {}
    except (OSError, pa.ArrowException) as exc:
        raise MalformedInput(str(path), f"not a whole Parquet file ({_first_line(exc)})") from exc
    if _FOOTER_KEY not in meta:
        raise MalformedInput(str(path), "a Parquet file without a dyads partition footer")
    try:
        footer = json.loads(meta[_FOOTER_KEY])
    except ValueError as exc:
        raise MalformedInput(str(path), f"its dyads footer is not JSON ({exc})") from exc
    identity = DatasetIdentity.from_plain(footer, source=str(path))
    key, first, count = footer.get("key"), footer.get("first"), footer.get("articles")
    if not isinstance(key, str) or not isinstance(first, int) or not isinstance(count, int):
        raise MalformedInput(str(path), "its dyads footer lacks the partition key, position or size")
    if path.name != f"{key}{SUFFIX}":
        raise MalformedInput(str(path), f"the file of partition {key}, renamed: its name must be {key}{SUFFIX}")
    return PartitionFile(path, identity, key, first, count)


def read_partition(file: PartitionFile) -> CodedPartition:
    """Every article of a partition file with its outcome, checked: each text against its content
    hash, the articles against the key, every event record against its article."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    source = str(file.path)
    try:
        table = pq.read_table(file.path, page_checksum_verification=True)
    except (OSError, pa.ArrowException) as exc:
        raise MalformedInput(source, f"cannot be read ({_first_line(exc)})") from exc
    if not table.schema.equals(_schema(), check_metadata=False):
        raise MalformedInput(source, f"its columns are not those of dataset schema {DATASET_SCHEMA}")
    if table.num_rows != file.articles:
        raise MalformedInput(source, f"{table.num_rows} articles where its footer says {file.articles}")
    articles: list[Article] = []
    outcomes: list[Outcome] = []
    for number, row in enumerate(table.to_pylist(), start=1):
        article, outcome = _from_row(row, source=f"{source} (article {number})")
        articles.append(article)
        outcomes.append(outcome)
    if partition_key(file.identity, articles) != file.key:
        raise MalformedInput(source, "its articles are not those its key was made of")
    return CodedPartition(file, tuple(articles), tuple(outcomes))


def _from_row(row: dict[str, Any], *, source: str) -> tuple[Article, Outcome]:
    published = row["published"]
    if published is not None and not isinstance(published, dt.date):
        raise MalformedInput(source, "its date is not a date")
    article = Article(**{name: row[name] for name in _ARTICLE_FIELDS})
    if content_hash(article.title, article.text) != article.content_hash:
        raise MalformedInput(source, f"id {article.doc_id!r}: its text does not match its content hash")
    if row["coded"] == Coded.FAILED.value:
        return article, CodingFailure(str(row["stage"]), str(row["reason"]))
    if row["coded"] != Coded.CODED.value:
        raise MalformedInput(source, f"id {article.doc_id!r}: outcome {row['coded']!r} is neither coded nor failed")
    events: list[Event] = []
    for text in row["events"]:
        try:
            event = from_plain(Event, json.loads(text))
        except (ValueError, TypeError, KeyError) as exc:
            raise MalformedInput(source, f"id {article.doc_id!r}: an event record that does not read ({exc})") from exc
        if event.doc_id != article.doc_id:
            raise MalformedInput(source, f"id {article.doc_id!r}: holds an event of article {event.doc_id!r}")
        events.append(event)
    return article, ArticleCoding(tuple(events), row["tone"], tuple(row["notes"]))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


def read_manifest(directory: Path) -> DatasetIdentity:
    path = directory / MANIFEST
    if not directory.is_dir():
        raise InputError(str(directory), "not a directory, so not a dyads dataset")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(directory), f"not a dyads dataset (no {MANIFEST})") from None
    except (OSError, ValueError) as exc:
        raise MalformedInput(str(path), f"cannot be read as a dataset manifest ({_first_line(exc)})") from exc
    return DatasetIdentity.from_plain(data, source=str(path))


def start_dataset(directory: Path, identity: DatasetIdentity) -> None:
    """Make ``directory`` a dataset of ``identity``, or check that it is one; one line if it is
    another dataset or a directory holding other things."""
    if directory.exists() and not directory.is_dir():
        raise ConfigError(f"--dataset {directory}: not a directory")
    if (directory / MANIFEST).exists():
        try:
            found = read_manifest(directory)
        except InputError as exc:
            raise ConfigError(f"--dataset {directory}: {exc.reason}") from exc
        if found != identity:
            raise ConfigError(f"--dataset {directory}: a dataset coded otherwise ({found.describe()}; this run:"
                              f" {identity.describe()}); give a new directory")  # fmt: skip
        return
    if directory.is_dir() and any(directory.iterdir()):
        raise ConfigError(f"--dataset {directory}: not empty and not a dyads dataset (no {MANIFEST}); give a new or empty directory")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        aside = directory / f".{MANIFEST}.{os.getpid()}.tmp"
        aside.write_text(json.dumps(asdict(identity), indent=2) + "\n", encoding="utf-8")
        os.replace(aside, directory / MANIFEST)
    except OSError as exc:
        raise ConfigError(f"--dataset {directory}: cannot be written ({exc.strerror or exc})") from exc


def partition_files(directory: Path) -> list[PartitionFile]:
    """Every partition file of a dataset, each footer checked against the manifest, in the order of
    the runs that coded them (then by key); the first bad one is one :class:`InputError` line."""
    identity = read_manifest(directory)
    files = []
    for path in sorted(directory.glob(f"*{SUFFIX}")):
        if path.name.startswith("."):
            continue
        file = read_footer(path)
        if file.identity != identity:
            raise MalformedInput(str(path), f"coded otherwise than its dataset ({file.identity.describe()};"
                                            f" {MANIFEST}: {identity.describe()})")  # fmt: skip
        files.append(file)
    return sorted(files, key=lambda f: (f.first, f.key))
