"""The network as files (GraphML, GEXF, JSON) and as pictures: what a reader of the file finds."""

from __future__ import annotations

import datetime as dt
import json

import networkx as nx
import pytest

from dyads.analysis import Direction, Period, Selection, Window, dyad_series, partition_network, tie_network
from dyads.analysis.graphs import GraphFormat, network_json, write_network
from dyads.analysis.plots import check_plot_path, plot_dyad, plot_network
from dyads.errors import ConfigError


def test_graphml_keeps_each_ties_counts_and_weight(relations, tmp_path):
    network = tie_network(relations)
    path = tmp_path / "n.graphml"
    write_network(network, path, fmt=GraphFormat.GRAPHML, partition=partition_network(network, resamples=0))
    graph = nx.read_graphml(path)
    edge = graph.edges["CHN", "RUS"]
    assert (edge["events"], edge["cooperation"], edge["conflict"], edge["weight"]) == (6, 4, 2, 2.0)
    assert graph.nodes["CHN"]["bloc"] == graph.nodes["RUS"]["bloc"] == "A"


def test_gexf_and_json_hold_the_same_ties(relations, tmp_path):
    network = tie_network(relations)
    write_network(network, tmp_path / "n.gexf", fmt=GraphFormat.GEXF)
    write_network(network, tmp_path / "n.json", fmt=GraphFormat.JSON)
    from_gexf = {tuple(sorted(e)) for e in nx.read_gexf(tmp_path / "n.gexf").edges}
    from_json = {(t["a"], t["b"]) for t in json.loads((tmp_path / "n.json").read_text())["ties"]}
    assert from_gexf == from_json == {("CHN", "RUS"), ("IRN", "USA")}
    assert "bloc" not in network_json(network)["nodes"][0]


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_plots_are_written_in_the_suffixs_format(relations, tmp_path, suffix):
    series = dyad_series(relations, "RUS", "CHN", period=Period.MONTH, direction=Direction.BOTH)
    network = tie_network(relations)
    plot_dyad(series, tmp_path / f"d{suffix}")
    plot_network(network, tmp_path / f"n{suffix}", partition=partition_network(network, resamples=0))
    for name in (f"d{suffix}", f"n{suffix}"):
        data = (tmp_path / name).read_bytes()
        assert data.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in data


def test_an_empty_network_is_still_a_picture(relations, tmp_path):
    empty = tie_network(relations, selection=Selection(Window(dt.date(1990, 1, 1), dt.date(1990, 1, 2))))
    plot_network(empty, tmp_path / "e.png")
    assert (tmp_path / "e.png").stat().st_size > 0


@pytest.mark.parametrize("name", ["x.jpg", "x", "x.pdf"])
def test_a_plot_needs_png_or_svg(tmp_path, name):
    with pytest.raises(ConfigError, match="a plot is written as .png or .svg"):
        check_plot_path(tmp_path / name)
