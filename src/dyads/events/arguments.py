"""Who: the source and target tokens of a predicate, and the actors they name."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from dyads.events.matching import is_passive
from dyads.records.actor import ActorMention
from dyads.records.parse import ParsedDoc

_SUBJ = ("nsubj", "csubj")
_INHERIT = frozenset({"xcomp", "conj", "advcl", "pcomp", "ccomp", "acomp", "dep"})
_NP_MODS = frozenset({"compound", "amod", "poss", "nmod", "appos", "npadvmod", "nummod", "quantmod"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our", "them", "him", "us"})


class UnresolvedActors(StrEnum):
    """What the coder does with a noun phrase no actor was resolved for."""

    KEEP = "keep"  # emit with an ActorMention whose code is None (lower confidence)
    DROP = "drop"  # leave the slot empty


@dataclass(frozen=True, slots=True)
class ActorIndex:
    """Actor mentions by token, built once per document."""

    by_token: Mapping[int, ActorMention]

    @classmethod
    def build(cls, actors: tuple[ActorMention, ...]) -> ActorIndex:
        index: dict[int, ActorMention] = {}
        for a in sorted(actors, key=lambda a: (a.last - a.first)):
            if a.first < 0:
                continue
            for i in range(a.first, a.last):
                index.setdefault(i, a)
            if a.head >= 0:
                index[a.head] = index.get(a.head, a)
        return cls(by_token=index)


def subject_tokens(doc: ParsedDoc, i: int, *, depth: int = 0) -> list[int]:
    """The token(s) acting as subject of predicate ``i`` (passive agent, control, conjunction)."""
    if depth > 6:
        return []
    tok = doc.tokens[i]
    kids = doc.children(i)
    if is_passive(doc, i):
        for c in kids:
            if c.dep == "agent":
                return [g.i for g in doc.children(c.i) if g.dep == "pobj"]
        if tok.dep not in _INHERIT:
            return []
    for c in kids:
        if c.dep in _SUBJ:
            if c.lemma in _RELATIVE and tok.dep == "relcl":
                return [tok.head]
            return [c.i]
    if tok.dep == "relcl":
        return []
    if tok.dep == "acl":
        return [tok.head] if tok.tag == "VBG" else []
    head = doc.tokens[tok.head]
    if tok.dep == "pcomp" or (tok.dep == "pobj" and tok.pos == "VERB"):
        return subject_tokens(doc, head.head, depth=depth + 1)  # "responded by summoning"
    if tok.dep == "xcomp":
        objs = [c.i for c in doc.children(head.i) if c.dep in ("dobj", "dative")]
        if objs:
            return objs  # "urged Uganda to repatriate"
        return subject_tokens(doc, head.i, depth=depth + 1)
    if tok.dep in _INHERIT and head.i != i:
        return subject_tokens(doc, head.i, depth=depth + 1)
    return []


def agent_of_noun(doc: ParsedDoc, i: int) -> list[int]:
    """The actor of a nominal event: possessor, "by" phrase or actor-naming modifier."""
    kids = doc.children(i)
    for c in kids:
        if c.dep == "poss":
            return [c.i]
    for c in kids:
        if c.dep == "prep" and c.lemma == "by":
            return [g.i for g in doc.children(c.i) if g.dep == "pobj"]
    return [c.i for c in kids if c.dep in ("amod", "compound", "nmod") and c.i < i]


def np_tokens(doc: ParsedDoc, i: int) -> list[int]:
    """The head ``i`` and its pre-modifiers (recursively), not crossing clauses or prepositions."""
    out, stack = [], [i]
    while stack:
        j = stack.pop()
        out.append(j)
        stack.extend(c.i for c in doc.children(j) if c.dep in _NP_MODS)
    return sorted(out)


def conjuncts(doc: ParsedDoc, i: int) -> list[int]:
    """``i`` and the tokens coordinated with it ("China and Russia")."""
    out, stack = [], [i]
    while stack:
        j = stack.pop()
        out.append(j)
        stack.extend(c.i for c in doc.children(j) if c.dep == "conj" and doc.tokens[c.i].pos in ("PROPN", "NOUN", "PRON", "ADJ"))
    return sorted(out)


def _of_phrase(doc: ParsedDoc, i: int) -> list[int]:
    return [g.i for c in doc.children(i) if c.dep == "prep" and c.lemma in ("of", "from", "in")
            for g in doc.children(c.i) if g.dep == "pobj"]


def actors_at(doc: ParsedDoc, i: int, index: ActorIndex, *, unresolved: UnresolvedActors,
              exclude: frozenset[int] = frozenset()) -> list[ActorMention]:
    """The actors named by the noun phrase headed at ``i``, one per conjunct."""
    found: list[ActorMention] = []
    for j in conjuncts(doc, i):
        mention = _actor_for_np(doc, j, index, exclude)
        if mention is None and unresolved is UnresolvedActors.KEEP:
            mention = _unresolved(doc, j)
        if mention is not None and all(m is not mention for m in found):
            found.append(mention)
    return found


def _actor_for_np(doc: ParsedDoc, j: int, index: ActorIndex, exclude: frozenset[int]) -> ActorMention | None:
    if j in index.by_token and j not in exclude:
        return index.by_token[j]
    for k in reversed(np_tokens(doc, j)):
        if k in index.by_token and k not in exclude:
            return index.by_token[k]
    for k in _of_phrase(doc, j):  # "the government of Liberia", "troops in Kosovo"
        for m in np_tokens(doc, k):
            if m in index.by_token and m not in exclude:
                return index.by_token[m]
    return None


def _unresolved(doc: ParsedDoc, j: int) -> ActorMention | None:
    tok = doc.tokens[j]
    if tok.pos not in ("PROPN", "NOUN") or tok.lemma in PRONOUNS:
        return None
    span = np_tokens(doc, j)
    first, last = span[0], span[-1] + 1
    while first < last and doc.tokens[first].dep in ("det", "poss") and doc.tokens[first].pos in ("DET", "PRON"):
        first += 1
    start, end = doc.tokens[first].start, doc.tokens[last - 1].end
    return ActorMention(
        doc_id=doc.doc_id, text=doc.text[start:end], start=start, end=end, code=None, country=None,
        role=None, name=None, first=first, last=last, head=j, via="unresolved",
    )
