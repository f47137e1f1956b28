"""The event coder: a parsed article and its actors -> CAMEO/PLOVER events."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from dyads.actors.compose import COUNTERPARTS
from dyads.cameo.codebook import Codebook
from dyads.events.building import build_event
from dyads.events.context import Context
from dyads.events.merging import merge_events
from dyads.events.patterns.loading import PatternSet
from dyads.events.sentence import RawEvent, code_sentence
from dyads.events.sides.arguments import ActorIndex, UnresolvedActors
from dyads.events.sides.doers import armed_strike, by_whom, removed_from_post
from dyads.events.subsumed import drop_subsumed
from dyads.events.targets.anaphora import aim_at_doers, aim_at_makers, fill_act_targets
from dyads.events.targets.implied import imply_targets
from dyads.events.targets.places import PlaceLookup, Towns
from dyads.events.tree import IndexedDoc
from dyads.kb import KnowledgeBase
from dyads.records.actor import ActorMention, self_dyad
from dyads.records.event import Event
from dyads.records.parse import ParsedDoc


def _no_self_target(raw: RawEvent) -> RawEvent:
    """A target that is the source itself (KOR -> KOR, CHN -> CHNGOV, or words of the source's own
    mention) is no target: no coder writes it."""
    s, t = raw.source, raw.target
    if s is None or t is None:
        return raw
    same_words = s.start < t.end and t.start < s.end and s.code == t.code  # not "the two countries": two actors
    self_target = same_words or (self_dyad(s.code, t.code) and not _two_bodies(s, t))
    return replace(raw, target=None) if self_target else raw




def _as_counterpart(this: ActorMention, other: ActorMention) -> ActorMention | None:
    """``this`` in ``other``'s role, when ``this`` is a counterpart of a known country and another role."""
    word = this.text.lower().rsplit(" ", 1)[-1]
    if word in COUNTERPARTS and this.country and other.role and other.role != this.role:
        return replace(this, role=other.role, code=this.country + other.role)
    return None


def _counterpart_role(raw: RawEvent) -> RawEvent:
    """"The Syrian army chief met his Turkish [counterpart]": a counterpart holds the other side's role
    (TURMIL, not the title's default TURGOV)."""
    s, t = raw.source, raw.target
    if s is None or t is None:
        return raw
    if (new := _as_counterpart(t, s)) is not None:
        return replace(raw, target=new)
    if (new := _as_counterpart(s, t)) is not None:
        return replace(raw, source=new)
    return raw


# roles whose members are bodies of their own: two companies, unions or parties of one country are two sides
_BODY_ROLES = frozenset({"BUS", "LAB", "MED", "NGO", "EDU", "OPP", "REB", "PTY", "REL", "HLH"})


def _named_person(m: ActorMention) -> bool:
    return (m.kb_id or "").startswith("person:") or (m.kb_id is None and bool(m.name) and m.via in ("title", "ner"))


def _two_bodies(s: ActorMention, t: ActorMention) -> bool:
    """Two named bodies of one code ("Oracle is buying Siebel Systems": USABUS -> USABUS), or two named
    people ("Obama met George Mitchell, his special envoy": USAGOV -> USAGOV)."""
    if (s.role not in _BODY_ROLES or t.role != s.role) and not (_named_person(s) and _named_person(t)):
        return False
    if s.kb_id is not None and t.kb_id is not None:
        return s.kb_id != t.kb_id
    return bool(s.name) and bool(t.name) and (s.name or "").lower() != (t.name or "").lower()


def code_events(
    doc: ParsedDoc,
    actors: tuple[ActorMention, ...],
    *,
    patterns: PatternSet,
    codebook: Codebook,
    unresolved: UnresolvedActors = UnresolvedActors.NAMED,
    kb: KnowledgeBase | None = None,
    published: dt.date | None = None,
    towns: Towns | None = None,
) -> tuple[Event, ...]:
    """Every event the article reports, merged per (source, target, code, negated, modality).

    ``unresolved`` decides what happens to a noun phrase that names no resolved actor (see
    UnresolvedActors).  With ``kb``, a country the resolver took for a place ("a visit to
    China") still becomes the event's target (an ActorMention with ``via="place"``).  A criticism of
    "the manoeuvres" is aimed at whoever held them (:mod:`dyads.events.targets.anaphora`).  With ``towns`` (a
    gazetteer), a town or province places an act in its country ("shelled targets in Jericho": PSE).
    """
    doc = IndexedDoc.of(doc)
    ctx = Context(doc=doc, index=ActorIndex.build(actors), patterns=patterns, unresolved=unresolved,
                  places=PlaceLookup(kb, published, patterns.regions, towns) if kb is not None else None)
    crowds, armed, removals = patterns.words("crowds"), patterns.words("armed_strikes"), patterns.words("removals")
    raws = [armed_strike(doc, raw, armed) for sent in doc.sentences for raw in code_sentence(ctx, sent)]
    raws = imply_targets(ctx, [_no_self_target(r) for r in fill_act_targets(doc, raws, patterns)])
    raws = aim_at_makers(doc, raws, patterns)
    raws = [r for r in aim_at_doers(doc, raws) if not removed_from_post(doc, r, removals)]
    raws = [_no_self_target(by_whom(doc, _counterpart_role(r), crowds=crowds))
            for r in raws]  # and no self-target the later steps made either
    return merge_events([build_event(doc, raw, codebook) for raw in drop_subsumed(raws)])
