"""The time the store records changes at: UTC, without a zone (DuckDB ``TIMESTAMP``)."""

from __future__ import annotations

import datetime as dt


def utc_now() -> dt.datetime:
    """Now, in UTC, as a naive timestamp (every time the store writes is UTC)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
