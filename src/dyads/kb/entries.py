"""Frozen records of the knowledge base: named actors, dated roles, agent nouns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class EntryKind(StrEnum):
    """What a named knowledge-base entry stands for."""

    COUNTRY = "country"  # a state or territory by name ("China", "the United States")
    ADJECTIVE = "adjective"  # a nationality adjective or demonym ("Chinese", "Russians")
    SEAT = "seat"  # a capital or seat of power standing for the government ("Moscow", "the Kremlin")
    PERSON = "person"
    ORGANISATION = "organisation"  # IGOs, media, companies, armed groups, parties


class AgentKind(StrEnum):
    """How an agent noun behaves when combined with a name."""

    TITLE = "title"  # can precede or stand for a person: president, foreign minister
    GROUP = "group"  # a body or group of people: troops, police, parliament, protesters


@dataclass(frozen=True, slots=True)
class Spell:
    """A dated role held by a person: ``code`` applies from ``start`` to ``end`` inclusive.

    ``None`` for ``start``/``end`` means unknown/open.
    """

    country: str
    role: str
    title: str
    start: dt.date | None
    end: dt.date | None
    source: str = ""
    org_code: str = ""  # a full code for roles in an organisation (IGOUNO for the UN Secretary-General)

    @property
    def code(self) -> str:
        return self.org_code or f"{self.country}{self.role}"

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """A named actor of the knowledge base.

    For countries, seats and adjectives ``country`` is the CAMEO/ISO3 code and
    ``role`` is empty (``GOV`` for seats).  Organisations carry their own
    ``code`` (``IGOWSTNAT``, ``CHNMED``...).  People carry ``spells``; their
    ``country`` is the nationality used outside any spell.
    """

    kb_id: str
    kind: EntryKind
    name: str
    aliases: tuple[str, ...]
    country: str | None
    role: str | None
    code: str | None = None
    spells: tuple[Spell, ...] = ()
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    source: str = ""

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@dataclass(frozen=True, slots=True)
class Agent:
    """An agent noun phrase (``troops``, ``foreign minister``) and its CAMEO role."""

    phrase: str
    role: str
    kind: AgentKind
    country: str | None = None  # a few agents imply a country ("Pentagon" is a seat, not an agent)


@dataclass(frozen=True, slots=True)
class Statehood:
    """Other codes of a state, and the state its land was part of before its independence."""

    code: str
    other_codes: tuple[str, ...] = ()
    part_of: str | None = None
    until: dt.date | None = None  # the day of independence: before it, the land was ``part_of``'s

    def on(self, day: dt.date | None) -> str:
        if self.part_of and self.until and day is not None and day < self.until:
            return self.part_of
        return self.code


@dataclass(frozen=True, slots=True)
class Membership:
    """A state's membership of an organisation, by year (``None`` = open)."""

    org_id: str
    country: str
    status: str
    start_year: int | None
    end_year: int | None


@dataclass(frozen=True, slots=True)
class Resolved:
    """What an entry means on a given day: a code and its parts."""

    code: str | None
    country: str | None
    role: str | None
    title: str = ""


def parse_date(text: str, *, end: bool = False) -> dt.date | None:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a partial end date runs to the period's end."""
    text = text.strip()
    if not text:
        return None
    parts = text.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    month = int(parts[1])
    if len(parts) == 2:
        if not end:
            return dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(year, month, int(parts[2]))
