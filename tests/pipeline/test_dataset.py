"""A coded dataset (``ingest --dataset``): workers write partition files, ``import`` stores them
through the single writer, and the store holds exactly what a direct ingest stores, event for
event; a rerun codes only the partitions missing, a second import adds nothing, and a bad dataset
is one line naming the file and the reason with nothing stored lost or duplicated."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dyads.errors import InputError
from dyads.ingest import ReadOptions, read_inputs
from dyads.pipeline import dataset_run
from dyads.pipeline.choice import Engine, EngineOptions
from dyads.pipeline.dataset import MANIFEST, SUFFIX, read_footer, read_partition
from dyads.pipeline.dataset_import import import_dataset, open_dataset
from dyads.pipeline.dataset_run import DatasetSummary, write_dataset
from dyads.pipeline.engines import open_coder, open_runner
from dyads.pipeline.ingest import ArticleCoding, CodingFailure, ingest_items
from dyads.records.article import Article
from dyads.settings import Settings
from dyads.store import open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "dyads" / "examples"
PARTITION = 3
ARTICLE_COLUMNS = "doc_id, content_hash, title, byline, published, outlet, url, language, origin, text, tone, retracted_at"


@pytest.fixture(scope="module")
def articles(shared: Path) -> list[Article]:
    """The example articles and the first dozen Wikinews politics articles, one repeated (a duplicate)."""
    found = [a for a in read_inputs([EXAMPLES], options=ReadOptions()) if isinstance(a, Article)]
    wikinews = read_inputs([shared / "corpora" / "wikinews_politics.jsonl"], options=ReadOptions())
    found += list(islice((a for a in wikinews if isinstance(a, Article)), 12))
    return [*found, found[3]]


def _opener(db: Path) -> Callable[[], Any]:
    return lambda: open_store(db, wait=10)


def _contents(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Everything stored that coding decides (not the times it was written)."""
    with open_store(db, wait=10) as store:
        return {
            "articles": store.con.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles ORDER BY doc_id").fetchall(),
            "events": store.con.execute("SELECT * EXCLUDE (added_at) FROM events ORDER BY event_id").fetchall(),
            "changes": store.con.execute(
                "SELECT doc_id, change, old_hash, new_hash, reason FROM article_changes ORDER BY ALL"
            ).fetchall(),
        }


class Counting:
    """A runner that counts the partitions it is given."""

    def __init__(self, run: Any) -> None:
        self.run, self.jobs = run, 0

    def __call__(self, job: Any, items: Sequence[Any]) -> Iterator[Any]:
        self.jobs += len(items)
        return self.run(job, items)


