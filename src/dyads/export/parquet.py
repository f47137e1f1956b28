"""Events as an Arrow table with real types, for Parquet: dates are dates, actors and the place are
structs, quantities and evidence are lists; codes, root and countries are columns of their own."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pyarrow as pa

from dyads.export.rows import NO_INFO, ArticleInfo
from dyads.records.actor import ActorMention
from dyads.records.event import Event

_ACTOR = pa.struct([("code", pa.string()), ("country", pa.string()), ("role", pa.string()),
                    ("name", pa.string()), ("text", pa.string())])  # fmt: skip
_PLACE = pa.struct([("name", pa.string()), ("country", pa.string()), ("admin1", pa.string()), ("lat", pa.float64()),
                    ("lon", pa.float64()), ("feature", pa.string()), ("text", pa.string())])  # fmt: skip
_QUANTITY = pa.struct([("value", pa.float64()), ("unit", pa.string()), ("kind", pa.string()),
                       ("rate", pa.string()), ("text", pa.string())])  # fmt: skip
_EVIDENCE = pa.struct([("sentence", pa.string()), ("sentence_start", pa.int32()), ("sentence_end", pa.int32()),
                       ("trigger", pa.string()), ("pattern", pa.string())])  # fmt: skip
SCHEMA = pa.schema([
    ("event_id", pa.string()), ("doc_id", pa.string()),
    ("date", pa.date32()), ("end_date", pa.date32()), ("date_precision", pa.string()), ("date_text", pa.string()),
    ("source", _ACTOR), ("source_country", pa.string()), ("target", _ACTOR), ("target_country", pa.string()),
    ("code", pa.string()), ("root", pa.string()), ("name", pa.string()), ("goldstein", pa.float64()),
    ("quad_class", pa.int8()), ("plover_type", pa.string()), ("plover_mode", pa.string()),
    ("plover_context", pa.list_(pa.string())), ("negated", pa.bool_()), ("modality", pa.string()),
    ("confidence", pa.float64()), ("mentions", pa.int32()), ("dyadic", pa.bool_()), ("historical", pa.bool_()),
    ("place", _PLACE), ("place_country", pa.string()), ("quantities", pa.list_(_QUANTITY)),
    ("tone", pa.float64()), ("evidence", pa.list_(_EVIDENCE)),
    ("published", pa.date32()), ("title", pa.string()), ("url", pa.string()),
])  # fmt: skip


def _actor(actor: ActorMention | None) -> dict[str, object] | None:
    if actor is None:
        return None
    return {"code": actor.code, "country": actor.country, "role": actor.role, "name": actor.name, "text": actor.text}


def _record(event: Event, info: ArticleInfo) -> dict[str, object]:
    date, place = event.date, event.location
    return {
        "event_id": event.event_id, "doc_id": event.doc_id,
        "date": date.start if date else None, "end_date": date.end if date else None,
        "date_precision": date.precision.value if date else None, "date_text": date.text if date else None,
        "source": _actor(event.source), "source_country": event.source.country if event.source else None,
        "target": _actor(event.target), "target_country": event.target.country if event.target else None,
        "code": event.code, "root": event.root, "name": event.name, "goldstein": event.goldstein,
        "quad_class": event.quad_class, "plover_type": event.plover_type, "plover_mode": event.plover_mode,
        "plover_context": [c for c in (event.plover_context or "").split(",") if c],
        "negated": event.negated, "modality": event.modality.value, "confidence": event.confidence,
        "mentions": event.mentions, "dyadic": event.dyadic, "historical": event.historical,
        "place": None if place is None else {
            "name": place.name, "country": place.country, "admin1": place.admin1, "lat": place.lat,
            "lon": place.lon, "feature": place.feature, "text": place.text,
        },
        "place_country": place.country if place else None,
        "quantities": [{"value": q.value, "unit": q.unit, "kind": q.kind, "rate": q.rate, "text": q.text}
                       for q in event.quantities],
        "tone": event.tone.compound if event.tone else None,
        "evidence": [{"sentence": e.sentence, "sentence_start": e.sentence_start, "sentence_end": e.sentence_end,
                      "trigger": e.trigger, "pattern": e.pattern} for e in event.evidence],
        "published": info.published, "title": info.title, "url": info.url,
    }  # fmt: skip


def events_table(events: Sequence[Event], article_info: Mapping[str, ArticleInfo]) -> pa.Table:
    """Every event as one row of :data:`SCHEMA` (an empty table keeps the schema)."""
    return pa.Table.from_pylist([_record(e, article_info.get(e.doc_id, NO_INFO)) for e in events], schema=SCHEMA)
