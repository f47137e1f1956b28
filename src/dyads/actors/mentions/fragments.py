"""Known surnames inside someone else's name: "Nkosazana Dlamini-Zuma" is not Jacob Zuma.

A dictionary person matched on part of a longer name is dropped (the longer name is then an unknown
person, who still takes a title's country and role) when:

- the match is joined by a hyphen, without spaces, to another capitalised word ("Dlamini-Zuma",
  "Zuma-Ncube"), or
- the match lies inside a longer PERSON entity whose other name words ("Khumbudzo" in "Khumbudzo
  Zuma") appear in none of the entry's names: a different person with the same surname. A given name
  that the entry knows ("Salva" for Salva Kiir) keeps the match.
"""

from __future__ import annotations

from dyads.actors.mentions.nuclei import Nucleus
from dyads.kb import EntryKind
from dyads.kb.names import name_key, token_key
from dyads.records.parse import ParsedDoc

_HYPHENS = frozenset({"-", "‐", "‑"})


def is_name_fragment(doc: ParsedDoc, n: Nucleus) -> bool:
    """Whether a dictionary person nucleus is only part of somebody else's longer name."""
    if n.entry is None or n.entry.kind is not EntryKind.PERSON:
        return False
    return _hyphen_joined(doc, n.first, n.last) or _inside_other_person(doc, n)


def _hyphen_joined(doc: ParsedDoc, first: int, last: int) -> bool:
    toks = doc.tokens
    if first >= 2 and toks[first - 1].text in _HYPHENS:
        left, dash = toks[first - 2], toks[first - 1]
        if not left.space_after and not dash.space_after and left.text[:1].isupper():
            return True
    if last + 1 < len(toks) and toks[last].text in _HYPHENS:
        dash, right = toks[last], toks[last + 1]
        if not toks[last - 1].space_after and not dash.space_after and right.text[:1].isupper():
            return True
    return False


def _inside_other_person(doc: ParsedDoc, n: Nucleus) -> bool:
    assert n.entry is not None
    known = {w for name in (n.entry.name, *n.entry.aliases) for w in name_key(name)}
    for ent in doc.entities:
        if ent.label != "PERSON" or not (ent.first <= n.first and n.last <= ent.last):
            continue
        if ent.last - ent.first <= n.last - n.first:
            continue
        extra = [t for t in doc.tokens[ent.first : ent.last] if not (n.first <= t.i < n.last)]
        words = [t for t in extra if t.pos == "PROPN" and t.text[:1].isupper() and t.text.isalpha()]
        if words and len(words) == len([t for t in extra if t.text.isalpha()]):
            if not any(token_key(t.text) in known for t in words):
                return True
    return False
