"""Who did it and to whom: the source and target tokens of an act, through frames, control,
passives, relative clauses, light verbs and reported speech."""

from __future__ import annotations

from dyads.events.acts import NOMINAL_POS, Act
from dyads.events.context import Context, Roles
from dyads.events.frames.conditions import conditional_clause
from dyads.events.frames.framing import FrameHit, Framing, wished_for
from dyads.events.patterns.matching import is_passive, subtree
from dyads.events.patterns.syntax import ElementKind, PatternKind
from dyads.events.roots import PROTEST_ROOT
from dyads.events.sides.arguments import (
    UnresolvedActors,
    actors_at,
    conjuncts,
    is_pronoun,
    np_tokens,
    subject_tokens,
)
from dyads.events.sides.naming import has_actor, heads_actor, names_actor, slot_has_actor
from dyads.events.sides.owners import agent_of_noun, modifier_agents
from dyads.events.sides.partners import between, done_with, under
from dyads.events.sides.performers import predicate_subject, resolve_pronouns
from dyads.events.targets.aims import protest_aim, received_by, undergoer
from dyads.records.parse import ParsedDoc

_TARGET_PREPS = ("to", "with", "against", "on", "upon", "at", "toward", "towards", "into", "in", "from", "for",
                 "over", "of", "between", "among")


_REJECTING = "reject"  # the transform of the frames of refusal and opposition


def _asked_of(ctx: Context, act: Act, matched: tuple[int, ...], exclude: frozenset[int]) -> list[int]:
    """Whom an appeal or a demand told by its content noun is made of: the noun's owner ("demanded
    [Israel's] withdrawal from Lebanon", "called for the withdrawal of [Romanian troops] from Iraq"), not
    the place the act is about."""
    doc = ctx.doc
    exclude = exclude - frozenset(matched)  # (the owner may be a word the pattern sought: "..troop ..withdrawal")
    for a in matched:
        if doc.tokens[a].pos not in NOMINAL_POS:
            continue
        for c in doc.children(a):
            owners = [c.i] if c.dep == "poss" else (
                [g.i for g in doc.children(c.i) if g.dep == "pobj"] if c.dep == "prep" and c.lemma == "of" else [])
            owners = [o for o in owners if o not in exclude and has_actor(ctx, o, exclude)]
            if owners:
                return owners[:1]
    return []


def _own_side(ctx: Context, sources: tuple[int, ...], found: list[int]) -> frozenset[int]:
    """The words of ``found`` that name only actors of the sources' own countries."""
    doc = ctx.doc

    def countries(tokens: tuple[int, ...] | list[int]) -> set[str]:
        return {a.country for t in tokens for a in actors_at(doc, t, ctx.index, unresolved=UnresolvedActors.DROP)
                if a.country}

    mine = countries(sources)
    if not mine:
        return frozenset()
    return frozenset(j for t in found if countries([t]) and countries([t]) <= mine for j in np_tokens(doc, t))


def default_targets(ctx: Context, i: int, exclude: frozenset[int], also: tuple[int, ...] = ()) -> list[int]:
    """The first actor among the objects, then the prepositional complements, of ``i`` (then of
    the other words its pattern matched: "halt talks [with the EU]", "threaten to attack [Seoul]", and
    the nouns coordinated with them: "launched artillery, mortar and rocket [fire] against the camps")."""
    doc = ctx.doc
    nouns = [j for a in also if doc.tokens[a].pos in NOMINAL_POS for j in conjuncts(doc, a) if j != a]
    for owner in (i, *also, *nouns):
        kids = doc.children(owner)
        for c in kids:
            if c.dep in ("dobj", "dative", "nsubjpass", "attr") and c.i not in exclude and has_actor(ctx, c.i, exclude):
                return [c.i]
        for prep in _TARGET_PREPS:
            for c in kids:
                if c.dep in ("prep", "agent") and c.lemma == prep and c.i not in exclude:
                    for g in doc.children(c.i):
                        if g.dep == "pobj" and g.i not in exclude and names_actor(ctx, g.i, exclude):
                            return [g.i]
    for mods in (("poss",), ("compound", "amod")):
        # whose thing the act is aimed at: "blocked a road to protest [the United States'] policies",
        # "agreed to [US] mediation", "rejected the [European] offer"
        for a in also:
            if doc.tokens[a].pos in NOMINAL_POS and (mods == ("poss",) or _acted_on(doc, a, i)):
                for c in doc.children(a):
                    if c.dep in mods and c.i not in exclude and has_actor(ctx, c.i, exclude):
                        return [c.i]
    return []


