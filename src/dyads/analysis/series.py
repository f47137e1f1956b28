"""Dyad series: how often A acted towards B (or the two towards each other), and how, period by period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from dyads.analysis.periods import every_start, next_start, period_label, sql_trunc
from dyads.analysis.plain import JsonResult
from dyads.analysis.selection import DEFAULT_SELECTION, QUAD_COUNTS, Direction, Period, Selection, selected_events
from dyads.store.access.connection import Store


class Scale(StrEnum):
    COUNT = "count"  # events as counted
    SHARE = "share"  # the dyad's events as a share of all the period's counted events (news volume corrected)


@dataclass(frozen=True, slots=True)
class SeriesPoint(JsonResult):
    """One period of a dyad series.  ``shares`` are the four quad classes as shares of the dyad's
    events (all 0 in an empty period); ``normalised`` is ``events / period_total``, where
    ``period_total`` counts every event of the selection in that period, any dyad."""

    start: dt.date
    label: str  # 2006-03, 2006-Q1, 2006-W11...
    events: int
    goldstein_sum: float
    goldstein_mean: float | None  # None when the period has no event
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    shares: tuple[float, float, float, float]
    period_total: int
    normalised: float

    @property
    def cooperation(self) -> int:
        return self.verbal_cooperation + self.material_cooperation

    @property
    def conflict(self) -> int:
        return self.verbal_conflict + self.material_conflict


@dataclass(frozen=True, slots=True)
class DyadSeries(JsonResult):
    source: str
    target: str
    period: Period
    direction: Direction
    scale: Scale
    selection: Selection
    points: tuple[SeriesPoint, ...]  # every period from the first to the last, empty ones as zeros

    @property
    def events(self) -> int:
        return sum(p.events for p in self.points)


def dyad_series(
    store: Store,
    source: str,
    target: str,
    *,
    period: Period = Period.MONTH,
    direction: Direction = Direction.DIRECTED,
    scale: Scale = Scale.COUNT,
    selection: Selection = DEFAULT_SELECTION,
) -> DyadSeries:
    """The events from ``source`` to ``target`` (both ways with :attr:`Direction.BOTH`) per period.

    ``source`` and ``target`` are keys at the selection's level (``RUS``; ``RUSGOV`` at
    :attr:`Level.ROLE`).  The series runs over the selection's window when it has both ends, else from
    the first period with an event of the dyad to the last; periods without events are zeros.
    ``scale`` only says which figure a reader asked for; every point carries both."""
    base, params = selected_events(selection)
    pair = "(a = ? AND b = ?)" + (" OR (a = ? AND b = ?)" if direction is Direction.BOTH else "")
    pair_params: list[object] = [source, target, target, source] if direction is Direction.BOTH else [source, target]
    rows = store.con.execute(
        f"SELECT {sql_trunc(period, 'day')} AS start, count(*), coalesce(sum(goldstein), 0), avg(goldstein),"
        f" {QUAD_COUNTS} FROM ({base}) WHERE {pair} GROUP BY start",
        [*params, *pair_params],
    ).fetchall()
    found = {row[0]: row for row in rows}
    window = selection.window
    if window.since is not None and window.until is not None:
        starts = every_start(window.since, window.until, period)
    elif found:
        starts = every_start(window.since or min(found), window.until or max(found), period)
    else:
        starts = []
    totals: dict[dt.date, int] = {}
    if starts:
        totals = dict(
            store.con.execute(
                f"SELECT {sql_trunc(period, 'day')} AS start, count(*) FROM ({base}) WHERE day >= ? AND day < ?"
                " GROUP BY start",
                [*params, starts[0], next_start(starts[-1], period)],
            ).fetchall()
        )
    points = tuple(_point(start, period, found.get(start), totals.get(start, 0)) for start in starts)
    return DyadSeries(source, target, period, direction, scale, selection, points)


def _point(start: dt.date, period: Period, row: tuple | None, total: int) -> SeriesPoint:
    label = period_label(start, period)
    if row is None:
        return SeriesPoint(start, label, 0, 0.0, None, 0, 0, 0, 0, (0.0, 0.0, 0.0, 0.0), total, 0.0)
    events = int(row[1])
    q1, q2, q3, q4 = (int(v) for v in row[4:8])
    mean = None if row[3] is None else round(float(row[3]), 6)
    shares = (q1 / events, q2 / events, q3 / events, q4 / events)
    return SeriesPoint(start, label, events, round(float(row[2]), 6), mean, q1, q2, q3, q4, shares,
                       total, events / total if total else 0.0)  # fmt: skip
