"""Publication dates: ISO fast path, English datelines, dateparser as a last resort.

:func:`parse_date` reads a date field (JSON Lines, CSV, HTML metadata, feeds).
:func:`parse_dateline` recognises a whole line that is only a dateline, such as
``6 October 2010``, ``Wednesday, October 6, 2010``, ``Oct. 6, 2010``,
``2010-10-06`` or ``MOSCOW, Oct 6 (Reuters) -``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

_MONTHS: Mapping[str, int] = MappingProxyType({
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12,
})  # fmt: skip

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)")
_MONTH_NAMES = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY_MONTH = rf"(?P<dmy_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dmy_month>{_MONTH_NAMES})\.?,?(?:\s+(?P<dmy_year>\d{{4}}))?"
_MONTH_DAY = rf"(?P<mdy_month>{_MONTH_NAMES})\.?\s+(?P<mdy_day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<mdy_year>\d{{4}}))?"
_ISO_CORE = r"(?P<iso>\d{4}-\d{2}-\d{2})"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)?"

_CORE = re.compile(rf"{_WEEKDAY}(?:{_DAY_MONTH}|{_MONTH_DAY}|{_ISO_CORE}){_TIME}", re.IGNORECASE)

# A place in capitals ("MOSCOW", "NEW YORK", "WASHINGTON, D.C.") or a label.
_PLACE = r"(?-i:(?P<place>[A-Z][A-Z.'’\- ]*[A-Z.](?:,\s*[A-Z][A-Za-z.'’\- ]*)?))"
_LABEL = r"(?:(?:published|posted|updated|last\s+updated|date|dated)\s*:?\s+)"
_AGENCY = r"(?:\s*\((?P<agency>[A-Za-z][\w .&'’-]{0,40})\))?"
_DASH = r"(?:\s*[-–—:]+)?"

_DATELINE = re.compile(
    rf"(?:{_LABEL}|{_PLACE},?\s+)?(?P<date>{_CORE.pattern}){_AGENCY}{_DASH}",
    re.IGNORECASE,
)

_FALLBACK_MAX_CHARS = 80


@dataclass(frozen=True, slots=True)
class Dateline:
    """A recognised dateline; ``date`` is None when it gave no year."""

    date: dt.date | None
    place: str | None = None


def parse_date(value: str) -> dt.date | None:
    """A date from a date field; None when there is none or it does not parse."""
    value = value.strip()
    if not value:
        return None
    iso = _ISO.match(value)
    if iso:
        return _make_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    core = _CORE.fullmatch(value)
    if core:
        return _date_from_match(core)
    return _parse_with_dateparser(value)


def parse_dateline(line: str) -> Dateline | None:
    """A line that is nothing but a dateline, else None."""
    line = line.strip().strip("*_").strip()
    if not line or len(line) > 120:
        return None
    match = _DATELINE.fullmatch(line)
    if not match:
        return None
    place = match.group("place")
    if place is not None and not _is_capital_place(place):
        return None
    core = _CORE.fullmatch(match.group("date"))
    if core is None:  # pragma: no cover - the dateline pattern contains the core pattern
        return None
    has_year = bool(core.group("iso") or core.group("dmy_year") or core.group("mdy_year"))
    if not has_year and place is None:
        # "May 5" alone is too weak a signal; with a place it is a wire dateline.
        return None
    if has_year:
        date = _date_from_match(core)
        if date is None:
            return None
        return Dateline(date=date, place=place)
    return Dateline(date=None, place=place)


def _is_capital_place(place: str) -> bool:
    head = place.split(",")[0]
    letters = [c for c in head if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _date_from_match(match: re.Match[str]) -> dt.date | None:
    iso = match.group("iso")
    if iso:
        return _make_date(int(iso[:4]), int(iso[5:7]), int(iso[8:10]))
    prefix = "dmy" if match.group("dmy_month") else "mdy"
    year = match.group(f"{prefix}_year")
    if year is None:
        return None
    month = _MONTHS[match.group(f"{prefix}_month").lower()]
    return _make_date(int(year), month, int(match.group(f"{prefix}_day")))


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _parse_with_dateparser(value: str) -> dt.date | None:
    if len(value) > _FALLBACK_MAX_CHARS:
        return None
    import dateparser  # imported here: slow to load and rarely needed

    parsed = dateparser.parse(
        value,
        languages=["en"],
        settings={
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["year", "month"],
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        },
    )
    return parsed.date() if parsed is not None else None
