"""A state's partners and rivals, ranked.

Each other side the state dealt with (either way) is a *counterpart*; its ``net`` is cooperative
events less conflictual ones.  Partners are the counterparts with a positive net, most net first;
rivals those with a negative net, most negative first.  Ties in rank go to the counterpart with more
events, then by code, so that the order never changes between runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyads.analysis.plain import JsonResult
from dyads.analysis.selection import DEFAULT_SELECTION, Selection, selected_events
from dyads.store.access.connection import Store


@dataclass(frozen=True, slots=True)
class Counterpart(JsonResult):
    key: str
    events: int
    outgoing: int  # acts of the state towards it
    incoming: int  # its acts towards the state
    cooperation: int
    conflict: int
    net: int
    goldstein_mean: float


@dataclass(frozen=True, slots=True)
class Partners(JsonResult):
    key: str
    selection: Selection
    events: int  # every counted event of the state, with anyone
    partners: tuple[Counterpart, ...]
    rivals: tuple[Counterpart, ...]


def partners(store: Store, key: str, *, selection: Selection = DEFAULT_SELECTION, limit: int | None = 10,
             min_events: int = 1) -> Partners:  # fmt: skip
    """The partners and rivals of ``key`` (a country, or a country and role at :attr:`Level.ROLE`),
    at most ``limit`` of each, among counterparts with at least ``min_events`` events."""
    base, params = selected_events(selection)
    rows = store.con.execute(
        "SELECT CASE WHEN a = ? THEN b ELSE a END AS other, count(*), count(*) FILTER (WHERE a = ?),"
        " count(*) FILTER (WHERE b = ?), count(*) FILTER (WHERE quad_class IN (1, 2)),"
        " count(*) FILTER (WHERE quad_class IN (3, 4)), coalesce(avg(goldstein), 0)"
        f" FROM ({base}) WHERE a = ? OR b = ? GROUP BY other",
        [key, key, key, *params, key, key],
    ).fetchall()
    total = sum(int(r[1]) for r in rows)
    found = [Counterpart(r[0], r[1], r[2], r[3], r[4], r[5], r[4] - r[5], round(float(r[6]), 6))
             for r in rows if r[1] >= min_events]  # fmt: skip
    best = sorted((c for c in found if c.net > 0), key=lambda c: (-c.net, -c.events, c.key))
    worst = sorted((c for c in found if c.net < 0), key=lambda c: (c.net, -c.events, c.key))
    if limit is not None:
        best, worst = best[:limit], worst[:limit]
    return Partners(key, selection, total, tuple(best), tuple(worst))
