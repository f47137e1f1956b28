"""Rows for ``dyads actors``: one per mention, in a fixed column order."""

from __future__ import annotations

from collections.abc import Iterable

from dyads.records.actor import ActorMention

MENTION_COLUMNS: tuple[str, ...] = (
    "doc_id", "text", "start", "end", "code", "country", "role", "name", "kb_id", "via",
)


def mention_row(m: ActorMention) -> tuple[str, ...]:
    """One mention as strings in :data:`MENTION_COLUMNS` order (empty string for missing)."""
    values = (m.doc_id, m.text, m.start, m.end, m.code, m.country, m.role, m.name, m.kb_id, m.via)
    return tuple("" if v is None else str(v) for v in values)


def mentions_table(mentions: Iterable[ActorMention]) -> list[tuple[str, ...]]:
    """Rows (without header; see :data:`MENTION_COLUMNS`) for a table or TSV of mentions."""
    return [mention_row(m) for m in mentions]