def _acted_on(doc: ParsedDoc, noun: int, i: int) -> bool:
    """Whether ``noun`` is what the verb ``i`` acts on: its object, or the object of its own
    preposition ("agreed [to] US mediation")."""
    tok = doc.tokens[noun]
    if tok.head == i and tok.dep in ("dobj", "nsubjpass"):
        return True
    return tok.dep == "pobj" and doc.tokens[tok.head].head == i


_RELATIVES = frozenset({"who", "whom", "which", "that"})
_ADDRESSED_ROOTS = frozenset({"02", "10", "11"})  # appeals and demands are made of someone, allegations of whom they name


def relative_antecedent(doc: ParsedDoc, head: int, slot: int | None) -> int | None:
    """A relative pronoun in the target slot stands for the noun its clause modifies: "Putin, who was
    received by Modi" (received → Putin), "the envoy whom Tokyo summoned" (summoned → envoy)."""
    if slot is None or doc.tokens[slot].lemma.lower() not in _RELATIVES:
        return slot
    j = head
    for _ in range(3):  # "who was later received" / "whom X had invited to visit": up to the relative clause
        tok = doc.tokens[j]
        if tok.dep == "relcl":
            return tok.head
        if tok.dep not in ("conj", "xcomp") or tok.head == j:
            return slot
        j = tok.head
    return slot


def _clause_below(doc: ParsedDoc, i: int, frame: int) -> int | None:
    """The that-clause of ``frame`` that holds word ``i`` (the act itself or a word above it); a frame
    noun's clause may hang on the noun's verb ("reiterated its [demand] today [that Israel ease ...]")."""
    j = i
    noun = doc.tokens[frame]
    for _ in range(6):
        tok = doc.tokens[j]
        if tok.head == frame or (noun.dep == "dobj" and tok.head == noun.head and tok.dep == "ccomp"):
            # (a frame noun's own that-clause: "its demand [that Israel ease ...]")
            content = tok.dep == "ccomp" or (tok.dep == "acl" and noun.pos in ("NOUN", "PROPN") and any(
                c.dep == "mark" and c.lemma == "that" for c in doc.children(j)))
            return j if content else None
        if tok.head == j:
            return None
        j = tok.head
    return None


THREAT_ROOT = "13"
_DISAPPROVAL_ROOT = "11"
_ADDRESSEE_PREPS = frozenset({"to", "with"})
_GRIEVANCE_PREPS = frozenset({"over", "about", "against"})


def _complained_of(ctx: Context, act: Act, slot: int | None, exclude: frozenset[int]) -> int | None:
    """A complaint made to one side about another is aimed at the other: the actor in an over/about/against
    phrase of a disapproval whose slot is only its addressee ("to the UN", "with Beijing")."""
    doc = ctx.doc
    if slot is None or act.nominal or doc.tokens[doc.tokens[slot].head].lemma not in _ADDRESSEE_PREPS:
        return None
    for c in doc.children(act.head):
        if c.dep != "prep" or c.lemma not in _GRIEVANCE_PREPS:
            continue
        for g in subtree(doc, c.i):
            if g not in exclude and ctx.index.at(g) and names_actor(ctx, g, exclude):
                return g
    return None


