"""Acts told with a partner: a joint act "between" a named pair, and an act done "with the support of" a
backer or "in support of" someone (who gives the support, who receives it)."""

from __future__ import annotations

from dyads.events.acts import Act
from dyads.events.context import Context
from dyads.events.sides.arguments import subject_tokens
from dyads.events.sides.naming import has_actor
from dyads.records.parse import ParsedDoc


def under(doc: ParsedDoc, i: int, preposition: str) -> bool:
    tok = doc.tokens[i]
    return tok.dep == "pobj" and tok.head != i and doc.tokens[tok.head].lemma == preposition


def done_with(ctx: Context, act: Act, preposition: str) -> list[int]:
    """Who does the act that a nominal act hangs on by ``preposition`` ("[Israel] launched the offensive
    with the support of the US"; "[students] rallied in support of Akayev"): the verb's subject."""
    doc = ctx.doc
    tok = doc.tokens[act.head]
    if not act.nominal or tok.dep != "pobj" or tok.head == act.head:
        return []
    prep = doc.tokens[tok.head]
    if prep.lemma != preposition or prep.dep != "prep" or doc.tokens[prep.head].pos not in ("VERB", "AUX"):
        return []
    return subject_tokens(doc, prep.head)


def between(ctx: Context, act: Act) -> tuple[int, tuple[int, ...]] | None:
    """A joint act told between a pair it names ("negotiations [between] Israel and Syria, said Bush"): the
    pair are its two sides, whoever reports it (under a frame, the frame's holder stays the source)."""
    doc, slot = ctx.doc, act.match.slot
    if not act.nominal or slot is None or act.match.slot_prep not in ("between", "among"):
        return None
    others = [c.i for c in doc.children(slot) if c.dep == "conj"]
    if not others or not all(has_actor(ctx, j, frozenset()) for j in (slot, *others)):
        return None
    return slot, tuple(others)
