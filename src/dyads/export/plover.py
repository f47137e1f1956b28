"""PLOVER JSON: one object per event, in the field names of the PLOVER
specification and the POLECAT data set that implements it."""

from __future__ import annotations

import datetime as dt

from dyads.records.actor import ActorMention
from dyads.records.event import Event


def plover_record(event: Event, *, published: dt.date | None, url: str | None) -> dict[str, object]:
    evidence = event.evidence[0] if event.evidence else None
    place = event.location
    return {
        "id": event.event_id,
        "story_id": event.doc_id,
        "story_date": published.isoformat() if published else None,
        "event_date": event.date.start.isoformat() if event.date else None,
        "event_date_end": event.date.end.isoformat() if event.date else None,
        "date_precision": event.date.precision.value if event.date else None,
        "event_type": event.plover_type,
        "mode": event.plover_mode,
        "context": [c for c in (event.plover_context or "").split(",") if c],
        "negated": event.negated,
        "modality": event.modality.value,
        **_actor("actor", event.source),
        **_actor("recipient", event.target),
        "location": None
        if place is None
        else {
            "name": place.name, "country": place.country, "admin1": place.admin1,
            "lat": place.lat, "lon": place.lon, "feature": place.feature, "text": place.text,
        },  # fmt: skip
        "size": [
            {"value": q.value, "unit": q.unit, "kind": q.kind, "rate": q.rate, "text": q.text}
            for q in event.quantities
        ],
        "cameo_code": event.code,
        "goldstein": event.goldstein,
        "tone": event.tone.compound if event.tone else None,
        "event_text": evidence.sentence if evidence else None,
        "trigger": evidence.trigger if evidence else None,
        "url": url,
        "confidence": event.confidence,
    }


def _actor(prefix: str, actor: ActorMention | None) -> dict[str, object]:
    return {
        prefix: actor.name or actor.text if actor else None,
        f"{prefix}_code": actor.code if actor else None,
        f"{prefix}_country": actor.country if actor else None,
        f"{prefix}_sector": actor.role if actor else None,
        f"{prefix}_text": actor.text if actor else None,
    }
