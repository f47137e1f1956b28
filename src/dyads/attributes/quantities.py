"""Quantities a sentence gives: money, physical amounts, forces, casualties, durations.

The project's own parser (quantulum3 reads "$US25 billion" as 25 of some other
unit).  A number is a quantity only with something it counts or measures: a
currency, a unit, a counted noun, a casualty word, a duration; a plain year or
day of the month is not one.
"""

from __future__ import annotations

import re

from dyads.attributes.quantity_units import (
    CASUALTY_WORDS,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    DURATIONS,
    MEASURES,
    NOUNS,
    RATES,
    SCALES,
    VAGUE_NUMBERS,
    WORD_NUMBERS,
    Unit,
)
from dyads.attributes.masking import mask_noise
from dyads.records.attributes import Quantity


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_I = re.IGNORECASE
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUMBER = re.compile(
    r"(?<![\w.,/$])(?<![A-Za-z]-)(?P<cur>\\?(?:US\$|\$US|AU\$|A\$|CA\$|C\$|HK\$|NZ\$|NT\$|S\$|R\$|\\?\$|€|£|¥)\s?|"
    r"(?:USD|EUR|GBP|JPY|CNY|RMB|INR|RUB|CHF|Rs\.?)\s?)?"
    rf"(?P<num>{_DIGITS}|(?i:{_alt(VAGUE_NUMBERS)}|{_alt(WORD_NUMBERS)})(?!\w))"
    rf"(?:\s?(?P<scale>(?i:{_alt(SCALES)}))(?![\w$€£]))?"
)
_CURRENCY_AFTER = re.compile(rf"\s+(?:of\s+)?(?P<w>{_alt(CURRENCY_WORDS)})\b", _I)
_PERCENT = re.compile(r"\s*(?P<w>%|per\s*cent\b|percent\b|-fold\b|\s+times\b)", _I)
_DURATION = re.compile(
    rf"(?:-|\s+)(?P<w>{_alt(DURATIONS)})\b(?P<tail>-old|\s+old|\s+ago|\s+of\s+age|\s+earlier|\s+later|\s+before|\s+after|\s+following)?",
    _I,
)
_MEASURE = re.compile(rf"\s*(?P<w>{_alt(MEASURES)})\b", _I)
_COMMODITY = re.compile(
    r"\s+of\s+(?!the\b|a\b|an\b|its\b|their\b|this\b|that\b|which\b)"
    r"(?:(?:crude|natural|liquefied|refined|iron|fresh|drinking|[a-z]+ed)\s+)?[a-z][a-z-]*\b"
)
_STOP = r"(?:of|and|or|to|in|on|at|for|the|a|an|were|was|are|is|have|had|per|from|by|with|than|as|who|which|that)\b"
_NOUN = re.compile(rf"(?P<pre>(?:\s+(?!{_STOP})[A-Za-z][\w'’.-]*){{0,2}}?)\s+(?P<w>{_alt(NOUNS)})\b", _I)
_VAGUE_OF = re.compile(rf"\s+of\s+(?:(?!{_STOP})[A-Za-z][\w'’-]*\s+)??(?P<w>{_alt(NOUNS)})\b", _I)
_AND_NOUN = re.compile(rf"\s+and\s+(?:(?!{_STOP})[A-Za-z][\w'’-]*\s+)??(?P<w>{_alt(NOUNS)})\b", _I)
_CASUALTY_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|have|has|had|been|being|reportedly|also|later|all|who|that|people)\s+){0,3}"
    rf"(?P<w>{_alt(CASUALTY_WORDS)})\b",
    _I,
)
_CASUALTY_BEFORE = re.compile(
    r"\b(?P<w>killed|killing|kills|wounded|wounding|injured|injuring|arrested|arresting|detained|left|"
    r"death\s+toll\s+(?:\w+\s+){0,3}(?:to|at|of)|lives\s+of)\s+"
    r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+|up\s+to\s+|over\s+|"
    r"an\s+estimated\s+|another\s+)?(?:\d[\d,.]*\s*(?:-|–|to)\s*)?$",
    _I,
)
_RATE_AFTER = re.compile(rf"[^.;,:\d]{{0,40}}?\b(?P<w>{_alt(k for k in RATES if k not in ('annual', 'yearly'))})\b", _I)
_RATE_BEFORE = re.compile(r"\b(?P<w>annual|yearly|daily|monthly|weekly)\s+(?:[a-z-]+\s+){0,3}(?:of\s+)?$", _I)
_YEAR_CUE = re.compile(r"\b(?:in|since|by|from|until|till|during|of|before|after|between|and|to)\s+$", _I)
_RANGE_NEXT = re.compile(r"\s*(?:-|–|to)\s*\d")
_PAST_BEFORE = re.compile(r"\b(?:past|last|previous)\s+$", _I)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+$", _I)
_DATE_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?:\d{1,2}\s*(?:-|–|to|and)\s*)?$"
)
_RATED_KINDS = frozenset({"money", "mass", "volume", "count", "casualties", "length"})


def find_quantities(text: str, *, offset: int = 0) -> tuple[Quantity, ...]:
    """The quantities of ``text`` in text order; offsets are ``offset`` plus the position in ``text``."""
    original, text = text, mask_noise(text)
    out: list[Quantity] = []
    taken_to = 0
    for m in _NUMBER.finditer(text):
        if m.start() < taken_to:
            continue
        found = _read(text, m)
        if found is None:
            continue
        value, unit, kind, start, end, rate_from = found
        start = max(start, m.start()) if start < taken_to else start  # never overlap the previous one
        rate = _rate(text, start, rate_from) if kind in _RATED_KINDS else None
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


