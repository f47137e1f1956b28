"""Dates said relative to the article's own: "yesterday", "last month", "on Monday",
"the past decade", "two years ago".

Each needs the publication date; without one nothing is yielded.  Precision
follows what was said: "last month" is the whole previous month (precision
month), "last week" the previous Monday-to-Sunday (range), "the past decade" the
ten years up to publication (range).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from dyads.attributes.dates.periods import (
    NUMBER_WORD_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    add_months,
    add_years,
    count_number,
    month_span,
    week_span,
    year_span,
)
from dyads.attributes.dates.tense import Tense
from dyads.records.article import DatePrecision
from dyads.records.attributes import EventDate

_I = re.IGNORECASE
_DAY_WORDS = re.compile(
    r"\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|"
    r"tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b(?!['’]s)",
    _I,
)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.]*\s+$")
_DAY_OFFSETS = {
    "the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1, "today": 0,
    "tonight": 0, "tomorrow": 1, "last night": -1, "this morning": 0, "this afternoon": 0, "this evening": 0,
}  # fmt: skip
_PERIOD = re.compile(
    r"\b(?P<the>the\s+)?(?P<mod>(?:earlier|later)\s+)?(?P<rel>last|this|next|past|coming|current)\s+"
    r"(?P<unit>week|weekend|month|year|decade|summer|winter|spring|autumn|fall)\b(?!\s*'s\b)",
    _I,
)
_ROLLING = re.compile(
    rf"\b(?P<the>the\s+)(?P<rel>past|last|next|coming|previous)\s+(?P<n>{NUMBER_WORD_RE}|few|several)\s+"
    r"(?P<unit>days|weeks|months|years|decades)\b",
    _I,
)
_AGO = re.compile(rf"\b(?P<n>{NUMBER_WORD_RE}|a|an)\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b", _I)
_WEEKDAY = re.compile(
    rf"\b(?:(?P<rel>(?i:last|next|this|on|early|late))\s+)?(?P<wd>{WEEKDAY_RE})"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"(?!\s+(?:newspapers?|papers?|editions?|services?|prayers?|political|talk|shows?|programmes?|programs?|school|times)\b)"
    r"(?!,?\s+(?:\d|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
)
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_UNIT_DAYS = {"day": 1, "week": 7}


def _date(start: dt.date, end: dt.date, precision: DatePrecision, text: str, a: int, b: int) -> EventDate:
    return EventDate(start=start, end=end, precision=precision, text=text[a:b], char_start=a, char_end=b)


def relative_dates(text: str, published: dt.date | None, tense: Tense) -> Iterator[EventDate]:
    """Every relative date expression in ``text`` resolved against ``published``."""
    if published is None:
        return
    p = published
    for m in _DAY_WORDS.finditer(text):
        if m["w"][:1].isupper() and _NAME_BEFORE.search(text, 0, m.start()):
            continue  # "USA Today", a newspaper
        day = p + dt.timedelta(days=_DAY_OFFSETS[" ".join(m["w"].lower().split())])
        yield _date(day, day, DatePrecision.DAY, text, m.start(), m.end())
    for m in _PERIOD.finditer(text):
        if m["rel"][:1].isupper() and m["unit"][:1].isupper():
            continue  # "This Week", a programme's title
        found = _period(m["rel"].lower(), m["unit"].lower(), p, bool(m["the"]))
        if found:
            start, end, precision = found
            yield _date(start, end, precision, text, m.start(), m.end())
    for m in _ROLLING.finditer(text):
        span = _rolling(m["rel"].lower(), m["n"].lower(), m["unit"].lower(), p)
        if span:
            yield _date(span[0], span[1], DatePrecision.RANGE, text, m.start(), m.end())
    for m in _AGO.finditer(text):
        found = _ago(count_number(m["n"]), m["unit"].lower().rstrip("s"), p)
        if found:
            yield _date(found[0], found[1], found[2], text, m.start(), m.end())
    for m in _WEEKDAY.finditer(text):
        day = _weekday(WEEKDAYS[m["wd"].lower()], (m["rel"] or "").lower(), p, tense)
        first = m.start("wd") if (m["rel"] or "").lower() in ("on", "") else m.start()
        yield _date(day, day, DatePrecision.DAY, text, first, m.end())


def _period(rel: str, unit: str, p: dt.date, the: bool) -> tuple[dt.date, dt.date, DatePrecision] | None:
    step = {"last": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel]
    rolling = the and rel in ("past", "last", "coming", "next")
    if unit in ("week", "weekend"):
        if rolling and unit == "week":
            week = dt.timedelta(days=7)
            return (p - week, p, DatePrecision.RANGE) if step < 0 else (p, p + week, DatePrecision.RANGE)
        monday, sunday = week_span(p + dt.timedelta(days=7 * step))
        if unit == "weekend":
            return monday + dt.timedelta(days=5), sunday, DatePrecision.RANGE
        return monday, sunday, DatePrecision.RANGE
    if unit == "month":
        if rolling:
            other = add_months(p, step)
            return (other, p, DatePrecision.RANGE) if step < 0 else (p, other, DatePrecision.RANGE)
        start, end = month_span(add_months(p.replace(day=1), step).year, add_months(p.replace(day=1), step).month)
        return start, end, DatePrecision.MONTH
    if unit == "year":
        if rolling:
            other = add_years(p, step)
            return (other, p, DatePrecision.RANGE) if step < 0 else (p, other, DatePrecision.RANGE)
        start, end = year_span(p.year + step)
        return start, end, DatePrecision.YEAR
    if unit == "decade":
        if step == 0:
            base = p.year - p.year % 10
            return dt.date(base, 1, 1), dt.date(base + 9, 12, 31), DatePrecision.DECADE
        other = add_years(p, 10 * step)
        return (other, p, DatePrecision.RANGE) if step < 0 else (p, other, DatePrecision.RANGE)
    first, last = _SEASONS[unit]
    seasons = []
    for year in range(p.year - 2, p.year + 2):
        end_year = year + 1 if last < first else year
        seasons.append((dt.date(year, first, 1), month_span(end_year, last)[1]))
    if step < 0:
        start, end = [s for s in seasons if s[1] < p][-1]
    elif step > 0:
        start, end = [s for s in seasons if s[0] > p][0]
    else:
        start, end = next((s for s in seasons if s[0] <= p <= s[1]), None) or next(
            s for s in seasons if s[0].year == p.year
        )
    return start, end, DatePrecision.RANGE


def _rolling(rel: str, n_word: str, unit: str, p: dt.date) -> tuple[dt.date, dt.date] | None:
    n = 3 if n_word in ("few", "several") else count_number(n_word)
    if n <= 0 or n > 500:
        return None
    unit = unit.rstrip("s")
    if unit in _UNIT_DAYS:
        delta = dt.timedelta(days=n * _UNIT_DAYS[unit])
        return (p - delta, p) if rel in ("past", "last", "previous") else (p, p + delta)
    months = n * {"month": 1, "year": 12, "decade": 120}[unit]
    return (add_months(p, -months), p) if rel in ("past", "last", "previous") else (p, add_months(p, months))


def _ago(n: int, unit: str, p: dt.date) -> tuple[dt.date, dt.date, DatePrecision] | None:
    if n <= 0 or n > 500:
        return None
    if unit == "day":
        day = p - dt.timedelta(days=n)
        return day, day, DatePrecision.DAY
    if unit == "week":
        monday, sunday = week_span(p - dt.timedelta(days=7 * n))
        return monday, sunday, DatePrecision.RANGE
    if unit == "month":
        day = add_months(p, -n)
        start, end = month_span(day.year, day.month)
        return start, end, DatePrecision.MONTH
    years = n * (10 if unit == "decade" else 1)
    start, end = year_span(p.year - years)
    return start, end, DatePrecision.YEAR


def _weekday(target: int, rel: str, p: dt.date, tense: Tense) -> dt.date:
    back = (p.weekday() - target) % 7
    ahead = (target - p.weekday()) % 7
    if rel == "last":
        return p - dt.timedelta(days=back or 7)
    if rel == "next":
        return p + dt.timedelta(days=ahead or 7)
    if tense is Tense.FUTURE:
        return p + dt.timedelta(days=ahead)
    return p - dt.timedelta(days=back)
