"""What the events say about relations: dyad series, the network of ties, blocs, shifts, partners.

Pure functions over a :class:`~dyads.store.Store`'s events, DuckDB doing the aggregation.  Each
takes the store and keyword-only options and returns a frozen dataclass with ``to_json()``
(JSON-ready dicts, lists and scalars), so that the CLI and the HTTP server serve the same results.

Which events count (:mod:`dyads.analysis.selection`): dyadic, dated, factual (not negated, not
hypothetical) events whose two sides differ once rolled up; history retold as background is left
out by default.  :class:`Selection` holds the window and the modes:

- :class:`Window` (``since``, ``until``: days, both included, ``None`` open);
- :class:`Level`: ``COUNTRY`` (RUSGOV, RUSMIL -> RUS; the default) or ``ROLE`` (RUSGOV apart from RUSMIL);
- :class:`Actors`: ``STATES`` (states and their organs) or ``ALL`` (sub-state actors rolled up to
  their country, organisations without one by their own code; the default except for networks and blocs);
- :class:`History`: ``EXCLUDE`` (current relations; the default) or ``INCLUDE`` (at its own date).

The functions and what they return:

- ``dyad_series(store, a, b, *, period=Period.MONTH, direction=Direction.DIRECTED, scale=Scale.COUNT,
  selection=DEFAULT_SELECTION)`` -> :class:`DyadSeries` of :class:`SeriesPoint` (events, Goldstein sum and
  mean, the four quad-class counts and shares, the period's total and the normalised share), every
  period from the first to the last, empty ones as zeros;
- ``tie_network(store, *, selection=STATE_NETWORK, min_events=1)`` -> :class:`Network` of
  :class:`Node` and :class:`Tie` (undirected; ``net`` = cooperation - conflict is the weight);
  ``tie_events(store, a, b, *, selection=STATE_NETWORK, limit=100)`` -> the events behind a tie;
- ``find_blocs(store, *, selection=STATE_NETWORK, min_events=2, resamples=20, seed=0)`` ->
  :class:`BlocPartition` of :class:`Bloc` (signed Leiden, bootstrap stability, frustration);
  ``partition_network(network, ...)`` the same from a network in hand;
  ``bloc_history(store, *, span, selection=..., ...)`` -> :class:`BlocHistory` of :class:`BlocStep`
  (each window's partition and its :class:`BlocChange` from the previous one); ``parse_span("1y")``;
- ``dyad_shifts(store, *, before, after, selection=DEFAULT_SELECTION, limit=20, min_events=1)`` ->
  :class:`Shifts` of :class:`Shift` (smoothed two-proportion z test, Benjamini–Hochberg q value);
- ``partners(store, key, *, selection=DEFAULT_SELECTION, limit=10, min_events=1)`` -> :class:`Partners`
  (``partners`` and ``rivals``, ranked :class:`Counterpart` records);
- ``dyads.analysis.graphs``: ``write_network(network, path, fmt=GraphFormat.GRAPHML, partition=None)``
  (json, graphml, gexf; networkx imported there);
- ``dyads.analysis.plots``: ``plot_dyad(series, path)`` and ``plot_network(network, path, partition=None)``
  (matplotlib, Agg backend, PNG or SVG by the file's suffix).

igraph, leidenalg, networkx and matplotlib are imported only inside the functions that need them.
"""

from dyads.analysis.blocs import (
    Bloc,
    BlocChange,
    BlocHistory,
    BlocPartition,
    BlocStep,
    bloc_history,
    find_blocs,
    partition_network,
)
from dyads.analysis.network import Network, Node, Tie, tie_events, tie_network
from dyads.analysis.partners import Counterpart, Partners, partners
from dyads.analysis.periods import Span, parse_span
from dyads.analysis.selection import (
    DEFAULT_SELECTION,
    STATE_NETWORK,
    Actors,
    Direction,
    History,
    Level,
    Period,
    Selection,
    Window,
)
from dyads.analysis.series import DyadSeries, Scale, SeriesPoint, dyad_series
from dyads.analysis.shifts import Shift, Shifts, Standing, dyad_shifts

__all__ = [
    "DEFAULT_SELECTION",
    "STATE_NETWORK",
    "Actors",
    "Bloc",
    "BlocChange",
    "BlocHistory",
    "BlocPartition",
    "BlocStep",
    "Counterpart",
    "Direction",
    "DyadSeries",
    "History",
    "Level",
    "Network",
    "Node",
    "Partners",
    "Period",
    "Scale",
    "Selection",
    "SeriesPoint",
    "Shift",
    "Shifts",
    "Span",
    "Standing",
    "Tie",
    "Window",
    "bloc_history",
    "dyad_series",
    "dyad_shifts",
    "find_blocs",
    "parse_span",
    "partition_network",
    "partners",
    "tie_events",
    "tie_network",
]
