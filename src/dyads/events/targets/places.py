"""Places as targets: "a visit to China", "arrived in Moscow".

The actor resolver treats a country named as a destination or location as a place, not
an actor; CAMEO codes the visited country as the target.  This lookup turns such a
place into an ActorMention (``via="place"``) with the country's code, from the
knowledge base's country names, adjectives and capitals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Protocol

from dyads.actors.mentions.groups import bygone_qualifier
from dyads.kb import EntryKind, KnowledgeBase
from dyads.records.actor import ActorMention
from dyads.records.parse import ParsedDoc

_PLACE_KINDS = frozenset({EntryKind.COUNTRY, EntryKind.ADJECTIVE, EntryKind.SEAT})
# words that name a part of a country before its name (tried only when the whole name is no country:
# "South Korea" stays itself, "South Lebanon" is Lebanon)
COMPASS = ("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
            "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "upper",
            "lower")


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "sen", "rep", "gov", "gen", "president",
                         "minister", "senator", "judge", "mayor"})


def load_region_countries() -> Mapping[str, str]:
    """Region names and aliases (lower case) -> country code, from the packaged gazetteer's
    ``regions.tsv`` ("East Siberia" -> RUS): places the knowledge base does not list."""
    text = resources.files("dyads").joinpath("data/gazetteer/regions.tsv").read_text(encoding="utf-8")
    found: dict[str, str] = {}
    for line in text.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 3 or line.startswith("#") or not cols[2]:
            continue
        for name in (cols[0], *cols[1].split("|")):
            if name:
                found.setdefault(name.lower(), cols[2])
    return MappingProxyType(found)


class Towns(Protocol):
    """Towns, cities and provinces to their country (a gazetteer the pipeline passes in): "Jericho" ->
    PSE, "Kirkuk" -> IRQ; ``None`` where the name is unknown or shared by places of several countries."""

    def country_of(self, name: str, *, near: frozenset[str] = frozenset()) -> str | None: ...

    def province_of(self, name: str) -> str | None: ...


@dataclass(frozen=True, slots=True)
class PlaceLookup:
    kb: KnowledgeBase
    day: dt.date | None
    regions: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    towns: Towns | None = None

    def _named_countries(self, doc: ParsedDoc, i: int) -> frozenset[str]:
        """The countries the sentence of token ``i`` names after it (by name, adjective or capital): what
        qualifies a place follows it ("Laredo, in the northern Spanish province"); a country named
        before is more often an actor ("the United States sent officials to Geneva")."""
        sent = doc.tokens[i].sent
        found = set()
        for e in doc.entities:
            if e.label in ("GPE", "NORP") and doc.tokens[e.first].sent == sent and e.first > i:
                entry = self.kb.lookup(e.text, self.day)
                if entry is not None and entry.kind in _PLACE_KINDS and entry.country:
                    found.add(entry.country)
        return frozenset(found)

    def find(self, doc: ParsedDoc, tokens: list[int]) -> tuple[ActorMention, ...]:
        """The country named by an entity (or adjective) among ``tokens``, as a place actor."""
        wanted = set(tokens)
        spans = [(e.first, e.last) for e in doc.entities
                 if e.label in ("GPE", "NORP", "LOC") and wanted.intersection(range(e.first, e.last))]
        # a word inside a longer name is not a place of its own: "the South [China] Sea"
        inside = {i for e in doc.entities if e.last - e.first > 1 for i in range(e.first, e.last)}
        # a name the parser knows for a person or a body is no place ("criticised Mr [Howard]"); a lone
        # word it calls a person may still be a town ("on a visit to [Chennai]")
        inside |= {i for e in doc.entities if e.label not in ("GPE", "NORP", "LOC", "FAC", "PERSON")
                   for i in range(e.first, e.last)}
        inside |= {i for e in doc.entities if e.label == "PERSON" and (e.last - e.first > 1 or (
            e.first > 0 and doc.tokens[e.first - 1].text.rstrip(".").lower() in _HONORIFICS))
                   for i in range(e.first, e.last)}
        spans += [(i, i + 1) for i in sorted(wanted) if doc.tokens[i].pos in ("PROPN", "ADJ") and i not in inside]
        for first, last in spans:
            start, end = doc.tokens[first].start, doc.tokens[last - 1].end
            if last - first == 1 and bygone_qualifier(doc, first):
                continue  # "the one-time [French] colony", "a former [British] protectorate": not that country now
            entry = self.kb.lookup(doc.text[start:end], self.day)
            # "South Lebanon", "northern Iraq": a part of the country, unless the part is a region of its own
            # ("Northern Ireland" is in the United Kingdom)
            if entry is None and last - first > 1 and doc.text[start:end].lower() not in self.regions:
                words = doc.text[start:end].split()
                while words and words[0].lower() in ("the", *COMPASS):
                    words = words[1:]
                if words and len(words) < len(doc.text[start:end].split()):
                    entry = self.kb.lookup(" ".join(words), self.day)
            if entry is None or entry.kind not in _PLACE_KINDS or not entry.country:
                named = doc.text[start:end].lower()  # a region's name is without its article ("the Gaza Strip")
                region = self.regions.get(named) or self.regions.get(named.removeprefix("the "))
                if region is None and self.towns is not None and doc.tokens[first].pos == "PROPN":
                    # "targets in [Jericho]"; "[Laredo], in the northern Spanish province": Spain's
                    region = self.towns.country_of(doc.text[start:end], near=self._named_countries(doc, first))
                if region is None:
                    continue
                region = self.kb.state_on(region, self.day)  # "XKX" is KSV; Juba was Sudan's before 2011
                return (ActorMention(doc_id=doc.doc_id, text=doc.text[start:end], start=start, end=end, code=region,
                                     country=region, role=None, name=doc.text[start:end], kb_id=None, first=first,
                                     last=last, head=last - 1, via="place"),)
            return (ActorMention(doc_id=doc.doc_id, text=doc.text[start:end], start=start, end=end,
                                 code=entry.country, country=entry.country, role=None, name=entry.name,
                                 kb_id=entry.kb_id, first=first, last=last, head=last - 1, via="place"),)
        return ()
