"""One article, the same (source, target, code) said twice: one event, two mentions."""

from __future__ import annotations

import dataclasses

from dyads.events.building import actor_key
from dyads.records.event import Event


def merge_key(event: Event) -> tuple[str, str, str, bool, str]:
    return (actor_key(event.source), actor_key(event.target), event.code, event.negated, event.modality.value)


def merge_events(events: list[Event]) -> tuple[Event, ...]:
    """Merge events with the same key, in order of first mention; evidence keeps every mention."""
    merged: dict[tuple[str, str, str, bool, str], Event] = {}
    for event in events:
        key = merge_key(event)
        first = merged.get(key)
        if first is None:
            merged[key] = event
            continue
        if any(e.trigger_start == event.evidence[0].trigger_start for e in first.evidence):
            continue  # the same words coded twice (a verb and its noun)
        merged[key] = dataclasses.replace(
            first,
            evidence=first.evidence + event.evidence,
            mentions=first.mentions + event.mentions,
            confidence=max(first.confidence, event.confidence),
        )
    return tuple(merged.values())
