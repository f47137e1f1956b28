"""What an event's sentence says about when, where, how much and in what tone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dyads.records.article import DatePrecision


@dataclass(frozen=True, slots=True)
class EventDate:
    """A date with its precision and the words it came from.

    ``start``/``end`` bound the period meant (equal for a single day); ``text`` is
    empty when the date is the article's own (precision ``publication``).
    """

    start: dt.date
    end: dt.date
    precision: DatePrecision
    text: str = ""
    char_start: int = -1
    char_end: int = -1


@dataclass(frozen=True, slots=True)
class Place:
    """A geocoded place."""

    name: str
    country: str | None  # ISO3
    admin1: str | None
    lat: float | None
    lon: float | None
    feature: str  # country, city, region, sea, island, disputed...
    text: str = ""
    char_start: int = -1
    char_end: int = -1
    geonameid: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Quantity:
    """An amount: ``value`` in ``unit`` (scaled: "$5 billion" is 5e9 USD); ``rate``
    is the period for flows ("annually" -> "year")."""

    value: float
    unit: str
    kind: str  # money, mass, volume, force, casualties, duration, equipment, count
    text: str
    rate: str | None = None
    char_start: int = -1
    char_end: int = -1


@dataclass(frozen=True, slots=True)
class Tone:
    """Sentence tone on VADER's compound scale, -1 (most negative) to +1."""

    compound: float
    method: str = "vader"
