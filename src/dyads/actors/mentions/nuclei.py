"""Nuclei: the pieces an actor mention is built from (names, agent nouns, unknown NER names)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from dyads.actors.mentions.matcher import AgentMatch, NameMatch
from dyads.kb import Agent, Entry, KnowledgeBase
from dyads.kb.names import name_key
from dyads.records.parse import ParsedDoc

_NER_LABELS = frozenset({"PERSON", "ORG", "NORP"})
_BYLINE_NOISE = frozenset({"by", "and", "reporter", "correspondent", "in", "staff", "writer", "editor"})


class NucleusKind(StrEnum):
    NAME = "name"  # a knowledge-base entry
    AGENT = "agent"  # an agent noun phrase (troops, foreign minister)
    UNKNOWN = "unknown"  # a PERSON/ORG/NORP entity the knowledge base does not know


@dataclass(frozen=True, slots=True)
class Nucleus:
    """Tokens ``[first, last)`` with what they are; ``head`` is the span's syntactic head."""

    first: int
    last: int
    head: int
    kind: NucleusKind
    entry: Entry | None = None
    agent: Agent | None = None
    label: str = ""  # NER label of an unknown name
    via: str = "dictionary"


def span_head(doc: ParsedDoc, first: int, last: int) -> int:
    """The token of ``[first, last)`` whose syntactic head lies outside the span (else the last)."""
    for tok in doc.tokens[first:last]:
        if not first <= tok.head < last or tok.head == tok.i:
            return tok.i
    return last - 1


def byline_keys(byline: str | None) -> frozenset[tuple[str, ...]]:
    """Folded names in a byline (``"By John Chan and Ann Lee"``), with each surname alone."""
    if not byline:
        return frozenset()
    keys: set[tuple[str, ...]] = set()
    for part in byline.replace(",", " and ").replace(";", " and ").split(" and "):
        key = tuple(w for w in name_key(part) if w not in _BYLINE_NOISE and w.isalpha())
        if key:
            keys.add(key)
            if len(key) > 1:
                keys.add(key[-1:])
    return frozenset(keys)


def name_nuclei(
    doc: ParsedDoc, kb: KnowledgeBase, matches: list[NameMatch], day: dt.date | None, *, via: str = "dictionary"
) -> list[Nucleus]:
    """Turn name matches into nuclei, choosing the entry valid on ``day``."""
    found = []
    for m in matches:
        entry = kb.best(m.kb_ids, day)
        if entry is not None:
            found.append(Nucleus(m.first, m.last, span_head(doc, m.first, m.last), NucleusKind.NAME, entry=entry, via=via))
    return found


# nouns for a body of people: an agent noun before one names the body's members ("the rebel council",
# "the opposition movement", "a student committee"); grammar, not a fact of any actor
_BODY_NOUNS = frozenset({"council", "committee", "movement", "alliance", "coalition", "front", "leadership",
                         "delegation", "faction", "bloc", "camp", "wing", "network", "command", "union",
                         "federation", "association", "organisation", "organization", "body", "group"})


def agent_nuclei(doc: ParsedDoc, matches: list[AgentMatch]) -> list[Nucleus]:
    """Agent nouns as nuclei; a capitalised one before the head of a longer organisation's name only
    qualifies it ("the [General] Confederation of Labour", "[General] Motors", "the [Police]
    Federation"), and is no agent of its own; one that heads the name ("the Israel Defence [Forces]")
    or follows it ("the Association of Chief [Police Officers]") is."""
    inside = [(e.first, e.last, span_head(doc, e.first, e.last)) for e in doc.entities
              if e.label == "ORG" and e.last - e.first > 1]
    out = []
    for m in matches:
        head = span_head(doc, m.first, m.last)
        if doc.tokens[m.first].text[:1].isupper() and any(
                f <= m.first and m.last <= h < last for f, last, h in inside):
            continue
        last = m.last
        if last < len(doc.tokens) and doc.tokens[head].dep == "compound" and doc.tokens[head].head == last and (
                doc.tokens[last].lemma.lower() in _BODY_NOUNS):
            head, last = last, last + 1  # "the rebel [council]": a body of rebels
        out.append(Nucleus(m.first, last, head, NucleusKind.AGENT, agent=m.agent, via="agent"))
    return out


def unknown_nuclei(doc: ParsedDoc, taken: list[bool]) -> list[Nucleus]:
    """Maximal runs of PERSON/ORG/NORP entity tokens that nothing else took."""
    found = []
    for ent in doc.entities:
        if ent.label not in _NER_LABELS:
            continue
        i = ent.first
        while i < ent.last:
            if taken[i] or doc.tokens[i].pos not in {"PROPN", "NOUN", "ADJ"}:
                i += 1
                continue
            j = i
            while j < ent.last and not taken[j] and (doc.tokens[j].pos in {"PROPN", "NOUN", "ADJ"} or _inner_hyphen(doc, j, i)):
                j += 1
            found.append(Nucleus(i, j, span_head(doc, i, j), NucleusKind.UNKNOWN, label=ent.label, via="ner"))
            i = j
    return found


def is_byline(doc: ParsedDoc, nucleus: Nucleus, keys: frozenset[tuple[str, ...]]) -> bool:
    """Whether a name span spells a byline name (or its surname)."""
    if not keys:
        return False
    key = name_key(doc.text[doc.tokens[nucleus.first].start : doc.tokens[nucleus.last - 1].end])
    key = tuple(w for w in key if w != "'s")
    return key in keys


def _inner_hyphen(doc: ParsedDoc, j: int, first: int) -> bool:
    """A hyphen inside a name, with no spaces around it ("Dlamini-Zuma")."""
    toks = doc.tokens
    return (j > first and j + 1 < len(toks) and toks[j].text == "-" and not toks[j - 1].space_after
            and not toks[j].space_after and toks[j + 1].pos == "PROPN")
