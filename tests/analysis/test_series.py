"""Dyad series: hand-counted periods of the store in conftest.py, gaps as zeros, each mode."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.analysis import Actors, Direction, History, Level, Period, Scale, Selection, Window, dyad_series
from dyads.store.living.merged import MergeMode

from .storebuilder import build, coop, opened


def _rows(series):
    return [(p.label, p.events, p.goldstein_sum, p.goldstein_mean,
             (p.verbal_cooperation, p.material_cooperation, p.verbal_conflict, p.material_conflict), p.period_total)
            for p in series.points]  # fmt: skip


ZERO = (0, 0, 0, 0)


def test_monthly_directed_series_counts_each_month_and_fills_the_gaps(relations):
    series = dyad_series(relations, "RUS", "CHN", period=Period.MONTH)
    rows = _rows(series)
    assert rows[:3] == [
        ("2006-01", 3, 14.8, 4.933333, (3, 0, 0, 0), 4),  # RUSGOV, RUS and RUSOPP; the USA->IRN one in the total
        ("2006-02", 0, 0.0, None, ZERO, 3),  # CHN->RUS is the other way
        ("2006-03", 2, 4.4, 2.2, (0, 1, 1, 0), 2),
    ]
    assert rows[3:13] == [(f"{y}-{m:02d}", 0, 0.0, None, ZERO, 0) for y, m in
                          [(2006, m) for m in range(4, 13)] + [(2007, 1)]]  # fmt: skip
    assert rows[13] == ("2007-02", 1, 4.0, 4.0, (1, 0, 0, 0), 1)
    assert len(rows) == 14


def test_both_ways_adds_the_other_direction(relations):
    series = dyad_series(relations, "RUS", "CHN", period=Period.MONTH, direction=Direction.BOTH)
    assert _rows(series)[1] == ("2006-02", 1, -10.0, -10.0, (0, 0, 0, 1), 3)
    assert series.events == 7


@pytest.mark.parametrize(("period", "expected"), [
    (Period.YEAR, [("2006", 5, 19.2), ("2007", 1, 4.0)]),
    (Period.QUARTER, [("2006-Q1", 5, 19.2), ("2006-Q2", 0, 0.0), ("2006-Q3", 0, 0.0), ("2006-Q4", 0, 0.0),
                      ("2007-Q1", 1, 4.0)]),
    (Period.WEEK, None),
])  # fmt: skip
def test_each_period_step(relations, period, expected):
    series = dyad_series(relations, "RUS", "CHN", period=period)
    if expected is not None:
        assert [(p.label, p.events, p.goldstein_sum) for p in series.points] == expected
    else:  # 2006-01-10 is a Tuesday (week 2), the 20th a Friday (week 3), the 25th a Wednesday (week 4)
        first = series.points[:3]
        assert [(p.label, p.start, p.events) for p in first] == [
            ("2006-W02", dt.date(2006, 1, 9), 1), ("2006-W03", dt.date(2006, 1, 16), 1),
            ("2006-W04", dt.date(2006, 1, 23), 1),
        ]  # fmt: skip
        assert sum(p.events for p in series.points) == 6


def test_day_series_labels_days(relations):
    series = dyad_series(relations, "RUS", "CHN", period=Period.DAY, selection=Selection(Window(dt.date(2006, 1, 9), dt.date(2006, 1, 11))))
    assert [(p.label, p.events) for p in series.points] == [("2006-01-09", 0), ("2006-01-10", 1), ("2006-01-11", 0)]


def test_shares_and_the_normalised_volume(relations):
    series = dyad_series(relations, "RUS", "CHN", period=Period.MONTH, scale=Scale.SHARE)
    january, february, march = series.points[:3]
    assert january.shares == (1.0, 0.0, 0.0, 0.0) and january.normalised == pytest.approx(0.75)
    assert february.shares == (0.0, 0.0, 0.0, 0.0) and february.normalised == 0.0
    assert march.shares == (0.0, 0.5, 0.5, 0.0) and march.normalised == 1.0
    assert series.scale is Scale.SHARE


def test_a_window_with_both_ends_sets_the_periods(relations):
    series = dyad_series(relations, "RUS", "CHN", period=Period.MONTH,
                         selection=Selection(Window(dt.date(2005, 11, 1), dt.date(2006, 1, 31))))  # fmt: skip
    assert [(p.label, p.events) for p in series.points] == [("2005-11", 0), ("2005-12", 0), ("2006-01", 3)]


@pytest.mark.parametrize(("selection", "january"), [
    (Selection(actors=Actors.STATES), (2, 12.0, 3)),  # the opposition's act left out, and the UN's from the total
    # RUS -> CHN only (RUSGOV -> CHNGOV and RUSOPP are other sides); RUSGOV -> RUSMIL joins the total
    (Selection(level=Level.ROLE), (1, 8.0, 5)),
])  # fmt: skip
def test_actor_modes(relations, selection, january):
    point = dyad_series(relations, "RUS", "CHN", period=Period.MONTH, selection=selection).points[0]
    assert (point.events, point.goldstein_sum, point.period_total) == january


def test_role_level_keeps_government_apart(relations):
    series = dyad_series(relations, "RUSGOV", "CHNGOV", period=Period.YEAR, selection=Selection(level=Level.ROLE))
    assert [(p.label, p.events) for p in series.points] == [("2006", 1)]


def test_history_retold_counts_only_on_request_and_at_its_own_date(relations):
    current = dyad_series(relations, "RUS", "CHN", period=Period.YEAR)
    assert current.points[0].label == "2006"
    with_history = dyad_series(relations, "RUS", "CHN", period=Period.YEAR, selection=Selection(history=History.INCLUDE))
    assert [(p.label, p.events) for p in with_history.points][:2] == [("1996", 1), ("1997", 0)]
    assert len(with_history.points) == 12


def test_a_dyad_without_events_is_an_empty_series(relations):
    assert dyad_series(relations, "FRA", "DEU").points == ()


def test_a_series_is_json(relations):
    plain = dyad_series(relations, "RUS", "CHN", period=Period.YEAR).to_json()
    assert plain["period"] == "year" and plain["points"][0]["start"] == "2006-01-01"
    assert plain["selection"] == {"window": {"since": None, "until": None}, "level": "country", "actors": "all",
                                  "history": "exclude", "merge": "none"}  # fmt: skip


REPORTED_THRICE = [
    coop("RUS", "CHN", "2006-05-10", code="042"),  # one visit reported three times the same day
    coop("RUS", "CHN", "2006-05-10", code="042"),
    coop("RUS", "CHN", "2006-05-10", code="042"),
    coop("RUS", "CHN", "2006-05-10", code="057"),  # another act that day
    coop("RUS", "CHN", "2006-05-11", code="042"),  # the same act the next day
]


@pytest.mark.parametrize(("merge", "events"), [(MergeMode.NONE, 5), (MergeMode.DAILY, 3), (MergeMode.GDELT, 3)])
def test_merged_reports_of_one_event_count_once(tmp_path, merge, events):
    with opened(build(tmp_path / "m.duckdb", REPORTED_THRICE)) as store:
        series = dyad_series(store, "RUS", "CHN", period=Period.YEAR, selection=Selection(merge=merge))
    assert [p.events for p in series.points] == [events]
