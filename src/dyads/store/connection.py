"""Opening the store and keeping its schema current."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from types import TracebackType

import duckdb

from dyads.errors import SchemaError, StoreError
from dyads.store.schema import MIGRATIONS, SCHEMA_VERSION


class AccessMode(StrEnum):
    READ_WRITE = "read_write"
    READ_ONLY = "read_only"


class Store:
    """A DuckDB database holding articles and events. Use as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, *, path: Path, mode: AccessMode) -> None:
        self.con = con
        self.path = path
        self.mode = mode

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def schema_version(self) -> int:
        return _current_version(self.con)


def open_store(path: str | Path, *, mode: AccessMode = AccessMode.READ_WRITE) -> Store:
    """Open (creating if needed, when read-write) the store at ``path``."""
    path = Path(path)
    if mode is AccessMode.READ_ONLY and not path.exists():
        raise StoreError(f"{path}: no store here (run `dyads ingest` first)")
    if path.exists() and path.is_dir():
        raise StoreError(f"{path}: is a directory, not a store file")
    try:
        con = duckdb.connect(str(path), read_only=mode is AccessMode.READ_ONLY)
    except duckdb.IOException as exc:
        reason = str(exc).splitlines()[0]
        if "lock" in reason.lower():
            reason = "another process is writing to it (one writer at a time)"
        raise StoreError(f"{path}: cannot open the store: {reason}") from exc
    except duckdb.Error as exc:
        raise StoreError(f"{path}: not a dyads store ({str(exc).splitlines()[0]})") from exc
    store = Store(con, path=path, mode=mode)
    try:
        if mode is AccessMode.READ_WRITE:
            _migrate(con, path)
        else:
            _check_version(con, path)
    except BaseException:
        con.close()
        raise
    return store


def _current_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta' AND table_schema = 'main'"
    ).fetchone()
    if not exists or exists[0] == 0:
        return 0
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _check_version(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    version = _current_version(con)
    if version > SCHEMA_VERSION:
        raise SchemaError(f"{path}: schema version {version} is newer than this dyads ({SCHEMA_VERSION})")
    if version < SCHEMA_VERSION:
        raise SchemaError(f"{path}: schema version {version} is older than this dyads ({SCHEMA_VERSION}); run `dyads migrate` (or any ingest) first")


def _migrate(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    version = _current_version(con)
    if version > SCHEMA_VERSION:
        raise SchemaError(f"{path}: schema version {version} is newer than this dyads ({SCHEMA_VERSION})")
    if version == 0:
        con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    for step in MIGRATIONS:
        if step.version <= version:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in step.statements:
                con.execute(statement)
            con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(step.version)]
            )
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"{path}: migration {step.version} ({step.description}) failed: {exc}") from exc