@pytest.fixture(scope="module")
def direct(articles: list[Article], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    db = tmp_path_factory.mktemp("direct") / "direct.duckdb"
    with open_coder(Settings(), EngineOptions()) as coder:
        summary = ingest_items(articles, store=_opener(db), coder=coder, batch_size=10)
    return db, summary


@pytest.fixture(scope="module")
def runs(articles: list[Article], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """With two worker processes: a first run, a rerun, and a rerun after one file was removed."""
    directory = tmp_path_factory.mktemp("dataset") / "coded"
    found: dict[str, Any] = {"dir": directory}
    with open_runner(EngineOptions(workers=2)) as run:
        for name in ("first", "again", "one_lost"):
            if name == "one_lost":
                found["lost"] = sorted(directory.glob(f"*{SUFFIX}"))[2].name
                (directory / found["lost"]).unlink()
            counting = Counting(run)
            summary = write_dataset(articles, directory=directory, settings=Settings(), run=counting,
                                    partition=PARTITION, batch_size=6)  # fmt: skip
            found[name] = (summary, counting.jobs, sorted(p.name for p in directory.glob(f"*{SUFFIX}")))
    return found


@pytest.fixture(scope="module")
def imported(runs: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any, Any]:
    db = tmp_path_factory.mktemp("imported") / "imported.duckdb"
    first = import_dataset(open_dataset(runs["dir"]), store=_opener(db), batch_size=6)  # two files a transaction
    second = import_dataset(open_dataset(runs["dir"]), store=_opener(db))
    return db, first, second


def test_each_partition_is_one_file_named_by_its_content(runs: dict[str, Any], articles: list[Article]) -> None:
    summary, jobs, names = runs["first"]
    partitions = -(-len(articles) // PARTITION)
    assert isinstance(summary, DatasetSummary)
    assert (summary.read, summary.partitions, summary.written, jobs) == (len(articles), partitions, partitions, partitions)
    assert len(names) == partitions and all(len(n) == 32 + len(SUFFIX) for n in names)
    assert (runs["dir"] / MANIFEST).is_file()
    assert not [p for p in runs["dir"].iterdir() if p.name.startswith(".")]  # nothing left aside


def test_a_rerun_codes_only_the_partitions_not_in_the_dataset(runs: dict[str, Any]) -> None:
    first, _, names = runs["first"]
    again, again_jobs, again_names = runs["again"]
    lost, lost_jobs, lost_names = runs["one_lost"]
    assert (again.written, again_jobs, again.events, again_names) == (0, 0, 0, names)
    assert (lost.written, lost_jobs, lost_names) == (1, 1, names)
    assert lost.partitions == first.partitions and "1 coded and written" in lost.line()


def test_an_imported_dataset_stores_exactly_what_a_direct_ingest_stores(
    direct: tuple[Path, Any], imported: tuple[Path, Any, Any]
) -> None:
    (direct_db, want), (db, got, _) = direct, imported
    expected = _contents(direct_db)
    assert len(expected["events"]) > 50
    assert _contents(db) == expected  # every article field, every event column and record, each change
    assert (got.stored.added, got.stored.duplicates, got.stored.events, got.stored.failed) == (
        want.added, want.duplicates, want.events, want.failed)  # fmt: skip


def test_importing_a_dataset_again_adds_nothing(direct: tuple[Path, Any], imported: tuple[Path, Any, Any]) -> None:
    db, first, second = imported
    assert second.stored.added == 0 and second.stored.events == 0
    assert second.stored.duplicates == second.stored.read == first.stored.read
    assert _contents(db) == _contents(direct[0])


def test_a_dask_cluster_writes_the_same_partition_files(runs: dict[str, Any], articles: list[Article], tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        options = EngineOptions(engine=Engine.DASK, scheduler=cluster.scheduler_address)
        with open_runner(options) as run:
            summary = write_dataset(articles, directory=tmp_path, settings=Settings(), run=run, partition=PARTITION)
    names = sorted(p.name for p in tmp_path.glob(f"*{SUFFIX}"))
    assert summary.written == len(names) and names == runs["first"][2]
    for name in names:
        theirs, ours = read_partition(read_footer(tmp_path / name)), read_partition(read_footer(runs["dir"] / name))
        assert (theirs.articles, theirs.outcomes) == (ours.articles, ours.outcomes)


# --- bad datasets: each is one line naming the file and the reason -----------------------------------


def _rewrite(path: Path, *, footer: Callable[[dict[str, Any]], None] | None = None,
             rows: Callable[[list[dict[str, Any]]], None] | None = None) -> None:  # fmt: skip
    table = pq.read_table(path)
    meta = json.loads(table.schema.metadata[b"dyads.dataset"])
    records = table.to_pylist()
    if footer:
        footer(meta)
    if rows:
        rows(records)
    schema = table.schema.with_metadata({b"dyads.dataset": json.dumps(meta).encode()})
    pq.write_table(pa.Table.from_pylist(records, schema=schema), path)


def _first(directory: Path) -> Path:
    return min(open_dataset(directory), key=lambda f: f.first).path


def _last(directory: Path) -> Path:
    return max(open_dataset(directory), key=lambda f: f.first).path


def _missing(directory: Path) -> Path:
    return directory / "nowhere"


def _no_manifest(directory: Path) -> Path:
    (directory / MANIFEST).unlink()
    return directory


def _manifest_of_schema_two(directory: Path) -> Path:
    manifest = directory / MANIFEST
    data = json.loads(manifest.read_text())
    manifest.write_text(json.dumps({**data, "schema": 2}))
    return manifest


def _truncated(directory: Path) -> Path:
    path = _first(directory)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _file_of_schema_two(directory: Path) -> Path:
    path = _first(directory)
    _rewrite(path, footer=lambda meta: meta.update(schema=2))
    return path


def _file_of_another_coding(directory: Path) -> Path:
    path = _first(directory)
    _rewrite(path, footer=lambda meta: meta.update(resources="0" * 64))
    return path


def _renamed(directory: Path) -> Path:
    return _first(directory).rename(directory / f"{'f' * 32}{SUFFIX}")


def _foreign(directory: Path) -> Path:
    path = directory / f"other{SUFFIX}"
    pq.write_table(pa.table({"x": [1]}), path)
    return path


def _text_changed(directory: Path) -> Path:
    def change(records: list[dict[str, Any]]) -> None:
        records[0]["text"] = records[0]["text"].replace("the", "a", 1)

    path = _first(directory)
    _rewrite(path, rows=change)
    return path


def _corrupt_a_page(path: Path) -> None:
    """One byte changed inside the compressed data of the text column."""
    column = pq.ParquetFile(path).metadata.row_group(0).column(2)
    at = column.data_page_offset + column.total_compressed_size - 8
    data = bytearray(path.read_bytes())
    data[at] ^= 0xFF
    path.write_bytes(bytes(data))


def _page_corrupted(directory: Path) -> Path:
    path = _first(directory)
    _corrupt_a_page(path)
    return path


BAD_DATASETS: list[tuple[Callable[[Path], Path], str]] = [
    (_missing, "not a directory, so not a dyads dataset"),
    (_no_manifest, "not a dyads dataset (no dataset.json)"),
    (_manifest_of_schema_two, "dataset schema 2; this dyads reads schema 1"),
    (_truncated, "not a whole Parquet file"),
    (_file_of_schema_two, "dataset schema 2; this dyads reads schema 1"),
    (_file_of_another_coding, "coded otherwise than its dataset"),
    (_renamed, "renamed: its name must be"),
    (_foreign, "a Parquet file without a dyads partition footer"),
    (_text_changed, "its text does not match its content hash"),
    (_page_corrupted, "cannot be read"),
]


@pytest.fixture
def sentinel_store(tmp_path: Path) -> Path:
    """A store holding one article (text only) that no dataset holds."""
    db = tmp_path / "store.duckdb"
    ingest_items([Article.create(text="A store's own article.", doc_id="own")], store=_opener(db))
    return db


@pytest.mark.parametrize(("spoil", "reason"), BAD_DATASETS, ids=[c[0].__name__.strip("_") for c in BAD_DATASETS])
def test_a_bad_dataset_is_one_line_naming_the_file_and_nothing_is_stored(
    spoil: Callable[[Path], Path], reason: str, runs: dict[str, Any], tmp_path: Path, sentinel_store: Path
) -> None:
    directory = tmp_path / "copy"
    shutil.copytree(runs["dir"], directory)
    named = spoil(directory)
    before = _contents(sentinel_store)
    with pytest.raises(InputError) as raised:
        import_dataset(open_dataset(named if spoil is _missing else directory), store=_opener(sentinel_store))
    message = str(raised.value)
    assert "\n" not in message and message.startswith(f"{named}") and reason in message, message
    assert _contents(sentinel_store) == before


def test_a_bad_file_met_while_importing_keeps_the_files_before_it_whole(
    runs: dict[str, Any], direct: tuple[Path, Any], tmp_path: Path, sentinel_store: Path
) -> None:
    directory = tmp_path / "copy"
    shutil.copytree(runs["dir"], directory)
    last = _last(directory)
    _corrupt_a_page(last)
    files = open_dataset(directory)
    with pytest.raises(InputError, match=f"{len(files) - 1} partition files before it are imported"):
        import_dataset(files, store=_opener(sentinel_store), batch_size=PARTITION)  # a file a transaction
    before_it = {a.doc_id for f in files[:-1] for a in read_partition(f).articles}
    assert {r[0] for r in _contents(sentinel_store)["articles"]} == before_it | {"own"}
    shutil.copyfile(runs["dir"] / last.name, last)  # mended: the import goes on, nothing twice
    summary = import_dataset(open_dataset(directory), store=_opener(sentinel_store))
    assert summary.stored.added == len({a.doc_id for a in read_partition(read_footer(last)).articles} - before_it)
    after, want = _contents(sentinel_store), _contents(direct[0])
    assert [r for r in after["articles"] if r[0] != "own"] == want["articles"]
    assert after["events"] == want["events"]


def _outcomes(articles: Sequence[Article]) -> list[ArticleCoding | CodingFailure]:
    """A stand-in coder: one article fails, one is stored with a note, the rest carry a tone."""
    return [CodingFailure("events", "a stage broke") if a.doc_id == "b" else
            ArticleCoding((), 0.25, ("coded on its first 100,000 characters",) if a.doc_id == "c" else ())
            for a in articles]  # fmt: skip


def test_failures_and_notes_travel_in_the_files_and_are_reported_on_import(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    articles = [Article.create(text=f"Text of article {n}.", doc_id=n, origin=f"in.jsonl:{i}") for i, n in enumerate("abcd")]
    want = ingest_items(articles, store=_opener(tmp_path / "direct.duckdb"), coder=_outcomes)
    monkeypatch.setattr(dataset_run, "code_partition", lambda key, part: _outcomes(part))
    with open_runner(EngineOptions()) as run:  # this process: the stand-in coder applies
        coded = write_dataset(articles, directory=tmp_path / "coded", settings=Settings(), run=run, partition=3)
    assert (coded.failed, len(coded.notes)) == (1, 1)
    assert coded.errors == ("in.jsonl:1 (id b): events failed: a stage broke; not in the dataset",)
    got = import_dataset(open_dataset(tmp_path / "coded"), store=_opener(tmp_path / "imported.duckdb"))
    assert (got.stored.errors, got.stored.notes, got.stored.added) == (want.errors, want.notes, want.added) == (
        ("in.jsonl:1 (id b): events failed: a stage broke; not stored",),
        ("in.jsonl:2 (id c): coded on its first 100,000 characters",), 3)  # fmt: skip
    assert _contents(tmp_path / "imported.duckdb") == _contents(tmp_path / "direct.duckdb")
