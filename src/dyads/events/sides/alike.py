"""One group, one country: what an article says of a group's country in one act holds in its others."""

from __future__ import annotations

from dataclasses import replace

from dyads.events.sentence import RawEvent
from dyads.records.actor import ActorMention, countryless_group


def placed_alike(raws: list[RawEvent]) -> list[RawEvent]:
    """One group, one country: a group of unsaid country that one act placed (by its place, or as the
    domestic side of an act on its own government: "students marched through Santiago": CHLEDU) is of
    that country in the article's other acts on the same words too ("..., demanding reform": CHLEDU,
    not ---EDU)."""
    placed = {(a.start, a.end): a for r in raws for a in (r.source, r.target)
              if a is not None and a.country and a.role and a.code == a.country + a.role}
    if not placed:
        return raws

    def alike(actor: ActorMention | None) -> ActorMention | None:
        if actor is None or not countryless_group(actor):
            return actor
        same = placed.get((actor.start, actor.end))
        return same if same is not None and same.role == actor.role else actor

    out = []
    for r in raws:
        s, t = alike(r.source), alike(r.target)
        out.append(r if (s is r.source and t is r.target) else replace(r, source=s, target=t))
    return out