def condition_bound(ctx: Context, heads: list[int], exclude: frozenset[int]) -> tuple[int, ...]:
    """Whoever must meet a condition of ``heads`` ("threatened to strike unless [Israel] rescinded the
    annexation"): the actor subject of an if- or unless-clause below them, at whom a threat is aimed."""
    doc = ctx.doc
    heads = heads + [c.i for h in heads for c in doc.children(h) if c.dep in ("xcomp", "ccomp")]  # "warned it would"
    bound = [g for h in heads for c in doc.children(h) if conditional_clause(doc, c.i)
             for g in subject_tokens(doc, c.i) if g not in exclude and has_actor(ctx, g, exclude)]
    return resolve_pronouns(ctx, tuple(bound[:1]))


def _keyword_owner(ctx: Context, act: Act) -> list[int]:
    """The doer of a passive act told by its own noun: "[US] aid to Pakistan has been suspended" is the
    US's suspension of its aid; "the [Japanese] loan to Indonesia was approved" Japan's."""
    doc = ctx.doc
    for j in act.match.tokens:
        tok = doc.tokens[j]
        if tok.dep == "nsubjpass" and tok.head == act.head:
            own = set(ctx.index.at(j))  # "the [reformist] newspaper was banned": the word is the noun's own actor
            return [k for k in agent_of_noun(doc, j) or modifier_agents(doc, j, theatre_nouns=ctx.patterns.words("theatre_nouns"))
                    if not own.intersection(ctx.index.at(k))]
    return []


_OWN_ORGANS = frozenset({"MIL", "COP", "SPY", "GOV", "JUD"})


def orders_own_organ(ctx: Context, hit: FrameHit) -> bool:
    """A command (``commands`` in the lexicon) its giver's own state organ carries out: "Putin ordered [the army]
    to attack the rebels", "the government instructed [the police] to disperse the crowd".  The act is the
    state's own, aimed where the act is, never at the organ told to do it."""
    doc = ctx.doc
    if doc.tokens[hit.match.head].lemma.lower() not in ctx.patterns.words("commands") or hit.match.slot is None:
        return False
    givers = [a for j in predicate_subject(ctx, hit.match.head) for a in ctx.index.at(j) if a.code]
    organs = [a for a in ctx.index.at(hit.match.slot) if a.code]
    return bool(givers) and bool(organs) and all(
        o.role in _OWN_ORGANS and o.country in (None, g.country) and (g.role or "GOV") in _OWN_ORGANS
        for o in organs for g in givers)


