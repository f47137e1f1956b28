"""Reported speech: the speech verb whose clause holds an act, and who reports an act."""

from __future__ import annotations

from dataclasses import replace

from dyads.events.context import Context
from dyads.events.sides.arguments import subject_tokens
from dyads.records.actor import ActorMention


def speaker_of(ctx: Context, i: int) -> int | None:
    """The speech verb whose reported clause holds ``i`` ("Russia said [Sudan must return...]")."""
    doc, j = ctx.doc, i
    for _ in range(4):
        tok = doc.tokens[j]
        if tok.head == j:
            return None
        head = doc.tokens[tok.head]
        if tok.dep in ("ccomp", "parataxis") and head.lemma in ctx.patterns.speech:
            return head.i
        if tok.dep not in ("conj", "xcomp", "nsubjpass", "nsubj", "pcomp", "pobj", "prep"):
            return None
        j = head.i
    return None


_CLAUSE_UP = frozenset({"conj", "xcomp", "advcl", "relcl", "acl", "pcomp", "pobj", "prep", "dobj", "nsubj",
                        "nsubjpass"})


def reported_by(ctx: Context, i: int) -> int | None:
    """Who reports the act at ``i``, if anyone: the speech verb above it ("X said [Y attacked Z]"), a
    speech verb hanging after its clause ("Y attacked Z, police said"), or "according to X"."""
    said = speaker_of(ctx, i)
    if said is not None:
        return said
    doc, j = ctx.doc, i
    for _ in range(6):
        for c in doc.children(j):
            if c.dep in ("ccomp", "parataxis") and c.lemma in ctx.patterns.speech and c.i > i:
                return c.i
            if c.dep == "prep" and c.text.lower() == "according" and any(g.dep == "prep" for g in doc.children(c.i)):
                return c.i
        tok = doc.tokens[j]
        if tok.head == j or tok.dep not in _CLAUSE_UP:
            return None
        j = tok.head
    return None


_HOSTILE_ROOTS = frozenset({"17", "18", "19", "20"})
_OWNERS = frozenset({"its", "their"})


def speakers_own(ctx: Context, code: str, source: ActorMention | None, target: ActorMention | None,
                 speaker: int | None) -> ActorMention | None:
    """The target of a hostile act a speaker reports against "its" people or land: the speaker's, not the
    doer's own ("Japan says North Korea abducted [its] citizens" -> PRK -> JPNCVL; the nearest subject
    would make them North Korea's).  Any other target is returned as it is."""
    if (speaker is None or source is None or target is None or not target.country or target.head < 0
            or target.country != source.country or code[:2] not in _HOSTILE_ROOTS):
        return target
    doc = ctx.doc
    if not any(c.dep == "poss" and c.text.lower() in _OWNERS for c in doc.children(target.head)):
        return target
    said = [a.country for j in subject_tokens(doc, speaker) for a in ctx.index.at(j) if a.country]
    if not said or said[0] == source.country:
        return target
    return replace(target, country=said[0], code=said[0] + (target.role or ""), via="speaker")
