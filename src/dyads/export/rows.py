"""Flat event rows, for tables, CSV and Parquet."""

from __future__ import annotations

from dyads.records.actor import ActorMention
from dyads.records.event import Event

COLUMNS = (
    "event_id", "doc_id", "date", "date_precision", "source", "target", "code", "name", "goldstein",
    "quad_class", "plover_type", "negated", "modality", "place", "place_country", "quantities", "tone",
    "mentions", "confidence", "trigger", "sentence",
)  # fmt: skip
SHORT = ("event_id", "date", "source", "code", "target", "name", "place", "quantities", "trigger")
_UNSPECIFIED = ", not specified below"


def short_name(name: str) -> str:
    """A code's name without the codebook's ", not specified below" (the code says as much)."""
    return name.removesuffix(_UNSPECIFIED)


def short_row(event: Event) -> dict[str, object]:
    """A table row: :data:`SHORT` columns, the name shortened."""
    row = event_row(event)
    return {c: short_name(str(row[c])) if c == "name" else row[c] for c in SHORT}


def event_row(event: Event) -> dict[str, object]:
    evidence = event.evidence[0] if event.evidence else None
    return {
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "date": event.date.start.isoformat() if event.date else None,
        "date_precision": event.date.precision.value if event.date else None,
        "source": _actor(event.source),
        "target": _actor(event.target),
        "code": event.code,
        "name": event.name,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "plover_type": event.plover_type,
        "negated": event.negated,
        "modality": event.modality.value,
        "place": event.location.name if event.location else None,
        "place_country": event.location.country if event.location else None,
        "quantities": "; ".join(q.text for q in event.quantities) or None,
        "tone": round(event.tone.compound, 3) if event.tone else None,
        "mentions": event.mentions,
        "confidence": round(event.confidence, 3),
        "trigger": evidence.trigger if evidence else None,
        "sentence": evidence.sentence if evidence else None,
    }


def _actor(actor: ActorMention | None) -> str | None:
    if actor is None:
        return None
    return actor.code or f"({actor.text})"
