"""Group nuclei that form one noun phrase: titles, nationality modifiers, appositions.

A nucleus attaches to another when the dependency path from its head climbs
through modifier relations (compound, amod, poss, nmod, appos, flat) - or an
``of``/``from`` prepositional phrase - into the other's span, and the pair makes
sense (a country may qualify an agent, a person or an organisation; an agent
may title a person; a person or organisation may qualify an agent).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyads.actors.mentions.nuclei import Nucleus, NucleusKind
from dyads.kb import EntryKind
from dyads.records.parse import ParsedDoc

_CLIMB = frozenset({"compound", "amod", "poss", "nmod", "flat", "npadvmod", "nummod", "appos", "case"})
_CHAIN = frozenset({"compound", "amod", "nmod", "flat", "npadvmod"})
_OF_PREPS = frozenset({"of", "from"})
# a place after these qualifies a group of people: "opposition parties in Kenya", "students across Chile";
# not soldiers, whose presence somewhere says nothing of whose they are ("troops in Kosovo")
_IN_PREPS = frozenset({"in", "across", "throughout", "inside"})
_POSTED_ROLES = frozenset({"MIL", "IGO", "UAF"})
# who speaks "for" a body or a country is of it: "a spokesman [for] Human Rights Watch", "a spokeswoman for
# Iraq"; a representative only of a body ("a representative for Toyota"; "the UN representative for Iraq"
# is no Iraqi)
_SPEAKERS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "mouthpiece"})
_AGENTS_FOR = _SPEAKERS_FOR | {"representative"}
_MAX_STEPS = 4


@dataclass(frozen=True, slots=True)
class Group:
    """Nuclei of one mention; ``members`` in text order, ``apposed`` those joined by apposition."""

    members: tuple[Nucleus, ...]
    apposed: frozenset[int]  # indexes into members
    root: int  # index of the member nothing else governs


def _kind(n: Nucleus) -> str:
    if n.kind is NucleusKind.AGENT:
        return "agent"
    if n.kind is NucleusKind.UNKNOWN:
        return "person" if n.label == "PERSON" else "unknown"
    assert n.entry is not None
    if n.entry.kind is EntryKind.PERSON:
        return "person"
    if n.entry.kind is EntryKind.ORGANISATION:
        return "org"
    return "place"  # country, adjective, seat


_ALLOWED = {
    "place": {"agent", "person", "org", "unknown"},
    "org": {"agent", "person", "unknown"},  # "African Union Commission": the unknown rest of a known name
    "agent": {"person", "agent"},
    "person": {"agent"},
    "unknown": {"agent"},
}


def group_nuclei(doc: ParsedDoc, nuclei: list[Nucleus]) -> list[Group]:
    """Partition nuclei into mention groups."""
    owner: dict[int, int] = {}
    for index, n in enumerate(nuclei):
        for i in range(n.first, n.last):
            owner[i] = index
    parent: dict[int, tuple[int, bool]] = {}
    for index, n in enumerate(nuclei):
        target = _governor(doc, n, owner, index, nuclei)
        if target is None:
            continue
        gov, apposed = target
        if _kind(nuclei[gov]) in _ALLOWED[_kind(n)] and not _creates_cycle(parent, index, gov):
            parent[index] = (gov, apposed)
    roots: dict[int, list[int]] = {}
    for index in range(len(nuclei)):
        roots.setdefault(_root(parent, index), []).append(index)
    groups = []
    for root, indexes in sorted(roots.items(), key=lambda kv: nuclei[kv[0]].first):
        indexes.sort(key=lambda k: nuclei[k].first)
        joined = frozenset(pos for pos, k in enumerate(indexes) if _via_appos(parent, k, root))
        groups.append(Group(tuple(nuclei[k] for k in indexes), joined, indexes.index(root)))
    return groups


_SEATED = frozenset({"base", "headquarter", "headquartered", "locate"})
_LED = frozenset({"lead", "command"})
_STANCE_PREFIXES = frozenset({"anti", "pro", "counter"})


_BYGONE = re.compile(r"(?:\bformer|\bone-time|\bonetime|\berstwhile|\bex-)\s*$", re.IGNORECASE)


def bygone_qualifier(doc: ParsedDoc, first: int) -> bool:
    """Whether a nationality word modifying a noun follows "former"/"one-time" ("the one-time [French]
    colony", "a former [British] protectorate"): the thing is no longer that country's."""
    tok = doc.tokens[first]
    return tok.dep in ("amod", "compound") and bool(_BYGONE.search(doc.text[max(0, tok.start - 14):tok.start]))


def stance_prefixed(doc: ParsedDoc, n: Nucleus) -> bool:
    """Whether a place is the object of a stance prefix, which names no actor: "an [anti-Syria]
    journalist", "pro-Russian separatists" (a stance, not a nationality)."""
    if _kind(n) != "place":
        return False
    first = doc.tokens[n.first]
    if first.text.lower().split("-")[0] in _STANCE_PREFIXES and "-" in first.text:
        return True
    if n.first >= 2 and doc.tokens[n.first - 1].text == "-" and not doc.tokens[n.first - 2].space_after:
        return doc.tokens[n.first - 2].text.lower() in _STANCE_PREFIXES
    return False


def _governor(doc: ParsedDoc, n: Nucleus, owner: dict[int, int], me: int,
              nuclei: list[Nucleus]) -> tuple[int, bool] | None:
    """The nucleus this one modifies, and whether by apposition; ``None`` if it heads its phrase."""
    tokens = doc.tokens
    tok = tokens[n.head]
    located = seated = False
    for step in range(_MAX_STEPS):
        dep = tok.dep
        allowed = _CLIMB if step == 0 else _CHAIN  # later hops only through modifier chains
        if dep in allowed:
            up = tok.head
        elif step == 0 and dep == "pobj" and tokens[tok.head].lemma in _OF_PREPS and tokens[tok.head].dep == "prep":
            up = tokens[tok.head].head
        elif (step == 0 and dep == "pobj" and tokens[tok.head].lemma == "for" and tokens[tok.head].dep == "prep"
              and tokens[tokens[tok.head].head].lemma.lower() in (_AGENTS_FOR if _kind(n) != "place" else _SPEAKERS_FOR)):
            up = tokens[tok.head].head
        elif (step == 0 and dep == "pobj" and tokens[tok.head].lemma in _IN_PREPS and tokens[tok.head].dep == "prep"
              and _kind(n) == "place"):
            up, located = tokens[tok.head].head, True
        else:
            return None
        seat = tokens[up]
        if step == 0 and _kind(n) in ("place", "org") and seat.lemma in _LED and dep == "npadvmod" and seat.dep == "amod":
            up = seat.head  # "[Vietnamese]-led forces" are that country's, "[NATO]-led troops" the alliance's
        elif step == 0 and _kind(n) == "place" and seat.lemma in _SEATED and seat.dep in ("acl", "amod") and seat.head != up:
            up, located, seated = seat.head, True, True  # "a newspaper [based in] Beirut", "a Moscow[-based] think tank"
        if up == tok.i:
            return None
        if up in owner:
            host = nuclei[owner[up]]
            # (where a body is based is part of its name: "the London-based Syrian Observatory")
            if located and not seated and (host.kind is not NucleusKind.AGENT or host.agent is None
                                           or host.agent.role in _POSTED_ROLES or _has_country(doc, host, owner, nuclei)):
                return None
            return (owner[up], dep == "appos") if owner[up] != me else None
        nxt = tokens[up]
        if nxt.pos not in {"NOUN", "PROPN", "ADJ"}:
            return None
        if step == 0 and dep in ("amod", "compound") and _kind(n) == "place":
            # "Israeli army bulldozers": the nationality and the agent both qualify another noun
            sibling = _agent_compound(doc, up, owner, nuclei, me)
            if sibling is not None:
                return (sibling, False)
        tok = nxt
    return None


def _agent_compound(doc: ParsedDoc, head: int, owner: dict[int, int], nuclei: list[Nucleus], me: int) -> int | None:
    """An agent nucleus compounded onto ``head`` beside a nationality ("[army] bulldozers")."""
    for c in doc.children(head):
        k = owner.get(c.i)
        if c.dep == "compound" and k is not None and k != me and nuclei[k].kind is NucleusKind.AGENT:
            return k
    return None


def _has_country(doc: ParsedDoc, agent: Nucleus, owner: dict[int, int], nuclei: list[Nucleus]) -> bool:
    """Whether a place already qualifies the agent ("the Afghan ambassador [in Islamabad]")."""
    for i in range(agent.first, agent.last):
        for c in doc.children(i):
            if c.dep in ("amod", "compound", "poss", "nmod") and c.i in owner and _kind(nuclei[owner[c.i]]) == "place":
                return True
    return False


def _creates_cycle(parent: dict[int, tuple[int, bool]], child: int, gov: int) -> bool:
    node = gov
    while node in parent:
        node = parent[node][0]
        if node == child:
            return True
    return gov == child


def _root(parent: dict[int, tuple[int, bool]], index: int) -> int:
    while index in parent:
        index = parent[index][0]
    return index


def _via_appos(parent: dict[int, tuple[int, bool]], index: int, root: int) -> bool:
    while index != root and index in parent:
        gov, apposed = parent[index]
        if apposed:
            return True
        index = gov
    return False
