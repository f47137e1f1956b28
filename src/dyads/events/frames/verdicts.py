"""Verdicts: a speaker who says another's thing is bad criticises its maker.

"Unions say [the legislation infringes on workers' rights]", "Mulally says [Ford's decision was a
lackluster move]", "the minister said [the Chinese policy was a mistake]": no verb of criticism, but a
careful coder codes the speaker criticising whoever made the thing (111). The thing is the reported
clause's subject, not an actor itself; its maker is its possessor, an actor-naming modifier or its
"by" phrase, or, for a thing only states make (a law, a budget), the speaker's own government
(:func:`own_government`). The verdict is a verb of harm
(`verdict_verbs` in the lexicon: violate, undermine, damage ...) or "be" with a word of condemnation
(`verdicts`: a mistake, illegal, a lackluster move). An actor can be judged itself ("said [Israel] was
irresponsible": aimed at Israel), by "be" and a word of condemnation only. Negated, conditional or hypothetical verdicts,
and clauses that tell a coded act of their own, are none; a coded act can be the thing judged
("said the government's crackdown was illegal").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from dyads.events.context import Context
from dyads.events.frames.framing import modal_here, negated_here
from dyads.events.patterns.catalogue import ModalKind
from dyads.events.patterns.matching import subtree
from dyads.events.sides.naming import has_actor
from dyads.events.sides.owners import agent_of_noun, modifier_agents
from dyads.records.actor import ActorMention
from dyads.records.parse import Sentence

_MAKER = "GOV"


def _government(actor: ActorMention) -> ActorMention:
    """The government of ``actor``'s country (which must be known), as a thing's maker."""
    return replace(actor, code=(actor.country or "") + _MAKER, role=_MAKER, name=None, kb_id=None, via="maker")


def government_of(actor: ActorMention) -> ActorMention:
    """A country named as the maker of a thing only states make is its government ("the Brazilian
    budget": BRAGOV); any other actor stays as it is."""
    return _government(actor) if actor.country and not actor.role else actor


def own_government(critic: ActorMention | None) -> ActorMention | None:
    """Who made a thing only states make (a law, a budget), its maker unsaid, as a critic of it sees
    it: the critic's own government, when the critic is of a known country and not of its government
    ("unions say the legislation ...": FRALAB -> FRAGOV); else ``None``."""
    if critic is None or not critic.country or critic.role in (_MAKER, None, ""):
        return None
    return _government(critic)


_CRITICISM, _DENIAL = "111", "016"


@dataclass(frozen=True, slots=True)
class Verdict:
    speech: int  # the verb of saying
    predicate: int  # the reported clause's verb
    thing: int  # the clause's subject: what is judged
    maker: int | None  # who made it, when the phrase says so (else a state thing, its maker unsaid)
    code: str = _CRITICISM  # a charge called false is denied (016), anything else criticised


def _makers(ctx: Context, thing: int) -> list[int]:
    """Who made a judged thing, as its phrase says: its possessor, its "by" phrase, an actor-naming modifier."""
    doc = ctx.doc
    return [j for j in agent_of_noun(doc, thing) + modifier_agents(
        doc, thing, theatre_nouns=ctx.patterns.words("theatre_nouns")) if has_actor(ctx, j, frozenset())]


def verdicts(ctx: Context, sent: Sentence, *, coded: frozenset[int]) -> list[Verdict]:
    """The verdicts of ``sent`` whose clause holds none of the ``coded`` trigger words."""
    doc, patterns = ctx.doc, ctx.patterns
    harms, words = patterns.words("verdict_verbs"), patterns.words("verdicts")
    state_things = patterns.words("state_things")
    charges, denials = patterns.words("charge_nouns"), patterns.words("denials")
    out = []
    for i in range(sent.first, sent.last):
        tok = doc.tokens[i]
        if tok.dep != "ccomp" or tok.head == i or doc.tokens[tok.head].lemma not in patterns.speech:
            continue
        if negated_here(doc, i):
            continue
        if modal_here(doc, i, patterns) not in (None, ModalKind.FUTURE):
            continue
        kids = doc.children(i)
        thing = next((c for c in kids if c.dep == "nsubj"), None)
        if tok.lemma in harms:
            judged = True
        elif tok.lemma == "be":
            judged = any(c.dep in ("attr", "acomp") and (c.lemma.lower() in words or any(
                m.dep == "amod" and m.lemma.lower() in words for m in doc.children(c.i))) for c in kids)
            if thing is not None and thing.lemma.lower() in charges and any(
                    c.dep in ("attr", "acomp") and (c.lemma.lower() in denials or any(
                        m.dep in ("amod", "advmod") and m.lemma.lower() in denials for m in doc.children(c.i)))
                    for c in kids):
                # "said [the SEC's charges] are completely unfounded": the charges are denied, to their maker
                makers = _makers(ctx, thing.i)
                if makers:
                    out.append(Verdict(tok.head, i, thing.i, makers[0], _DENIAL))
                continue
        else:
            judged = False
        if not judged:
            continue
        if thing is None or thing.pos == "PRON":
            continue
        if ctx.index.at(thing.i):
            # an actor judged itself ("said [Israel] was irresponsible"), by a word of condemnation (a verb
            # of harm with an actor subject tells an act: "said Russia had violated the truce")
            if tok.lemma == "be" and has_actor(ctx, thing.i, frozenset()) and not coded.intersection(subtree(doc, i)):
                out.append(Verdict(tok.head, i, thing.i, thing.i))
            continue
        # an act coded in the clause is told, not judged; but the thing may be an act ("said [the
        # government's crackdown] was illegal": a verdict on it, aimed at its doer)
        if coded.intersection(subtree(doc, i)).difference(subtree(doc, thing.i)):
            continue
        makers = _makers(ctx, thing.i)
        if makers:
            out.append(Verdict(tok.head, i, thing.i, makers[0]))
        elif thing.lemma.lower() in state_things:
            out.append(Verdict(tok.head, i, thing.i, None))
    return out
