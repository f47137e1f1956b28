"""The network of ties as a file: JSON, GraphML or GEXF (networkx writes the last two)."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyads.analysis.blocs import BlocPartition
from dyads.analysis.network import Network

if TYPE_CHECKING:
    import networkx as nx


class GraphFormat(StrEnum):
    JSON = "json"
    GRAPHML = "graphml"
    GEXF = "gexf"


def network_json(network: Network, partition: BlocPartition | None = None) -> dict[str, Any]:
    """The network as JSON, each node with its bloc's label when a partition is given."""
    plain = network.to_json()
    if partition is not None:
        for node in plain["nodes"]:
            bloc = partition.bloc_of(node["key"])
            node["bloc"] = bloc.label if bloc else None
    return plain


def network_graph(network: Network, partition: BlocPartition | None = None) -> nx.Graph:
    """An undirected networkx graph: node and edge attributes are the records' fields."""
    import networkx as nx

    graph = nx.Graph()
    for node in network.nodes:
        bloc = partition.bloc_of(node.key) if partition is not None else None
        graph.add_node(node.key, events=node.events, ties=node.ties, net=node.net, bloc=bloc.label if bloc else "")
    for tie in network.ties:
        values = tie.to_json()
        del values["a"], values["b"]
        graph.add_edge(tie.a, tie.b, weight=float(tie.net), **values)
    return graph


def write_network(network: Network, path: Path, *, fmt: GraphFormat = GraphFormat.GRAPHML,
                  partition: BlocPartition | None = None) -> None:  # fmt: skip
    """Write the network to ``path`` in ``fmt``."""
    if fmt is GraphFormat.JSON:
        path.write_text(json.dumps(network_json(network, partition), ensure_ascii=False) + "\n", encoding="utf-8")
        return
    import networkx as nx

    graph = network_graph(network, partition)
    if fmt is GraphFormat.GRAPHML:
        nx.write_graphml(graph, str(path))
    else:
        nx.write_gexf(graph, str(path))
