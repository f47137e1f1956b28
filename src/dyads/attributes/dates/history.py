"""History retold in the news: named periods that date an event ("during World War II"), and the
flag that keeps such events from passing for news of the day.

A period named in the event's sentence is a date candidate like any other (precision ``range``).
An event is historical when its date ends more than a year before the article, or when it has no
date of its own, is told in the past perfect ("Japan had annexed ...") and its sentence names a
date or period over a year before the article: such an event keeps no publication date (coding
conventions: "history retold as background is coded, with its real actors and its own date").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from importlib import resources

from dyads.errors import ResourceError
from dyads.records.article import DatePrecision
from dyads.records.attributes import EventDate

_HISTORY_GAP = dt.timedelta(days=365)


@dataclass(frozen=True, slots=True)
class Period:
    name: str
    start: dt.date
    end: dt.date
    pattern: re.Pattern[str]


def load_periods() -> tuple[Period, ...]:
    """The packaged table ``data/dates/periods.tsv`` (name, aliases, start, end)."""
    name = "data/dates/periods.tsv"
    text = resources.files("dyads").joinpath(name).read_text(encoding="utf-8")
    out = []
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for number, line in enumerate(rows[1:], start=2):
        cols = line.split("\t")
        try:
            start, end = dt.date.fromisoformat(cols[2]), dt.date.fromisoformat(cols[3])
        except (IndexError, ValueError) as exc:
            raise ResourceError(f"{name}: row {number}: {exc}") from exc
        names = sorted({cols[0], *(a for a in cols[1].split("|") if a)}, key=len, reverse=True)
        words = "|".join(re.escape(n.removeprefix("the ")) for n in names)
        out.append(Period(cols[0], start, end, re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)))
    return tuple(out)


def period_dates(sentence: str, *, offset: int, periods: tuple[Period, ...]) -> tuple[EventDate, ...]:
    """The named periods of ``sentence`` as dates (article offsets)."""
    found = []
    for p in periods:
        for m in p.pattern.finditer(sentence):
            found.append(EventDate(start=p.start, end=p.end, precision=DatePrecision.RANGE, text=m.group(0),
                                   char_start=offset + m.start(), char_end=offset + m.end()))
    return tuple(sorted(found, key=lambda d: d.char_start))


def is_historical(date: EventDate | None, published: dt.date | None, *, past_perfect: bool,
                  sentence_dates: tuple[EventDate, ...]) -> bool:
    """Whether the event is history, not news (see the module doc)."""
    if published is None:
        return False
    if date is not None and date.precision is not DatePrecision.PUBLICATION:
        return date.end < published - _HISTORY_GAP
    return past_perfect and any(d.end < published - _HISTORY_GAP for d in sentence_dates)
