"""Dates the text spells out: "September 26-28", "26 September 2010", "August 1945",
"in 1971", "1904-05", "the 1990s".

Each finder yields :class:`EventDate` records with character offsets local to the
text it was given; a day or month without a year takes its year from the
publication date and the verb's tense (see :func:`infer_year`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from dyads.attributes.dates.periods import (
    DAY_RE,
    MONTH_RE,
    NUMBER_WORD_RE,
    YEAR_RE,
    add_years,
    count_number,
    day_number,
    month_end,
    month_number,
    month_span,
    safe_date,
    year_span,
)
from dyads.attributes.dates.tense import Tense
from dyads.records.article import DatePrecision
from dyads.records.attributes import EventDate

_DASH = r"\s*(?:-|–|—|to|and|through|until|till)\s*"
_Y = rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR_RE})\b)?"
_NOT_MORE_DIGITS = r"(?![\d,.]\d|\s*(?:-|–)\s*\d)"

_ISO = re.compile(rf"\b(?P<y>{YEAR_RE})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])\b")
_MD_MD = re.compile(
    rf"\b(?P<m1>{MONTH_RE})\s+(?P<d1>{DAY_RE})\b{_DASH}(?P<m2>{MONTH_RE})\s+(?P<d2>{DAY_RE})\b{_Y}"
)
_DM_DM = re.compile(
    rf"\b(?P<d1>{DAY_RE})\s+(?P<m1>{MONTH_RE})\b{_DASH}(?P<d2>{DAY_RE})\s+(?P<m2>{MONTH_RE})\b{_Y}"
)
_MD_D = re.compile(rf"\b(?P<m>{MONTH_RE})\s+(?P<d1>{DAY_RE})\b{_DASH}(?P<d2>{DAY_RE})\b{_NOT_MORE_DIGITS}{_Y}")
_D_DM = re.compile(rf"\b(?P<d1>{DAY_RE}){_DASH}(?P<d2>{DAY_RE})\s+(?:of\s+)?(?P<m>{MONTH_RE})\b{_Y}")
_MD = re.compile(rf"\b(?P<m>{MONTH_RE})\s+(?P<d>{DAY_RE})\b{_NOT_MORE_DIGITS}{_Y}")
_DM = re.compile(rf"\b(?:the\s+)?(?P<d>{DAY_RE})\s+(?:of\s+)?(?P<m>{MONTH_RE})\b{_Y}")
_M_M_Y = re.compile(rf"\b(?P<m1>{MONTH_RE}){_DASH}(?P<m2>{MONTH_RE})\s+(?:of\s+)?(?P<y>{YEAR_RE})\b")
_MY = re.compile(rf"\b(?P<mod>(?i:early|mid|late)[\s-])?(?P<m>{MONTH_RE}),?\s+(?:of\s+)?(?P<y>{YEAR_RE})\b")
_M_CUE = re.compile(
    rf"\b(?P<cue>(?i:in|on|during|since|until|till|by|from|through|throughout|before|after|"
    rf"last|this|next|early|late|mid|of))[\s-]+(?P<mod>(?i:early|late|mid)[\s-]+)?(?P<m>{MONTH_RE})\b(?!\.?\s*\d)"
)
_Y_Y = re.compile(rf"(?<![\w$€£¥.,-])(?P<y1>{YEAR_RE})\s*(?:-|–|/)\s*(?P<y2>\d\d(?:\d\d)?)\b(?![-/]\d)")
_FROM_Y_Y = re.compile(
    rf"\b(?i:from|between)\s+(?P<y1>{YEAR_RE})\s+(?:to|and|until|till|through)\s+(?P<y2>{YEAR_RE})\b"
)
_DECADE = re.compile(r"\b(?:the\s+)?(?P<y>(?:1[6-9]|20)\d0)'?s\b")
_YEAR = re.compile(
    rf"(?<![\w$€£¥.,-])(?P<mod>(?i:early|mid|late|end\s+of)[\s-]+)?(?P<y>{YEAR_RE})(?!\w|%|[.,]\d|\s*[-–/]\s*\d)"
)
_FOR_YEARS = re.compile(
    rf"\s+for\s+(?:the\s+)?(?:next\s+|ensuing\s+|following\s+|subsequent\s+|another\s+)?(?P<n>{NUMBER_WORD_RE})\s+years\b",
    re.IGNORECASE,
)

_LEADS = frozenset(
    "in since by from until till to through during of before after between and or early mid late "
    "year years the a an its their his her this that fiscal around circa spring summer autumn fall "
    "winter end beginning start as than".split()
)
_TIME_PREPOSITIONS = frozenset("in since by until till during before after".split())
_COUNT_NOUNS = frozenset(
    "people persons troops soldiers men women children tonnes tons km kilometres kilometers miles metres "
    "meters votes seats members workers jobs units cars vehicles barrels dollars euros yuan rubles "
    "roubles pounds yen hectares acres feet cases deaths refugees times percent per delegates voters "
    "police officers protesters demonstrators students civilians prisoners homes houses pages words".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.-]*)[\s\"“”'‘’(]*$")
_WORD_AFTER = re.compile(r"^[\s\"“”'‘’)]*([A-Za-z%]+)")


def _date(start: dt.date, end: dt.date, precision: DatePrecision, text: str, a: int, b: int) -> EventDate:
    return EventDate(start=start, end=end, precision=precision, text=text[a:b], char_start=a, char_end=b)


def infer_year(month: int, day: int | None, published: dt.date | None, tense: Tense) -> int | None:
    """The year of a month (and day) said without one.

    The article's year, except that a past-tense verb cannot point after the
    publication date (so the previous year) and a future one cannot point before
    it (so the next year).
    """
    if published is None:
        return None
    year = published.year
    after = (month, day or 1) > (published.month, published.day) if day else month > published.month
    before = (month, day or 1) < (published.month, published.day) if day else month < published.month
    if tense is Tense.PAST and after:
        return year - 1
    if tense is Tense.FUTURE and before:
        return year + 1
    return year


def _year_of(m: re.Match[str], month: int, day: int | None, published: dt.date | None, tense: Tense) -> int | None:
    y = m.groupdict().get("y")
    return int(y) if y else infer_year(month, day, published, tense)


def explicit_dates(text: str, published: dt.date | None, tense: Tense) -> Iterator[EventDate]:
    """Every explicit date expression in ``text`` (overlapping candidates included)."""
    for m in _ISO.finditer(text):
        day = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if day:
            yield _date(day, day, DatePrecision.DAY, text, m.start(), m.end())
    yield from _day_ranges(text, published, tense)
    yield from _single_days(text, published, tense)
    yield from _months(text, published, tense)
    yield from _years(text)


def _day_ranges(text: str, published: dt.date | None, tense: Tense) -> Iterator[EventDate]:
    for pattern in (_MD_MD, _DM_DM):
        for m in pattern.finditer(text):
            m1, m2 = month_number(m["m1"]), month_number(m["m2"])
            d1, d2 = day_number(m["d1"]), day_number(m["d2"])
            y2 = _year_of(m, m2, d2, published, tense)
            if y2 is None:
                continue
            y1 = y2 - 1 if m1 > m2 else y2
            start, end = safe_date(y1, m1, d1), safe_date(y2, m2, d2)
            if start and end and start <= end:
                yield _date(start, end, DatePrecision.RANGE, text, m.start(), m.end())
    for pattern in (_MD_D, _D_DM):
        for m in pattern.finditer(text):
            month = month_number(m["m"])
            d1, d2 = day_number(m["d1"]), day_number(m["d2"])
            year = _year_of(m, month, d1, published, tense)
            if year is None or d2 <= d1:
                continue
            start, end = safe_date(year, month, d1), safe_date(year, month, d2)
            if start and end:
                yield _date(start, end, DatePrecision.RANGE, text, m.start(), m.end())


def _single_days(text: str, published: dt.date | None, tense: Tense) -> Iterator[EventDate]:
    for pattern in (_MD, _DM):
        for m in pattern.finditer(text):
            month, d = month_number(m["m"]), day_number(m["d"])
            year = _year_of(m, month, d, published, tense)
            day = safe_date(year, month, d) if year else None
            if day:
                start = m.start("d") if pattern is _DM else m.start()
                yield _date(day, day, DatePrecision.DAY, text, start, m.end())


def _months(text: str, published: dt.date | None, tense: Tense) -> Iterator[EventDate]:
    for m in _M_M_Y.finditer(text):
        m1, m2, year = month_number(m["m1"]), month_number(m["m2"]), int(m["y"])
        if m1 < m2:
            yield _date(month_span(year, m1)[0], month_end(year, m2), DatePrecision.RANGE, text, m.start(), m.end())
    for m in _MY.finditer(text):
        start, end = month_span(int(m["y"]), month_number(m["m"]))
        yield _date(start, end, DatePrecision.MONTH, text, m.start(), m.end())
    for m in _M_CUE.finditer(text):
        month = month_number(m["m"])
        cue = m["cue"].lower()
        if cue == "last" and published is not None:
            year = published.year if month < published.month else published.year - 1
        elif cue == "next" and published is not None:
            year = published.year if month > published.month else published.year + 1
        else:
            year = infer_year(month, None, published, tense)  # type: ignore[assignment]
        if year is None:
            continue
        begin = m.start("cue") if cue in ("last", "this", "next", "early", "late", "mid") else m.start("m")
        if m["mod"]:
            begin = min(begin, m.start("mod"))
        start, end = month_span(year, month)
        yield _date(start, end, DatePrecision.MONTH, text, begin, m.end())


def _years(text: str) -> Iterator[EventDate]:
    for m in _FROM_Y_Y.finditer(text):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if y1 < y2:
            yield _date(year_span(y1)[0], year_span(y2)[1], DatePrecision.RANGE, text, m.start(), m.end())
    for m in _Y_Y.finditer(text):
        y1, raw = int(m["y1"]), m["y2"]
        y2 = int(raw) if len(raw) == 4 else (y1 // 100) * 100 + int(raw)
        if y1 < y2 <= y1 + 30:
            yield _date(year_span(y1)[0], year_span(y2)[1], DatePrecision.RANGE, text, m.start(), m.end())
    for m in _DECADE.finditer(text):
        y = int(m["y"])
        yield _date(dt.date(y, 1, 1), dt.date(y + 9, 12, 31), DatePrecision.DECADE, text, m.start(), m.end())
    for m in _YEAR.finditer(text):
        if not m["mod"] and not _bare_year_ok(text, m.start("y"), m.end("y")):
            continue
        year = int(m["y"])
        start, end = year_span(year)
        stop = m.end()
        span = _FOR_YEARS.match(text, stop)
        if span:
            years = count_number(span["n"])
            if 0 < years <= 100:
                end = add_years(start, years) - dt.timedelta(days=1)
                yield _date(start, end, DatePrecision.RANGE, text, m.start(), span.end())
                continue
        yield _date(start, end, DatePrecision.YEAR, text, m.start(), stop)


def _bare_year_ok(text: str, start: int, end: int) -> bool:
    """A four-digit number is a year unless it counts something or ends a name ("Vostok 2010")."""
    before_text = text[max(0, start - 40) : start]
    before = _WORD_BEFORE.search(before_text)
    if before is not None and before.group(1).lower() in _TIME_PREPOSITIONS:
        return True
    after = _WORD_AFTER.match(text[end:])
    if after and after.group(1).lower() in _COUNT_NOUNS:
        return False
    if before is None:
        return True
    word = before.group(1)
    if word.lower() in _LEADS:
        return True
    if word[:1].isupper():
        # a capitalised word right before: a name ("Vostok 2010") unless it is a
        # month or the sentence just started
        gap = before_text[before.end(1) :]
        if word.rstrip(".").lower() in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"):
            return True
        return "," in gap or ")" in gap
    return True
