"""Whether a phrase names an actor: the checks the role finders make before taking a word as a
source or a target."""

from __future__ import annotations

from dyads.events.context import Context
from dyads.events.sides.arguments import UnresolvedActors, actors_at, conjuncts, np_tokens


def names_actor(ctx: Context, i: int, exclude: frozenset[int]) -> bool:
    """Whether the noun phrase at ``i`` (or one coordinated with it) itself names an actor: a phrase
    after a preposition may not borrow one from a phrase below it ("backing nations in [their disputes
    with China in the South China Sea]" is no act on China)."""
    return any(ctx.index.at(k) and k not in exclude for j in conjuncts(ctx.doc, i) for k in np_tokens(ctx.doc, j))


def heads_actor(ctx: Context, slot: int) -> bool:
    """Whether the slot's own word (or a word coordinated with it) is an actor or a place, not only a
    possessor or modifier inside its phrase ("their [commitments]")."""
    doc = ctx.doc
    for j in conjuncts(doc, slot):
        if ctx.index.at(j) or doc.tokens[j].pos == "PRON":
            return True
        if ctx.places is not None and ctx.places.find(doc, [j]):
            return True
    return False


def has_actor(ctx: Context, i: int, exclude: frozenset[int]) -> bool:
    return bool(actors_at(ctx.doc, i, ctx.index, unresolved=UnresolvedActors.DROP, exclude=exclude))


def slot_has_actor(ctx: Context, slot: int, exclude: frozenset[int]) -> bool:
    if ctx.unresolved is not UnresolvedActors.DROP and actors_at(ctx.doc, slot, ctx.index, unresolved=ctx.unresolved):
        return True
    return bool(actors_at(ctx.doc, slot, ctx.index, unresolved=UnresolvedActors.DROP, exclude=exclude,
                          places=ctx.places))
