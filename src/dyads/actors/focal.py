"""Bare state agents take the article's focal country when the article makes it clear.

"the government", "government troops", "the army", "a government spokesman in Juba" name a state
organ without saying whose. A coder reads the country from context; dyads does the same, in order:

1. the sentence names an IGO actor ("The African Union sent troops to Somalia") → left alone: the
   troops may be the IGO's;
2. the sentence names exactly one country or capital as a place ("a government spokesman in
   Juba"), or, for a state organ with no such place, as the country acting (a subject or possessor:
   "Seoul put its troops on alert") → that country; a country acted upon does not count ("the
   government suspended contact with the United States"), nor do nationality adjectives ("The
   Russian ambassador was summoned to the Foreign Office": the office is not Russian);
3. the sentence names two or more → left alone (ambiguous);
4. the sentence names none → the article's most frequent country among resolved actors (people,
   countries, capitals, agents with a nationality; not IGOs, not "the two countries"), if it has at
   least two mentions and strictly more than the runner-up; otherwise left alone.

Bare agents of a state sector (GOV, MIL, COP, SPY, JUD, LEG) are filled by every step, never
international ones ("peacekeepers"), and never a definite singular title ("the king", "the
president"), which names a person, not an organ; they get ``via="focal"``.  Groups of people
(rebels, insurgents, the opposition, students, workers, civilians...) take the country only of a place
their own sentence names as a location (step 2: "insurgents bombed a market in Baghdad"), never an
actor's country ("asked Iran to stop arming militias") and never the article's; refugees,
reporters and organisations never do (their country is where they come from, not where they are).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace

from dyads.actors.compose import COUNTERPARTS, Draft
from dyads.records.parse import ParsedDoc

STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
_GROUP_ROLES = frozenset({"REB", "INS", "OPP", "SEP", "PTY", "CVL", "EDU", "LAB", "BUS", "HLH", "AGR", "CRM", "UAF",
                          "REL", "ELI", "RAD"})
PLACED_ROLES = STATE_ROLES | _GROUP_ROLES  # roles whose country is where they are (not refugees, reporters, bodies)
_NOT_COUNTED = frozenset({"pair", "focal"})
_INTERNATIONAL = frozenset({"peacekeeper", "peacekeepers", "peacekeeping"})
_MIN_MENTIONS = 2
_OTHER = frozenset({"other", "fellow"})  # "Kasparov and the [other] opposition leaders": the same kind, the same country


def sentence_countries(doc: ParsedDoc, places: Iterable[tuple[int, str]]) -> dict[int, frozenset[str]]:
    """Sentence index → countries named in it, from ``(token index, country)`` place mentions."""
    found: dict[int, set[str]] = {}
    for i, country in places:
        found.setdefault(doc.tokens[i].sent, set()).add(country)
    return {s: frozenset(c) for s, c in found.items()}


def focal_country(drafts: Iterable[Draft]) -> str | None:
    """The article's most frequent actor country, or ``None`` when two countries tie for first."""
    counts: Counter[str] = Counter(
        d.country for d in drafts if d.country and d.role != "IGO" and d.via not in _NOT_COUNTED
    )
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MIN_MENTIONS or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