def find_roles(ctx: Context, act: Act, framing: Framing, speaker: int | None) -> Roles:
    doc, hit = ctx.doc, framing.frame
    pair = between(ctx, act) if hit is None else None
    if pair is not None:  # the pair are its two sides, whoever reports it
        return Roles(resolve_pronouns(ctx, (pair[0],)), resolve_pronouns(ctx, pair[1]), True, source_slot=True)
    if hit is not None:
        src = predicate_subject(ctx, hit.match.head)
        if not src and hit.frame.target.value == "embedded" and is_passive(doc, hit.match.head):
            # "the minister is expected to visit": an intent the passive's subject holds
            src = [c.i for c in doc.children(hit.match.head) if c.dep == "nsubjpass"]
    elif framing.obligation and speaker is not None:
        src = subject_tokens(doc, speaker)
    elif act.match.source is not None:
        src = [act.match.source]
        if act.match.slot is not None:
            return Roles(tuple(src), resolve_pronouns(ctx, (act.match.slot,)), True, source_slot=True)
        if not any(e.kind is ElementKind.SLOT for e in act.match.pattern.elements) and not act.nominal:
            # "India bought missiles from ^Russia": with no target slot, the verb's own subject receives
            receiver = subject_tokens(doc, act.head)
            if receiver:
                return Roles(tuple(src), resolve_pronouns(ctx, tuple(receiver)), True, source_slot=True)
        backed = done_with(ctx, act, "with")
        if backed:  # "[with the backing of] ^the US, Israel launched ...": the one acting with it receives it
            return Roles(tuple(src), resolve_pronouns(ctx, tuple(backed)), True, source_slot=True)
        if under(doc, act.head, "in"):  # "rallied [in support of] the president": the one acting gives it
            backers = done_with(ctx, act, "in")
            return Roles(resolve_pronouns(ctx, tuple(backers)), resolve_pronouns(ctx, tuple(src)), True)
    else:  # a nominal takes actor-naming modifiers as agent ("Palestinian riots"), a complement does not
        src = predicate_subject(ctx, act.head, modifiers=act.match.pattern.kind is not PatternKind.COMPLEMENT,
                                 slot=act.match.slot)
        stance = doc.tokens[act.head].text.lower() in ctx.patterns.words("stance_participles")
        if stance and act.match.slot is not None and act.match.slot in src:
            src = []  # "Thais were shocked [by the army]'s behaviour": the agent is what the stance is about
        if not src and not act.nominal and is_passive(doc, act.head) and (
                any(c.dep == "xcomp" and c.tag == "VB" for c in doc.children(act.head)) or stance):
            # (an infinitive: "were arrested [trying] to ..." tells what the arrested did, not the arrest's doer)
            # "the prime minister is planned to visit Tbilisi": the passive's subject does what is planned;
            # "Israel is opposed to French mediation": it holds the stance
            src = [c.i for c in doc.children(act.head) if c.dep == "nsubjpass"]
        if not src and not act.nominal and is_passive(doc, act.head):
            src = _keyword_owner(ctx, act)
    sources = resolve_pronouns(ctx, tuple(src))
    exclude = frozenset(j for s in sources for j in np_tokens(doc, s)) | {act.head}
    if framing.code[:2] == THREAT_ROOT:
        bound = condition_bound(ctx, [act.head] + ([hit.match.head] if hit is not None else []), exclude)
        if bound:
            return Roles(sources, bound, True, from_frame=hit is not None)
        if hit is not None and hit.match.slot is not None and slot_has_actor(ctx, hit.match.slot, exclude):
            # "warned [Iran] against attacking Israel", "warned [Hamas] that it would strike": the one warned
            return Roles(sources, resolve_pronouns(ctx, (hit.match.slot,)), True, from_frame=True)
    if framing.obligation:
        owing = subject_tokens(doc, act.head) or (subject_tokens(doc, framing.bearer) if framing.bearer is not None else [])
        return Roles(sources, resolve_pronouns(ctx, tuple(j for j in owing if j not in exclude)), True)
    if (hit is not None and hit.frame.target.value == "frame" and hit.match.slot is not None
            and hit.match.slot != act.head  # "ordered [the suspension] of services with X": the act, no addressee
            and not orders_own_organ(ctx, hit)):
        return Roles(sources, resolve_pronouns(ctx, (hit.match.slot,)), True, from_frame=True)
    if hit is not None and hit.frame.transform == _REJECTING and act.nominal:
        # "[Lien's] visit to China was opposed by the DPP", "opposed [Russia's] sale of arms to Syria": what
        # is rejected is someone's act, and the rejection is aimed at that someone
        owner = [j for j in agent_of_noun(doc, act.head)
                 if j not in exclude and not is_pronoun(doc.tokens[j]) and has_actor(ctx, j, exclude)]
        if owner:
            return Roles(sources, resolve_pronouns(ctx, tuple(owner)), True, from_frame=True)
    # an offer, a request or a demand its subject answers ("rejected an offer by the EU") was made to that subject
    answered = None if hit is None or doc.tokens[hit.match.head].pos not in NOMINAL_POS else received_by(
        ctx, hit.match.head)
    if hit is not None and hit.frame.target.value == "frame" and answered is not None:
        # "Yemen rejected [a U.S. request] to interrogate detainees": the request was made of Yemen
        answerer = [j for j in subject_tokens(doc, answered) if j not in exclude]
        if answerer:
            return Roles(sources, resolve_pronouns(ctx, tuple(answerer)), True, from_frame=True)
    clause = _clause_below(doc, act.head, hit.match.head) if hit is not None else None
    if hit is not None and hit.frame.target.value == "frame" and clause is not None:
        # "demanded that [Hamas] renounce ...", "demanded that [Manila] end its alliance with X": the appeal or
        # demand is made of the clause's subject
        addressee = [j for j in subject_tokens(doc, clause) if j not in exclude]
        if addressee:
            return Roles(sources, resolve_pronouns(ctx, tuple(addressee)), True, from_frame=True)
    if act.match.pattern.code[:2] in _ADDRESSED_ROOTS and not act.nominal:
        # "Iran demanded that [Britain] release the sailors": a demand or an appeal is made of the subject
        # of its that-clause, not of the clause's object
        # ... or of its "for X to" clause ("renewed its call for [Syria] to withdraw")
        clauses = [c.i for c in doc.children(act.head) if c.dep == "ccomp"] + [
            c.i for j in act.match.tokens for c in doc.children(j) if c.dep in ("advcl", "acl", "relcl")
            and wished_for(doc, c.i)]
        addressee = [g for c in clauses
                     for g in subject_tokens(doc, c) if g not in exclude and has_actor(ctx, g, exclude)]
        if addressee:
            return Roles(sources, resolve_pronouns(ctx, tuple(addressee[:1])), True)
    slot = relative_antecedent(doc, act.head, act.match.slot)
    grievance = _complained_of(ctx, act, slot, exclude) if framing.code[:2] == _DISAPPROVAL_ROOT else None
    if grievance is not None:  # "complained to the UN over [Israeli] air raids": aimed at Israel, told to the UN
        return Roles(sources, resolve_pronouns(ctx, (grievance,)), True)
    required = act.match.pattern.requires_target
    if slot is not None and slot not in exclude and slot_has_actor(ctx, slot, exclude) and (
            not required or heads_actor(ctx, slot)):
        return Roles(sources, resolve_pronouns(ctx, (slot,)), True)
    if required:
        # "*!": the slot itself must name an actor: "received orders [from X]" is no welcome of X, "meet
        # their commitments" no meeting, "recognize that ..." no recognition
        return Roles(sources, (), True)
    matched = tuple(j for j in act.match.tokens if j != slot)
    exclude = exclude | frozenset(matched)
    pattern = act.match.pattern
    if act.nominal:
        found = undergoer(ctx, act.head)
    elif pattern.reciprocal and not pattern.elements:  # "X and Y met [at the SCO summit]": each other, not the venue
        found = []
    else:
        found = _asked_of(ctx, act, matched, exclude) if pattern.code[:2] in _ADDRESSED_ROOTS else []
        found = found or default_targets(ctx, act.head, exclude, matched)
        if found and any(el.kind is ElementKind.DEP for el in pattern.elements):
            # "denied sending [its troops] into Ukraine": what a statement says of the speaker's own act is
            # aimed at whom that act falls on, never at the speaker's own side
            own = _own_side(ctx, sources, found)
            if own:
                found = default_targets(ctx, act.head, exclude | own, matched)
    if not found and framing.code[:2] == PROTEST_ROOT:
        found = protest_aim(ctx, (act.head, *act.match.tokens), exclude)
    if not found and hit is not None:
        if hit.match.slot is not None:
            return Roles(sources, resolve_pronouns(ctx, (hit.match.slot,)), True, from_frame=True)
        found = default_targets(ctx, hit.match.head, exclude | frozenset(hit.match.tokens))
        if not found and answered is not None:  # "Iran rejected [an offer] by the EU to supply ...": made to Iran
            found = [j for j in subject_tokens(doc, answered) if j not in exclude]
    if ctx.patterns.at_a_venue(framing.code, pattern.code):
        found = [g for g in found if not _at_venue(ctx, g)]  # "criticised the decision [in Paris]"
    return Roles(sources, resolve_pronouns(ctx, tuple(found)), False)


_VENUE_PREPS = frozenset({"in", "at", "inside", "near"})


def _at_venue(ctx: Context, g: int) -> bool:
    """Whether ``g`` names only the place where something was said or done: a place after in/at."""
    doc = ctx.doc
    prep = doc.tokens[doc.tokens[g].head]
    return (doc.tokens[g].dep == "pobj" and prep.lemma in _VENUE_PREPS
            and not any(ctx.index.at(k) for k in np_tokens(doc, g)))
