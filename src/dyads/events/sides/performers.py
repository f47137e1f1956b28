"""Who performs a predicate: a verb's subject (or the issuer of the paper that carries it), a nominal
event's possessor, "by" phrase, light verb subject or actor-naming modifier, and the antecedent a pronoun
stands for."""

from __future__ import annotations

from dyads.events.acts import NOMINAL_POS
from dyads.events.context import Context
from dyads.events.frames.papers import carrying_document, paper_author
from dyads.events.frames.speech import speaker_of
from dyads.events.sides.arguments import is_pronoun, subject_tokens
from dyads.events.sides.owners import agent_of_noun, modifier_agents
from dyads.events.targets.aims import held_state, received_by

_SETTING_PREPS = frozenset({"on", "during", "at", "after", "before", "following", "in"})
_APPROVALS = frozenset({"approve", "ratify"})


def resolve_pronouns(ctx: Context, toks: tuple[int, ...]) -> tuple[int, ...]:
    """A pronoun no actor covers takes the nearest non-pronoun subject above it."""
    doc, out = ctx.doc, []
    for t in toks:
        if not is_pronoun(doc.tokens[t]) or ctx.index.at(t):
            out.append(t)
            continue
        j = t
        for _ in range(6):
            j = doc.tokens[j].head
            subj = [s for s in subject_tokens(doc, j) if s != t and not is_pronoun(doc.tokens[s])]
            if subj:
                out.extend(subj)
                break
            if doc.tokens[j].head == j:
                break
    return tuple(out)


def _noun_source(ctx: Context, i: int, *, modifiers: bool, slot: int | None = None) -> list[int]:
    """Who performs a nominal event: possessor or "by" phrase; the subject of a light verb
    ("held talks"), of "responsible for"/"engaged in"; actor-naming modifiers if ``modifiers``."""
    doc = ctx.doc
    own = [j for j in agent_of_noun(doc, i) if j != slot]
    if own:
        return own
    if held_state(ctx, i) is not None:
        return []  # "has been under house arrest": whoever holds them is not said
    tok = doc.tokens[i]
    head = doc.tokens[tok.head]
    if received_by(ctx, i) is not None:  # "Pakistan received [American] military aid": the giver, if said
        return modifier_agents(doc, i, theatre_nouns=ctx.patterns.words("theatre_nouns")) if modifiers else []
    if tok.dep == "conj" and tok.head != i and head.pos in NOMINAL_POS and not modifier_agents(
            doc, i, theatre_nouns=ctx.patterns.words("theatre_nouns")):
        return _noun_source(ctx, tok.head, modifiers=modifiers)
    if under_light_verb(ctx, i) and not (
            head.lemma in _APPROVALS and tok.lemma.lower() in ctx.patterns.words("others_deals")):
        # (regulators that approve a takeover or a merger do not take over or merge: it is the companies' deal)
        return subject_tokens(doc, tok.head)
    if tok.dep == "compound" and under_light_verb(ctx, head.i):  # "undertook a [mediation] mission"
        return subject_tokens(doc, head.head)
    if (tok.dep == "pobj" and head.lemma in _SETTING_PREPS and tok.lemma.lower() in ctx.patterns.words("encounters")
            and doc.tokens[head.head].pos in ("VERB", "AUX")):
        return subject_tokens(doc, head.head)  # "[during a meeting with Hu], Putin signed ...": Putin met Hu
    if tok.dep == "pobj" and head.head != head.i:  # "responsible for mass killings", "engaged in cleansing"
        pred = doc.tokens[head.head]
        if pred.pos == "ADJ" or pred.lemma in ("engage", "involve", "participate"):
            return subject_tokens(doc, pred.i)
        if head.lemma in ("in", "during") and pred.pos == "VERB" and tok.lemma.lower() in ctx.patterns.words("engagements"):
            # "seven soldiers were killed in a clash with militants": the soldiers' side fought
            return [c.i for c in doc.children(pred.i) if c.dep in ("nsubj", "nsubjpass")]
    found = modifier_agents(doc, i, theatre_nouns=ctx.patterns.words("theatre_nouns")) if modifiers else []
    if found:
        return found
    said_by = speaker_of(ctx, i)  # "declared that no approval was needed": the speaker's refusal
    if said_by is not None and any(c.lemma == "no" and c.dep == "det" for c in doc.children(i)):
        return subject_tokens(doc, said_by)
    return []


def under_light_verb(ctx: Context, i: int) -> bool:
    tok = ctx.doc.tokens[i]
    return tok.dep in ("dobj", "nsubjpass", "attr", "oprd") and ctx.doc.tokens[tok.head].lemma in ctx.patterns.light


def predicate_subject(ctx: Context, i: int, *, modifiers: bool = True, slot: int | None = None) -> list[int]:
    if ctx.doc.tokens[i].pos in NOMINAL_POS:
        return _noun_source(ctx, i, modifiers=modifiers, slot=slot)
    paper = carrying_document(ctx, i)
    if paper is not None:  # "the PKK issued a declaration [demanding] that ...": the issuer demands
        return subject_tokens(ctx.doc, ctx.doc.tokens[paper].head)
    found = subject_tokens(ctx.doc, i)
    return [k for j in found for k in paper_author(ctx, j)] or found
