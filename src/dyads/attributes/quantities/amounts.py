"""Quantities a sentence gives: money, physical amounts, forces, casualties, durations.

The project's own parser (quantulum3 reads "$US25 billion" as 25 of some other
unit).  A number is a quantity only with something it counts or measures: a
currency, a unit, a counted noun, a casualty word, a duration; a plain year or
day of the month is not one.

The words come from ``data/lexicon/quantities.yaml`` (and the month names from
``calendar.yaml``); the expressions built from them are compiled by the cached
:func:`_patterns` on the first call, not at import (see :mod:`dyads.attributes.quantities.units`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from dyads.attributes.dates.periods import calendar_words
from dyads.attributes.masking import mask_noise
from dyads.attributes.quantities.units import QuantityWords, Unit, quantity_words
from dyads.records.attributes import Quantity


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_I = re.IGNORECASE
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_PERCENT = re.compile(r"\s*(?P<w>%|per\s*cent\b|percent\b|-fold\b|\s+times\b)", _I)
_COMMODITY = re.compile(
    r"\s+of\s+(?!the\b|a\b|an\b|its\b|their\b|this\b|that\b|which\b)"
    r"(?:(?:crude|natural|liquefied|refined|iron|fresh|drinking|[a-z]+ed)\s+)?[a-z][a-z-]*\b"
)
_STOP = r"(?:of|and|or|to|in|on|at|for|the|a|an|were|was|are|is|have|had|per|from|by|with|than|as|who|which|that)\b"
_CASUALTY_BEFORE = re.compile(
    r"\b(?P<w>killed|killing|kills|wounded|wounding|injured|injuring|arrested|arresting|detained|left|"
    r"death\s+toll\s+(?:\w+\s+){0,3}(?:to|at|of)|lives\s+of)\s+"
    r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|up\s+to\s+|over\s+|"
    r"an\s+estimated\s+|another\s+)?(?:\d[\d,.]*\s*(?:-|–|to)\s*)?$",
    _I,
)
_YEAR_CUE = re.compile(r"\b(?:in|since|by|from|until|till|during|of|before|after|between|and|to)\s+$", _I)
_RANGE_NEXT = re.compile(r"\s*(?:-|–|to)\s*\d")
_PAST_BEFORE = re.compile(r"\b(?:past|last|previous)\s+$", _I)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+$", _I)


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The expressions built from the word tables (see :func:`_patterns`)."""

    words: QuantityWords
    number: re.Pattern[str]
    currency_after: re.Pattern[str]
    duration: re.Pattern[str]
    measure: re.Pattern[str]
    noun: re.Pattern[str]
    vague_of: re.Pattern[str]
    and_noun: re.Pattern[str]
    casualty_after: re.Pattern[str]
    rate_after: re.Pattern[str]
    rate_before: re.Pattern[str]
    date_before: re.Pattern[str]


def _prefix(form: str) -> str:
    return r"\\?\$" if form == "$" else re.escape(form)  # in escaped text: \$, even \\$


