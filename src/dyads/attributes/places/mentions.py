"""Place names in a sentence: runs of capitalised words matched longest-first
against the gazetteer ("the South China Sea" before "China"), each with the cue in
front of it ("in", "to", "from", "the city of").

A bare city name is dropped unless the parse calls it a place: too many person and
company names are also towns.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from dyads.attributes.places.gazetteer import GazEntry, Gazetteer
from dyads.records.parse import ParsedDoc


class PlaceCue(StrEnum):
    LOCATIVE = "locative"
    DESTINATION = "destination"
    ORIGIN = "origin"
    QUALIFIER = "qualifier"  # ", China" after "Dalian"
    BARE = "bare"


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place name in the text (offsets in the article) and its gazetteer candidates."""

    text: str
    start: int
    end: int
    cue: PlaceCue
    candidates: tuple[GazEntry, ...]
    qualifier: str | None = None  # ISO3 or admin1 code named right after it


_WORD = re.compile(r"[^\W\d_][\w'’.]*")
_JOIN = re.compile(r"[ \t]*(?:[-/–][ \t]*)?")
_CONNECTORS = frozenset({"of", "and", "de", "al", "el", "la", "du", "da", "do", "the", "del", "upon"})
_GENERIC = frozenset(
    {"islands", "islets", "island", "sea", "strait", "straits", "peninsula", "region", "mountains", "heights",
     "strip", "valley", "province", "gulf", "ocean", "bay", "river", "shoal", "coast"}
)  # fmt: skip
_ORG_WORDS = frozenset(
    {"organisation", "organization", "group", "company", "corporation", "corp", "university", "bank", "council",
     "party", "ministry", "agency", "times", "post", "herald", "news", "daily", "airlines", "airways",
     "institute", "club", "cooperation", "pact", "treaty", "declaration", "shimbun", "telegraph", "tribune",
     "journal", "review", "inc", "ltd", "motors", "petroleum", "oil", "gas", "energy", "holdings", "fc",
     "united", "city", "today", "radio", "television", "tv", "airport", "stock", "exchange", "mission",
     "accord", "accords", "protocol", "process", "initiative", "forum", "summit", "games", "cup"}
)  # fmt: skip
_TITLES = frozenset(
    {"president", "minister", "mr", "mrs", "ms", "dr", "general", "gen", "prince", "king", "queen", "senator",
     "secretary", "premier", "chancellor", "ambassador", "governor", "mayor", "sheikh", "sir", "lord"}
)  # fmt: skip
_DIRECTION = (
    r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central|remote|neighbou?ring|"
    r"southeastern|southwestern|northeastern|northwestern)"
)
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|around|outside|inside|across|throughout|within|off|along|nearby|"
    r"(?:city|town|village|port|province|region|capital|state|island|islands|outskirts|coast|area|district|"
    r"north|south|east|west)\s+of)\s+(?:the\s+)?"
    rf"(?:{_DIRECTION}\s+)?(?:[A-Z][a-z]+(?:ese|ian|an|ish|i)\s+(?:city|town|port|province|region|island)\s+of\s+)?$",
    re.IGNORECASE,
)
_DESTINATION = re.compile(
    rf"\b(?:to|into|towards?|visit(?:s|ed|ing)?|reached|entered|invaded)\s+(?:the\s+)?(?:{_DIRECTION}\s+)?$",
    re.IGNORECASE,
)
_ACTOR_NOUN_AFTER = re.compile(
    r"\s+(?:officials?|troops|forces|government|authorities|embassy|ambassadors?|president|leaders?|soldiers|"
    r"military|army|navy|diplomats?|counterparts?|citizens|nationals|compan(?:y|ies)|firms?|media|police|envoys?|"
    r"ministers?|delegation|negotiators|officers)\b"
)
_ON = re.compile(r"\b(?:on|onto|upon)\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_A_CUE = re.compile(
    r"\b(?:according|respect|regard|relation|response|reference|compared|due|thanks|owing)\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ORIGIN = re.compile(r"\b(?:from|left|fled)\s+(?:the\s+)?$", re.IGNORECASE)
_COORDINATED = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or)\s*(?:the\s+)?$")
_COMMA = re.compile(r"^\s*,\s*$")
_AFTER_PLACE = re.compile(r"\b(?:in|at|near|to|from)\s+(?:[A-Z][\w'’.-]*\s*){1,3}(?:,|,?\s*and|,?\s*or)\s+$")
_NOT_PLACE_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "FAC", "NORP"})


def _cue(before: str, after: str = "", entries: tuple[GazEntry, ...] = ()) -> PlaceCue:
    if _NOT_A_CUE.search(before) or after.startswith(("'s", "’s")) or _ACTOR_NOUN_AFTER.match(after):
        return PlaceCue.BARE  # "according to Spain's minister", "at Russia's base"
    if _ON.search(before):
        # "on the Kuril Islands" is a place; "insisted on Venezuela" a topic
        return PlaceCue.LOCATIVE if any(e.feature in ("island", "disputed") for e in entries) else PlaceCue.BARE
    if _LOCATIVE.search(before):
        return PlaceCue.LOCATIVE
    if _DESTINATION.search(before):
        return PlaceCue.DESTINATION
    if _ORIGIN.search(before):
        return PlaceCue.ORIGIN
    return PlaceCue.BARE


