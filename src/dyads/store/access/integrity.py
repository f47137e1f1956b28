"""A whole-store read that finds corruption before anything is written onto it.

DuckDB checks a block's checksum only when it reads the block, so a damaged
store can take new writes (that touch other blocks) and fail later.  Before an
ingest writes, :func:`verify_store` reads every value of every column once (a
hash of each, so that no statistic or index can answer instead), which makes
DuckDB check every data block.  The cost is one sequential read of the store.
"""

from __future__ import annotations

import duckdb

from dyads.errors import StoreError
from dyads.store.access.connection import Store, store_fault


def verify_store(store: Store) -> None:
    """Raise :class:`StoreError` naming the store when any block of it is damaged."""
    con = store.con
    try:
        tables = con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
            " AND table_catalog = current_database() AND table_type = 'BASE TABLE' ORDER BY 1"
        ).fetchall()
        for (table,) in tables:
            columns = [row[0] for row in con.execute(f"DESCRIBE {_quoted(table)}").fetchall()]
            if not columns:
                continue
            hashes = ", ".join(f"bit_xor(hash({_quoted(c)}))" for c in columns)
            con.execute(f"SELECT count(*), {hashes} FROM {_quoted(table)}").fetchall()
    except duckdb.Error as exc:
        fault = store_fault(store.path, exc, doing="read")
        raise StoreError(f"{fault}; nothing was written to it") from exc


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
