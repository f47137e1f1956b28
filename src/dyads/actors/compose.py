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
from types import MappingProxyType

from dyads.actors.mentions.groups import Group
from dyads.actors.mentions.nuclei import Nucleus, NucleusKind
from dyads.actors.regions import agent_region, region_around_adjective
from dyads.kb import AgentKind, Entry, EntryKind, KnowledgeBase, Resolved
from dyads.kb.knowledge import FORMER_ROLE
from dyads.records.parse import ParsedDoc

LOCATION_PREPS = frozenset({"in", "inside", "near", "outside", "across", "throughout", "through", "within", "around", "via"})
# for a capital, "to"/"into"/"from"/"at" make a place after movement ("flew to Pyongyang", "a visit to
# Moscow"); a country after them stays an actor ("sent arms to Pakistan", "a visit to China")
MOTION_PREPS = frozenset({"to", "into", "from", "at", "towards", "toward", "for"})
MOTION_WORDS = frozenset({
    "go", "fly", "travel", "arrive", "return", "come", "head", "move", "march", "drive", "visit", "trip",
    "flight", "journey", "way", "road", "route", "flee", "evacuate", "retreat", "advance", "cross", "land",
    "sail", "deploy", "meet", "meeting", "summit", "talk", "hold", "take", "place", "be", "stay", "live",
    "base", "station",
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


@dataclass(frozen=True, slots=True)
class _Phrase:
    """What a group says, gathered once: span, country context, title role, members by kind."""

    doc: ParsedDoc
    kb: KnowledgeBase
    day: dt.date | None
    first: int
    last: int
    country: str | None
    role: str | None
    title: str
    members: tuple[Nucleus, ...]
    orgs: tuple[Nucleus, ...]
    places: tuple[Nucleus, ...]

    def text(self, n: Nucleus) -> str:
        return self.doc.text[self.doc.tokens[n.first].start : self.doc.tokens[n.last - 1].end]

    def org(self) -> tuple[Entry, Resolved]:
        entry = _entry(self.orgs[0])
        return entry, self.kb.resolve(entry, self.day)


def compose(doc: ParsedDoc, group: Group, kb: KnowledgeBase, day: dt.date | None) -> Draft | None:
    """The draft mention of one group, or ``None`` when it is no actor (a place, the byline...)."""
    members = group.members
    if any(n.via == "byline" for n in members):  # the author, with any title: not an actor
        return None
    people = [n for n in members if _is_person(n)]
    agents = [n for n in members if n.kind is NucleusKind.AGENT]
    root = members[group.root]
    span = [n for k, n in enumerate(members) if k not in group.apposed]
    first, last = min(n.first for n in span), max(n.last for n in span)
    places = tuple(n for n in members if n.entry is not None and n.entry.kind in _PLACE_KINDS)
    root_agent = root if root.kind is NucleusKind.AGENT else (agents[-1] if agents else None)
    role = root_agent.agent.role if root_agent and root_agent.agent else None
    former = _former_token(doc, members)
    if role and former is not None:
        role, first = FORMER_ROLE, min(first, former)
    if role and root_agent is not None and root_agent.agent and root_agent.agent.kind is AgentKind.TITLE:
        role = _qualified_role(doc, root_agent, role)
        if role == "GOV" and _unknown_body(doc, root_agent, members):
            role = None  # "PFP chairman James Soong", "Visa's vice president": the head of a body no one knows
    phrase = _Phrase(
        doc, kb, day, first, last,
        country=_entry(places[0]).country if places else None,
        role=role,
        title=root_agent.agent.phrase if root_agent and root_agent.agent else "",
        members=members,
        orgs=tuple(n for n in members if n.entry is not None and n.entry.kind is EntryKind.ORGANISATION),
        places=places,
    )
    if people:
        return _person(phrase, people[0])
    if root_agent is not None:
        return _agent(phrase, root_agent)
    if phrase.orgs:
        entry, r = phrase.org()
        if phrase.country and r.country and phrase.country != r.country and r.role in _STATE_BODY_ROLES:
            # "the Brazilian Congress": a nationality before a state body's generic name names its country
            return Draft(first, last, phrase.orgs[0].head, f"{phrase.country}{r.role}", phrase.country, r.role,
                         entry.name, None, "adjective")
        if phrase.country and not r.country and (r.code or "").startswith(_NGO) and _before(phrase, phrase.orgs[0]):
            # "the Kenyan Red Cross", "the Iraqi Red Crescent": a nationality before a movement's name names
            # its society in that country, a national NGO
            return Draft(first, last, phrase.orgs[0].head, f"{phrase.country}{_NGO}", phrase.country, _NGO,
                         entry.name, None, "adjective")
        return Draft(first, last, phrase.orgs[0].head, r.code, r.country, r.role, entry.name, entry.kb_id, phrase.orgs[0].via)
    if root.kind is NucleusKind.UNKNOWN:
        if phrase.country is None:
            return None
        kind = _body_role(doc, kb, root)  # "the Nigerian Union of Teachers": a union, NGALAB
        return Draft(first, last, root.head, f"{phrase.country}{kind or ''}", phrase.country, kind, phrase.text(root),
                     None, "ner")
    return _place(phrase, root)


_PLACE_KINDS = frozenset({EntryKind.COUNTRY, EntryKind.ADJECTIVE, EntryKind.SEAT})
_NGO = "NGO"
COUNTERPARTS = frozenset({"counterpart", "counterparts"})  # a title of the other side's holder of one's post


def _before(ph: _Phrase, org: Nucleus) -> bool:
    """Whether a nationality adjective comes before the organisation's name ("the Iraqi Red Crescent", not
    "the Red Cross in Iraq", nor where it is based: "US based Human Rights Watch")."""
    return any(p.last <= org.first and p.entry is not None and p.entry.kind is EntryKind.ADJECTIVE for p in ph.places)


_PLURAL_NOUNS = frozenset({"NNS", "NNPS"})
_STATE_BODY_ROLES = frozenset({"LEG", "GOV", "JUD", "MIL", "COP", "SPY"})


def _body_role(doc: ParsedDoc, kb: KnowledgeBase, name: Nucleus) -> str | None:
    """The role an unknown organisation's name gives itself by the kind of body its head word names
    (an agent noun of kind ``group``: "... Union of Teachers" LAB, "... University" EDU, "... Army" MIL)."""
    if name.label not in ("ORG", "NORP", "FAC"):
        return None
    agent = kb.agents.keys.get((doc.tokens[name.head].lemma.lower(),))
    if agent is not None and agent.kind is AgentKind.GROUP:
        return agent.role
    if name.label != "ORG":
        return None
    # a company's legal form or usual last word: "Siebel Systems", "Nippon Oil Corp.", "Acme K.K."
    return kb.designators.get(doc.tokens[name.last - 1].text.lower().replace(".", ""))


def _entry(n: Nucleus) -> Entry:
    if n.entry is None:
        raise ValueError(f"nucleus {n.first}-{n.last} has no knowledge-base entry")
    return n.entry


def _is_person(n: Nucleus) -> bool:
    if n.kind is NucleusKind.UNKNOWN:
        return n.label == "PERSON"
    return n.entry is not None and n.entry.kind is EntryKind.PERSON


def _person(ph: _Phrase, p: Nucleus) -> Draft:
    """A known person by date (a title only fills a gap), or an unknown one by title and nationality;
    an unknown name that is the surname of the one person in office that day is that person
    ("President Mugabe" in 2005)."""
    if p.entry is None and p.kind is NucleusKind.UNKNOWN and ph.role and len(ph.text(p).split()) == 1:
        holder = ph.kb.office_holder(ph.text(p), ph.day, role=ph.role, title=ph.title)
        if holder is not None and ph.country in (None, holder.country):
            p = replace(p, entry=holder, via="surname")
    if p.entry is not None:
        r = ph.kb.resolve(p.entry, ph.day)
        if ph.orgs and ph.role and r.role != FORMER_ROLE and not ph.country:
            # "OAS Secretary General Jose Miguel Insulza": the office the text names is the person's role then
            _, org = ph.org()
            if org.code and not (r.code or "").startswith(org.code):
                return Draft(ph.first, ph.last, p.head, org.code, org.country, org.role, p.entry.name, p.entry.kb_id,
                             "title", person=True, title=ph.title)
        if (r.role and r.role != FORMER_ROLE) or not ph.role:
            return Draft(ph.first, ph.last, p.head, r.code, r.country, r.role, p.entry.name, p.entry.kb_id, p.via,
                         person=True, title=r.title)
        country = ph.country or r.country
        return Draft(ph.first, ph.last, p.head, f"{country or ''}{ph.role}", country, ph.role, p.entry.name,
                     p.entry.kb_id, "title", person=True, title=ph.title)
    if ph.orgs and not ph.country:  # "European Commission President Jose Manuel Barroso"
        _, r = ph.org()
        return Draft(ph.first, ph.last, p.head, r.code, r.country, r.role, ph.text(p), None, "title",
                     person=True, title=ph.title)
    if ph.country is None and ph.role is None:
        return Draft(ph.first, ph.last, p.head, None, None, None, ph.text(p), None, "ner", person=True)
    return Draft(ph.first, ph.last, p.head, f"{ph.country or ''}{ph.role or ''}", ph.country, ph.role, ph.text(p),
                 None, "title", person=True, title=ph.title)


def _agent(ph: _Phrase, agent: Nucleus) -> Draft:
    """An agent noun with its country ("Turkish troops"), or speaking for an organisation."""
    if ph.orgs:  # "Gazprom spokesman", "China's official Xinhua news agency": the organisation speaks
        entry, r = ph.org()
        return Draft(ph.first, ph.last, agent.head, r.code, r.country, r.role, entry.name, entry.kb_id, "agent")
    country, role, name, kb_id = ph.country, ph.role, None, None
    titled = agent.agent is not None and agent.agent.kind is AgentKind.TITLE
    for n in ph.members:  # "the Obama administration": a person qualifying an agent gives the country
        if n.entry is not None and n.entry.kind is EntryKind.PERSON and country is None:
            country = ph.kb.resolve(n.entry, ph.day).country
            if not titled:  # the administration is Obama's; "Bush's defence secretary" is not Bush
                name, kb_id = n.entry.name, n.entry.kb_id
    if ph.places and _entry(ph.places[0]).kind is EntryKind.SEAT and role is None:
        role = "GOV"
    first = ph.first
    widened = region_around_adjective(ph.doc, ph.places)  # "Latin American diplomats" are no Americans
    if widened is not None:
        country, first = widened[0], min(first, widened[1])
    if country is None:  # "Western diplomats", "the European envoy": a region, not a state
        region = agent_region(ph.doc, ph.members, agent.head, ph.first)
        if region is not None:
            country, first = region
    before = ph.doc.tokens[max(agent.first - 3, 0) : agent.first]
    head = ph.doc.tokens[agent.head]
    # only "the Russian leader", "the president": a singular definite title with no "of ..." after it
    definite = (
        any(t.lemma in {"the", "this", "that"} and t.dep == "det" for t in before)
        and head.tag in {"NN", "NNP"}
        and not any(t.head == agent.head and t.dep == "prep" for t in ph.doc.tokens[agent.last : agent.last + 2])
    )
    phrase = agent.agent.phrase if agent.agent else ""
    return Draft(first, ph.last, agent.head, f"{country or ''}{role or ''}" or None, country, role or None, name,
                 kb_id, "agent", title=phrase, agent_phrase=phrase if titled else "", definite=definite)


def _place(ph: _Phrase, n: Nucleus) -> Draft | None:
    """Countries by name or adjective; seats of power as the government, except as locations."""
    entry, doc = _entry(n), ph.doc
    head = doc.tokens[n.head]
    if entry.kind is EntryKind.ADJECTIVE:
        if head.dep == "amod" and doc.tokens[head.head].lemma in PLACE_NOUNS:
            return None
        if _in_location(doc, n.head, motion=False):
            return None
        if (head.tag in _PLURAL_NOUNS and head.dep not in {"amod", "compound", "nmod"} and n.last - n.first == 1
                and not any(c.dep == "det" and c.lemma == "the" for c in doc.children(n.head))):
            # "assure [Australians]", "killed three [Kenyans]": the people, not the state ("the Russians
            # blocked the resolution" is the state)
            return Draft(ph.first, ph.last, n.head, f"{entry.country}CVL", entry.country, "CVL",
                         _country_name(ph.kb, entry), entry.kb_id, "adjective")
        return Draft(ph.first, ph.last, n.head, entry.country, entry.country, None, _country_name(ph.kb, entry),
                     entry.kb_id, "adjective")
    if entry.kind is EntryKind.SEAT:
        if head.dep in {"compound", "nmod", "amod"} or _in_location(doc, n.head, motion=True):
            return None
        r = ph.kb.resolve(entry, ph.day)
        return Draft(ph.first, ph.last, n.head, r.code, r.country, r.role, _country_name(ph.kb, entry), entry.kb_id,
                     "capital")
    if _in_location(doc, n.head, motion=False):
        return None
    return Draft(ph.first, ph.last, n.head, entry.country, entry.country, None, entry.name, entry.kb_id, n.via)


def _in_location(doc: ParsedDoc, i: int, *, motion: bool) -> bool:
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
    if prep.lemma in LOCATION_PREPS:
        return True
    governor = doc.tokens[prep.head]
    if motion and prep.lemma in MOTION_PREPS:
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


_ROLE_ADJECTIVES = MappingProxyType({"military": "MIL", "army": "MIL", "naval": "MIL", "police": "COP", "intelligence": "SPY",
                    "opposition": "OPP", "rebel": "REB", "party": "PTY", "court": "JUD", "judicial": "JUD",
                    "company": "BUS", "parliamentary": "LEG", "congressional": "LEG",
                    "business": "BUS", "industry": "BUS", "corporate": "BUS", "union": "LAB", "labour": "LAB",
                    "labor": "LAB", "student": "EDU", "religious": "REL", "church": "REL", "tribal": "CVL",
                    "community": "CVL", "militia": "REB", "insurgent": "REB", "separatist": "REB",  # the coding conventions: REB for rebels and insurgents
                    "society": "NGO", "association": "NGO", "foundation": "NGO", "federation": "NGO",
                    "university": "EDU", "bank": "BUS", "firm": "BUS",
                    # a state's own offices: "Foreign Ministry spokesman Qin Gang" speaks for a state
                    "ministry": "GOV", "department": "GOV", "embassy": "GOV", "cabinet": "GOV"})
# titles that head any body, a state's only when no other body is named with them ("Society president")
_BODY_HEADS = frozenset({"president", "chairman", "chairwoman", "chair", "chief", "head", "director", "leader",
                         "executive", "vice president", "spokesman", "spokeswoman", "spokesperson"})


def _unknown_body(doc: ParsedDoc, agent: Nucleus, members: tuple[Nucleus, ...]) -> bool:
    """A title that heads any body, qualified by a name no nucleus covers ("[PFP] chairman", "[Visa]'s
    executive vice president"): the head of that body, not of a state."""
    if (agent.agent.phrase if agent.agent else "") not in _BODY_HEADS:
        return False
    covered = {i for n in members if n.entry is not None for i in range(n.first, n.last)}  # known names
    return any(c.dep in ("compound", "poss") and c.pos == "PROPN" and c.i not in covered and c.i < agent.first
               and c.lemma.lower() not in _ROLE_ADJECTIVES for c in doc.children(agent.head))


def _qualified_role(doc: ParsedDoc, agent: Nucleus, role: str) -> str:
    """ "military spokesman", "police official": a sector word before a generic title decides the role;
    so does the body a title is "of" ("the leader of Japan's main opposition party", "leaders of the
    opposition coalition": OPP)."""
    for t in doc.tokens[max(agent.first - 3, 0) : agent.head]:
        if t.head in range(agent.first, agent.last) or t.head == agent.head or t.dep in {"amod", "compound"}:
            # "union official", "Union president" opening a sentence; not "African Union chair", "Labour councillor"
            opening = t.i == 0 or doc.tokens[t.i - 1].sent != t.sent
            alone = t.pos != "PROPN" or (opening and not any(c.dep in ("compound", "amod") for c in doc.children(t.i)))
            if t.lemma.lower() in _ROLE_ADJECTIVES and alone:
                return _ROLE_ADJECTIVES[t.lemma.lower()]
    for prep in doc.children(agent.head):
        if prep.dep != "prep" or prep.lemma != "of":
            continue
        for body in doc.children(prep.i):
            if body.dep != "pobj":
                continue
            for t in (*doc.children(body.i), body):  # "main opposition party": the qualifier first
                if t.lemma in _ROLE_ADJECTIVES and t.pos != "PROPN" and (t is body or t.dep in {"amod", "compound"}):
                    return _ROLE_ADJECTIVES[t.lemma]
    return role


def _country_name(kb: KnowledgeBase, entry: Entry) -> str | None:
    country = kb.country_entry(entry.country or "")
    return country.name if country else entry.name