@cache
def _patterns() -> _Patterns:
    """Built on the first call from the packaged word tables, then shared (nothing at import)."""
    w = quantity_words()
    forms = sorted(w.prefix_forms, key=len, reverse=True)
    symbols = "|".join(_prefix(f) for f in forms if any(not (c.isalpha() or c == ".") for c in f))
    codes = "|".join(_prefix(f) for f in forms if all(c.isalpha() or c == "." for c in f))
    cal = calendar_words()
    months = "|".join(re.escape(m) for m in (*cal.month_names, *sorted(cal.abbreviations, key=len, reverse=True)))
    return _Patterns(
        words=w,
        number=re.compile(
            rf"(?<![\w.,/$])(?<![A-Za-z]-)(?P<cur>\\?(?:{symbols})\s?|(?:{codes})\s?)?"
            rf"(?P<num>{_DIGITS}|(?i:{_alt(w.vague_numbers)}|{_alt(w.word_numbers)})(?!\w))"
            rf"(?:\s?(?P<scale>(?i:{_alt(w.scales)}))(?![\w$€£]))?"
        ),
        currency_after=re.compile(rf"\s+(?:of\s+)?(?P<w>{_alt(w.currency_words)})\b", _I),
        duration=re.compile(
            rf"(?:-|\s+)(?P<w>{_alt(w.durations)})\b(?P<tail>-old|\s+old|\s+ago|\s+of\s+age|\s+earlier|\s+later|"
            r"\s+before|\s+after|\s+following)?",
            _I,
        ),
        measure=re.compile(rf"\s*(?P<w>{_alt(w.measures)})\b", _I),
        noun=re.compile(rf"(?P<pre>(?:\s+(?!{_STOP})[A-Za-z][\w'’.-]*){{0,2}}?)\s+(?P<w>{_alt(w.nouns)})\b", _I),
        vague_of=re.compile(rf"\s+of\s+(?:(?!{_STOP})[A-Za-z][\w'’-]*\s+)??(?P<w>{_alt(w.nouns)})\b", _I),
        and_noun=re.compile(rf"\s+and\s+(?:(?!{_STOP})[A-Za-z][\w'’-]*\s+)??(?P<w>{_alt(w.nouns)})\b", _I),
        casualty_after=re.compile(
            r"\s+(?:(?:were|was|are|have|has|had|been|being|reportedly|also|later|all|who|that|people)\s+){0,3}"
            rf"(?P<w>{_alt(w.casualty_words)})\b",
            _I,
        ),
        rate_after=re.compile(rf"[^.;,:\d]{{0,40}}?\b(?P<w>{_alt(w.rates_after)})\b", _I),
        rate_before=re.compile(rf"\b(?P<w>{_alt(w.rates_before)})\s+(?:[a-z-]+\s+){{0,3}}(?:of\s+)?$", _I),
        date_before=re.compile(rf"\b(?:{months})\.?\s+(?:\d{{1,2}}\s*(?:-|–|to|and)\s*)?$"),
    )


_RATED_KINDS = frozenset({"money", "mass", "volume", "count", "casualties", "length"})


def find_quantities(text: str, *, offset: int = 0) -> tuple[Quantity, ...]:
    """The quantities of ``text`` in text order; offsets are ``offset`` plus the position in ``text``."""
    p = _patterns()
    original, text = text, mask_noise(text)
    out: list[Quantity] = []
    taken_to = 0
    for m in p.number.finditer(text):
        if m.start() < taken_to:
            continue
        found = _read(p, text, m)
        if found is None:
            continue
        value, unit, kind, start, end, rate_from = found
        start = max(start, m.start()) if start < taken_to else start  # never overlap the previous one
        rate = _rate(p, text, start, rate_from) if kind in _RATED_KINDS else None
        if kind == "measure_rate":
            kind, unit, rate = "volume", unit.split("/")[0], unit.split("/")[1]
        out.append(
            Quantity(
                value=value,
                unit=unit,
                kind=kind,
                text=original[start:end],
                rate=rate,
                char_start=start + offset,
                char_end=end + offset,
            )
        )
        taken_to = end
    return tuple(_share_casualty_words(out, original, offset))


_JOINED = re.compile(r"\s*(?:,|and|,\s*and)\s*")


