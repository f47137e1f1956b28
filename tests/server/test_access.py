"""The server's hold on its store: readers on cursors of one connection, a time limit per read, and
the writer lock held for as long as a writing server runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyads.errors import StoreBusy, StoreError
from dyads.server.access import QueryTimeout, StoreAccess
from dyads.store import AccessMode, open_store
from dyads.store.access.locking import WriterLock, writer_pid
from tests.server.conftest import TOKEN, server_settings


def test_a_read_past_the_time_limit_is_interrupted(small_store: Path) -> None:
    access = StoreAccess(server_settings(small_store, query_seconds=0.2))
    access.open()
    try:
        with pytest.raises(QueryTimeout, match="longer than the server's limit of 0.2 s"):
            with access.reader() as store:
                store.con.execute("SELECT count(*) FROM range(100000000000) a").fetchall()
        with access.reader() as store:  # the connection serves the next reader as before
            assert store.con.execute("SELECT count(*) FROM events").fetchone() == (5,)
    finally:
        access.close()


def test_a_writing_server_holds_the_writer_lock_until_it_closes(small_store: Path) -> None:
    access = StoreAccess(server_settings(small_store, write_token=TOKEN))
    access.open()
    try:
        assert writer_pid(small_store) is not None
        with pytest.raises(StoreBusy, match="is writing to it; one writer at a time"):
            WriterLock(small_store).acquire()
    finally:
        access.close()
    assert writer_pid(small_store) is None
    open_store(small_store, mode=AccessMode.READ_ONLY).close()


def test_a_read_only_server_lets_other_readers_in(small_store: Path) -> None:
    access = StoreAccess(server_settings(small_store))
    access.open()
    try:
        with open_store(small_store, mode=AccessMode.READ_ONLY, wait=1) as other:
            assert other.con.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    finally:
        access.close()


def test_a_reader_sees_a_batch_whole_or_not_at_all(small_store: Path) -> None:
    access = StoreAccess(server_settings(small_store, write_token=TOKEN))
    access.open()
    try:
        writer = access.cursor(mode=AccessMode.READ_WRITE)
        writer.con.execute("BEGIN TRANSACTION")
        writer.con.execute("DELETE FROM events WHERE doc_id = 'd2'")
        with access.reader() as store:  # the delete is not committed: the reader sees every event
            assert store.con.execute("SELECT count(*) FROM events").fetchone() == (5,)
        writer.con.execute("COMMIT")
        with access.reader() as store:
            assert store.con.execute("SELECT count(*) FROM events").fetchone() == (3,)
        writer.close()
    finally:
        access.close()


def test_a_store_that_is_not_there_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store here"):
        StoreAccess(server_settings(tmp_path / "none.duckdb")).open()


def test_a_closed_store_is_a_store_error_not_a_crash(small_store: Path) -> None:
    access = StoreAccess(server_settings(small_store))
    with pytest.raises(StoreError, match="not open"):
        with access.reader():
            pass
