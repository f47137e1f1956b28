"""Actor mentions: a span of the article resolved (or not) to a CAMEO actor."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """CAMEO primary role / sector codes used by dyads (three letters)."""

    GOV = "GOV"
    MIL = "MIL"
    LEG = "LEG"
    JUD = "JUD"
    COP = "COP"
    SPY = "SPY"
    OPP = "OPP"
    REB = "REB"
    INS = "INS"
    SEP = "SEP"
    PTY = "PTY"
    MED = "MED"
    BUS = "BUS"
    CVL = "CVL"
    EDU = "EDU"
    ELI = "ELI"
    LAB = "LAB"
    REF = "REF"
    REL = "REL"
    CRM = "CRM"
    HLH = "HLH"
    NGO = "NGO"
    IGO = "IGO"
    AGR = "AGR"
    DEV = "DEV"
    ENV = "ENV"
    HRI = "HRI"
    MOD = "MOD"
    RAD = "RAD"
    UAF = "UAF"
    NONE = ""


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention of an actor in an article.

    ``code`` is the CAMEO actor code (``RUSGOV``, ``CHNMED``, ``IGOASASCO``...),
    ``country`` the ISO3/CAMEO country, ``role`` the primary role, ``name`` the
    canonical name; ``kb_id`` names the knowledge-base entry that resolved it
    (``None`` when only NER and context gave the answer).
    """

    doc_id: str
    text: str
    start: int
    end: int
    code: str | None
    country: str | None
    role: str | None
    name: str | None
    kb_id: str | None = None
    first: int = -1  # token span [first, last) in the ParsedDoc
    last: int = -1
    head: int = -1  # the head token of the mention
    via: str = ""  # how it was resolved: dictionary, title, coref, agent, ner, capital...


UNKNOWN_COUNTRY = "---"  # the country part of a group's code when nothing establishes its country
_STATE_ROLES = frozenset({"", "GOV"})
_ORGANISATIONS = ("IGO", "NGO", "MNC")


def self_dyad(source: str | None, target: str | None) -> bool:
    """Both sides the same actor: USA -> USA, RUSGOV -> RUSGOV, and a state with its own government
    (CHN -> CHNGOV).  Sides that differ in role are fine (USAGOV -> USALEG); so are unknown ones."""
    if not source or not target:
        return False
    if source == target:
        return not source.startswith(UNKNOWN_COUNTRY)
    if source[:3] in _ORGANISATIONS or target[:3] in _ORGANISATIONS or source[:3] != target[:3]:
        return False
    return {source[3:], target[3:]} <= _STATE_ROLES


def countryless_group(actor: ActorMention) -> bool:
    """A group whose country nothing said (``---REB``), not an organisation with a code of its own."""
    return not actor.country and bool(actor.role) and actor.code == UNKNOWN_COUNTRY + (actor.role or "")
