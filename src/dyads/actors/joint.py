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
                    out[other] = _joined(d, e)
        other = _misparsed_partner(doc, d, by_head, drafts)
        if other is not None:
            out[other] = _joined(d, drafts[other])
    return out


def _joined(d: Draft, e: Draft) -> Draft:
    assert e.country is not None and d.role is not None
    return replace(d, country=e.country, code=f"{e.country}{d.role}", kb_id=None, name=None, via="joint")


def _misparsed_partner(doc: ParsedDoc, d: Draft, by_head: dict[int, int], drafts: list[Draft]) -> int | None:
    """The parser may hang the group's noun on the first nationality as its conjunct ("Sierra Leonean
    and [Liberian refugees]": the noun is conj of "Leonean"); that nationality, just before the "and",
    is then the group's partner as well."""
    tok = doc.tokens[d.head]
    other = by_head.get(tok.head) if tok.dep == "conj" else None
    if other is None:
        return None
    e = drafts[other]
    between = doc.tokens[e.last:d.first]
    if not between or any(t.dep not in ("cc", "punct") for t in between):
        return None
    if e.role is None and e.country and e.country != d.country and e.via == "adjective":
        return other
    return None


def _conjuncts(doc: ParsedDoc, i: int) -> list[int]:
    found, queue = [], [i]
    while queue:
        j = queue.pop()
        for c in doc.children(j):
            if c.dep == "conj" and c.i not in found:
                found.append(c.i)
                queue.append(c.i)
    return found
