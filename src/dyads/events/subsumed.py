"""One act told twice in a sentence, once vaguely: keep the telling that says more.

"Two suicide bombers killed 23 people when they blew themselves up in Tel Aviv": the killing of Israeli
civilians (PSEREB -> ISRCVL) and the bombing of Israel (PSEREB -> ISR) are one attack; the second adds
nothing the first does not say.  An event is dropped when another of the same sentence has its code,
its source, its polarity and its modality (a fact told or reported counts as one), and a target that is
more specific: the same country with a role where it has the bare country, or any target where it has
none.  Sources likewise: "Israeli helicopters and tanks shelled ..." is ISRMIL's shelling, not also ISR's.

A protest's own aim is the protest too: in "demonstrators blocked a road to show their disapproval of
US policies", "students staged demonstrations to demand reforms", "began a hunger strike to protest
against the decision", the disapproval (11), demand (10), appeal (02) or protest (14) lies inside the
protest's telling (a 14 pattern from "blocked" to "policies", whose code already says what it is for),
aimed at the same side (or at nobody said) by the same source (or one of unsaid country); only the
protest is coded.
"""

from __future__ import annotations

from dyads.events.building import actor_key
from dyads.events.sentence import RawEvent
from dyads.records.actor import UNKNOWN_COUNTRY, ActorMention
from dyads.records.event import Modality

_DONE = frozenset({Modality.ASSERTED, Modality.REPORTED})  # a fact the text tells, or one it reports


def _narrows(specific: ActorMention | None, vague: ActorMention | None) -> bool:
    """``specific`` says everything ``vague`` says about a target, and more."""
    if specific is None or not specific.code:
        return False
    if vague is None:
        return True
    country = vague.country
    return (bool(country) and country != UNKNOWN_COUNTRY and not vague.role and vague.code == country
            and specific.country == country and bool(specific.role))


def _told_alike(a: RawEvent, b: RawEvent) -> bool:
    return (a.sentence == b.sentence and a.code == b.code and a.negated == b.negated
            and (a.modality is b.modality or {a.modality, b.modality} <= _DONE))


def _subsumes(o: RawEvent, r: RawEvent) -> bool:
    """``o`` tells the act ``r`` tells, with a more specific target or (its target the same) source."""
    if o is r or not _told_alike(o, r):
        return False
    if actor_key(o.source) == actor_key(r.source):
        return _narrows(o.target, r.target)
    return (actor_key(o.target) == actor_key(r.target) and r.source is not None and r.source.code is not None
            and _narrows(o.source, r.source))


_PROTEST = "14"
_AIMS = frozenset({"02", "10", "11", "14"})  # what a protest is for: an appeal, a demand, a disapproval, a protest


def _same_or_vaguer(a: ActorMention | None, vague: ActorMention | None) -> bool:
    if actor_key(a) == actor_key(vague):
        return True
    return (a is not None and vague is not None and bool(a.country) and vague.country in (None, "", UNKNOWN_COUNTRY)
            and a.role == vague.role)


def _aim_of(o: RawEvent, r: RawEvent) -> bool:
    """``r`` is what protest ``o`` is for, told inside ``o``'s own words, aimed at the same side."""
    return (o is not r and o.sentence == r.sentence and o.code[:2] == _PROTEST and r.code[:2] in _AIMS
            and bool(o.trigger) and bool(r.trigger) and min(o.trigger) < min(r.trigger) <= max(r.trigger) <= max(o.trigger)
            and _same_or_vaguer(o.source, r.source) and (r.target is None or actor_key(o.target) == actor_key(r.target)))


def drop_subsumed(raws: list[RawEvent]) -> list[RawEvent]:
    """The events of ``raws`` that no other event of their sentence tells more precisely, in order."""
    return [r for r in raws if not any(_subsumes(o, r) or _aim_of(o, r) for o in raws)]
