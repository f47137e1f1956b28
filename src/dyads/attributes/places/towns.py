"""The gazetteer as the event coder's town lookup (``dyads.events.targets.places.Towns``): a town, city or
province to its country, when the name says which.

A name several places share goes to the most populous of them only when it has at least twice the
people of the next one of another country ("Rafah" -> PSE over EGY's Rafah; "Santiago" -> CHL), unless
its sentence names the country of another of them; a first-level subdivision of the project's table
(``subdivisions.tsv``) outranks towns of its name ("Ontario" is Canada's, not California's town); a name
shared more evenly ("Cordoba": ARG 2.1M, ESP 0.3M is kept; "Victoria" unknown) says nothing, nor does a
continent's name ("Asia" is also a town in the Philippines).  Countries
themselves are the knowledge base's, not this lookup's.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyads.attributes.places.gazetteer import Gazetteer

_FEATURES = frozenset({"city", "admin1", "region", "island"})
_WIDER = frozenset({"continent"})  # a name that is also a continent's names the continent
_MARGIN = 2.0  # the most populous candidate must have this many times the people of the next country's


@dataclass(frozen=True, slots=True)
class GazetteerTowns:
    gazetteer: Gazetteer

    def province_of(self, name: str) -> str | None:
        """The country of the province, state or region ``name`` (not of a town), when one country has it."""
        found = {e.country for e in self.gazetteer.lookup(name) if e.feature in ("admin1", "region") and e.country}
        return found.pop() if len(found) == 1 else None

    def country_of(self, name: str, *, near: frozenset[str] = frozenset()) -> str | None:
        """The country of the place ``name``; among places of several countries, the one of a country
        in ``near`` (the countries its sentence names: "Laredo ..., in the northern [Spanish] province"
        is Spain's Laredo, not Texas's), else the most populous by the margin."""
        best: dict[str, int] = {}
        entries = self.gazetteer.lookup(name)
        if any(e.feature in _WIDER for e in entries):
            return None  # "a trip to Asia" is not to Asia, Philippines
        provinces = {e.country for e in entries if e.feature == "admin1" and e.source == "project" and e.country}
        if len(provinces) == 1:
            return provinces.pop()  # a province named in full is the province, not a town ("Ontario": Canada's)
        for entry in entries:
            if entry.feature in _FEATURES and entry.country:
                best[entry.country] = max(best.get(entry.country, 0), entry.population)
        if not best:
            return None
        named = [c for c in best if c in near]
        if named:
            return max(named, key=lambda c: (best[c], c))
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
        if len(ranked) > 1 and ranked[0][1] < _MARGIN * ranked[1][1]:
            return None
        return ranked[0][0]
