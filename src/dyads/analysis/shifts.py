"""Shifts: the dyads whose relation changed most between two windows.

A dyad's relation in a window is the share of its events (either way) that are cooperative (quad
classes 1 and 2).  The change is judged by a two-proportion z test on shares smoothed with one
cooperative and one conflictual pseudo-event per window (Agresti and Caffo's "add two"), so that a
dyad seen once in each window, cooperating then fighting, scores |z| = 0.82 (p = 0.41) instead of
looking like a complete reversal.  ``q_value`` is the p value corrected for the number of dyads
compared (Benjamini and Hochberg); a shift is ``significant`` when it is below 0.05.  Dyads are
ranked by |z|, most changed first.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from dyads.analysis.plain import JsonResult
from dyads.analysis.selection import DEFAULT_SELECTION, Selection, Window, selected_events
from dyads.store.access.connection import Store

SIGNIFICANCE = 0.05


@dataclass(frozen=True, slots=True)
class Standing(JsonResult):
    """A dyad's events in one window."""

    events: int
    cooperation: int
    conflict: int
    goldstein_mean: float | None

    @property
    def cooperative_share(self) -> float | None:
        return self.cooperation / self.events if self.events else None


@dataclass(frozen=True, slots=True)
class Shift(JsonResult):
    a: str
    b: str
    before: Standing
    after: Standing
    change: float  # the smoothed cooperative share after less before (-1..1)
    z: float
    p_value: float
    q_value: float
    significant: bool


@dataclass(frozen=True, slots=True)
class Shifts(JsonResult):
    before: Window
    after: Window
    selection: Selection
    compared: int  # dyads with events in either window
    shifts: tuple[Shift, ...]  # most changed first


def dyad_shifts(store: Store, *, before: Window, after: Window, selection: Selection = DEFAULT_SELECTION,
                limit: int | None = 20, min_events: int = 1) -> Shifts:  # fmt: skip
    """The dyads whose cooperative share changed most from ``before`` to ``after`` (the selection's
    own window is ignored), among dyads with at least ``min_events`` events in the two together."""
    standings = {w: _standings(store, selection, w) for w in (before, after)}
    empty = Standing(0, 0, 0, None)
    pairs = sorted(set(standings[before]) | set(standings[after]))
    raw = []
    for pair in pairs:
        first, second = standings[before].get(pair, empty), standings[after].get(pair, empty)
        if first.events + second.events < min_events:
            continue
        change, z = _z_test(first, second)
        raw.append((pair, first, second, change, z, _two_sided(z)))
    qs = _benjamini_hochberg([r[5] for r in raw])
    shifts = [
        Shift(pair[0], pair[1], first, second, round(change, 6), round(z, 6), p, q, q < SIGNIFICANCE)
        for (pair, first, second, change, z, p), q in zip(raw, qs, strict=True)
    ]
    shifts.sort(key=lambda s: (-abs(s.z), -(s.before.events + s.after.events), s.a, s.b))
    kept = shifts if limit is None else shifts[:limit]
    return Shifts(before, after, selection, len(raw), tuple(kept))


def _standings(store: Store, selection: Selection, window: Window) -> dict[tuple[str, str], Standing]:
    base, params = selected_events(Selection(window, selection.level, selection.actors, selection.history))
    rows = store.con.execute(
        "SELECT least(a, b) AS x, greatest(a, b) AS y, count(*), count(*) FILTER (WHERE quad_class IN (1, 2)),"
        f" count(*) FILTER (WHERE quad_class IN (3, 4)), avg(goldstein) FROM ({base}) GROUP BY x, y",
        params,
    ).fetchall()
    return {(r[0], r[1]): Standing(r[2], r[3], r[4], None if r[5] is None else round(float(r[5]), 6)) for r in rows}


def _z_test(before: Standing, after: Standing) -> tuple[float, float]:
    """The smoothed change in cooperative share, and its z score."""
    n1, n2 = before.events + 2, after.events + 2
    p1, p2 = (before.cooperation + 1) / n1, (after.cooperation + 1) / n2
    pooled = (before.cooperation + after.cooperation + 2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    return p2 - p1, (p2 - p1) / se if se > 0 else 0.0


def _two_sided(z: float) -> float:
    return math.erfc(abs(z) / math.sqrt(2))


def _benjamini_hochberg(ps: list[float]) -> list[float]:
    """Each p value's q value: the least false discovery rate at which it is called a discovery."""
    m = len(ps)
    order = sorted(range(m), key=lambda i: ps[i])
    qs = [1.0] * m
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, ps[i] * m / rank)
        qs[i] = round(running, 6)
    return qs
