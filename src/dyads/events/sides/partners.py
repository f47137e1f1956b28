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


def each_other(ctx: Context, act: Act, i: int) -> bool:
    """The act at ``i`` is done to a reciprocal pronoun, as its object or a preposition's ("accused [each
    other]", "fought [one another]", "talk to [each other]"); "each other's interests" is no such object."""
    doc = ctx.doc
    pairs = {tuple(w.split("_")) for w in ctx.patterns.words("reciprocals")}

    def reciprocal(t: int) -> bool:
        tok = doc.tokens[t]
        if tok.dep == "poss" or (t + 1 < len(doc.tokens) and doc.tokens[t + 1].tag == "POS"):
            return False
        before = (doc.tokens[t - 1].text.lower(), tok.text.lower()) if t > 0 else None
        after = (tok.text.lower(), doc.tokens[t + 1].text.lower()) if t + 1 < len(doc.tokens) else None
        return before in pairs or after in pairs

    objects = [c.i for c in doc.children(i) if c.dep in ("dobj", "dative", "pobj")]
    objects += [g.i for c in doc.children(i) if c.dep == "prep" for g in doc.children(c.i) if g.dep == "pobj"]
    if act.match.slot is not None:
        objects.append(act.match.slot)
    return any(reciprocal(t) for t in objects)
