"""Event dates: every date a sentence says, and the one that dates its event.

dateparser is not used: it turns "last month" into a single day and "in 1971" into
today's day of 1971, and it is about a hundred times slower than these patterns
over news sentences.  The finders keep the precision of what was said.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from dyads.attributes.date_explicit import explicit_dates
from dyads.attributes.date_relative import relative_dates
from dyads.attributes.tense import Tense, governing_verb, guess_tense, token_at
from dyads.records.article import DatePrecision
from dyads.records.attributes import EventDate
from dyads.records.parse import ParsedDoc


def find_dates(
    text: str,
    *,
    offset: int = 0,
    published: dt.date | None = None,
    tense: Tense | None = None,
) -> tuple[EventDate, ...]:
    """The date expressions of ``text``, in text order, without overlaps.

    Offsets are ``offset`` plus the position in ``text`` (pass the sentence's start
    to get article offsets).  ``tense`` decides the year of "in July" and the week
    of "on Monday"; by default it is guessed from the words of ``text``.
    """
    if not text:
        return ()
    if tense is not None:
        candidates = _candidates(text, published, tense)
    else:
        runs = {t: {(d.char_start, d.char_end): d for d in _candidates(text, published, t)} for t in _TENSES}
        candidates = [
            runs[_local_tense(text, start, end)].get((start, end), d) for (start, end), d in runs[Tense.PAST].items()
        ]
    candidates.sort(key=lambda d: (-(d.char_end - d.char_start), d.char_start))
    taken: list[EventDate] = []
    for cand in candidates:
        if all(cand.char_end <= t.char_start or cand.char_start >= t.char_end for t in taken):
            taken.append(cand)
    taken.sort(key=lambda d: d.char_start)
    if offset:
        taken = [
            dataclasses.replace(d, char_start=d.char_start + offset, char_end=d.char_end + offset) for d in taken
        ]
    return tuple(taken)


_TENSES = (Tense.PAST, Tense.PRESENT, Tense.FUTURE, Tense.UNKNOWN)
_CLAUSE_BREAK = re.compile(r"[;:—–]|\b(?:and|but|while|whereas|after|before|when|although)\b|,\s+(?=which|who)")


def _candidates(text: str, published: dt.date | None, tense: Tense) -> list[EventDate]:
    return [*explicit_dates(text, published, tense), *relative_dates(text, published, tense)]


def _local_tense(text: str, start: int, end: int) -> Tense:
    """The tense of the clause around ``[start, end)``, guessed from its words."""
    left = text[:start]
    breaks = list(_CLAUSE_BREAK.finditer(left))
    lo = breaks[-1].end() if breaks else 0
    nxt = _CLAUSE_BREAK.search(text, end)
    hi = nxt.start() if nxt else len(text)
    local = guess_tense(text[lo:hi])
    return local if local is not Tense.UNKNOWN else guess_tense(text)


def publication_date(published: dt.date) -> EventDate:
    """The article's own date, for an event whose sentence says none."""
    return EventDate(start=published, end=published, precision=DatePrecision.PUBLICATION)


_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|our)\s+$", re.IGNORECASE)
_ATTRIBUTIVE_AFTER = re.compile(r"^[-\s]+[a-z]")
_NOUN_MOD_DEPS = frozenset({"compound", "nummod", "amod", "nmod", "poss"})


def event_date(
    dates: tuple[EventDate, ...],
    *,
    trigger_start: int,
    trigger_end: int,
    published: dt.date | None,
    sentence: str = "",
    sentence_start: int = 0,
    doc: ParsedDoc | None = None,
) -> EventDate | None:
    """The date of the event whose trigger spans ``[trigger_start, trigger_end)``.

    Of the sentence's dates, the nearest to the trigger among those that can
    govern it: with a parse, a date inside another clause (a relative clause, a
    different verb below the trigger) or modifying another noun ("the 1945
    Potsdam agreement") cannot; without one, a year used as an adjective ("a
    2006 agreement") cannot.  With none left: the publication date (precision
    ``publication``), or ``None`` when that is unknown too.
    """
    eligible = [d for d in dates if _can_govern(d, trigger_start, trigger_end, sentence, sentence_start, doc)]
    if eligible:
        return min(eligible, key=lambda d: (_distance(d, trigger_start, trigger_end), d.char_start))
    return publication_date(published) if published is not None else None


def _distance(d: EventDate, start: int, end: int) -> int:
    if d.char_end <= start:
        return start - d.char_end
    if d.char_start >= end:
        return d.char_start - end
    return 0


def _can_govern(d: EventDate, t_start: int, t_end: int, sentence: str, s_start: int, doc: ParsedDoc | None) -> bool:
    if doc is not None:
        return _attached(doc, d.char_start, d.char_end, t_start)
    if sentence and d.precision in (DatePrecision.YEAR, DatePrecision.RANGE):
        a, b = d.char_start - s_start, d.char_end - s_start
        if 0 <= a <= b <= len(sentence):
            if _ATTRIBUTIVE_BEFORE.search(sentence[:a]) and _ATTRIBUTIVE_AFTER.match(sentence[b:]):
                return False
    return True


def _attached(doc: ParsedDoc, start: int, end: int, trigger_char: int) -> bool:
    """Whether the span ``[start, end)`` belongs to the trigger's clause in the parse."""
    trigger = token_at(doc, trigger_char)
    first = token_at(doc, start)
    if trigger < 0 or first < 0:
        return True
    span = [i for i in range(first, len(doc.tokens)) if doc.tokens[i].start < end]
    inside = set(span)
    # the span's own head: the token of the span whose head is outside it
    head = next((i for i in span if doc.tokens[i].head not in inside or doc.tokens[i].head == i), first)
    path: list[int] = []
    i = head
    while len(path) < 64:
        path.append(i)
        if i == trigger:
            return True
        if doc.tokens[i].head == i:
            break
        i = doc.tokens[i].head
    t_verb = governing_verb(doc, trigger)
    d_verb = governing_verb(doc, head)
    if d_verb < 0 or t_verb < 0:
        return True
    if d_verb == t_verb:
        # the date hangs off the trigger's verb directly, not off some other noun
        below = path[path.index(d_verb) - 1] if d_verb in path and path.index(d_verb) > 0 else head
        via_noun = any(
            doc.tokens[j].pos in ("NOUN", "PROPN") and doc.tokens[j].dep in _NOUN_MOD_DEPS | {"dobj", "nsubj", "pobj"}
            for j in path[1 : path.index(d_verb)]
            if j != trigger and doc.tokens[j].tag not in ("CD",)
        )
        return not via_noun or doc.tokens[below].dep in ("npadvmod", "prep", "advmod")
    # the date's verb governs the trigger's verb (a main-clause date over a
    # complement: "agreed last month to build")
    j = t_verb
    for _ in range(64):
        if j == d_verb:
            return True
        if doc.tokens[j].head == j:
            return False
        j = doc.tokens[j].head
    return False
