"""One act told twice in a sentence, once vaguely: keep the telling that says more.

"Two suicide bombers killed 23 people when they blew themselves up in Tel Aviv": the killing of Israeli
civilians (PSEREB -> ISRCVL) and the bombing of Israel (PSEREB -> ISR) are one attack; the second adds
nothing the first does not say.  An event is dropped when another of the same sentence has its code,
its source, its polarity and its modality (a fact told or reported counts as one), and a target that is more specific: the same country with a
role where it has the bare country, or any target where it has none.
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


def _same_act(a: RawEvent, b: RawEvent) -> bool:
    return (a.sentence == b.sentence and a.code == b.code and a.negated == b.negated
            and (a.modality is b.modality or {a.modality, b.modality} <= _DONE) and actor_key(a.source) == actor_key(b.source))


def drop_subsumed(raws: list[RawEvent]) -> list[RawEvent]:
    """The events of ``raws`` that no other event of their sentence tells more precisely, in order."""
    return [r for r in raws if not any(o is not r and _same_act(o, r) and _narrows(o.target, r.target)
                                       for o in raws)]
