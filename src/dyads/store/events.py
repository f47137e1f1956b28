"""Storing and querying coded events.

Each row keeps flat columns for filtering and the whole event as JSON
(``record``) so that a stored event reads back exactly as it was coded.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from dyads.records.actor import ActorMention
from dyads.records.convert import from_plain, to_plain
from dyads.records.event import Event, EventScope
from dyads.store.access.connection import Store
from dyads.store.articles import escape_like
from dyads.store.clock import utc_now

_ACTOR_FIELDS = ("code", "country", "role", "name", "text")
_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "code", "root", "name", "goldstein", "quad_class",
    "plover_type", "plover_mode", "plover_context", "negated", "modality", "confidence", "mentions",
    *(f"source_{f}" for f in _ACTOR_FIELDS), *(f"target_{f}" for f in _ACTOR_FIELDS),
    "date_start", "date_end", "date_precision", "date_text",
    "place_name", "place_country", "place_lat", "place_lon", "place_feature",
    "tone", "sentence", "dyadic", "historical", "record",
)  # fmt: skip
_STORED = (*_COLUMNS, "added_at")
_TYPES = {
    "goldstein": "float64", "quad_class": "int8", "negated": "bool_", "confidence": "float64",
    "mentions": "int32", "date_start": "date32", "date_end": "date32", "place_lat": "float64",
    "place_lon": "float64", "tone": "float64", "dyadic": "bool_", "historical": "bool_",
}  # fmt: skip  (Arrow type constructors by name; pyarrow loads when a store is written)


def _actor_values(actor: ActorMention | None) -> list[object]:
    return [getattr(actor, f) if actor else None for f in _ACTOR_FIELDS]


def event_row(event: Event) -> list[object]:
    date, place = event.date, event.location
    return [
        event.event_id, event.doc_id, event.code, event.root, event.name, event.goldstein, event.quad_class,
        event.plover_type, event.plover_mode, event.plover_context, event.negated, event.modality.value,
        event.confidence, event.mentions, *_actor_values(event.source), *_actor_values(event.target),
        date.start if date else None, date.end if date else None,
        date.precision.value if date else None, date.text if date else None,
        place.name if place else None, place.country if place else None,
        place.lat if place else None, place.lon if place else None, place.feature if place else None,
        event.tone.compound if event.tone else None,
        event.evidence[0].sentence if event.evidence else None,
        event.dyadic, event.historical,
        json.dumps(to_plain(event), ensure_ascii=False),
    ]  # fmt: skip


def write_events(store: Store, events: Sequence[Event], *, at: dt.datetime | None = None) -> None:
    """Append events in the caller's transaction, added ``at`` (default now, UTC); an event id
    already stored is replaced."""
    if not events:
        return
    added = at or utc_now()
    rows = [[*event_row(e), added] for e in events]
    import pyarrow as pa

    types = [pa.timestamp("us") if c == "added_at" else getattr(pa, _TYPES.get(c, "string"))() for c in _STORED]
    schema = pa.schema(list(zip(_STORED, types, strict=True)))
    table = pa.Table.from_arrays(
        [pa.array([r[i] for r in rows], type=types[i]) for i in range(len(_STORED))], schema=schema
    )
    store.con.register("incoming_events", table)
    try:
        store.con.execute(
            "DELETE FROM events WHERE event_id IN (SELECT event_id FROM incoming_events)"
        )
        store.con.execute(
            f"INSERT INTO events ({', '.join(_STORED)}) SELECT {', '.join(_STORED)} FROM incoming_events"
        )
    finally:
        store.con.unregister("incoming_events")


def replace_article_events(
    store: Store, doc_id: str, events: Sequence[Event], *, change: str = "recoded", at: dt.datetime | None = None
) -> int:
    """Delete an article's events and write ``events`` in their place, in the caller's transaction;
    the ids that do not come back are recorded as removed by ``change``. Returns how many were there
    before."""
    when = at or utc_now()
    row = store.con.execute("SELECT count(*) FROM events WHERE doc_id = ?", [doc_id]).fetchone()
    store.con.execute(
        "INSERT INTO event_removals SELECT event_id, doc_id, ?, ? FROM events"
        " WHERE doc_id = ? AND event_id NOT IN (SELECT unnest(?::VARCHAR[]))",
        [change, when, doc_id, [e.event_id for e in events]],
    )
    store.con.execute("DELETE FROM events WHERE doc_id = ?", [doc_id])
    write_events(store, events, at=when)
    return int(row[0]) if row else 0


@dataclass(frozen=True, slots=True)
class EventQuery:
    actor: str | None = None  # an actor code prefix, country or name on either side
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None  # both directions
    code: str | None = None  # a code prefix: "04" is the root, "042" the code
    quad_class: int | None = None
    since: dt.date | None = None  # starts on or after (undated events never match a date bound)
    until: dt.date | None = None  # starts on or before
    search: str | None = None
    country: str | None = None  # where the event took place (ISO3)
    near: tuple[float, float, float] | None = None  # lat, lon, radius in km
    doc_id: str | None = None
    added_since: dt.datetime | None = None  # written to the store at or after this time (UTC)
    scope: EventScope = EventScope.DYADIC  # events without a target only on request
    limit: int | None = 100
    offset: int = 0
    after: EventPosition | None = None  # keyset paging: only events listed after this one


@dataclass(frozen=True, slots=True)
class EventPosition:
    """Where an event sits in :data:`EVENT_ORDER`: a page of events continues after its last one."""

    date_start: dt.date | None
    doc_id: str
    event_id: str


# By the day the event starts (history retold in an article sits at its own date, not the article's),
# undated events last, then by article and event id so that the order never changes between runs.
EVENT_ORDER = "date_start NULLS LAST, doc_id, event_id"


def query_events(store: Store, query: EventQuery) -> list[Event]:
    return [event for event, _ in query_event_page(store, query)]


def query_event_page(store: Store, query: EventQuery) -> list[tuple[Event, EventPosition]]:
    """The events ``query`` matches, each with its position (to continue after it)."""
    return [(from_plain(Event, json.loads(record)), at) for record, at in query_event_records(store, query)]


def query_event_records(store: Store, query: EventQuery) -> list[tuple[str, EventPosition]]:
    """The stored JSON record of each event ``query`` matches (as ``--format jsonl`` writes it), with
    its position: for a server that passes records on without building them again."""
    where, params = _where(query)
    if query.after is not None:
        where, params = _after(where, params, query.after)
    sql = f"SELECT record, date_start, doc_id, event_id FROM events{where} ORDER BY {EVENT_ORDER}"
    if query.limit is not None:
        sql += f" LIMIT {int(query.limit)} OFFSET {int(query.offset)}"
    return [(row[0], EventPosition(row[1], row[2], row[3])) for row in store.con.execute(sql, params).fetchall()]


def _after(where: str, params: list[object], at: EventPosition) -> tuple[str, list[object]]:
    """``where`` narrowed to the events after ``at`` in :data:`EVENT_ORDER` (undated last)."""
    same_day = "(doc_id > ? OR (doc_id = ? AND event_id > ?))"
    if at.date_start is None:
        clause = f"(date_start IS NULL AND {same_day})"
        values: list[object] = [at.doc_id, at.doc_id, at.event_id]
    else:
        clause = f"(date_start IS NULL OR date_start > ? OR (date_start = ? AND {same_day}))"
        values = [at.date_start, at.date_start, at.doc_id, at.doc_id, at.event_id]
    return (f"{where} AND {clause}" if where else f" WHERE {clause}"), [*params, *values]


def get_event(store: Store, event_id: str) -> Event | None:
    row = store.con.execute("SELECT record FROM events WHERE event_id = ?", [event_id]).fetchone()
    return from_plain(Event, json.loads(row[0])) if row else None


def count_events(store: Store, query: EventQuery | None = None) -> int:
    """How many events the store holds, or how many match ``query`` (its limit and offset aside)."""
    where, params = _where(query) if query is not None else ("", [])
    row = store.con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()
    return int(row[0]) if row else 0


def _side(prefix: str, value: str) -> tuple[str, list[object]]:
    v = value.upper()
    clause = f"({prefix}_code LIKE ? OR {prefix}_country = ? OR {prefix}_name ILIKE ?)"
    return clause, [f"{v}%", v, f"%{value}%"]


def event_where(query: EventQuery) -> tuple[str, list[object]]:
    """The ``WHERE`` clause (or nothing) and its parameters that select what ``query`` asks for."""
    return _where(query)


def _where(query: EventQuery) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []

    def add(clause: str, *values: object) -> None:
        clauses.append(clause)
        params.extend(values)

    if query.actor:
        s, sp = _side("source", query.actor)
        t, tp = _side("target", query.actor)
        add(f"({s} OR {t})", *sp, *tp)
    if query.source:
        s, sp = _side("source", query.source)
        add(s, *sp)
    if query.target:
        t, tp = _side("target", query.target)
        add(t, *tp)
    if query.dyad:
        a, b = (x.upper() for x in query.dyad)
        add(
            "((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?)"
            " OR (source_code LIKE ? AND target_code LIKE ?) OR (source_code LIKE ? AND target_code LIKE ?))",
            a, b, b, a, f"{a}%", f"{b}%", f"{b}%", f"{a}%",
        )  # fmt: skip
    if query.code:
        add("code LIKE ?", f"{query.code}%")
    if query.quad_class:
        add("quad_class = ?", query.quad_class)
    if query.since:
        add("date_start >= ?", query.since)  # the day it starts, not the day a span ends
    if query.until:
        add("date_start <= ?", query.until)
    if query.search:
        for word in query.search.split():
            add("sentence ILIKE ? ESCAPE '\\'", f"%{escape_like(word)}%")
    if query.country:
        add("place_country = ?", query.country.upper())
    if query.near:
        lat, lon, km = query.near
        add(
            "place_lat IS NOT NULL AND 2 * 6371 * asin(sqrt(pow(sin(radians(place_lat - ?) / 2), 2) + "
            "cos(radians(?)) * cos(radians(place_lat)) * pow(sin(radians(place_lon - ?) / 2), 2))) <= ?",
            lat, lat, lon, km,
        )  # fmt: skip
    if query.doc_id:
        add("doc_id = ?", query.doc_id)
    if query.added_since:
        add("added_at >= ?", query.added_since)
    if query.scope is not EventScope.ALL:
        add("dyadic = ?", query.scope is EventScope.DYADIC)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params
