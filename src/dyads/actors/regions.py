"""Regional adjectives: "European envoy", "Western diplomats", "African leaders".

An agent qualified by a region, not a country, takes the CAMEO *region* code as its
country part (``EUR``, ``WST``, ``AFR``...): "Western diplomats" -> ``WSTGOV``, "Asian
ministers" -> ``ASAGOV``.  A named IGO still wins ("EU envoy" -> ``IGOEUREEC``): the
adjective "European" is the continent, not the Union.  A region adjective wins over a
nationality adjective it contains ("Latin American diplomats" -> ``LAMGOV``, not ``USAGOV``).
Other group adjectives that name no country or region ("Kurdish officials", "Islamic
leaders") keep the bare role, as before.  Codes are those of the CAMEO actor codebook's
regions list.

The adjectives live in ``data/lexicon/regions.yaml``; :func:`load_region_words` reads and
checks that file (a malformed entry raises :class:`~dyads.errors.ResourceError` naming the
file and line).  The functions here are called from the actor composer with a parse and no
resources, so they reach the table through :func:`region_words`, a ``functools.cache`` of
the loader: read on first use (never at import), once per process, immutable.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

from dyads.actors.mentions.nuclei import Nucleus, NucleusKind
from dyads.kb import EntryKind
from dyads.lexicon import read_lexicon
from dyads.records.parse import ParsedDoc

FILE = "regions.yaml"
_CODE = re.compile(r"[A-Z]{3}")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


@dataclass(frozen=True, slots=True)
class RegionWords:
    """Region adjectives: one or two lower-case words -> CAMEO region code."""

    adjectives: Mapping[tuple[str, ...], str]


def load_region_words(*, path: Path | None = None) -> RegionWords:
    """Read and check the packaged ``regions.yaml``, or the file at ``path``."""
    lex = read_lexicon(FILE, path=path)
    out: dict[tuple[str, ...], str] = {}
    for phrase, key_node, node in lex.pairs(lex.section("regions"), "regions"):
        words = tuple(phrase.split())
        if not 1 <= len(words) <= 2 or not all(_WORD.fullmatch(w) for w in words):
            raise lex.error(key_node, f"regions: {phrase!r} must be one or two lower-case words")
        if words in out:
            raise lex.error(key_node, f"regions: {phrase!r} is given twice")
        code = lex.scalar(node, f"the code of {phrase!r}")
        if not _CODE.fullmatch(code):
            raise lex.error(node, f"regions: the code of {phrase!r} must be three capital letters, got {code!r}")
        out[words] = code
    return RegionWords(adjectives=MappingProxyType(out))


@cache
def region_words() -> RegionWords:
    """The packaged region adjectives, read on first use and then shared (see the module doc)."""
    return load_region_words()


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
    adjectives = region_words().adjectives
    for width in (2, 1):
        start = i - width + 1
        if start < 0 or tokens[start].sent != tokens[i].sent:
            continue
        key = tuple(t.text.lower() for t in tokens[start : i + 1])
        code = adjectives.get(key)
        if code is not None:
            return code, start
    return None


def agent_region(doc: ParsedDoc, members: tuple[Nucleus, ...], head: int, first: int) -> tuple[str, int] | None:
    """The region of an agent phrase starting at ``first``: a NORP name among its nuclei ("European"),
    or a region adjective just before it ("Western"); with where the mention then starts."""
    for n in members:
        if n.kind is NucleusKind.UNKNOWN and n.label == "NORP":
            code = region_words().adjectives.get(tuple(t.text.lower() for t in doc.tokens[n.first : n.last]))
            if code is not None:
                return code, first
    return region_modifier(doc, head, first)


def region_around_adjective(doc: ParsedDoc, places: tuple[Nucleus, ...]) -> tuple[str, int] | None:
    """A nationality adjective that is the second word of a region adjective ("Latin American")."""
    for n in places:
        if n.entry is not None and n.entry.kind is EntryKind.ADJECTIVE and n.first > 0:
            words = doc.tokens[n.first - 1 : n.last]
            code = region_words().adjectives.get(tuple(t.text.lower() for t in words))
            if code is not None and words[0].text[:1].isupper():
                return code, n.first - 1
    return None
