"""`dyads ingest --dataset DIR --workers 2` then `dyads import DIR`: the store holds exactly what a
direct ingest stores; a rerun codes nothing, a second import adds nothing; bad datasets and
options are one line each, with exit status 2 and no store made."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyads.cli.app import app

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "dyads" / "examples"


def _stored(db: Path) -> list[dict[str, object]]:
    result = runner.invoke(app, ["--db", str(db), "events", "--format", "jsonl", "--scope", "all", "--limit", "0"])
    assert result.exit_code == 0, result.output
    return sorted((json.loads(line) for line in result.stdout.splitlines()), key=lambda r: str(r["event_id"]))


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    directory = tmp_path_factory.mktemp("cli") / "coded"
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--dataset", str(directory), "--workers", "2"])
    return directory, result


def test_a_dataset_imported_stores_what_a_direct_ingest_stores(dataset: tuple[Path, object], tmp_path: Path) -> None:
    directory, coded = dataset
    assert coded.exit_code == 0, coded.output  # type: ignore[attr-defined]
    assert f"store them with: dyads import {directory}" in coded.stderr  # type: ignore[attr-defined]
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    direct = runner.invoke(app, ["--db", str(one), "ingest", str(EXAMPLES)])
    assert direct.exit_code == 0, direct.output
    imported = runner.invoke(app, ["--db", str(two), "import", str(directory)])
    assert imported.exit_code == 0, imported.output
    files = len(list(directory.glob("*.parquet")))
    assert imported.stderr.splitlines()[-1] == direct.stderr.splitlines()[-1].replace(
        f"{one}: ", f"{two}: {files} partition files, ")
    stored = _stored(one)
    assert len(stored) > 50
    assert _stored(two) == stored
    again = runner.invoke(app, ["--db", str(two), "import", str(directory)])
    assert again.exit_code == 0, again.output
    assert "nothing new: every article was already stored" in again.stderr
    assert _stored(two) == stored


def test_a_rerun_into_the_dataset_codes_nothing(dataset: tuple[Path, object]) -> None:
    directory, _ = dataset
    names = sorted(p.name for p in directory.iterdir())
    rerun = runner.invoke(app, ["ingest", str(EXAMPLES), "--dataset", str(directory), "--workers", "2"])
    assert rerun.exit_code == 0, rerun.output
    assert "0 coded and written, 1 already in the dataset, 0 events" in rerun.stderr
    assert sorted(p.name for p in directory.iterdir()) == names


def _truncate_one(directory: Path) -> Path:
    path = next(directory.glob("*.parquet"))
    path.write_bytes(path.read_bytes()[:100])
    return path


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (lambda d: d / "nowhere", "not a directory, so not a dyads dataset"),
        (lambda d: d, "not a dyads dataset (no dataset.json)"),
    ],
    ids=["missing", "not a dataset"],
)
def test_importing_what_is_not_a_dataset_is_one_line(spoil, reason: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    named = spoil(tmp_path)
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["--db", str(db), "import", str(named)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {named}: {reason}"
    assert not db.exists()


def test_a_truncated_partition_file_is_one_line_naming_it(dataset: tuple[Path, object], tmp_path: Path) -> None:
    import shutil

    directory = tmp_path / "copy"
    shutil.copytree(dataset[0], directory)
    path = _truncate_one(directory)
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["--db", str(db), "import", str(directory)])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith(f"error: {path}: not a whole Parquet file")
    assert not db.exists()


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        (["--stage", "articles"], "--stage articles stores text only"),
        (["--server", "http://127.0.0.1:9"], "--dataset DIR and --server URL"),
        (["--on-change", "replace"], "applies when the dataset is stored"),
    ],
)
def test_options_that_do_not_go_with_a_dataset_are_one_line(options: list[str], reason: str, tmp_path: Path) -> None:
    directory = tmp_path / "coded"
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--dataset", str(directory), *options])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and reason in result.stderr
    assert not directory.exists()


def test_a_dataset_directory_holding_other_things_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--dataset", str(tmp_path)])
    assert result.exit_code == 2
    assert "not empty and not a dyads dataset" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


@pytest.mark.parametrize(
    ("on_change", "status", "line"),
    [
        ("keep", 1, "8 read, 7 added, 0 already stored"),
        ("replace", 0, "8 read, 8 added, 1 of them replacing a stored version, 0 already stored"),
    ],
)
def test_an_id_stored_with_other_content_follows_on_change(
    on_change: str, status: int, line: str, dataset: tuple[Path, object], tmp_path: Path
) -> None:
    older = tmp_path / "older.jsonl"
    older.write_text(json.dumps({"id": "americas-2015-08-28-colombia-venezuela", "title": "An older version",
                                 "date": "2015-08-27", "text": "Colombia and Venezuela talked."}) + "\n")  # fmt: skip
    db = tmp_path / "s.duckdb"
    stored = runner.invoke(app, ["--db", str(db), "ingest", str(older), "--stage", "articles"])
    assert stored.exit_code == 0, stored.output
    result = runner.invoke(app, ["--db", str(db), "import", str(dataset[0]), "--on-change", on_change])
    assert result.exit_code == status, result.output
    assert line in result.stderr.splitlines()[-1]
    if on_change == "keep":
        assert "id 'americas-2015-08-28-colombia-venezuela' is already stored with different content" in result.stderr
    titles = runner.invoke(app, ["--db", str(db), "articles", "--format", "jsonl", "--limit", "0"])
    title = {json.loads(r)["doc_id"]: json.loads(r)["title"] for r in titles.stdout.splitlines()}
    assert (title["americas-2015-08-28-colombia-venezuela"] == "An older version") is (on_change == "keep")
