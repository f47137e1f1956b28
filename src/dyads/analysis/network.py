"""The network of ties over a window: who dealt with whom, and how well.

An edge joins two sides that acted towards each other (either way).  Its weight is ``net``:
cooperative events (quad classes 1 and 2) less conflictual ones (3 and 4); the counts behind it are
kept, and :func:`tie_events` lists the events themselves.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from dyads.analysis.plain import JsonResult
from dyads.analysis.selection import QUAD_COUNTS, STATE_NETWORK, Selection, selected_events
from dyads.records.convert import from_plain
from dyads.records.event import Event
from dyads.store.access.connection import Store
from dyads.store.events import EVENT_ORDER


@dataclass(frozen=True, slots=True)
class Tie(JsonResult):
    """The events between ``a`` and ``b`` (``a`` < ``b``), both directions together."""

    a: str
    b: str
    events: int
    a_to_b: int  # of them, acts of a towards b
    b_to_a: int
    cooperation: int  # quad classes 1 and 2
    conflict: int  # quad classes 3 and 4
    net: int  # cooperation - conflict: the edge weight
    goldstein_sum: float
    goldstein_mean: float
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int

    def other(self, side: str) -> str:
        return self.b if side == self.a else self.a


@dataclass(frozen=True, slots=True)
class Node(JsonResult):
    key: str
    events: int  # events on this node's ties
    ties: int
    net: int  # the sum of its ties' net weights


@dataclass(frozen=True, slots=True)
class Network(JsonResult):
    selection: Selection
    min_events: int
    nodes: tuple[Node, ...]  # most events first
    ties: tuple[Tie, ...]  # most events first

    def tie(self, a: str, b: str) -> Tie | None:
        x, y = sorted((a, b))
        return next((t for t in self.ties if t.a == x and t.b == y), None)


def tie_network(store: Store, *, selection: Selection = STATE_NETWORK, min_events: int = 1) -> Network:
    """Every tie of at least ``min_events`` events in the selection (by default states only: see
    :mod:`dyads.analysis.selection`), and the nodes they join."""
    base, params = selected_events(selection)
    rows = store.con.execute(
        f"SELECT least(a, b) AS x, greatest(a, b) AS y, count(*) AS n, count(*) FILTER (WHERE a < b),"
        f" count(*) FILTER (WHERE a > b), count(*) FILTER (WHERE quad_class IN (1, 2)),"
        f" count(*) FILTER (WHERE quad_class IN (3, 4)), coalesce(sum(goldstein), 0), coalesce(avg(goldstein), 0),"
        f" {QUAD_COUNTS} FROM ({base}) GROUP BY x, y HAVING count(*) >= ? ORDER BY n DESC, x, y",
        [*params, max(min_events, 1)],
    ).fetchall()
    ties = tuple(
        Tie(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[5] - r[6], round(float(r[7]), 6), round(float(r[8]), 6),
            r[9], r[10], r[11], r[12])  # fmt: skip
        for r in rows
    )
    return Network(selection, max(min_events, 1), _nodes(ties), ties)


def _nodes(ties: tuple[Tie, ...]) -> tuple[Node, ...]:
    events: dict[str, int] = {}
    count: dict[str, int] = {}
    net: dict[str, int] = {}
    for tie in ties:
        for side in (tie.a, tie.b):
            events[side] = events.get(side, 0) + tie.events
            count[side] = count.get(side, 0) + 1
            net[side] = net.get(side, 0) + tie.net
    order = sorted(events, key=lambda k: (-events[k], k))
    return tuple(Node(k, events[k], count[k], net[k]) for k in order)


def tie_events(
    store: Store, a: str, b: str, *, selection: Selection = STATE_NETWORK, limit: int | None = 100
) -> tuple[Event, ...]:
    """The events behind the tie between ``a`` and ``b`` (either way), in the store's event order."""
    base, params = selected_events(selection, columns="record, doc_id, date_start")
    sql = (
        f"SELECT record FROM ({base}) WHERE (a = ? AND b = ?) OR (a = ? AND b = ?)"
        f" ORDER BY {EVENT_ORDER}"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    rows = store.con.execute(sql, [*params, a, b, b, a]).fetchall()
    return tuple(from_plain(Event, json.loads(row[0])) for row in rows)
