"""Events list by the day they start (undated last, then article and id); date bounds apply to the start."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.store import open_store
from dyads.store.events import EventQuery, query_events
from tests.cli.eventstore import CHN, JPN, RUS, RUS2, event, make_store

D = dt.date
EVENTS = [
    event("b2", "d2", JPN, RUS2, "114", "Complain officially", day=D(2010, 9, 26)),
    event("a1", "d1", RUS, CHN, "042", "Make a visit", day=D(2010, 9, 26)),
    event("a0", "d1", CHN, RUS, "036", "Express intent to meet", day=D(2010, 9, 26)),
    event("u1", "d1", RUS, CHN, "010", "Make statement", day=None),
    event("s1", "d1", RUS, CHN, "190", "Use conventional military force", day=D(2010, 9, 20), end=D(2010, 9, 30)),
    event("h1", "d1", RUS, CHN, "057", "Sign formal agreement", day=D(2001, 7, 16), historical=True),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = make_store(tmp_path_factory.mktemp("order") / "s.duckdb", EVENTS)
    with open_store(path) as s:
        yield s


def _ids(store, **filters):
    return [e.event_id for e in query_events(store, EventQuery(limit=None, **filters))]


def test_the_default_order_is_start_day_then_article_then_id_with_undated_last(store):
    assert _ids(store) == ["h1", "s1", "a0", "a1", "b2", "u1"]


@pytest.mark.parametrize(("filters", "ids"), [
    ({"since": D(2010, 9, 25)}, ["a0", "a1", "b2"]),  # the span s1 started before: not matched though it ends after
    ({"since": D(2010, 9, 20)}, ["s1", "a0", "a1", "b2"]),
    ({"until": D(2010, 9, 20)}, ["h1", "s1"]),
    ({"since": D(2001, 1, 1), "until": D(2001, 12, 31)}, ["h1"]),  # history is found by its own date
])  # fmt: skip
def test_date_bounds_apply_to_the_day_an_event_starts(store, filters, ids):
    assert _ids(store, **filters) == ids