def _words(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _WORD.finditer(text):
        word, start = m.group(0), m.start()
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        elif word.endswith(("'", "’")):
            word = word[:-1]
        if word.endswith(".") and word.count(".") == 1:
            word = word[:-1]
        if word:
            out.append((start, start + len(word), word))
    return out


def _runs(text: str) -> Iterable[list[tuple[int, int, str]]]:
    """Maximal runs of capitalised words (with inner connectors and trailing generic nouns)."""
    run: list[tuple[int, int, str]] = []
    for start, end, word in _words(text):
        joined = bool(run) and _JOIN.fullmatch(text, run[-1][1], start) is not None
        joined = joined and text[run[-1][1] : run[-1][1] + 2] not in ("'s", "’s")
        capital = word[:1].isupper()
        low = word.lower()
        if run and joined and (capital or low in _CONNECTORS or low in _GENERIC):
            run.append((start, end, word))
            continue
        if run:
            yield _trim(run)
        run = [(start, end, word)] if capital else []
    if run:
        yield _trim(run)


def _trim(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    while run and run[-1][2].lower() in _CONNECTORS:
        run = run[:-1]
    return run


def find_place_mentions(
    text: str, *, offset: int = 0, gazetteer: Gazetteer, doc: ParsedDoc | None = None
) -> tuple[PlaceMention, ...]:
    """The place names of ``text`` with their cues and candidates (offsets + ``offset``)."""
    found: list[PlaceMention] = []
    for run in _runs(text):
        i = 0
        while i < len(run):
            match = _longest(run, i, gazetteer)
            if match is None:
                i += 1
                continue
            j, entries = match
            start, end = run[i][0], run[j - 1][1]
            if _keep(run, i, j, entries, text, start, end, offset, doc):
                found.append(
                    PlaceMention(
                        text[start:end],
                        start + offset,
                        end + offset,
                        _cue(text[max(0, start - 60) : start], text[end : end + 30], entries),
                        entries,
                    )
                )
            i = j
    return tuple(_link(found, text, offset))


def _longest(run: list[tuple[int, int, str]], i: int, gaz: Gazetteer) -> tuple[int, tuple[GazEntry, ...]] | None:
    if not run[i][2][:1].isupper() or run[i][2].lower() == "the":
        return None
    for j in range(min(len(run), i + gaz.max_words), i, -1):
        if run[j - 1][2].lower() in _CONNECTORS:
            continue
        entries = gaz.lookup(" ".join(w for _, _, w in run[i:j]))
        if entries:
            return j, entries
    return None


def _keep(
    run: list[tuple[int, int, str]],
    i: int,
    j: int,
    entries: tuple[GazEntry, ...],
    text: str,
    start: int,
    end: int,
    offset: int,
    doc: ParsedDoc | None,
) -> bool:
    only_cities = all(e.feature == "city" for e in entries)
    if doc is not None:
        for ent in doc.entities:
            if ent.start <= start + offset and end + offset <= ent.end:
                if ent.label in ("GPE", "LOC"):
                    return True
                if ent.label in _NOT_PLACE_LABELS and (ent.end - ent.start > end - start or only_cities):
                    return False
    nxt = run[j][2] if j < len(run) else ""
    if nxt.lower() in _ORG_WORDS or text[end : end + 1] == "$":
        return False  # "Moscow Times", "US$29 billion"
    if only_cities:
        if nxt[:1].isupper() or (i > 0 and run[i - 1][2].lower().rstrip(".") in _TITLES):
            return False
        if i > 0 and run[i - 1][2][:1].isupper() and run[i - 1][2].lower() not in ("the",):
            # "Dmitry Medvedev", "John Chan": a name run, unless it opens the sentence
            prev_start = run[i - 1][0]
            if text[:prev_start].strip():
                return False
        before = text[max(0, start - 60) : start]
        return _cue(before) is not PlaceCue.BARE or _AFTER_PLACE.search(before) is not None
    return True


def _link(found: list[PlaceMention], text: str, offset: int) -> Iterable[PlaceMention]:
    """Coordinated names share a cue; ", China" after "Dalian" qualifies it."""
    out: list[PlaceMention] = []
    for m in found:
        if out:
            prev = out[-1]
            between = text[prev.end - offset : m.start - offset]
            codes = {c for e in m.candidates if e.feature in ("country", "admin1") for c in (e.country, e.admin1) if c}
            if _COMMA.match(between) and codes and any(
                e.country in codes or e.admin1 in codes for e in prev.candidates if e.feature == "city"
            ):
                qual = next(e.admin1 or e.country for e in m.candidates if e.feature in ("country", "admin1"))
                out[-1] = dataclasses.replace(prev, qualifier=qual)
                out.append(dataclasses.replace(m, cue=PlaceCue.QUALIFIER))
                continue
            if m.cue is PlaceCue.BARE and _COORDINATED.match(between):
                m = dataclasses.replace(m, cue=prev.cue)
        out.append(m)
    return out
