"""Opening the store, keeping its schema current, and turning its faults into one line.

Every DuckDB failure leaves this package as a :class:`StoreError` naming the
store and the first line of the cause: a full disk, a read-only file or
directory, a file that is not a DuckDB database, a corrupted one, a DuckDB
database that is not a dyads store (never written to), or a lock held by another
process (waited for first; see :mod:`dyads.store.access.locking`).  DuckDB never
loads or installs extensions for dyads, so no file given as a store can make it
reach the network.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from types import TracebackType

import duckdb

from dyads.errors import DyadsError, RecordRejected, SchemaError, StoreBusy, StoreError
from dyads.store.access.locking import DEFAULT_WAIT_SECONDS, busy_message
from dyads.store.schema import MIGRATIONS, SCHEMA_VERSION

_CONFIG = {
    "autoload_known_extensions": False,
    "autoinstall_known_extensions": False,
    "allow_community_extensions": False,
}
_DUCKDB_MAGIC = b"DUCK"  # bytes 8..12 of every DuckDB database file
_KNOWN_HEADERS: tuple[tuple[bytes, str], ...] = (
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"PAR1", "a Parquet file"),
    (b"\x1f\x8b", "gzip data"),
    (b"PK\x03\x04", "a ZIP archive"),
)
# Errors in one record (a value or a constraint), as opposed to faults of the store itself.
_RECORD_ERRORS = (duckdb.ConstraintException, duckdb.ConversionException, duckdb.InvalidInputException,
                  duckdb.OutOfRangeException, duckdb.DataError)  # fmt: skip


class AccessMode(StrEnum):
    READ_WRITE = "read_write"
    READ_ONLY = "read_only"


class Store:
    """A DuckDB database holding articles and events. Use as a context manager: a
    DuckDB error inside the ``with`` block leaves it as a one-line :class:`StoreError`."""

    def __init__(self, con: duckdb.DuckDBPyConnection, *, path: Path, mode: AccessMode) -> None:
        self.con = con
        self.path = path
        self.mode = mode

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is None:
            self.close()
            return
        self._close_quietly()
        if isinstance(exc, duckdb.Error):
            raise store_fault(self.path, exc) from exc

    def close(self) -> None:
        try:
            self.con.close()  # a read-write close checkpoints: it may meet a full disk
        except duckdb.Error as exc:
            raise store_fault(self.path, exc) from exc

    def _close_quietly(self) -> None:
        try:
            self.con.close()
        except duckdb.Error:
            pass  # already failing: the first error is the one reported

    def schema_version(self) -> int:
        return _current_version(self.con)

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """One transaction: committed whole, or rolled back whole.

        A bad record raises :class:`RecordRejected`; any other DuckDB failure
        (full disk, I/O, corruption) raises :class:`StoreError`.
        """
        try:
            self.con.execute("BEGIN TRANSACTION")
            yield self
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self._rollback()
            if isinstance(exc, _RECORD_ERRORS):
                raise RecordRejected(f"{self.path}: {_first_line(exc)}") from exc
            raise store_fault(self.path, exc, doing="write") from exc
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        try:
            self.con.execute("ROLLBACK")
        except duckdb.Error:
            pass  # a failed COMMIT has already ended the transaction


def store_fault(path: Path, exc: BaseException, *, doing: str = "use") -> StoreError:
    """One line for a DuckDB failure, naming the store."""
    reason = _first_line(exc)
    lower = reason.lower()
    if "no space left" in lower or "disk full" in lower:
        return StoreError(f"{path}: cannot {doing} the store: the disk is full; what was stored before is kept")
    if any(word in lower for word in ("read-only", "read only", "permission denied", "operation not permitted")):
        return StoreError(f"{path}: cannot {doing} the store: it or its directory is read-only ({reason})")
    return StoreError(f"{path}: cannot {doing} the store: {reason}")


def open_store(
    path: str | Path, *, mode: AccessMode = AccessMode.READ_WRITE, wait: float = DEFAULT_WAIT_SECONDS
) -> Store:
    """Open (creating if needed, when read-write) the store at ``path``, waiting up to
    ``wait`` seconds while another process holds it."""
    path = Path(path)
    _check_file(path, mode=mode)
    con = _connect(path, mode=mode, wait=wait)
    store = Store(con, path=path, mode=mode)
    try:
        if mode is AccessMode.READ_WRITE:
            _migrate(con, path)
        else:
            _check_version(con, path)
    except DyadsError:
        store._close_quietly()
        raise
    except duckdb.Error as exc:
        store._close_quietly()
        raise store_fault(path, exc) from exc
    return store


def _check_file(path: Path, *, mode: AccessMode) -> None:
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a store file")
    if not path.exists():
        if mode is AccessMode.READ_ONLY:
            raise StoreError(f"{path}: no store here (run `dyads ingest` first)")
        if not path.parent.is_dir():
            raise StoreError(f"{path}: cannot create the store: {path.parent} is not a directory")
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the store ({exc.strerror or exc})") from exc
    if not head:  # created, then killed before DuckDB wrote its header: it holds nothing
        if mode is AccessMode.READ_ONLY:
            raise StoreError(f"{path}: no store here yet (an empty file; run `dyads ingest` first)")
        try:
            path.unlink()
        except OSError as exc:
            raise StoreError(f"{path}: an empty file that cannot be replaced by a store ({exc.strerror or exc})") from exc
        return
    if head[8:12] != _DUCKDB_MAGIC:
        kind = next((name for magic, name in _KNOWN_HEADERS if head.startswith(magic)), "not a DuckDB database")
        raise StoreError(f"{path}: not a dyads store ({kind}); give --db a dyads store or a new file name")


def _connect(path: Path, *, mode: AccessMode, wait: float) -> duckdb.DuckDBPyConnection:
    read_only = mode is AccessMode.READ_ONLY
    deadline = time.monotonic() + max(wait, 0.0)
    pause = 0.005
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=dict(_CONFIG))
        except duckdb.IOException as exc:
            reason = _first_line(exc)
            if "lock" not in reason.lower():
                raise store_fault(path, exc, doing="open") from exc
            if time.monotonic() >= deadline:
                raise StoreBusy(busy_message(path, reason, read_only=read_only, waited=wait)) from exc
        except duckdb.Error as exc:
            raise store_fault(path, exc, doing="open") from exc
        time.sleep(pause)
        pause = min(pause * 2, 0.02)  # poll often: a writer leaves the store free only briefly


def _current_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta' AND table_schema = 'main'"
    ).fetchone()
    if not exists or exists[0] == 0:
        return 0
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0]) if row else 0
    except ValueError:
        return -1


def _check_version(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    version = _current_version(con)
    _refuse_foreign(con, path, version)
    if version == 0:
        raise StoreError(f"{path}: no store here yet (an empty DuckDB file; run `dyads ingest` first)")
    if version > SCHEMA_VERSION:
        raise SchemaError(f"{path}: schema version {version} is newer than this dyads ({SCHEMA_VERSION})")
    if version < SCHEMA_VERSION:
        raise SchemaError(f"{path}: schema version {version} is older than this dyads ({SCHEMA_VERSION}); run `dyads migrate` (or any ingest) first")


def _refuse_foreign(con: duckdb.DuckDBPyConnection, path: Path, version: int) -> None:
    """A DuckDB database with tables of its own and no dyads schema version is someone else's."""
    if version > 0:
        return
    names = [
        row[0]
        for row in con.execute(
            "SELECT table_schema || '.' || table_name FROM information_schema.tables"
            " WHERE table_catalog = current_database() ORDER BY 1"
        ).fetchall()
    ]
    if version < 0 or names:
        shown = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
        raise SchemaError(f"{path}: a DuckDB database that is not a dyads store (tables: {shown}); nothing was changed")


def _migrate(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Apply the missing steps in one transaction: a reader, or a run killed half-way, sees
    the old schema or the new one, never a step in between."""
    version = _current_version(con)
    _refuse_foreign(con, path, version)
    if version > SCHEMA_VERSION:
        raise SchemaError(f"{path}: schema version {version} is newer than this dyads ({SCHEMA_VERSION})")
    steps = [step for step in MIGRATIONS if step.version > version]
    if not steps:
        return
    con.execute("BEGIN TRANSACTION")
    step = steps[0]
    try:
        if version == 0:
            con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        for step in steps:
            for statement in step.statements:
                con.execute(statement)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(step.version)])
        con.execute("COMMIT")
    except duckdb.Error as exc:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass  # the failed statement already ended the transaction
        raise StoreError(f"{path}: migration {step.version} ({step.description}) failed: {_first_line(exc)}") from exc
    # the schema into the database file at once, not left in the write-ahead log: a run killed before the
    # next checkpoint leaves a log whose column defaults (current_timestamp) a later opening must bind while
    # replaying it, before DuckDB's function extensions are loaded (extensions never autoload here)
    try:
        con.execute("CHECKPOINT")
    except duckdb.Error:
        pass  # the log still holds the schema, as before: a later checkpoint moves it


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
