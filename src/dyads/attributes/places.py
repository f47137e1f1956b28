"""Places a sentence names, geocoded with the gazetteer, and the one where its event happened.

Mentions are runs of capitalised words matched longest-first against the
gazetteer ("the South China Sea" before "China").  Each mention keeps the cue in
front of it: "in Dalian", "near", "the city of" locate an event (LOCATIVE); "to",
"visited" give its destination; "from" an origin; a bare name ("Russia waged a
war") is usually an actor, not a place.  A bare city name is dropped unless the
parse calls it a place: too many person and company names are also towns.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from dyads.attributes.attachment import attached, in_parenthetical
from dyads.attributes.gazetteer import GazEntry, Gazetteer
from dyads.records.attributes import Place
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


@dataclass(frozen=True, slots=True)
class PlaceContext:
    """What the article is about: countries (ISO3) and admin1 codes of its actors and places."""

    countries: frozenset[str] = frozenset()
    admin1: frozenset[str] = frozenset()


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
_DIRECTION = r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central|remote|neighbou?ring|southeastern|southwestern|northeastern|northwestern)"
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|around|outside|inside|across|throughout|within|off|along|on|nearby|"
    r"(?:city|town|village|port|province|region|capital|state|island|islands|outskirts|coast|area|district|"
    r"part|parts|north|south|east|west)\s+of)\s+(?:the\s+)?"
    rf"(?:{_DIRECTION}\s+)?(?:[A-Z][a-z]+(?:ese|ian|an|ish|i)\s+(?:city|town|port|province|region|island)\s+of\s+)?$",
    re.IGNORECASE,
)
_DESTINATION = re.compile(
    rf"\b(?:to|into|towards?|visit(?:s|ed|ing)?|reached|entered|invaded)\s+(?:the\s+)?(?:{_DIRECTION}\s+)?$",
    re.IGNORECASE,
)
_ORIGIN = re.compile(r"\b(?:from|left|fled)\s+(?:the\s+)?$", re.IGNORECASE)
_COORDINATED = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or)\s*(?:the\s+)?$")
_COMMA = re.compile(r"^\s*,\s*$")
_AFTER_PLACE = re.compile(r"\b(?:in|at|near|to|from)\s+(?:[A-Z][\w'’.-]*\s*){1,3}(?:,|,?\s*and|,?\s*or)\s+$")
_TRUSTED_POPULATION = 100_000
_NOT_PLACE_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "FAC", "NORP"})


def _cue(before: str) -> PlaceCue:
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
                    PlaceMention(text[start:end], start + offset, end + offset, _cue(text[max(0, start - 60) : start]), entries)
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


def place_context(mentions: Iterable[PlaceMention], *, actor_countries: Iterable[str | None] = ()) -> PlaceContext:
    """The article's context from its actors' countries and its unambiguous place names."""
    countries = {c for c in actor_countries if c}
    admin1: set[str] = set()
    for m in mentions:
        if len({(e.country, e.admin1) for e in m.candidates}) == 1 or m.candidates[0].source == "project":
            e = m.candidates[0]
            if e.country:
                countries.add(e.country)
            if e.admin1 and e.feature == "admin1":
                admin1.add(e.admin1)
        elif any(e.feature == "country" for e in m.candidates):
            countries.update(e.country for e in m.candidates if e.feature == "country" and e.country)
    return PlaceContext(frozenset(countries), frozenset(admin1))


def choose_entry(mention: PlaceMention, context: PlaceContext) -> GazEntry:
    """The candidate the context and the size of the place favour."""
    cands = mention.candidates
    if cands[0].source == "project":
        return cands[0]
    countries = [e for e in cands if e.feature == "country"]
    if countries:
        state = next((e for e in cands if e.feature == "admin1"), None)
        own = countries[0]
        if state is not None and "USA" in context.countries and own.country not in context.countries:
            return state
        return own

    def score(e: GazEntry) -> float:
        value = math.log10(max(e.population, 1)) / 2 + (1.0 if e.capital else 0.0)
        if mention.qualifier and mention.qualifier in (e.country, e.admin1):
            value += 10.0
        if e.admin1 and e.admin1 in context.admin1:
            value += 3.0
        if e.country in context.countries:
            value += 1.5
        return value

    return max(cands, key=score)


def to_place(mention: PlaceMention, context: PlaceContext) -> Place:
    e = choose_entry(mention, context)
    return Place(
        name=e.name,
        country=e.country,
        admin1=e.admin1,
        lat=e.lat,
        lon=e.lon,
        feature=e.feature,
        text=mention.text,
        char_start=mention.start,
        char_end=mention.end,
        geonameid=e.geonameid,
        note=e.note,
    )


def find_places(
    text: str,
    *,
    offset: int = 0,
    gazetteer: Gazetteer,
    context: PlaceContext | None = None,
    doc: ParsedDoc | None = None,
) -> tuple[Place, ...]:
    """Every place named in ``text``, geocoded (qualifiers such as ", China" folded in)."""
    mentions = find_place_mentions(text, offset=offset, gazetteer=gazetteer, doc=doc)
    ctx = context or place_context(mentions)
    return tuple(to_place(m, ctx) for m in mentions if m.cue is not PlaceCue.QUALIFIER and plausible(m, ctx))


def plausible(mention: PlaceMention, context: PlaceContext) -> bool:
    """A small town abroad named like a person ("Martin", "Arar") is not believed
    when the article is about other countries."""
    if not context.countries or any(e.feature != "city" for e in mention.candidates):
        return True
    if any(e.country in context.countries for e in mention.candidates):
        return True
    return max(e.population for e in mention.candidates) >= _TRUSTED_POPULATION


def event_place(
    mentions: tuple[PlaceMention, ...],
    *,
    trigger_start: int,
    trigger_end: int,
    context: PlaceContext,
    sentence: str = "",
    sentence_start: int = 0,
    exclude: Iterable[tuple[int, int]] = (),
    doc: ParsedDoc | None = None,
) -> Place | None:
    """Where the event at the trigger happened: the nearest place introduced by a
    locative ("in", "near", "the city of") or destination ("to", "visited") cue in
    the trigger's clause, not part of the source or target; ``None`` if there is none."""
    spans = tuple(exclude)
    best: tuple[int, PlaceMention] | None = None
    for m in mentions:
        if m.cue not in (PlaceCue.LOCATIVE, PlaceCue.DESTINATION):
            continue
        if any(m.start < b and a < m.end for a, b in spans) or not plausible(m, context):
            continue
        if doc is not None:
            if not attached(doc, m.start, m.end, trigger_start, noun_modifier_blocks=False):
                continue
        elif sentence and in_parenthetical(sentence, m.start - sentence_start, trigger_start - sentence_start):
            continue
        gap = max(trigger_start - m.end, m.start - trigger_end, 0)
        key = gap + (0 if m.cue is PlaceCue.LOCATIVE else 40)
        if best is None or key < best[0]:
            best = (key, m)
    return to_place(best[1], context) if best else None
