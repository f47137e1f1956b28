"""The event profile of a store: top actors, dyads, roots and events per month."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.store import open_store
from dyads.store.stats import event_profile
from tests.cli.eventstore import CHN, JPN, RUS, RUS2, event, make_store

D = dt.date
EVENTS = [
    event("a", "d1", RUS, CHN, "042", "Make a visit", day=D(2010, 1, 5)),
    event("b", "d1", RUS, CHN, "043", "Host a visit", day=D(2010, 1, 9)),
    event("c", "d1", CHN, RUS, "036", "Express intent to meet", day=D(2010, 4, 2)),
    event("d", "d2", JPN, RUS2, "114", "Complain officially", day=None),
    event("h", "d1", RUS, CHN, "057", "Sign formal agreement", day=D(2001, 7, 16), historical=True),
]


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    path = make_store(tmp_path_factory.mktemp("stats") / "s.duckdb", EVENTS)
    with open_store(path) as store:
        return event_profile(store, top=3)


def test_top_actors_count_either_side(profile):
    assert profile.top_actors == (("RUSGOV", 5), ("CHNGOV", 4), ("JPNGOV", 1))


def test_top_dyads_are_directed(profile):
    assert profile.top_dyads == (("RUS->CHN", 3), ("CHN->RUS", 1), ("JPN->RUS", 1))


def test_roots_in_code_order(profile):
    assert profile.roots == (("03", 1), ("04", 2), ("05", 1), ("11", 1))


def test_months_run_without_gaps_and_leave_history_and_undated_out(profile):
    assert profile.months == (("2010-01", 2), ("2010-02", 0), ("2010-03", 0), ("2010-04", 1))
