"""Regional adjectives: "European envoy", "Western diplomats", "African leaders".

An agent qualified by a region, not a country, takes the CAMEO *region* code as its
country part (``EUR``, ``WST``, ``AFR``...): "Western diplomats" -> ``WSTGOV``, "Asian
ministers" -> ``ASAGOV``.  A named IGO still wins ("EU envoy" -> ``IGOEUREEC``): the
adjective "European" is the continent, not the Union.  A region adjective wins over a
nationality adjective it contains ("Latin American diplomats" -> ``LAMGOV``, not ``USAGOV``).
Other group adjectives that name no country or region ("Kurdish officials", "Islamic
leaders") keep the bare role, as before.  Codes are those of the CAMEO actor codebook's
regions list.
"""

from __future__ import annotations

from types import MappingProxyType

from dyads.actors.nuclei import Nucleus, NucleusKind
from dyads.kb import EntryKind
from dyads.records.parse import ParsedDoc

# one- or two-word region adjectives (lower case) -> CAMEO region code
REGION_ADJECTIVES = MappingProxyType({
    ("european",): "EUR", ("western",): "WST", ("asian",): "ASA", ("african",): "AFR",
    ("latin", "american"): "LAM", ("middle", "eastern"): "MEA", ("mideast",): "MEA", ("balkan",): "BLK",
    ("scandinavian",): "SCN", ("nordic",): "SCN", ("caribbean",): "CRB", ("mediterranean",): "MDT",
    ("east", "african"): "EAF", ("west", "african"): "WAF", ("north", "african"): "NAF",
    ("southern", "african"): "SAF", ("central", "african"): "CFR", ("south", "asian"): "SAS",
    ("southeast", "asian"): "SEA", ("south-east", "asian"): "SEA", ("central", "asian"): "CAS",
    ("east", "european"): "EEU", ("eastern", "european"): "EEU", ("central", "european"): "CEU",
    ("south", "american"): "SAM", ("north", "american"): "NMR", ("gulf",): "PGS",
})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def region_modifier(doc: ParsedDoc, head: int, first: int) -> tuple[str, int] | None:
    """The region code of an adjective qualifying ``head`` just before ``first``, and where it starts.

    "the Western diplomats" -> ("WST", index of "Western"); "East African leaders" -> ("EAF", ...).
    Only capitalised adjectives count ("western Russia" is a direction, and not before an agent).
    """
    tokens = doc.tokens
    i = first - 1
    if i < 0 or tokens[i].dep not in _MODIFIER_DEPS or not tokens[i].text[:1].isupper():
        return None
    if tokens[i].head != head and tokens[i].head not in range(first, head + 1):
        return None
    for width in (2, 1):
        start = i - width + 1
        if start < 0 or tokens[start].sent != tokens[i].sent:
            continue
        key = tuple(t.text.lower() for t in tokens[start : i + 1])
        code = REGION_ADJECTIVES.get(key)
        if code is not None:
            return code, start
    return None


def agent_region(doc: ParsedDoc, members: tuple[Nucleus, ...], head: int, first: int) -> tuple[str, int] | None:
    """The region of an agent phrase starting at ``first``: a NORP name among its nuclei ("European"),
    or a region adjective just before it ("Western"); with where the mention then starts."""
    for n in members:
        if n.kind is NucleusKind.UNKNOWN and n.label == "NORP":
            code = REGION_ADJECTIVES.get(tuple(t.text.lower() for t in doc.tokens[n.first : n.last]))
            if code is not None:
                return code, first
    return region_modifier(doc, head, first)


def region_around_adjective(doc: ParsedDoc, places: tuple[Nucleus, ...]) -> tuple[str, int] | None:
    """A nationality adjective that is the second word of a region adjective ("Latin American")."""
    for n in places:
        if n.entry is not None and n.entry.kind is EntryKind.ADJECTIVE and n.first > 0:
            words = doc.tokens[n.first - 1 : n.last]
            code = REGION_ADJECTIVES.get(tuple(t.text.lower() for t in words))
            if code is not None and words[0].text[:1].isupper():
                return code, n.first - 1
    return None
