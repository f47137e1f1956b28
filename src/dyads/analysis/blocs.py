"""Blocs: groups of states that cooperate among themselves and conflict with the others.

The method is Leiden community detection on a signed network (``leidenalg`` with two layers over
the same nodes): the ties with a positive net weight (cooperation less conflict) form one layer,
the ties with a negative net weight (its size) the other, and the optimiser maximises the
modularity of the positive layer minus the modularity of the negative one, so that cooperating
states are put together and conflicting ones apart (the signed modularity of Gómez, Jensen and
Arenas, 2009, with equal layer weights).  States left on their own are ``unaligned``.

Event data are noisy, so each bloc carries a *stability*: the events behind the ties are
resampled with replacement (a bootstrap, ``resamples`` times, seeded), the blocs found again, and
a bloc's stability is the mean, over resamples, of its best Jaccard overlap with a group found
there (1: the same group every time).  The partition's stability is their mean weighted by size.
``frustration`` is the share of the absolute net weight that the partition leaves unexplained:
negative ties inside blocs plus positive ties between them (0 for a perfectly balanced network).

:func:`bloc_history` cuts a span into consecutive windows, finds the blocs of each and follows
them: a bloc keeps the label of the bloc of the previous window it overlaps most (Jaccard at least
0.25), and says who joined and who left; the rest are new, and unmatched old blocs have ended.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Sequence
from dataclasses import dataclass, replace

from dyads.analysis.network import STATE_NETWORK, Network, tie_network
from dyads.analysis.periods import Span, split_window
from dyads.analysis.plain import JsonResult
from dyads.analysis.selection import Selection, Window
from dyads.errors import ConfigError
from dyads.store.access.connection import Store

CONTINUITY = 0.25  # the least Jaccard overlap for a bloc to carry a label on to the next window


@dataclass(frozen=True, slots=True)
class Bloc(JsonResult):
    label: str  # A, B, C... (kept from window to window by bloc_history)
    members: tuple[str, ...]  # most events first
    internal_net: int  # the net weight of the ties inside the bloc
    external_net: int  # the net weight of its ties with everyone else
    stability: float  # 0..1: see the module docstring


@dataclass(frozen=True, slots=True)
class BlocPartition(JsonResult):
    window: Window
    selection: Selection
    min_events: int
    blocs: tuple[Bloc, ...]  # largest first
    unaligned: tuple[str, ...]  # nodes in no bloc of two or more
    stability: float
    frustration: float

    def bloc_of(self, key: str) -> Bloc | None:
        return next((b for b in self.blocs if key in b.members), None)


@dataclass(frozen=True, slots=True)
class BlocChange(JsonResult):
    label: str
    previous: str | None  # the label it carried on from, None for a new bloc
    jaccard: float  # its overlap with that bloc (0 for a new one)
    joined: tuple[str, ...]
    left: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BlocStep(JsonResult):
    partition: BlocPartition
    changes: tuple[BlocChange, ...]  # one per bloc of this window, in its order
    ended: tuple[str, ...]  # labels of the previous window's blocs that nothing carried on


@dataclass(frozen=True, slots=True)
class BlocHistory(JsonResult):
    span: str  # as given: 1y, 6m...
    steps: tuple[BlocStep, ...]


def find_blocs(store: Store, *, selection: Selection = STATE_NETWORK, min_events: int = 2,
               resamples: int = 20, seed: int = 0) -> BlocPartition:  # fmt: skip
    """The blocs of the network of ties with at least ``min_events`` events in the selection."""
    network = tie_network(store, selection=selection, min_events=min_events)
    return partition_network(network, resamples=resamples, seed=seed)


def partition_network(network: Network, *, resamples: int = 20, seed: int = 0) -> BlocPartition:
    """The blocs of a network already built (see :func:`find_blocs`)."""
    import numpy as np

    keys = sorted(n.key for n in network.nodes)
    index = {k: i for i, k in enumerate(keys)}
    pairs = [(index[t.a], index[t.b]) for t in network.ties]
    nets = [t.net for t in network.ties]
    groups = _signed_leiden(len(keys), pairs, nets, seed=seed)
    rng = np.random.default_rng(seed)
    counts = np.array([[t.cooperation, t.conflict] for t in network.ties], dtype=float).reshape(-1)
    total = int(counts.sum())
    found_again: list[list[frozenset[int]]] = []
    for run in range(resamples if total else 0):
        drawn = rng.multinomial(total, counts / total).reshape(-1, 2)
        again = _signed_leiden(len(keys), pairs, [int(c - k) for c, k in drawn], seed=seed + run + 1)
        found_again.append(again)
    events = {n.key: n.events for n in network.nodes}
    blocs: list[Bloc] = []
    for group in sorted((g for g in groups if len(g) > 1), key=lambda g: (-len(g), -sum(events[keys[i]] for i in g))):
        members = tuple(sorted((keys[i] for i in group), key=lambda k: (-events[k], k)))
        inside = sum(t.net for t in network.ties if index[t.a] in group and index[t.b] in group)
        across = sum(t.net for t in network.ties if (index[t.a] in group) != (index[t.b] in group))
        stability = _mean([max(_jaccard(group, g) for g in again) for again in found_again]) if found_again else 1.0
        blocs.append(Bloc(_letters(len(blocs)), members, inside, across, round(stability, 4)))
    unaligned = tuple(sorted((keys[next(iter(g))] for g in groups if len(g) == 1), key=lambda k: (-events[k], k)))
    weighted = sum(b.stability * len(b.members) for b in blocs)
    size = sum(len(b.members) for b in blocs)
    return BlocPartition(
        Window(network.selection.window.since, network.selection.window.until), network.selection,
        network.min_events, tuple(blocs), unaligned, round(weighted / size, 4) if size else 1.0,
        _frustration(network, {k: i for i, g in enumerate(groups) for k in (keys[j] for j in g)}),
    )  # fmt: skip


def bloc_history(store: Store, *, span: Span, selection: Selection = STATE_NETWORK, min_events: int = 2,
                 resamples: int = 20, seed: int = 0) -> BlocHistory:  # fmt: skip
    """The blocs of each consecutive ``span`` of the selection's window, followed from one to the next.

    A window open at either end is closed at the first or last day with a counted event."""
    window = _closed(store, selection)
    steps: list[BlocStep] = []
    used: set[str] = set()
    previous: BlocPartition | None = None
    for part in split_window(window, span):
        found = find_blocs(store, selection=replace(selection, window=part), min_events=min_events,
                           resamples=resamples, seed=seed)  # fmt: skip
        found, changes, ended = _follow(previous, found, used)
        steps.append(BlocStep(found, changes, ended))
        previous = found
    return BlocHistory(span.text, tuple(steps))


def _closed(store: Store, selection: Selection) -> Window:
    from dyads.analysis.selection import selected_events

    window = selection.window
    if window.since is not None and window.until is not None:
        return window
    base, params = selected_events(selection)
    row = store.con.execute(f"SELECT min(day), max(day) FROM ({base})", params).fetchone()
    if row is None or row[0] is None:
        raise ConfigError("blocs: no counted events in that window; nothing to follow")
    first: dt.date = window.since or row[0]
    last: dt.date = window.until or row[1]
    return Window(first, last)


def _follow(previous: BlocPartition | None, current: BlocPartition,
            used: set[str]) -> tuple[BlocPartition, tuple[BlocChange, ...], tuple[str, ...]]:  # fmt: skip
    """``current`` with its blocs relabelled after the previous window's, and what changed."""
    old = previous.blocs if previous is not None else ()
    overlaps = sorted(
        ((_jaccard(set(b.members), set(o.members)), i, j) for i, b in enumerate(current.blocs) for j, o in enumerate(old)),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    matched: dict[int, tuple[int, float]] = {}
    taken: set[int] = set()
    for score, i, j in overlaps:
        if score >= CONTINUITY and i not in matched and j not in taken:
            matched[i] = (j, score)
            taken.add(j)
    blocs: list[Bloc] = []
    changes: list[BlocChange] = []
    carried = {old[j].label for j, _ in matched.values()}
    for i, bloc in enumerate(current.blocs):
        if i in matched:
            j, score = matched[i]
            label = old[j].label
            before = set(old[j].members)
        else:
            label = _fresh_label(used | carried)
            before, score = set(), 0.0
        used.add(label)
        blocs.append(replace(bloc, label=label))
        joined = tuple(m for m in bloc.members if m not in before) if i in matched else ()
        left = tuple(m for m in (old[matched[i][0]].members if i in matched else ()) if m not in bloc.members)
        changes.append(BlocChange(label, label if i in matched else None, round(score, 4), joined, left))
    ended = tuple(o.label for j, o in enumerate(old) if j not in taken)
    return replace(current, blocs=tuple(blocs)), tuple(changes), ended


def _fresh_label(used: set[str]) -> str:
    n = 0
    while True:
        label = _letters(n)
        if label not in used:
            return label
        n += 1


def _letters(n: int) -> str:
    """A, B, ... Z, AA, AB ..."""
    text = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        text = string.ascii_uppercase[rest] + text
    return text


def _signed_leiden(size: int, pairs: Sequence[tuple[int, int]], nets: Sequence[int], *, seed: int) -> list[frozenset[int]]:
    """The communities of a signed graph on ``size`` nodes (see the module docstring)."""
    if size == 0:
        return []
    import igraph as ig
    import leidenalg as la

    positive = [(p, w) for p, w in zip(pairs, nets, strict=True) if w > 0]
    negative = [(p, -w) for p, w in zip(pairs, nets, strict=True) if w < 0]
    if not positive:
        return [frozenset({i}) for i in range(size)]
    layers = []
    for edges in (positive, negative):
        if edges:
            graph = ig.Graph(n=size, edges=[p for p, _ in edges])
            graph.es["weight"] = [float(w) for _, w in edges]
            layers.append(la.ModularityVertexPartition(graph, weights="weight"))
    optimiser = la.Optimiser()
    optimiser.set_rng_seed(seed)
    optimiser.optimise_partition_multiplex(layers, layer_weights=[1.0, -1.0][: len(layers)], n_iterations=-1)
    members: dict[int, set[int]] = {}
    for node, community in enumerate(layers[0].membership):
        members.setdefault(community, set()).add(node)
    return [frozenset(g) for g in members.values()]


def _jaccard(a: set[int] | frozenset[int] | set[str], b: set[int] | frozenset[int] | set[str]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _frustration(network: Network, community: dict[str, int]) -> float:
    total = sum(abs(t.net) for t in network.ties)
    if not total:
        return 0.0
    wrong = sum(
        abs(t.net) for t in network.ties
        if (t.net < 0 and community[t.a] == community[t.b]) or (t.net > 0 and community[t.a] != community[t.b])
    )  # fmt: skip
    return round(wrong / total, 4)
