"""Refugees are of the country they flee: "refugees fleeing the civil war in Liberia" are LBRREF,
"refugees who fled Somalia" SOMREF, "thousands of refugees fled from Burundi into Tanzania" BDIREF.

Refugees never take the country of the place they are in (see :mod:`dyads.actors.focal`); the verb of
flight in their own phrase, or the one they are the subject of, says where they come from: the first
country named below it, outside its "to"/"into"/"towards" phrases (where they go).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from dyads.actors.compose import Draft
from dyads.records.parse import ParsedDoc

_FLIGHT = frozenset({"flee", "escape", "leave"})
_DESTINATION = frozenset({"to", "into", "towards", "toward", "for", "across"})


def refugees_origin(doc: ParsedDoc, drafts: list[Draft], named: Iterable[tuple[int, str]]) -> list[Draft]:
    countries = dict(named)
    out = []
    for d in drafts:
        if d.role == "REF" and not d.country and not d.person:
            country = _origin(doc, d.head, countries)
            if country:
                d = replace(d, country=country, code=f"{country}{d.role}", via="origin")
        out.append(d)
    return out


def _origin(doc: ParsedDoc, head: int, countries: dict[int, str]) -> str | None:
    tok = doc.tokens[head]
    verbs = [c.i for c in doc.children(head) if c.dep in ("acl", "relcl") and c.lemma in _FLIGHT]
    if tok.dep == "nsubj" and doc.tokens[tok.head].lemma in _FLIGHT:
        verbs.append(tok.head)
    if tok.dep == "pobj" and doc.tokens[tok.head].lemma == "of":  # "thousands of [refugees] fled"
        top = doc.tokens[doc.tokens[tok.head].head]
        if top.dep == "nsubj" and doc.tokens[top.head].lemma in _FLIGHT:
            verbs.append(top.head)
    for v in verbs:
        queue = [c.i for c in doc.children(v) if c.dep not in ("nsubj", "nsubjpass", "aux", "neg", "advcl", "conj")]
        while queue:
            j = queue.pop(0)
            t = doc.tokens[j]
            if t.dep == "prep" and t.lemma in _DESTINATION:
                continue
            if j in countries:
                return countries[j]
            queue.extend(c.i for c in doc.children(j))
    return None
