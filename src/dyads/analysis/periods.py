"""Calendar steps of a series: where a period starts, the next one, and its label."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from dyads.analysis.selection import Period, Window
from dyads.errors import ConfigError

_TRUNC = {Period.DAY: "day", Period.WEEK: "week", Period.MONTH: "month", Period.QUARTER: "quarter", Period.YEAR: "year"}


def sql_trunc(period: Period, column: str) -> str:
    """A DuckDB expression giving the first day of ``column``'s period (weeks start on Monday)."""
    return f"CAST(date_trunc('{_TRUNC[period]}', {column}) AS DATE)"


def period_start(day: dt.date, period: Period) -> dt.date:
    if period is Period.DAY:
        return day
    if period is Period.WEEK:
        return day - dt.timedelta(days=day.weekday())
    if period is Period.MONTH:
        return day.replace(day=1)
    if period is Period.QUARTER:
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return dt.date(day.year, 1, 1)


def next_start(start: dt.date, period: Period) -> dt.date:
    if period is Period.DAY:
        return start + dt.timedelta(days=1)
    if period is Period.WEEK:
        return start + dt.timedelta(days=7)
    if period is Period.YEAR:
        return dt.date(start.year + 1, 1, 1)
    months = 1 if period is Period.MONTH else 3
    month = start.month - 1 + months
    return dt.date(start.year + month // 12, month % 12 + 1, 1)


def period_label(start: dt.date, period: Period) -> str:
    """``2006-03-14``, ``2006-W11``, ``2006-03``, ``2006-Q1`` or ``2006``."""
    if period is Period.DAY:
        return start.isoformat()
    if period is Period.WEEK:
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if period is Period.MONTH:
        return f"{start.year:04d}-{start.month:02d}"
    if period is Period.QUARTER:
        return f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}"
    return f"{start.year:04d}"


def every_start(first: dt.date, last: dt.date, period: Period) -> list[dt.date]:
    """The start of every period from the one holding ``first`` to the one holding ``last``."""
    starts: list[dt.date] = []
    start, end = period_start(first, period), period_start(last, period)
    while start <= end:
        starts.append(start)
        start = next_start(start, period)
    return starts


@dataclass(frozen=True, slots=True)
class Span:
    """A length of time in whole months or days, as written: ``1y`` (12 months), ``6m``, ``1q``, ``2w``, ``30d``."""

    text: str
    months: int = 0
    days: int = 0

    def after(self, start: dt.date) -> dt.date:
        """The first day after the span that starts on ``start``."""
        if self.days:
            return start + dt.timedelta(days=self.days)
        month = start.month - 1 + self.months
        year, month = start.year + month // 12, month % 12 + 1
        return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


_SPAN = re.compile(r"(\d+)\s*([ymqwd])")
_SPAN_UNITS = {"y": (12, 0), "q": (3, 0), "m": (1, 0), "w": (0, 7), "d": (0, 1)}


def parse_span(value: str, *, option: str) -> Span:
    """``1y``, ``6m``, ``1q``, ``2w`` or ``30d``; anything else, or a zero length, is a ConfigError."""
    match = _SPAN.fullmatch(value.strip().lower())
    if match is None or int(match[1]) == 0:
        raise ConfigError(f"{option} {value!r}: not a length of time (use e.g. 1y, 6m, 1q, 2w or 30d)")
    months, days = _SPAN_UNITS[match[2]]
    return Span(value.strip(), months * int(match[1]), days * int(match[1]))


def split_window(window: Window, span: Span) -> list[Window]:
    """Consecutive windows of ``span`` from the window's first day; the last one ends with the window."""
    if window.since is None or window.until is None:
        raise ConfigError(f"window {window.label}: give both ends to cut it into spans of {span.text}")
    parts: list[Window] = []
    start = window.since
    while start <= window.until:
        end = min(span.after(start) - dt.timedelta(days=1), window.until)
        parts.append(Window(start, end))
        start = end + dt.timedelta(days=1)
    return parts
