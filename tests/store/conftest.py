"""Stores built in the tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


def _older_store(path: Path, articles: int) -> Path:
    """A store as version 2 of the schema left it, holding ``articles`` articles d0, d1..."""
    import duckdb

    from dyads.store.schema import MIGRATIONS

    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    for step in MIGRATIONS[:2]:
        for statement in step.statements:
            con.execute(statement)
    con.execute("INSERT INTO meta VALUES ('schema_version', '2')")
    for i in range(articles):
        con.execute("INSERT INTO articles (doc_id, content_hash, text) VALUES (?, ?, ?)", [f"d{i}", f"h{i}", "t"])
    con.close()
    return path


@pytest.fixture
def older_store() -> Callable[[Path, int], Path]:
    return _older_store
