"""Joint nationalities on one noun: "French and Egyptian warships" are two actors, FRAMIL and EGYMIL.

The group around the noun takes the first nationality; each nationality coordinated with it
("French [and Egyptian]", "Russian, Chinese [and Indian]") would otherwise stay a bare country of its
own.  It becomes a copy of the group's mention with its own country, over the same span, as a pair
does ("the two countries"), so that a joint act of the two ("launched war games") is coded between them.
"""

from __future__ import annotations

from dataclasses import replace

from dyads.actors.compose import Draft
from dyads.records.parse import ParsedDoc

_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def split_joint_nationalities(doc: ParsedDoc, drafts: list[Draft]) -> list[Draft]:
    out = list(drafts)
    by_head = {d.head: k for k, d in enumerate(drafts)}
    for d in drafts:
        if d.role is None or d.country is None or d.person or d.via == "pair":
            continue
        for i in range(d.first, d.last):
            tok = doc.tokens[i]
            if tok.dep not in _MODIFIERS or not (d.first <= tok.head < d.last) or tok.i == d.head:
                continue
            for j in _conjuncts(doc, i):
                other = by_head.get(j)
                if other is None:
                    continue
                e = drafts[other]
                if e.role is None and e.country and e.country != d.country and e.via == "adjective":
                    out[other] = replace(d, country=e.country, code=f"{e.country}{d.role}", kb_id=None, name=None,
                                         via="joint")
    return out


def _conjuncts(doc: ParsedDoc, i: int) -> list[int]:
    found, queue = [], [i]
    while queue:
        j = queue.pop()
        for c in doc.children(j):
            if c.dep == "conj" and c.i not in found:
                found.append(c.i)
                queue.append(c.i)
    return found
