"""Event dates: every date a sentence says, and the one that dates its event.

dateparser is not used: it turns "last month" and "in 1971" into single days, and
its ``search_dates`` is ten to twenty times slower than these patterns on news
sentences (benchmarks/bench_attributes.py --dateparser).  The finders here keep
the precision of what was said.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from dyads.attributes.attachment import attached, hangs_off_other_noun, in_brackets, in_parenthetical, token_index
from dyads.attributes.dates.cues import is_deadline, named_event_day, open_range, shift_quoted
from dyads.attributes.dates.explicit import explicit_dates
from dyads.attributes.dates.relative import relative_dates
from dyads.attributes.dates.tense import Tense, guess_tense
from dyads.attributes.masking import mask_noise
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
    if published is not None and not _PLAUSIBLE_YEARS[0] <= published.year <= _PLAUSIBLE_YEARS[1]:
        published = None  # a corrupt publication date resolves nothing (and cannot overflow)
    original, text = text, mask_noise(text)
    if tense is not None:
        candidates = _candidates(text, published, tense)
    else:
        # resolve with the past tense first; re-run only for the tenses other clauses need
        first = _candidates(text, published, Tense.PAST)
        local = [_local_tense(text, d.char_start, d.char_end) for d in first]
        runs = {
            t: {(d.char_start, d.char_end): d for d in _candidates(text, published, t)}
            for t in set(local) - {Tense.PAST}
        }
        candidates = [
            runs[t].get((d.char_start, d.char_end), d) if t in runs else d for d, t in zip(first, local, strict=True)
        ]
    candidates.sort(key=lambda d: (-(d.char_end - d.char_start), d.char_start))
    taken: list[EventDate] = []
    for cand in candidates:
        if all(cand.char_end <= t.char_start or cand.char_start >= t.char_end for t in taken):
            taken.append(cand)
    taken.sort(key=lambda d: d.char_start)
    if original is not text:
        taken = [dataclasses.replace(d, text=original[d.char_start : d.char_end]) for d in taken]
    taken = [named_event_day(d, original[d.char_end : d.char_end + 30]) for d in taken]
    taken = shift_quoted(taken, original, published)
    if offset:
        taken = [
            dataclasses.replace(d, char_start=d.char_start + offset, char_end=d.char_end + offset) for d in taken
        ]
    return tuple(taken)


_CLAUSE_BREAK = re.compile(
    r"[;:—–]|[.!?](?=\s+[A-Z\"“])|\b(?:and|but|while|whereas|after|before|when|although)\b|,\s+(?=which|who)"
)
_PLAUSIBLE_YEARS = (1700, 2300)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“])")


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
    if local is not Tense.UNKNOWN:
        return local
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return guess_tense(text[ends[-1] if ends else 0 : after.start() if after else len(text)])


def publication_date(published: dt.date) -> EventDate:
    """The article's own date, for an event whose sentence says none."""
    return EventDate(start=published, end=published, precision=DatePrecision.PUBLICATION)


_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|our)\s+$", re.IGNORECASE)
_ATTRIBUTIVE_AFTER = re.compile(r"^[-\s]+[a-z]")


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
    if sentence:
        # a deadline ("elections by April 2007") is not when the event happened
        eligible = [d for d in eligible if not is_deadline(sentence, d.char_start - sentence_start)]
    if eligible:
        best = min(eligible, key=lambda d: (_distance(d, trigger_start, trigger_end), d.char_start))
        return open_range(best, sentence, best.char_start - sentence_start, published) if sentence else best
    return publication_date(published) if published is not None else None


def _distance(d: EventDate, start: int, end: int) -> int:
    if d.char_end <= start:
        return start - d.char_end
    if d.char_start >= end:
        return d.char_start - end
    return 0


def dates_another_noun(doc: ParsedDoc, d: EventDate, t_start: int) -> bool:
    """A year written before a noun dates that noun, not the act: "South Korea had broken [the 1965
    treaty]" happened now; "the 2008 war" is the event itself, when "war" is the trigger."""
    i = token_index(doc, d.char_start)
    if i < 0 or d.char_end - d.char_start > len(doc.tokens[i].text):  # a date of several words
        return False
    tok = doc.tokens[i]
    head = doc.tokens[tok.head]
    return (tok.dep in ("nummod", "compound", "amod", "nmod") and head.pos in ("NOUN", "PROPN") and head.i > i
            and head.i != token_index(doc, t_start))


_SETTING_PREPS = frozenset({"during", "in", "amid", "throughout"})


def dates_the_setting(doc: ParsedDoc, d: EventDate, t_start: int) -> bool:
    """A year before a noun dates the act too when the noun is the act's setting: "[during the 1980
    war], Iraq invaded Iran"; "the 1979 revolution [in which 52 Americans were held hostage]"."""
    i = token_index(doc, d.char_start)
    t = token_index(doc, t_start)
    if i < 0 or t < 0 or d.char_end - d.char_start > len(doc.tokens[i].text):
        return False
    tok = doc.tokens[i]
    noun = doc.tokens[tok.head]
    if tok.dep not in ("nummod", "compound", "amod", "nmod") or noun.pos not in ("NOUN", "PROPN") or noun.i < i:
        return False
    prep = doc.tokens[noun.head]
    if noun.dep == "pobj" and prep.lemma in _SETTING_PREPS and prep.head in _governors(doc, t):
        return True
    j = t  # the act told in a clause of the noun
    for _ in range(6):
        step = doc.tokens[j]
        if step.head == j:
            return False
        if step.dep == "relcl" and step.head == noun.i:
            return True
        j = step.head
    return False


def _governors(doc: ParsedDoc, t: int) -> set[int]:
    """The trigger's word and the verbs above it in its clause."""
    out, j = {t}, t
    for _ in range(3):
        step = doc.tokens[j]
        if step.head == j or step.dep not in ("xcomp", "conj", "aux", "dobj", "pobj", "prep"):
            break
        j = step.head
        out.add(j)
    return out


def _can_govern(d: EventDate, t_start: int, t_end: int, sentence: str, s_start: int, doc: ParsedDoc | None) -> bool:
    a, b = d.char_start - s_start, d.char_end - s_start
    inside = bool(sentence) and 0 <= a <= b <= len(sentence)
    if inside and in_brackets(sentence, a, t_start - s_start):
        return False  # "(three times the amount in 2003)"
    if doc is not None:
        if dates_the_setting(doc, d, t_start):
            return True
        if dates_another_noun(doc, d, t_start):
            return False
        return attached(doc, d.char_start, d.char_end, t_start, noun_modifier_blocks=True, trigger_end=t_end) and not (
            hangs_off_other_noun(doc, d.char_start, d.char_end, t_start, trigger_end=t_end)
        )
    if not inside:
        return True
    if in_parenthetical(sentence, a, t_start - s_start) or in_brackets(sentence, a, t_start - s_start):
        return False
    if d.precision in (DatePrecision.YEAR, DatePrecision.RANGE):
        # a year used as an adjective ("a 2006 agreement") dates that noun, not the event
        if _ATTRIBUTIVE_BEFORE.search(sentence[:a]) and _ATTRIBUTIVE_AFTER.match(sentence[b:]):
            return False
    return True
