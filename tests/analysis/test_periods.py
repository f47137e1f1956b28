"""Calendar steps, lengths of time and windows cut into them."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.analysis import Period, Window, parse_span
from dyads.analysis.periods import every_start, period_label, period_start, split_window
from dyads.errors import ConfigError

D = dt.date


@pytest.mark.parametrize(("period", "day", "start", "label"), [
    (Period.DAY, D(2006, 3, 14), D(2006, 3, 14), "2006-03-14"),
    (Period.WEEK, D(2006, 3, 14), D(2006, 3, 13), "2006-W11"),
    (Period.WEEK, D(2010, 1, 2), D(2009, 12, 28), "2009-W53"),  # the ISO year of the week
    (Period.MONTH, D(2006, 3, 14), D(2006, 3, 1), "2006-03"),
    (Period.QUARTER, D(2006, 12, 31), D(2006, 10, 1), "2006-Q4"),
    (Period.YEAR, D(2006, 3, 14), D(2006, 1, 1), "2006"),
])  # fmt: skip
def test_period_starts_and_labels(period, day, start, label):
    assert period_start(day, period) == start
    assert period_label(start, period) == label


def test_every_start_spans_the_years_end():
    assert every_start(D(2006, 11, 5), D(2007, 2, 1), Period.MONTH) == [D(2006, 11, 1), D(2006, 12, 1), D(2007, 1, 1), D(2007, 2, 1)]


@pytest.mark.parametrize(("text", "windows"), [
    ("1y", [(D(2006, 1, 1), D(2006, 12, 31)), (D(2007, 1, 1), D(2007, 12, 31)), (D(2008, 1, 1), D(2008, 3, 31))]),
    ("6m", [(D(2006, 1, 1), D(2006, 6, 30)), (D(2006, 7, 1), D(2006, 12, 31)), (D(2007, 1, 1), D(2007, 6, 30)),
            (D(2007, 7, 1), D(2007, 12, 31)), (D(2008, 1, 1), D(2008, 3, 31))]),
    ("400d", [(D(2006, 1, 1), D(2007, 2, 4)), (D(2007, 2, 5), D(2008, 3, 10)), (D(2008, 3, 11), D(2008, 3, 31))]),
])  # fmt: skip
def test_a_window_is_cut_into_spans(text, windows):
    parts = split_window(Window(D(2006, 1, 1), D(2008, 3, 31)), parse_span(text, option="--window"))
    assert [(w.since, w.until) for w in parts] == windows


@pytest.mark.parametrize(("text", "months", "days"), [("1y", 12, 0), ("2q", 6, 0), ("6M", 6, 0), ("2w", 0, 14), ("30d", 0, 30)])
def test_spans(text, months, days):
    span = parse_span(text, option="--window")
    assert (span.months, span.days) == (months, days)


@pytest.mark.parametrize("text", ["", "y", "0y", "1.5y", "1 year", "-1m", "1h"])
def test_a_bad_span_is_one_config_error_naming_it(text):
    with pytest.raises(ConfigError, match="--window"):
        parse_span(text, option="--window")


def test_an_open_window_cannot_be_cut():
    with pytest.raises(ConfigError, match="both ends"):
        split_window(Window(D(2006, 1, 1), None), parse_span("1y", option="--window"))
