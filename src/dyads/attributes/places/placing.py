"""Places a sentence names, geocoded with the gazetteer, and the one where its event happened.

Mentions come from :mod:`dyads.attributes.places.mentions` with their cues:
"in Dalian", "near", "the city of" locate an event (LOCATIVE); "to", "visited" give
its destination; "from" an origin; a bare name ("Russia waged a war") is usually an
actor, not a place.  Between places of the same name the article's context (its
actors' countries and other places) and the size of the place decide; see
docs/places.md.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from dyads.attributes.attachment import attached, hangs_off_other_noun, in_parenthetical
from dyads.attributes.places.gazetteer import GazEntry, Gazetteer
from dyads.attributes.places.mentions import PlaceCue, PlaceMention, find_place_mentions
from dyads.attributes.places.roles import destination_of_other_act, object_of_trigger
from dyads.records.attributes import Place
from dyads.records.parse import ParsedDoc

__all__ = [
    "PlaceContext",
    "PlaceCue",
    "PlaceMention",
    "choose_entry",
    "event_place",
    "find_place_mentions",
    "find_places",
    "place_context",
    "plausible",
    "to_place",
]

_TRUSTED_POPULATION = 100_000


@dataclass(frozen=True, slots=True)
class PlaceContext:
    """What the article is about: countries (ISO3) and admin1 codes of its actors and places."""

    countries: frozenset[str] = frozenset()
    admin1: frozenset[str] = frozenset()


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
            if not attached(doc, m.start, m.end, trigger_start, noun_modifier_blocks=False, trigger_end=trigger_end):
                continue
            if hangs_off_other_noun(doc, m.start, m.end, trigger_start, trigger_end=trigger_end):
                continue
            if m.cue is PlaceCue.DESTINATION and destination_of_other_act(
                doc, m.start, m.end, trigger_start, trigger_end
            ):
                continue  # "asked the government to send troops to Gaza"
            if object_of_trigger(doc, m.start, m.end, trigger_start, trigger_end):
                continue  # "recognizes the state of Israel"
        elif sentence and in_parenthetical(sentence, m.start - sentence_start, trigger_start - sentence_start):
            continue
        gap = max(trigger_start - m.end, m.start - trigger_end, 0)
        key = gap + (0 if m.cue is PlaceCue.LOCATIVE else 40)
        if best is None or key < best[0]:
            best = (key, m)
    return to_place(best[1], context) if best else None
