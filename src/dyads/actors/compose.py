"""Compose one actor code from a group of nuclei (title + country + name + organisation).

Rules, in order:
- a known person resolves by the article's date; an explicit title only fills the
  role when the knowledge base has no spell for that date;
- an unknown person gets the country of a nationality modifier and the role of
  a title ("Kazakh Defence Minister Adilbek Dzhaksybekov" → KAZGOV);
- an agent noun takes the country of its modifier, possessor or ``of`` phrase
  ("Japan's foreign minister" → JPNGOV), or the code of an organisation
  qualifying it; ``former`` makes a title ELI;
- countries are actors by name, adjectives unless they qualify a place noun
  ("the Chinese city of Dalian"); capitals and seats of power stand for the
  government except as locations (object of in/at/near..., or a noun modifier as
  in "the Moscow summit").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from dyads.actors.groups import Group
from dyads.actors.nuclei import Nucleus, NucleusKind
from dyads.kb import Entry, EntryKind, KnowledgeBase
from dyads.kb.knowledge import FORMER_ROLE
from dyads.records.parse import ParsedDoc

LOCATION_PREPS = frozenset({"in", "inside", "near", "outside", "across", "throughout", "within", "around", "via"})
COUNTRY_LOCATION_PREPS = LOCATION_PREPS
# "to"/"into"/"from"/"at" make a place only after motion ("flew to Pyongyang", "a visit to Moscow")
MOTION_PREPS = frozenset({"to", "into", "from", "at", "towards", "toward", "for"})
MOTION_WORDS = frozenset({
    "go", "fly", "travel", "arrive", "return", "come", "head", "move", "march", "drive", "visit", "trip",
    "flight", "journey", "return", "way", "road", "route", "pipeline", "deliver", "send", "export", "ship",
    "expel", "leave", "flee", "evacuate", "withdraw", "retreat", "advance", "cross", "land", "sail", "deploy",
    "meet", "meeting", "summit", "talk", "held", "hold", "take", "place", "be", "stay", "live", "base", "station",
})
# "north of Kyiv": a place
_AREA_WORDS = frozenset({"north", "south", "east", "west", "outskirts", "centre", "center", "suburb", "part", "street",
                         "heart", "edge", "city", "region", "capital", "northeast", "northwest", "southeast", "southwest"})
PLACE_NOUNS = frozenset({
    "city", "town", "village", "island", "islands", "province", "region", "territory", "border", "water",
    "sea", "coast", "capital", "soil", "airspace", "port", "district", "state", "county", "mainland",
    "peninsula", "side", "embassy", "consulate", "language", "people", "economy", "market", "history",
})
_FORMER = frozenset({"former", "ex", "ex-", "then"})


@dataclass(frozen=True, slots=True)
class Draft:
    """A mention before coreference: tokens ``[first, last)``, code and its parts."""

    first: int
    last: int
    head: int
    code: str | None
    country: str | None
    role: str | None
    name: str | None
    kb_id: str | None
    via: str
    person: bool = False
    title: str = ""
    agent_phrase: str = ""  # the title/agent words ("leader", "foreign minister") of a nameless mention
    definite: bool = False


def compose(doc: ParsedDoc, group: Group, kb: KnowledgeBase, day: dt.date | None) -> Draft | None:
    members = group.members
    people = [n for n in members if _is_person(n)]
    agents = [n for n in members if n.kind is NucleusKind.AGENT]
    orgs = [n for n in members if n.entry is not None and n.entry.kind is EntryKind.ORGANISATION]
    places = [n for n in members if n.entry is not None and n.entry.kind in _PLACE_KINDS]
    root = members[group.root]
    span = [n for k, n in enumerate(members) if k not in group.apposed]
    first, last = min(n.first for n in span), max(n.last for n in span)
    country = places[0].entry.country if places else None
    root_agent = root if root.kind is NucleusKind.AGENT else (agents[-1] if agents else None)
    title_role = root_agent.agent.role if root_agent and root_agent.agent else None
    title = root_agent.agent.phrase if root_agent and root_agent.agent else ""
    former = _former_token(doc, members)
    if title_role and former is not None:
        title_role = FORMER_ROLE
        first = min(first, former)
    if title_role and root_agent is not None and root_agent.agent.kind.value == "title":  # type: ignore[union-attr]
        title_role = _qualified_role(doc, root_agent, title_role)

    if people:
        return _person(doc, kb, day, people[0], first, last, country, title_role, title, orgs)
    if root_agent is not None:
        return _agent(doc, kb, day, root_agent, first, last, country, title_role, members, orgs, places)
    if orgs:
        org = orgs[0]
        r = kb.resolve(org.entry, day)  # type: ignore[arg-type]
        return Draft(first, last, org.head, r.code, r.country, r.role, org.entry.name, org.entry.kb_id, org.via)  # type: ignore[union-attr]
    if root.kind is NucleusKind.UNKNOWN:
        if country is None:
            return None
        return Draft(first, last, root.head, country, country, None, _text(doc, root), None, "ner")
    return _place(doc, kb, day, root, first, last)


_PLACE_KINDS = frozenset({EntryKind.COUNTRY, EntryKind.ADJECTIVE, EntryKind.SEAT})


def _is_person(n: Nucleus) -> bool:
    if n.kind is NucleusKind.UNKNOWN:
        return n.label == "PERSON"
    return n.entry is not None and n.entry.kind is EntryKind.PERSON


def _person(doc, kb, day, p: Nucleus, first, last, country, title_role, title, orgs) -> Draft:  # type: ignore[no-untyped-def]
    if p.entry is not None:
        r = kb.resolve(p.entry, day)
        if r.role and r.role != FORMER_ROLE or not title_role:
            return Draft(first, last, p.head, r.code, r.country, r.role, p.entry.name, p.entry.kb_id, p.via,
                         person=True, title=r.title)
        ctry = country or r.country
        return Draft(first, last, p.head, f"{ctry or ''}{title_role}", ctry, title_role, p.entry.name,
                     p.entry.kb_id, "title", person=True, title=title)
    if orgs and not country:
        r = kb.resolve(orgs[0].entry, day)
        return Draft(first, last, p.head, r.code, r.country, r.role, _text(doc, p), None, "title", person=True, title=title)
    if country is None and title_role is None:
        return Draft(first, last, p.head, None, None, None, _text(doc, p), None, "ner", person=True)
    return Draft(first, last, p.head, f"{country or ''}{title_role or ''}", country, title_role, _text(doc, p),
                 None, "title", person=True, title=title)


def _agent(doc, kb, day, agent: Nucleus, first, last, country, role, members, orgs, places) -> Draft | None:  # type: ignore[no-untyped-def]
    via = "agent"
    name = None
    kb_id = None
    if orgs:  # "Gazprom spokesman", "China's official Xinhua news agency": the organisation speaks
        r = kb.resolve(orgs[0].entry, day)
        return Draft(first, last, agent.head, r.code, r.country, r.role, orgs[0].entry.name,
                     orgs[0].entry.kb_id, "agent")
    for n in members:  # "the Obama administration": a person qualifying an agent gives the country
        if n.entry is not None and n.entry.kind is EntryKind.PERSON and country is None:
            country = kb.resolve(n.entry, day).country
            name, kb_id = n.entry.name, n.entry.kb_id
    if places and places[0].entry.kind is EntryKind.SEAT and role is None:
        role = "GOV"
    code = f"{country or ''}{role or ''}" or None
    definite = any(t.lemma in {"the", "this", "that"} and t.dep == "det" for t in doc.tokens[max(agent.first - 3, 0):agent.first])
    return Draft(first, last, agent.head, code, country, role or None, name, kb_id, via,
                 title=agent.agent.phrase if agent.agent else "",
                 agent_phrase=agent.agent.phrase if agent.agent else "", definite=definite)


def _place(doc, kb, day, n: Nucleus, first, last) -> Draft | None:  # type: ignore[no-untyped-def]
    entry: Entry = n.entry  # type: ignore[assignment]
    head = doc.tokens[n.head]
    if entry.kind is EntryKind.ADJECTIVE:
        if head.dep == "amod" and doc.tokens[head.head].lemma in PLACE_NOUNS:
            return None
        if _in_location(doc, n.head, COUNTRY_LOCATION_PREPS):
            return None
        return Draft(first, last, n.head, entry.country, entry.country, None, _country_name(kb, entry), entry.kb_id, "adjective")
    if entry.kind is EntryKind.SEAT:
        if head.dep in {"compound", "nmod", "amod"} or _in_location(doc, n.head, LOCATION_PREPS):
            return None
        r = kb.resolve(entry, day)
        return Draft(first, last, n.head, r.code, r.country, r.role, _country_name(kb, entry), entry.kb_id, "capital")
    if _in_location(doc, n.head, COUNTRY_LOCATION_PREPS):
        return None
    return Draft(first, last, n.head, entry.country, entry.country, None, entry.name, entry.kb_id, n.via)


def _in_location(doc: ParsedDoc, i: int, preps: frozenset[str]) -> bool:
    """Whether token ``i`` names a place here: object of in/near/..., of to/from/at after motion, or "north of"."""
    tok = doc.tokens[i]
    for _ in range(4):
        if tok.dep == "conj" or tok.dep == "appos":
            tok = doc.tokens[tok.head]
            continue
        break
    if tok.dep != "pobj":
        return False
    prep = doc.tokens[tok.head]
    if prep.lemma in preps:
        return True
    governor = doc.tokens[prep.head]
    if prep.lemma in MOTION_PREPS:
        return governor.lemma in MOTION_WORDS
    if prep.lemma == "of":
        return governor.lemma in _AREA_WORDS
    return False


def _former_token(doc: ParsedDoc, members: tuple[Nucleus, ...]) -> int | None:
    first = min(n.first for n in members)
    window = doc.tokens[max(first - 2, 0) : max(n.last for n in members)]
    for t in window:
        if t.text.lower() in _FORMER and t.dep in {"amod", "advmod", "compound"}:
            return t.i
    return None


_ROLE_ADJECTIVES = {"military": "MIL", "army": "MIL", "naval": "MIL", "police": "COP", "intelligence": "SPY",
                    "opposition": "OPP", "rebel": "REB", "party": "PTY", "court": "JUD", "judicial": "JUD",
                    "company": "BUS", "parliamentary": "LEG", "congressional": "LEG"}


def _qualified_role(doc: ParsedDoc, agent: Nucleus, role: str) -> str:
    """ "military spokesman", "police official": a sector word before a generic title decides the role."""
    for t in doc.tokens[max(agent.first - 3, 0) : agent.head]:
        if t.head in range(agent.first, agent.last) or t.head == agent.head or t.dep in {"amod", "compound"}:
            if t.lemma in _ROLE_ADJECTIVES:
                return _ROLE_ADJECTIVES[t.lemma]
    return role


def _country_name(kb: KnowledgeBase, entry: Entry) -> str | None:
    country = kb.country_entry(entry.country or "")
    return country.name if country else entry.name


def _text(doc: ParsedDoc, n: Nucleus) -> str:
    return doc.text[doc.tokens[n.first].start : doc.tokens[n.last - 1].end]


def with_code(draft: Draft, **changes: object) -> Draft:
    return replace(draft, **changes)  # type: ignore[arg-type]
