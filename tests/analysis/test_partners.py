"""Partners and rivals of a state, ranked by net cooperation, ties in rank by events then code."""

from __future__ import annotations

import pytest

from dyads.analysis import partners

from .storebuilder import build, coop, fight, opened

_ROWS = [
    coop("USA", "GBR", "2006-01-01"), coop("GBR", "USA", "2006-01-02"), coop("USA", "GBR", "2006-01-03"),  # +3
    coop("USA", "ISR", "2006-02-01"), coop("USA", "ISR", "2006-02-02"), coop("ISRGOV", "USA", "2006-02-03"),
    fight("USA", "ISR", "2006-02-04"),  # +2 in 4 events
    coop("USA", "DEU", "2006-03-01"), coop("USA", "DEU", "2006-03-02"),  # +2 in 2 events
    coop("USA", "FRA", "2006-04-01"), coop("USA", "FRA", "2006-04-02"), fight("FRA", "USA", "2006-04-03"),  # +1
    fight("IRN", "USA", "2006-05-01"), fight("USA", "IRN", "2006-05-02"), fight("USAMIL", "IRN", "2006-05-03"),
    coop("USA", "IRN", "2006-05-04"),  # -2
    fight("PRK", "USA", "2006-06-01"),  # -1
    coop("USA", "CAN", "2006-07-01"), fight("USA", "CAN", "2006-07-02"),  # 0: neither
    coop("FRA", "DEU", "2006-08-01"),  # not the state's
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with opened(build(tmp_path_factory.mktemp("partners") / "p.duckdb", _ROWS)) as s:
        yield s


def test_partners_and_rivals_are_ranked(store):
    found = partners(store, "USA")
    assert [(c.key, c.net, c.events) for c in found.partners] == [("GBR", 3, 3), ("ISR", 2, 4), ("DEU", 2, 2), ("FRA", 1, 3)]
    assert [(c.key, c.net, c.events) for c in found.rivals] == [("IRN", -2, 4), ("PRK", -1, 1)]
    assert found.events == 19


def test_each_counterpart_says_who_acted(store):
    gbr = partners(store, "USA").partners[0]
    assert (gbr.outgoing, gbr.incoming, gbr.cooperation, gbr.conflict, gbr.goldstein_mean) == (2, 1, 3, 0, 4.0)


@pytest.mark.parametrize(("options", "kept"), [
    ({"limit": 2}, (["GBR", "ISR"], ["IRN", "PRK"])),
    ({"min_events": 3}, (["GBR", "ISR", "FRA"], ["IRN"])),
])  # fmt: skip
def test_limits(store, options, kept):
    found = partners(store, "USA", **options)
    assert ([c.key for c in found.partners], [c.key for c in found.rivals]) == kept


def test_a_state_without_events_has_none(store):
    found = partners(store, "NOR")
    assert (found.events, found.partners, found.rivals) == (0, (), ())
