"""The network of ties over the store in conftest.py: hand-counted edges, nodes and the events behind them."""

from __future__ import annotations

import datetime as dt

from dyads.analysis import Actors, Selection, Window, tie_events, tie_network
from dyads.analysis.network import Tie


def test_state_ties_are_counted_both_ways_with_their_net_weight(relations):
    network = tie_network(relations)
    assert network.ties == (
        # a, b, events, a->b, b->a, cooperation, conflict, net, Goldstein sum and mean, the four quad classes
        Tie("CHN", "RUS", 6, 1, 5, 4, 2, 2, 10.4, 1.733333, 3, 1, 1, 1),
        Tie("IRN", "USA", 2, 0, 2, 1, 1, 0, 2.0, 1.0, 1, 0, 1, 0),
    )
    assert [(n.key, n.events, n.ties, n.net) for n in network.nodes] == [
        ("CHN", 6, 1, 2), ("RUS", 6, 1, 2), ("IRN", 2, 1, 0), ("USA", 2, 1, 0),
    ]  # fmt: skip
    assert network.tie("RUS", "CHN") is network.ties[0]


def test_every_actor_rolled_up_on_request(relations):
    network = tie_network(relations, selection=Selection(actors=Actors.ALL))
    assert [(t.a, t.b, t.events, t.net) for t in network.ties] == [
        ("CHN", "RUS", 7, 3), ("IRN", "USA", 2, 0), ("IGOUNO", "IRN", 1, 1),
    ]  # fmt: skip


def test_ties_of_too_few_events_are_left_out(relations):
    assert [(t.a, t.b) for t in tie_network(relations, min_events=3).ties] == [("CHN", "RUS")]


def test_a_window_keeps_its_days_only(relations):
    window = Selection(Window(dt.date(2006, 2, 1), dt.date(2006, 2, 28)), actors=Actors.STATES)
    assert [(t.a, t.b, t.events, t.net) for t in tie_network(relations, selection=window).ties] == [
        ("CHN", "RUS", 1, -1), ("IRN", "USA", 1, 1),
    ]  # fmt: skip


def test_an_edge_lists_the_events_behind_it_in_date_order(relations):
    events = tie_events(relations, "RUS", "CHN")
    assert [e.event_id for e in events] == ["e00000", "e00001", "e00005", "e00003", "e00004", "e00006"]
    assert len(tie_events(relations, "CHN", "RUS", limit=2)) == 2
    assert tie_events(relations, "FRA", "DEU") == ()


def test_a_network_is_json(relations):
    plain = tie_network(relations).to_json()
    assert plain["ties"][0]["a"] == "CHN" and plain["ties"][0]["net"] == 2
    assert plain["nodes"][0] == {"key": "CHN", "events": 6, "ties": 1, "net": 2}