def _share_casualty_words(found: list[Quantity], text: str, offset: int) -> list[Quantity]:
    """"Four guards and twelve prisoners were injured": the verb counts both."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        between = text[q.char_end - offset : nxt.char_start - offset]
        if q.kind in ("force", "count") and nxt.kind == "casualties" and _JOINED.fullmatch(between):
            out[i] = Quantity(q.value, nxt.unit, "casualties", q.text, None, q.char_start, q.char_end)
    return out


def _number(w: QuantityWords, m: re.Match[str]) -> float:
    raw = m["num"]
    low = " ".join(raw.lower().split())
    if low in w.vague_numbers:
        value = w.vague_numbers[low]
    elif low in w.word_numbers:
        value = float(w.word_numbers[low])
    else:
        value = float(raw.replace(",", ""))
    if m["scale"]:
        value *= w.scales[m["scale"].lower()]
    return value


def _read(p: _Patterns, text: str, m: re.Match[str]) -> tuple[float, str, str, int, int, int] | None:
    """value, unit, kind, start, end and where a rate may follow; ``None`` if not a quantity."""
    before = text[max(0, m.start() - 60) : m.start()]
    is_word = not m["num"][0].isdigit()
    w = p.words
    if not m["cur"] and p.date_before.search(before):
        return None  # "September 26", "August 1945"
    if not m["cur"] and not is_word and _year_like(m) and _YEAR_CUE.search(before):
        return None  # "in 2010 troops were sent"
    value = _number(w, m)
    start, end = m.start(), m.end()
    if not m["cur"] and not m["scale"] and _RANGE_NEXT.match(text, end):
        return None  # "20-50 troops": the second number carries the unit
    if m["cur"]:
        code = w.currency_prefixes.get(m["cur"].replace("\\", "").strip().lower(), "USD")
        return value, code, "money", start, end, end
    if m["scale"] and len(m["scale"]) <= 2 and text[m.start("scale") - 1].isspace():
        return None  # "15 m" is metres, not millions, without a currency
    rest = text[end:]
    after = p.currency_after.match(rest)
    if after:
        return value, w.currency_words[after["w"].lower()], "money", start, end + after.end(), end + after.end()
    pct = _PERCENT.match(rest)
    if pct and not is_word:
        word = pct["w"].strip().lower()
        unit, kind = ("fold", "ratio") if word in ("-fold", "times") else ("percent", "percent")
        return value, unit, kind, start, end + pct.end(), end + pct.end()
    dur = p.duration.match(rest)
    if dur and dur["w"][:1].isupper():
        return None  # "60 Minutes", a programme
    if dur:
        if dur["tail"] or _AGE_BEFORE.search(before) or _PAST_BEFORE.search(before) or value > 1000:
            return None  # "45 years old", "aged 45 years", "the past 10 years" (a date)
        if m["num"].lower() in ("one", "a", "an"):
            return None
        return value, w.durations[dur["w"].lower()], "duration", start, end + dur.end(), end + dur.end()
    meas = p.measure.match(rest)
    if meas:
        measured = w.measures[meas["w"].lower()]
        stop = end + meas.end()
        com = _COMMODITY.match(text, stop)
        if com:
            stop = com.end()
        kind = "measure_rate" if measured.kind == "rate" else measured.kind
        return value * measured.factor, measured.name, kind, start, stop, stop
    return _counted(p, text, m, value, before, is_word)


def _year_like(m: re.Match[str]) -> bool:
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", m["num"])) and not m["scale"]


def _counted(
    p: _Patterns, text: str, m: re.Match[str], value: float, before: str, is_word: bool
) -> tuple[float, str, str, int, int, int] | None:
    w = p.words
    start, end = m.start(), m.end()
    rest = text[end:]
    noun = p.vague_of.match(rest) if m["num"].lower() in w.vague_numbers else None
    noun = noun or p.noun.match(rest)
    pre = noun.groupdict().get("pre") if noun is not None else None
    if pre and is_word and not all(w[:1].isupper() for w in pre.split()):
        noun = None  # "two" + lower-case words + noun is too loose; "two Russian soldiers" is fine
    unit: Unit | None = None
    stop = end
    if noun:
        unit = w.nouns[noun["w"].lower()]
        stop = end + noun.end()
        more = p.and_noun.match(text, stop)
        if more and w.nouns[more["w"].lower()].kind == unit.kind:
            unit = Unit(f"{unit.name} and {w.nouns[more['w'].lower()].name}", unit.kind)
            stop = more.end()
    cue_before = _CASUALTY_BEFORE.search(before)
    cue_after = p.casualty_after.match(text, stop)
    if unit is not None and unit.kind == "equipment":
        return value, unit.name, unit.kind, start, stop, stop
    if cue_after and (unit is not None or cue_after.start() == stop):
        word = cue_after["w"].lower()
        return value, w.casualty_words[word], _casualty_kind(w, word), start, cue_after.end(), cue_after.end()
    if cue_before and not cue_before["w"].lower().startswith("left"):
        word = cue_before["w"].lower().split()[0]
        cas = "killed" if word in ("death", "lives") else w.casualty_words.get(word, "killed")
        begin = max(0, m.start() - len(before)) + cue_before.start()
        return value, cas, _casualty_kind(w, cas), begin, stop, stop
    if unit is not None:
        return value, unit.name, unit.kind, start, stop, stop
    return None


def _casualty_kind(w: QuantityWords, word: str) -> str:
    return "count" if w.casualty_words.get(word, word) in ("arrested", "abducted") else "casualties"


def _rate(p: _Patterns, text: str, start: int, stop: int) -> str | None:
    after = p.rate_after.match(text, stop)
    if after:
        return p.words.rates_after[" ".join(after["w"].lower().split())]
    before = p.rate_before.search(text[max(0, start - 60) : start])
    if before:
        return p.words.rates_before[before["w"].lower()]
    return None
