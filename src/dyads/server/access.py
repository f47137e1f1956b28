"""The server owns the store: one DuckDB connection for its whole life.

DuckDB lets one process hold a file read-write, and inside that process any
number of cursors (connections to the same database instance) read and write
concurrently under MVCC: a reader sees the last committed state, never a batch
half-written, and never waits for the writer.  So:

- started with a write token, the server takes the store's writer lock
  (``<store>.lock``, :mod:`dyads.store.access.locking`) for its life and opens the
  store read-write; ``dyads ingest`` run beside it is refused at once and told
  to post to the server instead (``dyads ingest --server URL``);
- started without one, it opens the store read-only: other read-only processes
  (``dyads events``) may read beside it; an ingest must wait for it to stop;
- each request reads on a cursor of its own (:meth:`StoreAccess.reader`),
  interrupted after the query time limit;
- every write goes through one writer thread (:mod:`dyads.server.writer`), on
  a cursor of its own, one batch per transaction.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

from dyads.errors import ConfigError, StoreError
from dyads.server.settings import ServerSettings
from dyads.store import AccessMode, Store, open_store
from dyads.store.access.connection import store_fault
from dyads.store.access.integrity import verify_store
from dyads.store.access.locking import WriterLock

_MEMORY = re.compile(r"\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)", re.IGNORECASE)


class QueryTimeout(StoreError):
    """A read ran past the server's query time limit and was interrupted."""


class StoreAccess:
    """The store of a running server. ``open()`` once, then ``reader()`` per request; ``close()`` at exit."""

    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self._store: Store | None = None
        self._lock: WriterLock | None = None

    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def mode(self) -> AccessMode:
        return AccessMode.READ_WRITE if self.settings.writable else AccessMode.READ_ONLY

    def open(self) -> None:
        path, wait = self.settings.db_path, self.settings.settings.lock_timeout
        if not _MEMORY.fullmatch(self.settings.memory_limit.strip()):
            raise ConfigError(f"--memory-limit {self.settings.memory_limit!r}: give a size such as 512MB or 2GB")
        if self.mode is AccessMode.READ_WRITE:
            self._lock = WriterLock(path)
            self._lock.acquire()
        try:
            store = open_store(path, mode=self.mode, wait=wait)
            if self.mode is AccessMode.READ_WRITE:
                verify_store(store)
            store.con.execute(f"SET memory_limit = '{self.settings.memory_limit.strip()}'")
        except BaseException:
            self._release()
            raise
        self._store = store

    def close(self) -> None:
        if self._store is not None:
            store, self._store = self._store, None
            try:
                store.close()
            finally:
                self._release()

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _root(self) -> Store:
        if self._store is None:
            raise StoreError(f"{self.settings.db_path}: the server's store is not open")
        return self._store

    def cursor(self, *, mode: AccessMode = AccessMode.READ_ONLY) -> Store:
        """A store on a new cursor of the server's connection (the writer thread keeps one)."""
        root = self._root()
        return Store(root.con.cursor(), path=root.path, mode=mode)

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A cursor for one request, interrupted after the query time limit."""
        store = self.cursor()
        limit = self.settings.query_seconds
        timer = threading.Timer(limit, store.con.interrupt)
        timer.daemon = True
        timer.start()
        try:
            yield store
        except duckdb.InterruptException as exc:
            raise QueryTimeout(f"the query took longer than the server's limit of {limit:g} s; narrow it") from exc
        except duckdb.Error as exc:
            raise store_fault(store.path, exc, doing="read") from exc
        finally:
            timer.cancel()
            store._close_quietly()
