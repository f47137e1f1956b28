"""Store faults as an analyst meets them: one `error:` line, exit status 2, no traceback, and the
store as it was."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3

import pytest

from .clirun import run, stats, write_jsonl


def _corpus(path, n, start=0):  # type: ignore[no-untyped-def]
    return write_jsonl(path, [{"id": f"a{i}", "date": "2012-03-04", "text": f"Envoys met in Vienna, round {i}. " * 5}
                              for i in range(start, start + n)])  # fmt: skip


def _one_error_line(done) -> str:  # type: ignore[no-untyped-def]
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    return lines[0]


def test_an_sqlite_file_as_db_is_one_line_and_untouched(tmp_path):
    db = tmp_path / "other.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    line = _one_error_line(run(db, "ingest", "--stage", "articles", str(_corpus(tmp_path / "a.jsonl", 2))))
    assert "an SQLite database" in line and "xtension" not in line
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert "an SQLite database" in _one_error_line(run(db, "stats"))


def test_an_ingest_onto_a_damaged_store_writes_nothing(tmp_path):
    db = tmp_path / "s.duckdb"
    assert run(db, "ingest", "--stage", "articles", str(_corpus(tmp_path / "a.jsonl", 400))).returncode == 0
    data = bytearray(db.read_bytes())
    for offset in range(len(data) // 3, len(data), 40_000):
        data[offset : offset + 3000] = os.urandom(3000)
    db.write_bytes(bytes(data))
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    line = _one_error_line(run(db, "ingest", "--stage", "articles", str(_corpus(tmp_path / "b.jsonl", 20, 1000))))
    assert "nothing was written to it" in line and "added" not in line
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("command", [("stats",), ("articles",), ("events",), ("migrate",)])
def test_random_bytes_as_a_store_are_one_line_for_every_command(tmp_path, command):
    db = tmp_path / "s.duckdb"
    db.write_bytes(os.urandom(50_000))
    _one_error_line(run(db, *command))


def test_a_foreign_duckdb_file_is_not_migrated(tmp_path):
    import duckdb

    db = tmp_path / "prices.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE prices (day DATE, price DOUBLE)")
    con.close()
    assert "not a dyads store" in _one_error_line(run(db, "migrate"))
    con = duckdb.connect(str(db), read_only=True)
    assert [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()] == ["prices"]
    con.close()


def test_ingesting_the_folder_that_holds_the_store_does_not_read_the_store(tmp_path):
    db = tmp_path / "s.duckdb"
    _corpus(tmp_path / "a.jsonl", 3)
    first = run(db, "ingest", "--stage", "articles", str(tmp_path))
    again = run(db, "ingest", "--stage", "articles", str(tmp_path))
    assert first.returncode == 0 and again.returncode == 0, again.stderr
    assert "duckdb" not in again.stderr.replace(f"{db}: ", "")
    assert stats(db)["articles"] == 3


def test_a_full_disk_during_ingest_is_one_line_and_the_rerun_completes(small_disk, tmp_path):
    db = small_disk.path / "s.duckdb"
    src = write_jsonl(tmp_path / "big.jsonl", [{"id": f"b{i}", "text": os.urandom(20_000).hex()} for i in range(120)])
    line = _one_error_line(run(db, "ingest", "--stage", "articles", "--batch-size", "5", str(src)))
    assert "the disk is full" in line
    kept = stats(db)["articles"]
    assert kept > 0
    small_disk.remount("size=64m")
    done = run(db, "ingest", "--stage", "articles", "--batch-size", "5", str(src))
    assert done.returncode == 0, done.stderr
    assert f"{kept} already stored" in done.stderr
    assert stats(db)["articles"] == 120


def test_an_invalid_date_is_reported_and_fails_the_run(tmp_path):
    db = tmp_path / "s.duckdb"
    src = write_jsonl(tmp_path / "d.jsonl", [{"id": "x1", "text": "Envoys met.", "date": "2010-13-45"}])
    done = run(db, "ingest", "--stage", "articles", str(src))
    assert done.returncode == 1
    assert f"note: {src}:1 (id x1): field 'date' '2010-13-45' is not a valid date; stored undated" in done.stderr
    assert "1 added" in done.stderr and "1 notes" in done.stderr
    listed = run(db, "articles", "--format", "jsonl")
    assert json.loads(listed.stdout)["published"] is None
