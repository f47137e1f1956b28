"""Targets that lie outside an act's own arguments: who a nominal act falls on ("leaders could face
sanctions", "has been under house arrest", "a complaint filed by X [against Y]", "Pakistan received
US military aid") and what a protest
act told inside a gathering is against ("threw stones during demonstrations [against] X")."""

from __future__ import annotations

from dyads.events.acts import NOMINAL_POS
from dyads.events.context import Context
from dyads.events.sides.arguments import subject_tokens
from dyads.events.sides.naming import has_actor
from dyads.events.sides.owners import agent_of_noun, participle_agents
from dyads.records.parse import ParsedDoc, Token

_GATHERING_PREPS = frozenset({"during", "in", "at", "amid"})


def protest_aim(ctx: Context, words: tuple[int, ...], exclude: frozenset[int]) -> list[int]:
    """What a protest act told inside a gathering is against: "threw stones [during demonstrations
    against] the Israeli military", or the doer of the thing protested ("against violations [by] X")."""
    doc = ctx.doc
    gatherings = ctx.patterns.words("protest_gatherings")
    for p in (c for w in words for c in doc.children(w)):
        if p.dep != "prep" or p.lemma not in _GATHERING_PREPS:
            continue
        for g in doc.children(p.i):
            if g.dep != "pobj" or g.lemma.lower() not in gatherings:
                continue
            for q in doc.children(g.i):
                if q.dep != "prep" or q.lemma not in ("against", "over"):
                    continue
                for h in doc.children(q.i):
                    if h.dep != "pobj" or h.i in exclude:
                        continue
                    if has_actor(ctx, h.i, exclude):
                        return [h.i]
                    owners = agent_of_noun(doc, h.i)
                    if owners and has_actor(ctx, owners[0], exclude):
                        return owners[:1]
    return []


def filing_owners(doc: ParsedDoc, i: int) -> list[int]:
    """For an act noun with a participle and its agent ("a complaint [filed] by [a rights group] against
    the minister"), the participle and the agent's nouns, where the parser may hang the target."""
    if doc.tokens[i].pos not in NOMINAL_POS:
        return []
    filed = participle_agents(doc, i)
    return [filed[0], *filed[1]] if filed is not None else []


def received_by(ctx: Context, i: int) -> int | None:
    """The verb of receiving whose object is nominal act ``i`` ("Pakistan [received] American military
    aid", "Egypt [gets] $1.3 billion in US aid"), or of answering an offer, a proposal or an invitation
    ("Iran [rejected] an offer by the EU"), or ``None``: its subject is who the act is for, never who
    does it."""
    doc = ctx.doc
    tok = doc.tokens[i]
    if tok.dep == "pobj" and doc.tokens[tok.head].lemma == "in":  # "$13.4 billion [in] federal loans"
        tok = doc.tokens[doc.tokens[tok.head].head]
    if tok.dep != "dobj" or tok.head == tok.i:
        return None
    verb = doc.tokens[tok.head]
    answered = verb.lemma in ctx.patterns.words("answer") and tok.lemma.lower() in ctx.patterns.carriers
    return verb.i if verb.lemma in ctx.patterns.words("receive") or answered else None


def _phrase_of(ctx: Context, i: int) -> tuple[Token, Token] | None:
    """The preposition whose object is word ``i``, and the word that preposition hangs on."""
    tok = ctx.doc.tokens[i]
    if tok.dep != "pobj":
        return None
    prep = ctx.doc.tokens[tok.head]
    return (prep, ctx.doc.tokens[prep.head]) if prep.dep == "prep" else None


def held_state(ctx: Context, i: int) -> int | None:
    """The verb of being held whose "under"/"in" phrase is nominal act ``i`` ("Suu Kyi has been [under
    house arrest]", "remains in [detention]"), or ``None``."""
    phrase = _phrase_of(ctx, i)
    if phrase is None:
        return None
    prep, verb = phrase
    if prep.lemma == "on" and ctx.doc.tokens[i].lemma.lower() in ctx.patterns.words("held_only"):
        # "has been [on trial] since May"
        return verb.i if verb.lemma in ctx.patterns.words("held_states") | {"go"} else None
    return verb.i if prep.lemma in ("under", "in") and verb.lemma in ctx.patterns.words("held_states") else None


_DEFIANT_PREPS = frozenset({"despite", "amid", "notwithstanding"})


def defied_by(ctx: Context, i: int) -> int | None:
    """The verb done in the face of nominal act ``i`` ("handed the islands to Japan [despite] China's
    objections", "invaded Iraq [over the objections] of France", "built the wall amid protests"), or
    ``None``: the act was aimed at whoever did that verb."""
    phrase = _phrase_of(ctx, i)
    if phrase is None or phrase[1].pos != "VERB":  # (not a copula: "despite ..., Spaniards are unsure")
        return None
    prep, verb = phrase
    objection = ctx.doc.tokens[i].lemma.lower() in ctx.patterns.words("objections")
    return verb.i if prep.lemma in _DEFIANT_PREPS or (prep.lemma == "over" and objection) else None


def undergoer(ctx: Context, i: int) -> list[int]:
    """Who a nominal act falls on: the subject of "face"/"suffer"/"risk" ("leaders could face sanctions"),
    of a verb that provokes it ("provoking protests"), of a verb of receiving ("received military aid"),
    of a verb of being held ("has been under house arrest"), of a verb done despite it ("despite China's
    objections"), or an against/on phrase that the parser hung
    on the verb whose object the act is."""
    doc = ctx.doc
    tok = doc.tokens[i]
    held = held_state(ctx, i)
    if held is not None:
        return [c.i for c in doc.children(held) if c.dep in ("nsubj", "nsubjpass")]
    # "leaders could [face] sanctions"; "Russia held exercises, [provoking] protests from Japan": at Russia
    verb = doc.tokens[tok.head].lemma
    if tok.dep == "dobj" and (verb in ctx.patterns.words("undergo") or verb in ctx.patterns.words("provoke")):
        return subject_tokens(doc, tok.head)
    receiver = received_by(ctx, i)
    if receiver is not None:
        return subject_tokens(doc, receiver)
    defied = defied_by(ctx, i)
    if defied is not None:
        return subject_tokens(doc, defied)
    if tok.dep == "dobj":  # "announced new sanctions on Friday [against three Russian banks]": the PP went to the verb
        found = _actor_after(ctx, tok.head, ("against", "on"), after=i)
        if found:
            return found
    for owner in filing_owners(doc, i):  # "a complaint filed by a rights group [against the minister]"
        found = _actor_after(ctx, owner, ("against", "on", "with", "to"))
        if found:
            return found
    return []


def _actor_after(ctx: Context, owner: int, preps: tuple[str, ...], *, after: int = -1) -> list[int]:
    """The first actor after one of ``preps`` below ``owner`` (and after token ``after``)."""
    for c in ctx.doc.children(owner):
        if c.dep == "prep" and c.lemma in preps and c.i > after:
            for g in ctx.doc.children(c.i):
                if g.dep == "pobj" and has_actor(ctx, g.i, frozenset()):
                    return [g.i]
    return []
