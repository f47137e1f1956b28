"""The loaded knowledge base: entries plus the token-tuple indexes the matcher uses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from dyads.kb.entries import Agent, Entry, EntryKind, Membership, Resolved, Statehood
from dyads.kb.names import FAMILY_NAME_FIRST, is_acronym, name_key

# roles a person is given after leaving office (CAMEO "elites": former officials)
FORMER_ROLE = "ELI"
_OFFICE_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})
# which entry to prefer when several share a name: user entries, then this order
_KIND_RANK = {
    EntryKind.PERSON: 0,
    EntryKind.ORGANISATION: 1,
    EntryKind.COUNTRY: 2,
    EntryKind.SEAT: 3,
    EntryKind.ADJECTIVE: 4,
}


@dataclass(frozen=True, slots=True)
class NameIndex:
    """Token-tuple → entry ids, with the candidate lengths per first token (longest match first)."""

    keys: Mapping[tuple[str, ...], tuple[str, ...]]
    lengths: Mapping[str, tuple[int, ...]]
    cased: frozenset[tuple[str, ...]]  # keys that must be written in capitals (acronyms)

    @classmethod
    def build(cls, named: Iterable[tuple[str, str]]) -> NameIndex:
        """``named`` yields ``(name, kb_id)`` pairs; earlier pairs rank first for equal keys."""
        keys: dict[tuple[str, ...], list[str]] = {}
        plain: set[tuple[str, ...]] = set()
        acronyms: set[tuple[str, ...]] = set()
        for name, kb_id in named:
            key = name_key(name)
            if not key:
                continue
            ids = keys.setdefault(key, [])
            if kb_id not in ids:
                ids.append(kb_id)
            (acronyms if is_acronym(name) else plain).add(key)
        lengths: dict[str, set[int]] = {}
        for key in keys:
            lengths.setdefault(key[0], set()).add(len(key))
        return cls(
            keys=MappingProxyType({k: tuple(v) for k, v in keys.items()}),
            lengths=MappingProxyType({k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}),
            cased=frozenset(acronyms - plain),
        )


@dataclass(frozen=True, slots=True)
class AgentIndex:
    """Lemma-tuple → agent, longest match first."""

    keys: Mapping[tuple[str, ...], Agent]
    lengths: Mapping[str, tuple[int, ...]]

    @classmethod
    def build(cls, agents: Iterable[Agent]) -> AgentIndex:
        keys: dict[tuple[str, ...], Agent] = {}
        for agent in agents:
            key = tuple(agent.phrase.lower().split())
            keys[key] = agent
        lengths: dict[str, set[int]] = {}
        for key in keys:
            lengths.setdefault(key[0], set()).add(len(key))
        return cls(
            keys=MappingProxyType(keys),
            lengths=MappingProxyType({k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}),
        )


def surname_index(entries: Iterable[Entry]) -> Mapping[str, tuple[str, ...]]:
    """People by the last word of their name and aliases (folded as names are matched), and by the first
    where the family name comes first ("Lee Hsien Loong": lee)."""
    found: dict[str, list[str]] = {}
    for e in entries:
        if e.kind is not EntryKind.PERSON or not e.spells:
            continue
        for name in (e.name, *e.aliases):
            key = name_key(name)
            words = [key[-1]] + ([key[0]] if len(key) > 1 and e.country in FAMILY_NAME_FIRST else []) if key else []
            for word in words:
                if word.isalpha() and len(word) > 2 and e.kb_id not in found.setdefault(word, []):
                    found[word].append(e.kb_id)
    return MappingProxyType({k: tuple(v) for k, v in found.items()})


def given_name_set(entries: Iterable[Entry]) -> frozenset[str]:
    """The first words of people's names (folded): a word that is someone's given name ("Gabriel",
    "Howard") names nobody for sure on its own."""
    return frozenset(key[0] for e in entries if e.kind is EntryKind.PERSON
                     for name in (e.name, *e.aliases) if len(key := name_key(name)) >= 2)


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """Every known actor, indexed for matching. Build it with ``load_knowledge_base``."""

    entries: Mapping[str, Entry]
    names: NameIndex
    agents: AgentIndex
    memberships: tuple[Membership, ...] = ()
    files: tuple[str, ...] = field(default=())
    surnames: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # folded last name -> people
    given_names: frozenset[str] = frozenset()  # folded first words of people's names
    designators: Mapping[str, str] = field(default_factory=dict)  # last word of a body's name -> role ("corp": BUS)
    states: Mapping[str, Statehood] = field(default_factory=dict)  # a state's code and its other codes -> its history

    def entry(self, kb_id: str) -> Entry:
        return self.entries[kb_id]

    def office_holder(self, surname: str, day: dt.date | None, *, role: str | None = None,
                      title: str | None = None) -> Entry | None:
        """The one person of that surname in office on ``day`` ("President Mugabe" in 2005), or ``None``
        when nobody, or more than one, is.  With no day, the one person of that surname who ever held
        an office.  With the ``role`` a title gives ("Opposition Leader Howard": OPP), the one holding a
        spell of that role comes first (Michael Howard in 2004, not John Howard), opposition and rebel
        leaders included."""
        key = name_key(surname)
        if not key:
            return None
        people = [self.entries[k] for k in self.surnames.get(key[-1], ())]
        if role is not None:
            titled = [e for e in people if any((day is None or s.covers(day)) and s.role == role for s in e.spells)]
            if len(titled) == 1:
                return titled[0]
            words = (title or "").lower().strip()
            if words and len(titled) > 1:  # "Prime Minister Lee" in 2007: the one whose post is so called
                named = [e for e in titled if any((day is None or s.covers(day)) and s.role == role
                                                  and words in s.title.lower() for s in e.spells)]
                if len(named) == 1:
                    return named[0]
        holders = [e for e in people
                   if any((day is None or s.covers(day)) and s.role in _OFFICE_ROLES for s in e.spells)]
        return holders[0] if len(holders) == 1 else None

    def lookup(self, name: str, day: dt.date | None = None) -> Entry | None:
        """The best entry for a name as written (``"Dmitry Medvedev"``) on ``day``."""
        return self.best(self.names.keys.get(name_key(name), ()), day)

    def best(self, kb_ids: Iterable[str], day: dt.date | None) -> Entry | None:
        """Choose among entries sharing a name: valid on ``day``, user first, in office first."""
        ranked: list[tuple[tuple[int, int, int, int], Entry]] = []
        for order, kb_id in enumerate(kb_ids):
            entry = self.entries[kb_id]
            if not entry.valid_on(day):
                continue
            in_office = 0 if (day is not None and any(s.covers(day) for s in entry.spells)) else 1
            user = 0 if entry.source.startswith("user") else 1
            ranked.append(((user, in_office, _KIND_RANK[entry.kind], order), entry))
        return min(ranked, key=lambda pair: pair[0])[1] if ranked else None

    def resolve(self, entry: Entry, day: dt.date | None) -> Resolved:
        """The code an entry stands for on ``day`` (``None``: the latest known)."""
        if entry.kind is EntryKind.PERSON and entry.spells:
            return _resolve_person(entry, day)
        if entry.kind is EntryKind.SEAT:
            return Resolved(f"{entry.country}GOV", entry.country, "GOV")
        if entry.code:
            return Resolved(entry.code, entry.country, entry.role)
        role = entry.role or None
        return Resolved(f"{entry.country or ''}{role or ''}" or None, entry.country, role)

    def members(self, org_id: str, year: int) -> tuple[str, ...]:
        """Countries that belong to an organisation in ``year``."""
        return tuple(
            m.country
            for m in self.memberships
            if m.org_id == org_id
            and (m.start_year is None or m.start_year <= year)
            and (m.end_year is None or year <= m.end_year)
        )

    def state_on(self, code: str, day: dt.date | None) -> str:
        """The state whose land a place of country ``code`` (as the gazetteer writes it) was on ``day``:
        "XKX" -> KSV; Juba's "SSD" -> SDN before South Sudan's independence."""
        state = self.states.get(code)
        return state.on(day) if state is not None else code

    def country_entry(self, code: str) -> Entry | None:
        return self.entries.get(f"country:{code}")


def _resolve_person(entry: Entry, day: dt.date | None) -> Resolved:
    spells = entry.spells
    if day is None:
        latest = max(spells, key=lambda s: (s.start or dt.date.min))
        return Resolved(latest.code, latest.country or None, latest.role, latest.title)
    current = [s for s in spells if s.covers(day)]
    if current:
        spell = current[0]
        return Resolved(spell.code, spell.country or None, spell.role, spell.title)
    past = [s for s in spells if s.end is not None and s.end < day]
    country = entry.country or next((s.country for s in spells if s.country), None)
    if past and any(s.role in _OFFICE_ROLES for s in past):
        return Resolved(f"{country}{FORMER_ROLE}", country, FORMER_ROLE, "former " + past[-1].title)
    return Resolved(country, country, None) if country else Resolved(None, None, None)
