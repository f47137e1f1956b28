"""Events merged across articles: a view over the stored per-article events, which stay as they are.

Two ways to merge, each a ``GROUP BY`` over the events a query selects, joined to their articles:

- ``gdelt`` (as GDELT counts an event): one event per *day* (the event's first day, else its
  article's publication day), *source code*, *target code*, *full CAMEO code*, *negation*,
  *modality* and *place* (name and country; events without a place merge among themselves).
- ``daily`` (the one-a-day filter of the Phoenix data): one event per day, source code, target code
  and full CAMEO code, whatever the place, negation or modality.

Each merged event carries ``NumMentions`` (the sum of the events' ``mentions``), ``NumArticles``
(distinct articles), ``NumSources`` (distinct publishers: an article's outlet, case and spacing
aside; else its URL's host; else the article itself, since two articles of unknown origin cannot be
shown to share one), the first and latest report (the articles' publication days, else the day they
were stored) and the mean tone. The event that stands for the group is the first reported (by report
day, then article id, then event id); its id becomes ``m`` and 16 hex digits of a hash of the key, so
that the merged id stays the same as reports come in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, replace
from enum import StrEnum

from dyads.records.attributes import Tone
from dyads.records.convert import from_plain
from dyads.records.event import Event
from dyads.store.access.connection import Store
from dyads.store.events import EventQuery, event_where


class MergeMode(StrEnum):
    NONE = "none"  # every event as its article reported it
    GDELT = "gdelt"
    DAILY = "daily"


_KEYS: dict[MergeMode, tuple[str, ...]] = {
    MergeMode.GDELT: ("day", "source_code", "target_code", "code", "negated", "modality", "place_name", "place_country"),
    MergeMode.DAILY: ("day", "source_code", "target_code", "code"),
}
_HOST = r"^[A-Za-z][A-Za-z0-9+.-]*://([^/:?#@]+)"


@dataclass(frozen=True, slots=True)
class MergedEvent:
    event: Event  # the first report, under the merged id, with ``mentions`` = num_mentions
    num_mentions: int
    num_sources: int
    num_articles: int
    first_reported: dt.date | None
    last_reported: dt.date | None
    avg_tone: float | None
    event_ids: tuple[str, ...]  # the per-article events merged, in id order


def merge_keys(mode: MergeMode) -> tuple[str, ...]:
    """The columns that make two events one under ``mode`` (``day`` is the event's or its article's)."""
    if mode is MergeMode.NONE:
        raise ValueError("merge mode none has no keys")
    return _KEYS[mode]


def _grouped(query: EventQuery, mode: MergeMode) -> tuple[str, list[object]]:
    where, params = event_where(query)
    keys = ", ".join(merge_keys(mode))
    sql = f"""
        WITH picked AS (
            SELECT e.*, coalesce(e.date_start, a.published) AS day,
                   coalesce(a.published, CAST(a.ingested_at AS DATE)) AS reported,
                   coalesce(nullif(lower(trim(a.outlet)), ''), nullif(lower(regexp_extract(a.url, '{_HOST}', 1)), ''),
                            'article:' || a.doc_id) AS publisher
            FROM (SELECT * FROM events{where}) e JOIN articles a ON a.doc_id = e.doc_id
        )
        SELECT {keys},
               first(record ORDER BY reported NULLS LAST, doc_id, event_id) AS record,
               sum(mentions) AS num_mentions, count(DISTINCT publisher) AS num_sources,
               count(DISTINCT doc_id) AS num_articles, min(reported) AS first_reported,
               max(reported) AS last_reported, avg(tone) AS avg_tone, list(event_id ORDER BY event_id) AS ids,
               min(doc_id) AS first_doc, min(event_id) AS first_event
        FROM picked GROUP BY {keys}"""
    return sql, params


def query_merged(store: Store, query: EventQuery, *, mode: MergeMode) -> list[MergedEvent]:
    """The merged events ``query`` selects, by day (undated last); its limit and offset count merged
    events."""
    sql, params = _grouped(query, mode)
    sql = f"SELECT * FROM ({sql}) ORDER BY day NULLS LAST, first_doc, first_event"
    if query.limit is not None:
        sql += f" LIMIT {int(query.limit)} OFFSET {int(query.offset)}"
    cursor = store.con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    keys = merge_keys(mode)
    found = []
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        key = json.dumps([mode.value, *(str(row[k]) if row[k] is not None else None for k in keys)])
        merged_id = "m" + hashlib.sha256(key.encode()).hexdigest()[:16]
        event = from_plain(Event, json.loads(row["record"]))
        tone = row["avg_tone"]
        event = replace(event, event_id=merged_id, mentions=int(row["num_mentions"]),
                        tone=Tone(tone) if tone is not None else event.tone)  # fmt: skip
        found.append(MergedEvent(event, int(row["num_mentions"]), int(row["num_sources"]), int(row["num_articles"]),
                                 row["first_reported"], row["last_reported"], tone, tuple(row["ids"])))  # fmt: skip
    return found


def count_merged(store: Store, query: EventQuery, *, mode: MergeMode) -> int:
    sql, params = _grouped(query, mode)
    row = store.con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()
    return int(row[0]) if row else 0
