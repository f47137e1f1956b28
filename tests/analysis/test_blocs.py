"""Blocs of a signed network: two hand-made camps are found, followed from year to year."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.analysis import Selection, Window, bloc_history, find_blocs, parse_span
from dyads.analysis.blocs import _letters

from .storebuilder import build, coop, fight, opened

WEST, EAST = ("USA", "GBR", "FRA"), ("RUS", "CHN", "IRN")


def _camps(year: int, west: tuple[str, ...], east: tuple[str, ...], enemies: list[tuple[str, str]]) -> list:
    rows = []
    for camp in (west, east):
        rows += [coop(a, b, f"{year}-06-0{k}") for i, a in enumerate(camp) for b in camp[i + 1:] for k in (1, 2, 3)]
    rows += [fight(a, b, f"{year}-07-0{k}") for a, b in enemies for k in (1, 2, 3)]
    rows += [fight("NOR", "USA", f"{year}-08-0{k}") for k in (1, 2)]  # only conflict: no bloc
    return rows


ENEMIES_2006 = [("USA", "RUS"), ("GBR", "CHN"), ("FRA", "IRN"), ("USA", "IRN")]
# 2007: France changes sides
ENEMIES_2007 = [("USA", "RUS"), ("GBR", "CHN"), ("USA", "IRN"), ("FRA", "USA"), ("FRA", "GBR")]
ROWS = _camps(2006, WEST, EAST, ENEMIES_2006) + _camps(2007, ("USA", "GBR"), ("RUS", "CHN", "IRN", "FRA"), ENEMIES_2007)
Y2006 = Selection(Window(dt.date(2006, 1, 1), dt.date(2006, 12, 31)))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with opened(build(tmp_path_factory.mktemp("blocs") / "b.duckdb", ROWS)) as s:
        yield s


def test_two_camps_are_two_blocs(store):
    found = find_blocs(store, selection=Y2006)
    assert [(b.label, b.members) for b in found.blocs] == [("A", ("USA", "FRA", "GBR")), ("B", ("IRN", "CHN", "RUS"))]
    assert [(b.internal_net, b.external_net) for b in found.blocs] == [(9, -14), (9, -12)]
    assert found.unaligned == ("NOR",)
    assert found.frustration == 0.0
    assert found.stability > 0.8 and all(b.stability > 0.8 for b in found.blocs)
    assert found.bloc_of("GBR") is found.blocs[0] and found.bloc_of("NOR") is None


def test_the_same_seed_finds_the_same_blocs(store):
    assert find_blocs(store, selection=Y2006, seed=3) == find_blocs(store, selection=Y2006, seed=3)


def test_without_resampling_stability_is_not_measured_but_blocs_are_found(store):
    found = find_blocs(store, selection=Y2006, resamples=0)
    assert len(found.blocs) == 2 and found.stability == 1.0


def test_ties_below_the_threshold_make_no_bloc(store):
    found = find_blocs(store, selection=Y2006, min_events=4)
    assert found.blocs == () and found.unaligned == ()


def test_a_state_changing_sides_is_followed_from_window_to_window(store):
    history = bloc_history(store, span=parse_span("1y", option="--window"),
                           selection=Selection(Window(dt.date(2006, 1, 1), dt.date(2007, 12, 31))))  # fmt: skip
    first, second = history.steps
    assert [b.members for b in first.partition.blocs] == [("USA", "FRA", "GBR"), ("IRN", "CHN", "RUS")]
    assert [c.previous for c in first.changes] == [None, None]
    assert [(b.label, set(b.members)) for b in second.partition.blocs] == [
        ("B", {"RUS", "CHN", "IRN", "FRA"}), ("A", {"USA", "GBR"}),
    ]  # fmt: skip
    assert [(c.label, c.previous, c.joined, c.left) for c in second.changes] == [
        ("B", "B", ("FRA",), ()), ("A", "A", (), ("FRA",)),
    ]  # fmt: skip
    assert second.changes[0].jaccard == 0.75 and second.ended == ()
    assert history.to_json()["span"] == "1y"


def test_an_open_window_is_closed_at_the_first_and_last_events(store):
    history = bloc_history(store, span=parse_span("1y", option="--window"))
    assert [s.partition.window for s in history.steps] == [
        Window(dt.date(2006, 6, 1), dt.date(2007, 5, 31)), Window(dt.date(2007, 6, 1), dt.date(2007, 8, 2)),
    ]  # fmt: skip


@pytest.mark.parametrize(("n", "label"), [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (52, "BA")])
def test_labels_run_on_past_z(n, label):
    assert _letters(n) == label
