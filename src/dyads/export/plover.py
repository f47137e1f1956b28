"""PLOVER JSON: one object per event, in the field names of the PLOVER specification.

PLOVER's own fields: ``id``, ``date`` and ``enddate`` (ISO days), ``event``
(the event type), ``mode``, ``context`` (a list), ``actor`` and ``recipient``
(names) with ``actor_entity`` and ``recipient_entity`` (lists of entities:
code, country, sector, name and the text it was found as), ``event_loc``,
``quad_code`` (1 verbal cooperation .. 4 material conflict) and
``event_scale`` (PLOVER's score of the type and mode), both ``None`` where
PLOVER defines none (roots 01 and 02 have no PLOVER type).  dyads adds what
it knows beside them: the CAMEO code, Goldstein score, tone, the sentence
and trigger, the story's id, date, title and URL.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

from dyads.export.rows import ArticleInfo
from dyads.records.actor import ActorMention
from dyads.records.event import Event


@dataclass(frozen=True, slots=True)
class PloverScales:
    """PLOVER's quad code per event type and score per (type, mode); ``""`` is the type's own score."""

    quads: Mapping[str, int]
    scores: Mapping[tuple[str, str], float]

    def quad_code(self, event_type: str | None) -> int | None:
        return self.quads.get(event_type) if event_type else None

    def event_scale(self, event_type: str | None, mode: str | None) -> float | None:
        if not event_type:
            return None
        return self.scores.get((event_type, mode or ""), self.scores.get((event_type, "")))


def load_plover_scales() -> PloverScales:
    """The packaged table (``data/plover/scales.tsv``, built by ``scripts/build_plover_scales.py``)."""
    text = (resources.files("dyads") / "data" / "plover" / "scales.tsv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines(), delimiter="\t"))
    return PloverScales(
        quads={r["event_type"]: int(r["quad_code"]) for r in rows},
        scores={(r["event_type"], r["mode"]): float(r["event_scale"]) for r in rows},
    )


def plover_record(event: Event, *, info: ArticleInfo, scales: PloverScales) -> dict[str, object]:
    evidence = event.evidence[0] if event.evidence else None
    place = event.location
    start = event.date.start if event.date else info.published
    return {
        "id": event.event_id,
        "date": start.isoformat() if start else None,
        "enddate": event.date.end.isoformat() if event.date else (start.isoformat() if start else None),
        "date_precision": event.date.precision.value if event.date else None,
        "event": event.plover_type,
        "mode": event.plover_mode,
        "context": [c for c in (event.plover_context or "").split(",") if c],
        "quad_code": scales.quad_code(event.plover_type),
        "event_scale": scales.event_scale(event.plover_type, event.plover_mode),
        "actor": _name(event.source),
        "actor_entity": _entities(event.source),
        "recipient": _name(event.target),
        "recipient_entity": _entities(event.target),
        "event_loc": None
        if place is None
        else {
            "name": place.name, "country": place.country, "admin1": place.admin1,
            "lat": place.lat, "lon": place.lon, "feature": place.feature, "text": place.text,
        },  # fmt: skip
        "event_size": [
            {"value": q.value, "unit": q.unit, "kind": q.kind, "rate": q.rate, "text": q.text}
            for q in event.quantities
        ],
        "negated": event.negated,
        "modality": event.modality.value,
        "historical": event.historical,
        "cameo_code": event.code,
        "goldstein": event.goldstein,
        "tone": event.tone.compound if event.tone else None,
        "event_text": evidence.sentence if evidence else None,
        "trigger": evidence.trigger if evidence else None,
        "story_id": event.doc_id,
        "story_date": info.published.isoformat() if info.published else None,
        "story_title": info.title,
        "url": info.url,
        "confidence": event.confidence,
    }


def _name(actor: ActorMention | None) -> str | None:
    return (actor.name or actor.text) if actor else None


def _entities(actor: ActorMention | None) -> list[dict[str, object]]:
    if actor is None:
        return []
    return [{"code": actor.code, "country": actor.country, "sector": actor.role, "name": actor.name,
             "text": actor.text}]  # fmt: skip
