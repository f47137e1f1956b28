"""Shifts between two windows: a reversal of many events is significant, one of two events is not."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.analysis import Window, dyad_shifts

from .storebuilder import build, coop, fight, opened

_ROWS = (
    [coop("ISR", "PSE", f"2005-03-{d:02d}") for d in range(1, 21)]
    + [fight("PSE", "ISR", f"2006-03-{d:02d}") for d in range(1, 21)]
    + [coop("FRA", "DEU", "2005-05-01"), fight("DEU", "FRA", "2006-05-01")]
    + [coop("USA", "CAN", f"{y}-06-0{d}") for y in (2005, 2006) for d in (1, 2, 3)]
    + [coop("USA", "CAN", "2007-01-01")]  # in neither window
)
Y2005 = Window(dt.date(2005, 1, 1), dt.date(2005, 12, 31))
Y2006 = Window(dt.date(2006, 1, 1), dt.date(2006, 12, 31))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with opened(build(tmp_path_factory.mktemp("shifts") / "s.duckdb", _ROWS)) as s:
        yield s


def test_shifts_are_ranked_by_their_z_score_with_hand_computed_figures(store):
    found = dyad_shifts(store, before=Y2005, after=Y2006)
    assert found.compared == 3
    isr, fra, usa = found.shifts
    # 20 of 20 cooperative, then 0 of 20: smoothed 21/22 -> 1/22, pooled 0.5, se = sqrt(0.25 * 2/22)
    assert (isr.a, isr.b, isr.before.events, isr.after.events) == ("ISR", "PSE", 20, 20)
    assert isr.change == pytest.approx(-20 / 22, abs=1e-6)
    assert isr.z == pytest.approx(-(20 / 22) / (0.25 * 2 / 22) ** 0.5, abs=1e-5)
    assert isr.significant and isr.q_value < 1e-6
    # one event each way: smoothed 2/3 -> 1/3, z = -0.8165, p = 0.414: not a shift
    assert (fra.a, fra.b) == ("DEU", "FRA")
    assert fra.z == pytest.approx(-0.816497, abs=1e-6) and fra.p_value == pytest.approx(0.414216, abs=1e-6)
    assert fra.q_value == pytest.approx(0.414216 * 3 / 2, abs=1e-5) and not fra.significant
    assert (usa.a, usa.b, usa.z, usa.p_value, usa.significant) == ("CAN", "USA", 0.0, 1.0, False)
    assert (usa.before.cooperative_share, usa.after.cooperative_share) == (1.0, 1.0)


def test_few_events_are_left_out_on_request(store):
    found = dyad_shifts(store, before=Y2005, after=Y2006, min_events=3)
    assert [(s.a, s.b) for s in found.shifts] == [("ISR", "PSE"), ("CAN", "USA")]
    assert found.compared == 2


def test_a_dyad_seen_in_one_window_only(store):
    found = dyad_shifts(store, before=Y2006, after=Window(dt.date(2007, 1, 1), dt.date(2007, 12, 31)))
    cells = {(s.a, s.b): (s.before.events, s.after.events, s.after.goldstein_mean) for s in found.shifts}
    assert cells[("ISR", "PSE")] == (20, 0, None)
    assert cells[("CAN", "USA")] == (3, 1, 4.0)
    assert not any(s.significant for s in found.shifts if s.a == "CAN")