_OWN_PLACE_PREPS = frozenset({"from", "in", "of"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC"})


def _placed_elsewhere(doc: ParsedDoc, head: int) -> bool:
    """Whether a group's own phrase names a place ("workers [from Basra]"): the gazetteer, read later with
    the towns (dyads.events.targets.implied), says whose it is; the sentence's other places do not."""
    return any(p.dep == "prep" and p.lemma in _OWN_PLACE_PREPS and any(
        o.dep == "pobj" and o.ent_type in _PLACE_ENTITIES for o in doc.children(p.i)) for p in doc.children(head))


_PARTITIVES = frozenset({"group", "delegation", "team", "member", "number", "handful", "couple", "dozen"})


def _phrase_top(doc: ParsedDoc, head: int) -> int:
    """The word that carries a mention in its clause: "a group of [deputies]" -> group."""
    tok = doc.tokens[head]
    if tok.dep == "pobj":
        prep = doc.tokens[tok.head]
        if prep.lemma == "of" and doc.tokens[prep.head].lemma.lower() in _PARTITIVES:
            return prep.head
    return head


def _coordinated_state_organ(doc: ParsedDoc, d: Draft, by_head: Mapping[int, Draft]) -> str | None:
    """The country of a state organ or official coordinated with this one: "French Assembly president
    country the sentence names; "Israeli helicopters and [tanks]" -> Israeli tanks. A group said to be
    "other" ones of the same kind is of the partner's country too: "Kasparov and [the other opposition
    leaders]", "Iraqi officials and [other politicians]"."""
    other_ones = any(c.lemma.lower() in _OTHER for c in doc.children(d.head) if c.dep in ("amod", "det"))
    if d.role not in STATE_ROLES and not other_ones:
        return None
    top = doc.tokens[_phrase_top(doc, d.head)]
    partners = [top.head] if top.dep == "conj" else []
    partners += [c.i for c in doc.children(top.i) if c.dep == "conj"]
    for i in partners:
        other = by_head.get(i)
        if other is not None and other is not d and other.country and (other.role in STATE_ROLES or other_ones):
            return other.country
        # "Israeli helicopters and [tanks]": the nationality word of a coordinated noun no actor covers
        adjectives = [by_head[c.i] for c in doc.children(i) if c.dep in ("amod", "compound") and c.i in by_head]
        if other is None and len(adjectives) == 1 and adjectives[0].country and not adjectives[0].role:
            return adjectives[0].country
    return None


def _counterpart(d: Draft, drafts: list[Draft], doc: ParsedDoc) -> Draft:
    """"Mukherjee visited France, where he had talks with his [counterpart]": FRAGOV, the one country the
    sentence names that its owner (or, with none said, the officials before it) is not of; else left alone."""
    sent = doc.tokens[d.head].sent
    named = {o.country for o in drafts if o.country and not o.role and doc.tokens[o.head].sent == sent}
    owners = {c.i for c in doc.children(d.head) if c.dep == "poss"}
    own = {o.country for o in drafts if o.head in owners and o.country}
    if not owners:
        own = {o.country for o in drafts if o.country and o.role in STATE_ROLES and o.last <= d.first
               and doc.tokens[o.head].sent == sent}
    others = named - own
    if len(others) != 1:
        return d
    country = next(iter(others))
    return replace(d, country=country, code=f"{country}{d.role}", via="focal")


def assign_focal_country(doc: ParsedDoc, drafts: list[Draft], named: Mapping[int, frozenset[str]], *,
                         located: Mapping[int, frozenset[str]]) -> list[Draft]:
    """Give bare state agents a country from their sentence, else from the article (see module doc)."""
    article = focal_country(drafts)
    by_head = {_phrase_top(doc, d.head): d for d in drafts}
    out: list[Draft] = []
    for d in drafts:
        state = d.role in STATE_ROLES
        # an unknown person with a state title ("President Prosper Avril") is placed like a state organ,
        # but only by a place of its own sentence
        titled = d.via == "title" and state and not d.kb_id
        if not (d.via == "agent" or titled) or d.country or d.kb_id or not (state or d.role in _GROUP_ROLES) or (
                d.definite and d.agent_phrase):
            out.append(d)
            continue
        sent = doc.tokens[d.head].sent
        if doc.tokens[d.head].lemma.lower() in COUNTERPARTS:  # of the other side (see _counterpart)
            out.append(_counterpart(d, drafts, doc))
            continue
        if doc.tokens[d.head].lemma.lower() in _INTERNATIONAL or any(
            o.role == "IGO" and doc.tokens[o.head].sent == sent for o in drafts
        ):
            out.append(d)
            continue
        if not state and _placed_elsewhere(doc, d.head):
            out.append(d)  # "a missionary [from Calgary] was arrested in Lebanon": placed by its own phrase
            continue
        partner = _coordinated_state_organ(doc, d, by_head)
        if partner is not None:
            out.append(replace(d, country=partner, code=f"{partner}{d.role}", via="focal"))
            continue
        here = set(located.get(sent, frozenset()))
        if state and not titled and not here:  # a state organ may also belong to the country acting in its sentence
            here = set(named.get(sent, frozenset()))
        country = next(iter(here)) if len(here) == 1 else (article if not here and state and not titled else None)
        out.append(replace(d, country=country, code=f"{country}{d.role}", via="focal") if country else d)
    return out
