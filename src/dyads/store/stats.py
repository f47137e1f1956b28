"""Summary figures of a store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dyads.store.connection import Store


@dataclass(frozen=True, slots=True)
class StoreStats:
    schema_version: int
    articles: int
    outlets: int
    first_published: dt.date | None
    last_published: dt.date | None
    undated_articles: int
    events: int
    dyadic_events: int  # a source and a target known
    self_dyads: int  # both sides the same actor (should be none)
    historical_events: int
    dyads: int
    events_with_place: int
    events_with_text_date: int
    events_with_quantity: int
    mean_article_tone: float | None


def store_stats(store: Store) -> StoreStats:
    con = store.con
    a = con.execute(
        "SELECT count(*), count(DISTINCT outlet), min(published), max(published), count(*) - count(published),"
        " round(avg(tone), 4) FROM articles"
    ).fetchone()
    e = con.execute(
        "SELECT count(*), count(DISTINCT (source_country, target_country)) FILTER (WHERE source_country IS NOT NULL"
        " AND target_country IS NOT NULL), count(place_name), count(*) FILTER (WHERE date_precision <> 'publication')"
        ", count(*) FILTER (WHERE json_array_length(record, '$.quantities') > 0),"
        " count(*) FILTER (WHERE dyadic), count(*) FILTER (WHERE dyadic AND source_code = target_code),"
        " count(*) FILTER (WHERE historical) FROM events"
    ).fetchone()
    assert a is not None and e is not None
    return StoreStats(store.schema_version(), a[0], a[1], a[2], a[3], a[4], e[0], e[5], e[6], e[7], e[1], e[2], e[3],
                      e[4], a[5])
