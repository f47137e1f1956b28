"""Store faults: each gives one clear line naming the store and leaves what was stored intact."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dyads.errors import SchemaError, StoreBusy, StoreError
from dyads.records.article import Article
from dyads.store import AccessMode, open_store
from dyads.store.articles import count_articles, plan_insert, write_articles
from dyads.store.access.integrity import verify_store
from dyads.store.access.locking import WriterLock


def _store(path: Path, articles: list[Article]) -> None:
    with open_store(path) as store:
        new, _ = plan_insert(store, articles)
        with store.transaction():
            write_articles(store, new)


def _articles(n: int, *, size: int = 40, start: int = 0) -> list[Article]:
    """The same ``i`` always gives the same (incompressible) article."""
    return [Article.create(text=f"Article {i}. " + random.Random(i).randbytes(size).hex()) for i in range(start, start + n)]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line(error: BaseException, path: Path) -> str:
    text = str(error)
    assert "\n" not in text and text.startswith(str(path)), text
    return text


def test_a_directory_given_as_the_store_is_refused(tmp_path):
    with pytest.raises(StoreError) as caught:
        open_store(tmp_path)
    assert _one_line(caught.value, tmp_path).endswith("is a directory, not a store file")


def test_an_sqlite_file_is_refused_without_duckdb_reaching_for_an_extension(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(StoreError) as caught:
        open_store(path)
    message = _one_line(caught.value, path)
    assert "an SQLite database" in message and "xtension" not in message
    assert _digest(path) == before


def test_duckdb_never_autoloads_or_installs_extensions(tmp_path):
    with open_store(tmp_path / "s.duckdb") as store:
        settings = dict(store.con.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name IN"
            " ('autoload_known_extensions', 'autoinstall_known_extensions')"
        ).fetchall())  # fmt: skip
    assert settings == {"autoload_known_extensions": "false", "autoinstall_known_extensions": "false"}


def test_a_foreign_duckdb_file_is_refused_and_not_written(tmp_path):
    path = tmp_path / "prices.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE prices (day DATE, price DOUBLE)")
    con.close()
    with pytest.raises(SchemaError) as caught:
        open_store(path)
    assert "not a dyads store (tables: main.prices)" in _one_line(caught.value, path)
    con = duckdb.connect(str(path), read_only=True)
    tables = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()]
    con.close()
    assert tables == ["prices"]


@pytest.mark.parametrize("content", [b"not a database at all" * 200, os.urandom(300_000), b"\x00" * 4096])
def test_a_file_that_is_not_duckdb_is_refused(tmp_path, content):
    path = tmp_path / "junk.duckdb"
    path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        open_store(path)
    _one_line(caught.value, path)
    assert path.read_bytes() == content


def test_an_empty_file_left_by_a_kill_becomes_a_store(tmp_path):
    path = tmp_path / "s.duckdb"
    path.write_bytes(b"")  # DuckDB created the file; the process died before its header was written
    with pytest.raises(StoreError, match="no store here yet"):
        open_store(path, mode=AccessMode.READ_ONLY)
    _store(path, _articles(2))
    with open_store(path, mode=AccessMode.READ_ONLY) as store:
        assert count_articles(store) == 2


def test_an_empty_duckdb_file_reads_as_no_store_yet(tmp_path):
    path = tmp_path / "s.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(StoreError, match="no store here yet"):
        open_store(path, mode=AccessMode.READ_ONLY)


def test_random_bytes_over_a_store_are_found_before_anything_is_written(tmp_path):
    path = tmp_path / "s.duckdb"
    _store(path, _articles(400, size=400))
    data = bytearray(path.read_bytes())
    for offset in range(len(data) // 3, len(data), 50_000):  # damage the data blocks, keep the header
        data[offset : offset + 2000] = os.urandom(2000)
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(StoreError) as caught:
        with open_store(path) as store:
            verify_store(store)
    message = _one_line(caught.value, path)
    assert "Corrupt database file" in message or "cannot" in message
    assert _digest(path) == before


def test_every_query_on_a_damaged_store_is_one_line(tmp_path):
    path = tmp_path / "s.duckdb"
    _store(path, _articles(400, size=400))
    data = bytearray(path.read_bytes())
    for offset in range(len(data) // 3, len(data), 50_000):
        data[offset : offset + 2000] = os.urandom(2000)
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as caught:
        with open_store(path, mode=AccessMode.READ_ONLY) as store:
            store.con.execute("SELECT sum(length(text)) FROM articles").fetchall()
    _one_line(caught.value, path)


def _immutable(path: Path) -> None:
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot make {path} immutable ({done.stderr.strip()}); root ignores plain file permissions")


def test_a_read_only_store_file_is_one_line_and_still_readable(tmp_path):
    path = tmp_path / "s.duckdb"
    _store(path, _articles(5))
    if os.geteuid() == 0:
        _immutable(path)
    else:
        path.chmod(0o444)
    try:
        with pytest.raises(StoreError) as caught:
            open_store(path)
        assert "read-only" in _one_line(caught.value, path)
        with open_store(path, mode=AccessMode.READ_ONLY) as store:
            assert count_articles(store) == 5
    finally:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)


def test_a_read_only_directory_is_one_line_and_the_store_in_it_still_readable(small_disk):
    path = small_disk.path / "s.duckdb"
    _store(path, _articles(5))
    small_disk.remount("ro")
    with pytest.raises(StoreError) as caught:
        with WriterLock(path):
            pass
    assert "Read-only file system" in _one_line(caught.value, path)
    with pytest.raises(StoreError) as caught:
        open_store(small_disk.path / "new.duckdb")
    assert "read-only" in _one_line(caught.value, small_disk.path / "new.duckdb")
    with open_store(path, mode=AccessMode.READ_ONLY) as store:
        assert count_articles(store) == 5


def test_a_full_disk_is_one_line_and_what_was_stored_is_kept(small_disk):
    path = small_disk.path / "s.duckdb"
    stored = 0
    with pytest.raises(StoreError) as caught:
        for batch in range(200):
            _store(path, _articles(5, size=15_000, start=batch * 5))
            stored += 5
    assert "the disk is full" in _one_line(caught.value, path)
    with open_store(path, mode=AccessMode.READ_ONLY) as store:
        assert count_articles(store) == stored > 0
    small_disk.remount("size=64m")
    _store(path, _articles(stored + 5, size=15_000))  # the same articles again, and the batch that failed
    with open_store(path, mode=AccessMode.READ_ONLY) as store:
        verify_store(store)
        assert count_articles(store) == stored + 5


_HOLD = """
import duckdb, sys, time
con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "ro")
print("held", flush=True)
time.sleep(30)
"""


def _holder(path: Path, mode: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, str(path), mode], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_reader_waits_then_says_who_is_writing(tmp_path):
    path = tmp_path / "s.duckdb"
    _store(path, _articles(3))
    holder = _holder(path, "rw")
    try:
        with pytest.raises(StoreBusy) as caught:
            open_store(path, mode=AccessMode.READ_ONLY, wait=0.3)
        message = _one_line(caught.value, path)
        assert f"process {holder.pid} has it open for writing" in message and "after 0.3 s" in message
    finally:
        holder.kill()
        holder.wait()


def test_a_writer_blocked_by_a_reader_says_it_is_a_reader(tmp_path):
    path = tmp_path / "s.duckdb"
    _store(path, _articles(3))
    holder = _holder(path, "ro")
    try:
        with pytest.raises(StoreBusy) as caught:
            open_store(path, wait=0.2)
        assert f"process {holder.pid} is reading it" in _one_line(caught.value, path)
    finally:
        holder.kill()
        holder.wait()


def test_a_reader_gets_the_store_once_the_writer_lets_go(tmp_path):
    path = tmp_path / "s.duckdb"
    _store(path, _articles(3))
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD.replace("time.sleep(30)", "time.sleep(1)"), str(path), "rw"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    try:
        with open_store(path, mode=AccessMode.READ_ONLY, wait=20) as store:
            assert count_articles(store) == 3
    finally:
        holder.wait()


def test_a_second_writer_is_refused_at_once_naming_the_first(tmp_path):
    path = tmp_path / "s.duckdb"
    with WriterLock(path):
        with pytest.raises(StoreBusy) as caught:
            WriterLock(path).acquire()
    assert _one_line(caught.value, path) == (
        f"{path}: another dyads process (PID {os.getpid()}) is writing to it; one writer at a time"
    )
    with WriterLock(path):  # released: the next writer gets it
        pass


def test_a_failing_migration_leaves_the_older_schema_and_its_articles(tmp_path, monkeypatch, older_store):
    import dyads.store.access.connection as connection
    from dyads.store.schema import MIGRATIONS, Migration

    path = older_store(tmp_path / "s.duckdb", 1)
    broken = Migration(MIGRATIONS[-1].version + 1, "broken", ("ALTER TABLE nowhere ADD COLUMN x INT",))
    monkeypatch.setattr(connection, "MIGRATIONS", (*MIGRATIONS, broken))
    monkeypatch.setattr(connection, "SCHEMA_VERSION", broken.version)
    with pytest.raises(StoreError, match=f"migration {broken.version} \\(broken\\) failed"):
        open_store(path)
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT value FROM meta").fetchone() == ("2",)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    con.close()
