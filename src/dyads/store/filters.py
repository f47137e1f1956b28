"""What a user writes as a filter, checked and turned into query values.

Countries and actors may be written as codes (``RUS``, ``RUSGOV``) or names
(``Russia``, ``the United States``, ``Chinese``); a name is resolved through
the knowledge base, which is loaded only when a value is not already a code.
CAMEO codes are checked against the codebook, points and radii against the
globe, and dates may be a day, a month or a year (``2005`` starts on 1 January
when it is a first day and ends on 31 December when it is a last one).
Every bad value raises :class:`~dyads.errors.ConfigError` naming the option.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from dyads.errors import ConfigError

if TYPE_CHECKING:
    from dyads.kb import KnowledgeBase

_COUNTRY_CODE = re.compile(r"[A-Z]{3}")
_ACTOR_CODE = re.compile(r"[A-Z]{3}[A-Z0-9]*")
_CAMEO = re.compile(r"\d{2,4}")
_DAY = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@cache
def _codebook_codes() -> frozenset[str]:
    from dyads.cameo import load_codebook

    return frozenset(e.code for e in load_codebook())


@dataclass(slots=True)
class CountryNames:
    """Resolves country and nationality names to ISO3 codes; the knowledge base loads on first use."""

    actor_files: tuple[Path, ...] = ()
    _kb: KnowledgeBase | None = field(default=None, init=False, repr=False)
    loader: Callable[[tuple[Path, ...]], KnowledgeBase] | None = None

    def country(self, name: str) -> str | None:
        """The ISO3 code a country or nationality name stands for, or ``None``."""
        from dyads.kb import EntryKind

        entry = self._knowledge().lookup(name.strip())
        if entry is not None and entry.kind in (EntryKind.COUNTRY, EntryKind.ADJECTIVE) and entry.country:
            return entry.country
        return None

    def _knowledge(self) -> KnowledgeBase:
        if self._kb is None:
            if self.loader is not None:
                self._kb = self.loader(self.actor_files)
            else:
                from dyads.kb import load_knowledge_base

                self._kb = load_knowledge_base(extra_files=self.actor_files)
        return self._kb


def country_code(value: str, *, names: CountryNames, option: str) -> str:
    """An ISO3 code as given, or the code of a country name; an unknown name is an error."""
    text = value.strip()
    if _COUNTRY_CODE.fullmatch(text):
        return text
    found = names.country(text)
    if found is not None:
        return found
    if len(text) == 3 and text.isalpha():
        return text.upper()  # a code written in lower case
    raise ConfigError(f"{option} {value!r}: not a country code (ISO3, e.g. RUS) or a country name")


def actor_filter(value: str, *, names: CountryNames) -> str:
    """An actor code prefix as given (``RUS``, ``RUSGOV``); a country name becomes its code; any
    other text is kept, to match actors' names (``Medvedev``)."""
    text = value.strip()
    if _ACTOR_CODE.fullmatch(text):
        return text
    return names.country(text) or text


def dyad_filter(value: str, *, names: CountryNames) -> tuple[str, str]:
    """Two countries or actor codes, ``RUS,CHN`` or ``China,Japan``."""
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if len(parts) != 2:
        raise ConfigError(f"--dyad {value!r}: give two countries, e.g. RUS,CHN or China,Japan")
    return (_dyad_side(parts[0], names, value), _dyad_side(parts[1], names, value))


def _dyad_side(part: str, names: CountryNames, value: str) -> str:
    if _ACTOR_CODE.fullmatch(part):
        return part
    found = names.country(part)
    if found is None:
        raise ConfigError(f"--dyad {value!r}: {part!r} is not a country code or a country name")
    return found


def cameo_code(value: str) -> str:
    """A CAMEO code or root the codebook has, leading zeros kept (``04``, ``042``, ``0871``)."""
    text = value.strip()
    if not _CAMEO.fullmatch(text) or text not in _codebook_codes():
        raise ConfigError(f"--code {value!r}: not a CAMEO code (two to four digits, leading zeros kept: 04, 042)")
    return text


def near_point(value: str) -> tuple[float, float, float]:
    """``LAT,LON[,KM]`` (KM defaults to 100) on the globe, with a positive radius."""
    parts = value.split(",")
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        numbers = []
    if len(numbers) not in (2, 3):
        raise ConfigError(f"--near {value!r}: give LAT,LON or LAT,LON,KM")
    lat, lon, km = numbers[0], numbers[1], numbers[2] if len(numbers) == 3 else 100.0
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and km > 0):
        raise ConfigError(f"--near {value!r}: latitude -90..90, longitude -180..180, radius above 0 km")
    return (lat, lon, km)


def day_bound(value: str | None, *, option: str, end: bool) -> dt.date | None:
    """A day, month or year; a month or year is its first day, or its last day when ``end``."""
    if value is None:
        return None
    match = _DAY.fullmatch(value.strip())
    try:
        if match is None:
            raise ValueError(value)
        year, month, day = int(match[1]), match[2], match[3]
        if month is None:
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        if day is None:
            m = int(month)
            return dt.date(year, m, calendar.monthrange(year, m)[1] if end else 1)
        return dt.date(year, int(month), int(day))
    except ValueError:
        raise ConfigError(f"{option} {value!r}: not a date (use YYYY-MM-DD, YYYY-MM or YYYY)") from None


def side_code(value: str, *, names: CountryNames, option: str) -> str:
    """One side of a relation: a country code or name (``RUS``, ``Russia``), an actor code with its
    role (``RUSGOV``) or an organisation's code (``IGOUNO``); anything else is an error."""
    text = value.strip()
    if _ACTOR_CODE.fullmatch(text) and len(text) > 3:
        return text
    return country_code(text, names=names, option=option)


def period_bounds(value: str, *, option: str) -> tuple[dt.date, dt.date]:
    """A period as written: a year (``2006``), a month (``2006-03``), a day, or two of them joined by
    ``..`` (``2006-01-01..2006-06-30``, ``2006..2007``); its first and last days."""
    first, sep, last = value.strip().partition("..")
    if not first or (sep and not last):
        raise ConfigError(f"{option} {value!r}: give a period, e.g. 2006, 2006-03 or 2006-01-01..2006-06-30")
    start = day_bound(first, option=option, end=False)
    end = day_bound(last if sep else first, option=option, end=True)
    if start is None or end is None:  # never: both were given
        raise ConfigError(f"{option} {value!r}: give a period, e.g. 2006, 2006-03 or 2006-01-01..2006-06-30")
    if end < start:
        raise ConfigError(f"{option} {value!r}: the period ends before it starts")
    return start, end
