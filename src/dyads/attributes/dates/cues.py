"""Words around a date that change what it says about an event.

- a deadline ("pledged elections by April 2007") is not when the event happened;
- "since 2003" is a span from 2003 up to the article's date, not the year 2003;
- a date that names a well-known event ("the Sept. 11 attacks") keeps its own year,
  whatever the article's year.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from dyads.records.article import DatePrecision
from dyads.records.attributes import EventDate

_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|no\s+later\s+than|deadline\s+of|due)\s+(?:the\s+end\s+of\s+)?$", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.I)
_SEPT_11 = re.compile(r"^Sept(?:ember|\.)?\s*11$", re.I)
_ATTACKS_AFTER = re.compile(r"^[\s,]*(?:terrorist\s+|terror\s+)?attacks?\b", re.I)


def is_deadline(sentence: str, local_start: int) -> bool:
    """Whether the date at ``local_start`` follows "by", "until", "no later than"."""
    return bool(_DEADLINE_BEFORE.search(sentence[: max(0, local_start)]))


def open_range(date: EventDate, sentence: str, local_start: int, published: dt.date | None) -> EventDate:
    """"since 2003": from the date's start to the publication date (the date unchanged otherwise)."""
    if published is None or not _SINCE_BEFORE.search(sentence[: max(0, local_start)]):
        return date
    if date.start > published:
        return date
    return dataclasses.replace(date, end=published, precision=DatePrecision.RANGE)


def named_event_day(date: EventDate, after: str) -> EventDate:
    """"the Sept. 11 attacks" is 11 September 2001, not the 11th of this year's September."""
    if date.precision is DatePrecision.DAY and _SEPT_11.match(date.text.strip()) and _ATTACKS_AFTER.match(after):
        day = dt.date(2001, 9, 11)
        return dataclasses.replace(date, start=day, end=day)
    return date


_QUOTE = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")
_DEICTIC = re.compile(r"^(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))$", re.I)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` inside quotation marks (an unclosed quote runs to the end)."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def shift_quoted(dates: list[EventDate], text: str, published: dt.date | None) -> list[EventDate]:
    """"Yesterday, he said: 'the soldier died today'": a "today" inside a quote is the
    day the quote was said, so it moves with the reporting date outside the quote.

    ``dates`` have offsets into ``text``.
    """
    if published is None:
        return dates
    spans = quoted_spans(text)
    if not spans:
        return dates

    def inside(d: EventDate) -> bool:
        return any(a <= d.char_start < b for a, b in spans)

    said = [
        d for d in dates if not inside(d) and d.precision is DatePrecision.DAY and d.start == d.end and d.start != published
    ]
    out = []
    for d in dates:
        before = [s for s in said if s.char_end <= d.char_start]
        if inside(d) and before and _DEICTIC.match(d.text.strip()):
            shift = before[-1].start - published
            d = dataclasses.replace(d, start=d.start + shift, end=d.end + shift)
        out.append(d)
    return out
