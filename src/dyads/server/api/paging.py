"""Cursors: where the next page of a listing starts, as an opaque token (keyset paging).

A cursor names the last item of a page by its place in the listing order, so
that articles stored meanwhile never shift or repeat what a client has seen.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json

from dyads.errors import ConfigError
from dyads.store.events import EventPosition

_BAD = "cursor {value!r}: not a cursor this server gave (pass next_cursor back as it came)"


def encode(parts: list[str | None]) -> str:
    raw = json.dumps(parts, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(value: str, *, size: int) -> list[str | None]:
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
        parts = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise ConfigError(_BAD.format(value=value[:60])) from None
    if not (isinstance(parts, list) and len(parts) == size and all(p is None or isinstance(p, str) for p in parts)):
        raise ConfigError(_BAD.format(value=value[:60]))
    return parts


def _day(text: str | None, value: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ConfigError(_BAD.format(value=value[:60])) from None


def event_cursor(at: EventPosition) -> str:
    return encode([at.date_start.isoformat() if at.date_start else None, at.doc_id, at.event_id])


def event_position(value: str) -> EventPosition:
    day, doc_id, event_id = decode(value, size=3)
    if doc_id is None or event_id is None:
        raise ConfigError(_BAD.format(value=value[:60]))
    return EventPosition(_day(day, value), doc_id, event_id)


def article_cursor(published: dt.date | None, doc_id: str) -> str:
    return encode([published.isoformat() if published else None, doc_id])


def article_position(value: str) -> tuple[dt.date | None, str]:
    day, doc_id = decode(value, size=2)
    if doc_id is None:
        raise ConfigError(_BAD.format(value=value[:60]))
    return _day(day, value), doc_id


def offset_cursor(offset: int) -> str:
    """For listings ranked by a count (actors), where no key is stable: the next page's offset."""
    return encode([str(offset)])


def offset_position(value: str) -> int:
    (offset,) = decode(value, size=1)
    if offset is None or not offset.isdigit() or len(offset) > 12:
        raise ConfigError(_BAD.format(value=value[:60]))
    return int(offset)
