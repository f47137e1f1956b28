"""Calendar arithmetic and word tables shared by the date finders.

The month and weekday names and the number words live in ``data/lexicon/calendar.yaml``;
:func:`load_calendar_words` reads and checks that file into an immutable
:class:`CalendarWords` (a malformed entry raises :class:`~dyads.errors.ResourceError`
naming the file and line), and builds the regular-expression alternations from it.

Why a cached loader rather than a resource passed in: the date finders are pure functions
of the text, and ``date_explicit`` and ``date_relative`` compile their patterns from these
alternations as module constants.  So the words are reached through :func:`calendar_words`,
a ``functools.cache`` of the loader (read once per process, immutable).  ``MONTH_RE``,
``WEEKDAY_RE``, ``NUMBER_WORD_RE`` and ``WEEKDAYS`` below are taken from it when this module
is first imported, because those two modules use them at their own import: this small file
is the one lexicon read at import time (about a millisecond), until they build their
patterns on first use.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

import yaml

from dyads.lexicon import LexiconFile, read_lexicon

FILE = "calendar.yaml"


@dataclass(frozen=True, slots=True)
class CalendarWords:
    """Month and weekday names, number words, and the alternations built from them."""

    months: Mapping[str, int]  # lower-case name or abbreviation, no full stop -> 1..12
    month_names: tuple[str, ...]  # "January".."December", as written
    abbreviations: tuple[str, ...]  # "Jan", "Sept"..., as written, without the full stop
    stop_required: frozenset[str]  # abbreviations that are a month only with their full stop ("Mar")
    weekdays: Mapping[str, int]  # lower-case name -> 0 (Monday)..6
    weekday_names: tuple[str, ...]
    numbers: Mapping[str, int]  # small counts in words ("a", "two", "hundred")
    month_re: str  # a month as written in a date ("September", "Sept.", "Sep", "Mar.")
    weekday_re: str
    number_word_re: str  # up to three digits, or a number word of three letters or more


def load_calendar_words(*, path: Path | None = None) -> CalendarWords:
    """Read and check the packaged ``calendar.yaml``, or the file at ``path``."""
    lex = read_lexicon(FILE, path=path)
    months: dict[str, int] = {}
    names: list[str] = []
    abbreviations: list[str] = []
    stop_required: set[str] = set()
    entries = lex.pairs(lex.section("months"), "months")
    if len(entries) != 12:
        raise lex.error(lex.section("months"), f"months: expected the 12 months, got {len(entries)}")
    for number, (name, name_node, body) in enumerate(entries, start=1):
        names.append(_capitalised(lex, name_node, name, "months"))
        _add(lex, months, name_node, name.lower(), number)
        for short, node in lex.words(body, f"the abbreviations of {name}"):
            bare = short.removesuffix(".")
            _capitalised(lex, node, bare, f"the abbreviations of {name}")
            if not name.startswith(bare):
                raise lex.error(node, f"{short!r} does not abbreviate {name!r}")
            _add(lex, months, node, bare.lower(), number)
            abbreviations.append(bare)
            if short.endswith("."):
                stop_required.add(bare)
    weekday_items = lex.words(lex.section("weekdays"), "weekdays")
    if len(weekday_items) != 7:
        raise lex.error(lex.section("weekdays"), f"weekdays: expected the 7 days, got {len(weekday_items)}")
    weekdays = {_capitalised(lex, node, day, "weekdays").lower(): i for i, (day, node) in enumerate(weekday_items)}
    numbers: dict[str, int] = {}
    for word, key_node, node in lex.pairs(lex.section("numbers"), "numbers"):
        if word != word.lower() or not word.isalpha():
            raise lex.error(key_node, f"numbers: {word!r} must be one lower-case word")
        numbers[word] = lex.integer(node, f"the value of {word!r}")
    longest_first = sorted(abbreviations, key=len, reverse=True)  # "Sept." before "Sep"
    shorts = [re.escape(a) + (r"\." if a in stop_required else r"\.?") for a in longest_first]
    return CalendarWords(
        months=MappingProxyType(months),
        month_names=tuple(names),
        abbreviations=tuple(abbreviations),
        stop_required=frozenset(stop_required),
        weekdays=MappingProxyType(weekdays),
        weekday_names=tuple(day for day, _ in weekday_items),
        numbers=MappingProxyType(numbers),
        month_re="(?:" + "|".join([*map(re.escape, names), *shorts]) + ")",
        weekday_re="(?:" + "|".join(re.escape(day) for day, _ in weekday_items) + ")",
        # two-letter words ("a", "an") count only where a pattern names them
        number_word_re=r"(?:\d{1,3}|" + "|".join(k for k in numbers if len(k) > 2) + ")",
    )


@cache
def calendar_words() -> CalendarWords:
    """The packaged calendar words, read on first use and then shared (see the module doc)."""
    return load_calendar_words()


def _capitalised(lex: LexiconFile, node: yaml.Node, word: str, what: str) -> str:
    if not (word.isalpha() and word[:1].isupper()):
        raise lex.error(node, f"{what}: {word!r} must be one capitalised word")
    return word


def _add(lex: LexiconFile, table: dict[str, int], node: yaml.Node, key: str, number: int) -> None:
    if key in table:
        raise lex.error(node, f"{key!r} is given twice")
    table[key] = number


# used at import by date_explicit and date_relative (see the module doc)
WEEKDAYS: Mapping[str, int] = calendar_words().weekdays
MONTH_RE = calendar_words().month_re
WEEKDAY_RE = calendar_words().weekday_re
NUMBER_WORD_RE = calendar_words().number_word_re
YEAR_RE = r"(?:1[6-9]\d\d|20\d\d)"
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


def month_number(word: str) -> int:
    return calendar_words().months[word.lower().rstrip(".")]


def day_number(word: str) -> int:
    return int(word.rstrip("stndrh"))


def count_number(word: str) -> int:
    low = word.lower()
    return int(low) if low.isdigit() else calendar_words().numbers[low]


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _calendar.monthrange(year, month)[1])


def month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), month_end(year, month)


def year_span(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


def add_years(day: dt.date, years: int) -> dt.date:
    return add_months(day, 12 * years)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def week_span(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)
