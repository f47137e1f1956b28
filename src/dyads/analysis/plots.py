"""Pictures of relations (matplotlib, Agg backend): a dyad's timeline and the network of ties.

The file's suffix picks the format: ``.png`` or ``.svg``.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from dyads.analysis.blocs import BlocPartition
from dyads.analysis.network import Network
from dyads.analysis.selection import Direction
from dyads.analysis.series import DyadSeries, Scale
from dyads.errors import ConfigError

PLOT_SUFFIXES = (".png", ".svg")
# verbal and material cooperation in greens, verbal and material conflict in reds
QUAD_COLOURS = ("#9ccc65", "#2e7d32", "#ef9a9a", "#c62828")
QUAD_LABELS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
BLOC_COLOURS = ("#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#f2c14e", "#6a3d9a",
                "#b15928")  # the ten largest blocs; the others, and unaligned states, grey


def check_plot_path(path: Path) -> None:
    """A ConfigError unless ``path`` ends in a plot suffix and its folder exists."""
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise ConfigError(f"-o {str(path)!r}: a plot is written as .png or .svg")
    if not path.parent.is_dir():
        raise ConfigError(f"-o {str(path)!r}: {path.parent} is not a folder")


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_dyad(series: DyadSeries, path: Path, *, title: str | None = None) -> None:
    """Quad classes stacked per period (counts, or shares of the period's events when the series was
    asked normalised), with the mean Goldstein score as a line on its own axis."""
    check_plot_path(path)
    plt = _pyplot()
    points = series.points
    xs = list(range(len(points)))
    fig, ax = plt.subplots(figsize=(10, 4.2), dpi=100)
    bottom = [0.0] * len(points)
    for q, (colour, label) in enumerate(zip(QUAD_COLOURS, QUAD_LABELS, strict=True)):
        heights = []
        for p in points:
            count = (p.verbal_cooperation, p.material_cooperation, p.verbal_conflict, p.material_conflict)[q]
            heights.append(count / p.period_total if series.scale is Scale.SHARE and p.period_total else float(count))
        ax.bar(xs, heights, bottom=bottom, color=colour, label=label, width=0.85)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_ylabel("share of the period's events" if series.scale is Scale.SHARE else "events")
    arrow = "↔" if series.direction is Direction.BOTH else "→"
    ax.set_title(title or f"{series.source} {arrow} {series.target}, by {series.period.value}")
    step = max(1, math.ceil(len(points) / 16))
    ax.set_xticks(xs[::step], [p.label for p in points][::step], rotation=45, ha="right", fontsize=8)
    line = ax.twinx()
    means = [p.goldstein_mean if p.goldstein_mean is not None else math.nan for p in points]
    line.plot(xs, means, color="black", marker="o", markersize=3, linewidth=1.2, label="mean Goldstein")
    line.axhline(0, color="grey", linewidth=0.6, linestyle=":")
    line.set_ylim(-10.5, 10.5)
    line.set_ylabel("mean Goldstein (-10 .. +10)")
    handles = ax.get_legend_handles_labels()[0] + line.get_legend_handles_labels()[0]
    ax.legend(handles, [*QUAD_LABELS, "mean Goldstein"], loc="upper center", bbox_to_anchor=(0.5, -0.22),
              fontsize=8, ncols=5, frameon=False)  # fmt: skip
    fig.tight_layout()
    fig.savefig(str(path))
    plt.close(fig)


def plot_network(network: Network, path: Path, *, partition: BlocPartition | None = None,
                 title: str | None = None, seed: int = 0) -> None:  # fmt: skip
    """A spring layout of the largest connected part of the network (the title says how many nodes
    are left out): edges coloured from conflict (red) to cooperation (green) by their net share,
    wider for more events; nodes sized by events and coloured by bloc (grey: unaligned)."""
    check_plot_path(path)
    import networkx as nx

    from dyads.analysis.graphs import network_graph

    plt = _pyplot()
    whole = network_graph(network, partition)
    graph = whole.subgraph(max(nx.connected_components(whole), key=len)).copy() if whole.number_of_nodes() else whole
    fig, ax = plt.subplots(figsize=(9, 9), dpi=100)
    ax.set_axis_off()
    left_out = whole.number_of_nodes() - graph.number_of_nodes()
    ax.set_title(title or f"Ties {network.selection.window.label}: green cooperation, red conflict"
                 + (f"\n({left_out} nodes outside the largest connected part not shown)" if left_out else ""))
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no ties in this window", ha="center", va="center", transform=ax.transAxes)
        fig.savefig(str(path))
        plt.close(fig)
        return
    layout_graph = nx.Graph()
    layout_graph.add_nodes_from(graph.nodes)
    layout_graph.add_edges_from((a, b, {"weight": 1.0 + max(d["net"], 0)}) for a, b, d in graph.edges(data=True))
    positions = nx.spring_layout(layout_graph, seed=seed, weight="weight", k=3.0 / math.sqrt(graph.number_of_nodes()),
                                 iterations=200)
    cmap = plt.get_cmap("RdYlGn")
    edges = list(graph.edges(data=True))
    colours = [cmap(0.5 + 0.5 * d["net"] / d["events"]) for _, _, d in edges]
    widths = [0.5 + 2.5 * math.log1p(d["events"]) / math.log1p(max(e[2]["events"] for e in edges)) for e in edges for d in [e[2]]]
    nx.draw_networkx_edges(graph, positions, edgelist=[(a, b) for a, b, _ in edges], edge_color=colours,
                           width=widths, ax=ax, alpha=0.8)  # fmt: skip
    labels = {b.label: BLOC_COLOURS[i % len(BLOC_COLOURS)] for i, b in enumerate(partition.blocs)} if partition else {}
    node_colours = [labels.get(graph.nodes[n]["bloc"], "#cccccc") for n in graph.nodes]
    most = max(graph.nodes[n]["events"] for n in graph.nodes)
    sizes = [80 + 900 * graph.nodes[n]["events"] / most for n in graph.nodes]
    nx.draw_networkx_nodes(graph, positions, node_color=node_colours, node_size=sizes, ax=ax, edgecolors="black",
                           linewidths=0.5)  # fmt: skip
    nx.draw_networkx_labels(graph, positions, font_size=8, ax=ax)
    fig.tight_layout()
    fig.savefig(str(path))
    plt.close(fig)
