"""Summary figures of a store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dyads.store.access.connection import Store


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


@dataclass(frozen=True, slots=True)
class EventProfile:
    """What the dyadic events are about: the most frequent actors (either side), directed country
    dyads and CAMEO roots, and events per month of their start day (dated news: history retold and
    undated events are left out of the months)."""

    top_actors: tuple[tuple[str, int], ...]
    top_dyads: tuple[tuple[str, int], ...]  # "RUS->CHN"
    roots: tuple[tuple[str, int], ...]  # every root present, in code order
    months: tuple[tuple[str, int], ...]  # "2010-09", every month from the first to the last


def event_profile(store: Store, *, top: int = 10) -> EventProfile:
    con = store.con
    actors = con.execute(
        "SELECT code, count(*) AS n FROM (SELECT source_code AS code FROM events WHERE dyadic"
        " UNION ALL SELECT target_code FROM events WHERE dyadic) WHERE code IS NOT NULL"
        " GROUP BY code ORDER BY n DESC, code LIMIT ?", [top]
    ).fetchall()
    dyads = con.execute(
        "SELECT source_country || '->' || target_country AS dyad, count(*) AS n FROM events WHERE dyadic"
        " AND source_country IS NOT NULL AND target_country IS NOT NULL GROUP BY dyad ORDER BY n DESC, dyad LIMIT ?",
        [top],
    ).fetchall()
    roots = con.execute("SELECT root, count(*) FROM events WHERE dyadic GROUP BY root ORDER BY root").fetchall()
    counted = dict(con.execute(
        "SELECT strftime(date_start, '%Y-%m') AS month, count(*) FROM events WHERE dyadic AND NOT historical"
        " AND date_start IS NOT NULL GROUP BY month"
    ).fetchall())  # fmt: skip
    return EventProfile(tuple(actors), tuple(dyads), tuple(roots), _every_month(counted))


def _every_month(counted: dict[str, int]) -> tuple[tuple[str, int], ...]:
    """Counts for every month from the first counted to the last, empty months as 0."""
    if not counted:
        return ()
    first, last = min(counted), max(counted)
    year, month = int(first[:4]), int(first[5:])
    months: list[tuple[str, int]] = []
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        months.append((key, counted.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)