def _number(m: re.Match[str]) -> float:
    raw = m["num"]
    low = " ".join(raw.lower().split())
    if low in VAGUE_NUMBERS:
        value = VAGUE_NUMBERS[low]
    elif low in WORD_NUMBERS:
        value = float(WORD_NUMBERS[low])
    else:
        value = float(raw.replace(",", ""))
    if m["scale"]:
        value *= SCALES[m["scale"].lower()]
    return value


def _read(text: str, m: re.Match[str]) -> tuple[float, str, str, int, int, int] | None:
    """value, unit, kind, start, end and where a rate may follow; ``None`` if not a quantity."""
    before = text[max(0, m.start() - 60) : m.start()]
    is_word = not m["num"][0].isdigit()
    if not m["cur"] and _DATE_BEFORE.search(before):
        return None  # "September 26", "August 1945"
    if not m["cur"] and not is_word and _year_like(m) and _YEAR_CUE.search(before):
        return None  # "in 2010 troops were sent"
    value = _number(m)
    start, end = m.start(), m.end()
    if not m["cur"] and not m["scale"] and _RANGE_NEXT.match(text, end):
        return None  # "20-50 troops": the second number carries the unit
    if m["cur"]:
        code = CURRENCY_PREFIXES.get(m["cur"].replace("\\", "").strip().lower(), "USD")
        return value, code, "money", start, end, end
    if m["scale"] and len(m["scale"]) <= 2 and text[m.start("scale") - 1].isspace():
        return None  # "15 m" is metres, not millions, without a currency
    rest = text[end:]
    after = _CURRENCY_AFTER.match(rest)
    if after:
        return value, CURRENCY_WORDS[after["w"].lower()], "money", start, end + after.end(), end + after.end()
    pct = _PERCENT.match(rest)
    if pct and not is_word:
        word = pct["w"].strip().lower()
        unit, kind = ("fold", "ratio") if word in ("-fold", "times") else ("percent", "percent")
        return value, unit, kind, start, end + pct.end(), end + pct.end()
    dur = _DURATION.match(rest)
    if dur and dur["w"][:1].isupper():
        return None  # "60 Minutes", a programme
    if dur:
        if dur["tail"] or _AGE_BEFORE.search(before) or _PAST_BEFORE.search(before) or value > 1000:
            return None  # "45 years old", "aged 45 years", "the past 10 years" (a date)
        if m["num"].lower() in ("one", "a", "an"):
            return None
        return value, DURATIONS[dur["w"].lower()], "duration", start, end + dur.end(), end + dur.end()
    meas = _MEASURE.match(rest)
    if meas:
        unit = MEASURES[meas["w"].lower()]
        stop = end + meas.end()
        com = _COMMODITY.match(text, stop)
        if com:
            stop = com.end()
        kind = "measure_rate" if unit.kind == "rate" else unit.kind
        return value * unit.factor, unit.name, kind, start, stop, stop
    return _counted(text, m, value, before, is_word)


def _year_like(m: re.Match[str]) -> bool:
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", m["num"])) and not m["scale"]


def _counted(
    text: str, m: re.Match[str], value: float, before: str, is_word: bool
) -> tuple[float, str, str, int, int, int] | None:
    start, end = m.start(), m.end()
    rest = text[end:]
    noun = _VAGUE_OF.match(rest) if m["num"].lower() in VAGUE_NUMBERS else None
    noun = noun or _NOUN.match(rest)
    pre = noun.groupdict().get("pre") if noun is not None else None
    if pre and is_word and not all(w[:1].isupper() for w in pre.split()):
        noun = None  # "two" + lower-case words + noun is too loose; "two Russian soldiers" is fine
    unit: Unit | None = None
    stop = end
    if noun:
        unit = NOUNS[noun["w"].lower()]
        stop = end + noun.end()
        more = _AND_NOUN.match(text, stop)
        if more and NOUNS[more["w"].lower()].kind == unit.kind:
            unit = Unit(f"{unit.name} and {NOUNS[more['w'].lower()].name}", unit.kind)
            stop = more.end()
    cue_before = _CASUALTY_BEFORE.search(before)
    cue_after = _CASUALTY_AFTER.match(text, stop)
    if unit is not None and unit.kind == "equipment":
        return value, unit.name, unit.kind, start, stop, stop
    if cue_after and (unit is not None or cue_after.start() == stop):
        word = cue_after["w"].lower()
        return value, CASUALTY_WORDS[word], _casualty_kind(word), start, cue_after.end(), cue_after.end()
    if cue_before and not cue_before["w"].lower().startswith("left"):
        word = cue_before["w"].lower().split()[0]
        cas = "killed" if word in ("death", "lives") else CASUALTY_WORDS.get(word, "killed")
        begin = max(0, m.start() - len(before)) + cue_before.start()
        return value, cas, _casualty_kind(cas), begin, stop, stop
    if unit is not None:
        return value, unit.name, unit.kind, start, stop, stop
    return None


def _casualty_kind(word: str) -> str:
    return "count" if CASUALTY_WORDS.get(word, word) in ("arrested", "abducted") else "casualties"


def _rate(text: str, start: int, stop: int) -> str | None:
    after = _RATE_AFTER.match(text, stop)
    if after:
        return RATES[" ".join(after["w"].lower().split())]
    before = _RATE_BEFORE.search(text[max(0, start - 60) : start])
    if before:
        return RATES[before["w"].lower()]
    return None
