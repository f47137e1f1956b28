"""What ``dyads watch`` remembers of each source between polls and runs (table ``feed_state``).

A feed's row keeps the validators its server last sent (``ETag``, ``Last-Modified``) so that the next
poll asks "changed since?"; a file under a watched folder keeps its size and modification time
(``last_modified`` holds ``mtime_ns:size``), so that only new or changed files are read again.  A
row is saved after what its source brought is committed, so a run killed in between reads it again
(and adds nothing twice: content hashes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from dyads.store.access.connection import Store


class SourceKind(StrEnum):
    FEED = "feed"
    FILE = "file"  # a file found in a watched folder


@dataclass(frozen=True, slots=True)
class SourceState:
    source: str  # the feed's URL, or the file's resolved path
    kind: SourceKind
    etag: str | None = None
    last_modified: str | None = None
    checked_at: dt.datetime | None = None
    status: str | None = None  # "ok", "not modified", or the last failure's one line
    added: int = 0  # articles it has brought, over every poll


_COLUMNS = ("source", "kind", "etag", "last_modified", "checked_at", "status", "added")


def source_states(store: Store, sources: Sequence[str] | None = None) -> dict[str, SourceState]:
    """The saved state of ``sources`` (every source when ``None``), by source."""
    sql = f"SELECT {', '.join(_COLUMNS)} FROM feed_state"
    params: list[object] = []
    if sources is not None:
        sql += " WHERE source IN (SELECT unnest(?::VARCHAR[]))"
        params.append(list(sources))
    rows = store.con.execute(sql + " ORDER BY source", params).fetchall()
    return {
        row[0]: SourceState(row[0], SourceKind(row[1]), row[2], row[3], row[4], row[5], int(row[6])) for row in rows
    }


def save_states(store: Store, states: Sequence[SourceState]) -> None:
    """Write ``states`` in the caller's transaction, each in place of what was saved for its source."""
    if not states:
        return
    store.con.executemany(
        f"INSERT OR REPLACE INTO feed_state ({', '.join(_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [[s.source, s.kind.value, s.etag, s.last_modified, s.checked_at, s.status, s.added] for s in states],
    )
