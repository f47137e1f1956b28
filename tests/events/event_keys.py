"""How golden tables state an event: (source code, target code, CAMEO code, negated, modality)."""

from __future__ import annotations

from dyads.records.event import Event

EventKey = tuple[str | None, str | None, str, bool, str]


def key(event: Event) -> EventKey:
    """An event as a golden table states it: source code, target code, code, negated, modality."""
    return (
        event.source.code if event.source else None,
        event.target.code if event.target else None,
        event.code,
        event.negated,
        event.modality.value,
    )
