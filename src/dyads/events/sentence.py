"""Code one sentence: frame its acts, find their actors, emit raw events."""

from __future__ import annotations

from dataclasses import dataclass, replace

from dyads.events.acts import NOMINAL_POS, Act, find_acts
from dyads.events.context import Context, Roles
from dyads.events.frames.conditions import conditional_clause, in_condition_of
from dyads.events.frames.framing import (
    FrameHit,
    Framing,
    frame_act,
    frame_holder,
    governing_frame,
    made_then_turned_down,
    modal_here,
    negated_here,
    owed_code,
    owed_frame,
    plain_act,
)
from dyads.events.frames.papers import carrying_document
from dyads.events.frames.questions import asks_a_question
from dyads.events.frames.speech import reported_by, speaker_of, speakers_own
from dyads.events.frames.verdicts import government_of, own_government, verdicts
from dyads.events.patterns.loading import ModalKind, PatternSet
from dyads.events.patterns.matching import is_passive, subtree
from dyads.events.patterns.syntax import PatternKind
from dyads.events.roots import PROTEST_ROOT
from dyads.events.sides.arguments import UnresolvedActors, actors_at, np_tokens, subject_tokens
from dyads.events.sides.naming import has_actor
from dyads.events.sides.partners import each_other
from dyads.events.sides.performers import predicate_subject, resolve_pronouns, under_light_verb
from dyads.events.sides.roles import (
    THREAT_ROOT,
    condition_bound,
    default_targets,
    find_roles,
    orders_own_organ,
)
from dyads.events.sides.things import harmed_by_thing, moved_thing
from dyads.events.targets.aims import held_state, received_by
from dyads.events.targets.conduits import conduit_origin
from dyads.records.actor import UNKNOWN_COUNTRY, ActorMention
from dyads.records.event import Modality
from dyads.records.parse import ParsedDoc, Sentence

_STATEMENT = "010"
_SELF_VIA = frozenset({"pronoun", "coref"})


@dataclass(frozen=True, slots=True)
class RawEvent:
    """An event before the codebook fields are attached."""

    code: str
    source: ActorMention | None
    target: ActorMention | None
    trigger: tuple[int, ...]
    pattern: str
    negated: bool
    modality: Modality
    confidence: float
    sentence: int
    scope: int = -1  # the highest word of the act (its frame verb, else its head): where implied targets are sought
    act_code: str = ""  # the act's own code before a frame recoded it ("threatened to [impose a curfew]": 1723)
    mutual: bool = False  # done to "each other": its sides are its doers, never a target implied


def _describe(act: Act | None, hit: FrameHit | None, code: str) -> str:
    parts = []
    if hit is not None:
        parts.append(f"frame {hit.frame.name} «{hit.match.pattern.text}» ({hit.frame.origin})")
    if act is not None:
        p = act.match.pattern
        parts.append(f"{p.kind.value} {p.code} «{p.text}» ({p.origin})")
    return " + ".join(parts) + f" -> {code}"


def _same(a: ActorMention, b: ActorMention) -> bool:
    return a is b or (a.code is not None and a.code == b.code and (b.via in _SELF_VIA or a.via in _SELF_VIA))


_ARMED_MEN = "UAF"
_COURT = "JUD"
# the frame verbs under which a joint act stays joint: an agreement binds both sides; a pledge, a promise, an
# offer, a plan or a hope is one side's own ("pledged to work with the opposition")
_JOINT_FRAME_VERBS = frozenset({"agree", "reach"})
_STATEMENT_ROOT = "01"
_ENDORSE_ROOT = "05"
_VIOLENT_ROOTS = frozenset({"18", "19"})
_CRITICISM = "111"
_ONE_SIDED_ROOTS = frozenset({"12", "13"})
_INTENT_ROOT = "03"
JUDGING_ROOTS = frozenset({"11", "12"})  # criticism and rejection: a harm judged is aimed at its doers


def _unidentified(doc: ParsedDoc, i: int, role: str) -> ActorMention:
    tok = doc.tokens[i]
    return ActorMention(doc_id=doc.doc_id, text=tok.text, start=tok.start, end=tok.end,
                        code=UNKNOWN_COUNTRY + role, country=None, role=role, name=None, first=i, last=i + 1,
                        head=i, via="unidentified")


def _emit(ctx: Context, sent: Sentence, code: str, roles: Roles, trigger: tuple[int, ...], pattern: str,
          framing: Framing, *, reciprocal: bool, required: bool = False, base: float, scope: int,
          act_code: str = "", agentless: bool = False, mutual: bool = False) -> list[RawEvent]:
    doc, policy = ctx.doc, ctx.unresolved
    sources: list[ActorMention | None] = [
        a for s in roles.sources for a in actors_at(doc, s, ctx.index, unresolved=policy,
                                                    places=ctx.places if roles.source_slot else None)]
    src_span = frozenset(j for s in roles.sources for j in np_tokens(doc, s))
    # a harm judged is not aimed at where it struck ("condemned the attacks in [Delhi]"): at its doers, if said
    harms = ctx.patterns.words("harm_nouns") if code[:2] in JUDGING_ROOTS else frozenset()
    targets = [a for t in roles.targets
               for a in actors_at(doc, t, ctx.index, unresolved=policy if roles.explicit else UnresolvedActors.DROP,
                                  exclude=src_span if t not in roles.sources else frozenset(),
                                  places=ctx.places if roles.explicit and doc.tokens[t].lemma.lower() not in harms
                                  else None)]
    targets = [t for t in targets if all(s is None or not _same(s, t) for s in sources)]
    if required and not any(t.code for t in targets) and not (mutual and len(sources) > 1):
        return []  # "*!": an actor, not a name left unresolved ("on Monday"); or each other of two doers
    if not sources and reciprocal and len(targets) > 1:  # "a joint venture between FAW and GAZ"
        sources = list(targets)
    doer = ctx.patterns.unsaid_doer(code) if agentless and not sources else None
    if doer is not None and any(doc.tokens[j].lemma.lower() in ctx.patterns.words("court_acts") for j in trigger):
        doer = _COURT  # "were each sentenced to eleven years": by a court, whatever the code
    if doer is not None and (targets or doer == _ARMED_MEN):
        # "a French journalist was kidnapped": violence whose doers are unsaid is by unidentified armed men,
        # and "a bomb exploded in a court in Gazipur" too (its target implied later, by its place); "was
        # arrested in Lebanon": by the authorities (placed later, dyads.events.targets.implied)
        sources = [_unidentified(doc, scope, doer)]
    if not sources:
        if policy is not UnresolvedActors.KEEP or not targets:
            return []
        sources = [None]
    pairs: list[tuple[ActorMention | None, ActorMention | None]]
    if reciprocal and len(sources) > 1 and not roles.explicit:
        # "Israel and Lebanon renewed negotiations on [a pullback]": the parties act on each other
        targets = []
    if targets and sources != targets:
        pairs = [(s, t) for s in sources for t in targets]
        if reciprocal and not roles.from_frame:
            pairs += [(t, s) for s, t in pairs if s is not None]
    elif reciprocal and len(sources) > 1:
        pairs = [(a, b) for a in sources for b in sources if a is not b]
    else:
        pairs = [(s, None) for s in sources]
    out = []
    for s, t in pairs:
        conf = base - (0.4 if s is None else (0.3 if s.code is None else 0.0))
        conf -= 0.1 if t is None else (0.15 if t.code is None else (0.05 if not roles.explicit else 0.0))
        out.append(RawEvent(code, s, t, trigger, pattern, framing.negated, framing.modality,
                            round(max(conf, 0.05), 2), sent.index, scope, act_code or code, mutual))
    return out


def _shown_not_marched(doc: ParsedDoc, i: int, act: Act, words: frozenset[str]) -> bool:
    """A protest verb matched bare but used with an object, a that-clause or an addressee is another
    sense: "demonstrated its resolve", "demonstrate to the country that ...", "rally support"."""
    if act.nominal or act.match.pattern.elements or doc.tokens[i].lemma.lower() not in words:
        return False
    return any(c.dep in ("dobj", "ccomp") or (c.dep in ("prep", "dative") and c.lemma == "to")
               for c in doc.children(i))


def _noun_scope(doc: ParsedDoc, i: int, nominal: bool) -> int:
    """Where a nominal act's phrase is: a noun that qualifies another ("a [mediation] mission between
    Syria and Jordan") acts through the phrase of the noun it qualifies."""
    tok = doc.tokens[i]
    return tok.head if nominal and tok.dep == "compound" and tok.head != i else i


def code_sentence(ctx: Context, sent: Sentence) -> list[RawEvent]:
    doc, patterns = ctx.doc, ctx.patterns
    found = find_acts(doc, sent, patterns)
    act_heads = frozenset(found.acts)
    harm_things = patterns.words("munitions") | patterns.words("harm_nouns")
    # shells that land, troops or refugees that arrive
    moved_things = patterns.words("munitions") | patterns.words("force_nouns") | patterns.words("migrants")
    used_frames: set[int] = set()
    events: list[RawEvent] = []
    # papers whose content is an act or a frame ("issued a statement [calling on] ..."): no statement of their own
    carried = {doc.tokens[j].head for j in (*found.acts, *found.frames) if carrying_document(ctx, j) is not None}
    for i, act in found.acts.items():
        if act.match.pattern.code[:2] == _STATEMENT_ROOT and carried.intersection((i, *act.match.tokens)):
            continue
        if (act.match.pattern.code[:2] == _ENDORSE_ROOT and not act.nominal
                and any(c.dep == "dobj" and c.i in carried for c in doc.children(i))):
            continue  # "approved [a resolution] condemning Iran": the approval is the issuing of the act it carries
        if _shown_not_marched(doc, i, act, patterns.words("intransitive_protests")):
            continue  # "demonstrate [to the country] that ...", "rally [support]": to show, to gather
        hit = governing_frame(doc, i, found.frames, act_heads, patterns)
        if hit is not None and in_condition_of(doc, i, hit.match.head):
            hit = None  # "threatened sanctions unless it [frees] the activists": the condition, not the threat
        if act.match.pattern.kind is PatternKind.COMPLEMENT and hit is None and not under_light_verb(ctx, i):
            continue
        if not act.nominal and moved_thing(doc, i, act.match.pattern.code, munitions=moved_things):
            continue
        if not act.nominal and i > 0 and doc.tokens[i - 1].tag == "POS":
            continue  # "Jordan's [visiting] King Abdullah": a word before a noun, whatever the parser made of it
        if act.nominal and _unheld(ctx, i, act, patterns.words("held_only")):
            continue  # "agreed to begin a [trial] in New York": a trial of no one
        speaker = speaker_of(ctx, i)
        if hit is not None and made_then_turned_down(doc, hit, act.match.pattern.code, nominal=act.nominal):
            hit = None
        if hit is not None:
            used_frames.add(hit.match.head)
            said = speaker if speaker is not None else speaker_of(ctx, frame_holder(doc, hit))
            owed = owed_frame(doc, hit, act.match.pattern.code, patterns) if said is not None else None
            if owed is not None:  # "X said Y must agree to [changes]": X demands them of Y
                framing, speaker = owed, said
            else:
                adopted = act.nominal and doc.tokens[hit.match.head].lemma == "agree"
                framing = frame_act(act.match.pattern.code, hit, patterns, adopted=adopted)
                if orders_own_organ(ctx, hit):  # "ordered the army to attack the rebels": the state's attack
                    framing = replace(framing, code=act.match.pattern.code, modality=Modality.ASSERTED)
                framing = _under_another_frame(ctx, hit, found.frames, act_heads, framing)
                if framing.modality is Modality.ASSERTED:  # "should stop subsidizing", "will refuse to meet"
                    framing = replace(framing, modality=_frame_modality(
                        doc, hit.match.head, ctx, threat=hit.frame.code[:2] == THREAT_ROOT))
                    framing = _said_punishment(framing, doc, hit, patterns)
        else:
            framing = plain_act(doc, i, act.match.pattern.code, patterns, obligation_ok=speaker is not None)
            # "X said that Y attacked Z": the act itself, reported (a modal that recoded it stays as it is)
            if (framing.modality is Modality.ASSERTED and framing.code == act.match.pattern.code
                    and not framing.obligation and reported_by(ctx, i) is not None):
                framing = replace(framing, modality=Modality.REPORTED)
        if framing.code[:2] in _VIOLENT_ROOTS and not act.nominal and any(
                c.dep == "dobj" and c.lemma.lower() in patterns.words("argument_nouns") for c in doc.children(i)):
            framing = replace(framing, code=_CRITICISM)  # "attacked Schreiber's [credibility]": words, not blows
        roles = find_roles(ctx, act, framing, speaker)
        origin = conduit_origin(ctx, i) if hit is None and not act.nominal else None
        if origin is not None:  # "a pipeline from Russia ... that will deliver oil to China": Russia's supply
            roles = replace(roles, sources=(origin,), source_slot=True)
            kind = modal_here(doc, i, patterns)  # a thing has no intent: "will deliver" stays a delivery
            if framing.code != act.match.pattern.code and kind in (ModalKind.FUTURE, ModalKind.HYPOTHETICAL):
                later = Modality.FUTURE if kind is ModalKind.FUTURE else Modality.HYPOTHETICAL
                framing = Framing(act.match.pattern.code, False, later, None)
        trigger = tuple(sorted({i, *act.match.tokens, *((hit.match.head,) if hit else ())}))
        # a joint act stays joint under an agreement ("agreed to hold talks"), not under a demand, an appeal, a
        # threat or a refusal, which one side makes of the other ("demanded that it sever the alliance with X"),
        # nor under an offer, a pledge or a plan, which are one side's own ("offered to cooperate with ...")
        # (a joint act whose parties it names itself, with no one holding the frame, stays joint: "a joint
        # venture was planned between FAW and GAZ")
        held = any(has_actor(ctx, j, frozenset()) for j in roles.sources)
        # ... nor when the act is recoded as a refusal or a threat, which one side makes ("we will never
        # negotiate with Hamas": 125 of Israel's, not of Hamas's)
        # (and an intent its subject states, "would meet the mediator": its own, not the mediator's)
        recoded = (hit is None and framing.code != act.match.pattern.code and bool(roles.targets)
                   and (framing.code[:2] in _ONE_SIDED_ROOTS
                        or (framing.code[:2] == _INTENT_ROOT != act.match.pattern.code[:2] and held)))
        joint = act.match.pattern.reciprocal and not recoded and (hit is None or not held or (
            framing.code in patterns.reciprocal and doc.tokens[hit.match.head].lemma.lower() in _JOINT_FRAME_VERBS))
        reciprocal = joint or (framing.code in patterns.reciprocal and not roles.targets)
        mutual = each_other(ctx, act, i)
        if mutual:  # "India and Pakistan accused [each other]": a joint act of the doers
            roles, reciprocal = replace(roles, targets=(), explicit=False), True
        base = 0.9 - (0.1 if act.nominal else 0.0) - (0.05 if hit is not None else 0.0) - (0.25 if origin is not None else 0.0)
        events += [replace(r, target=speakers_own(ctx, r.code, r.source, r.target, speaker)) for r in _emit(
                        ctx, sent, framing.code, roles, trigger, _describe(act, hit, framing.code), framing,
                        reciprocal=reciprocal, required=act.match.pattern.requires_target, base=base,
                        scope=hit.match.head if hit is not None else _noun_scope(doc, i, act.nominal),
                        act_code=act.match.pattern.code, mutual=mutual,
                        agentless=hit is None and ((not act.nominal and act.match.pattern.code[:2] != PROTEST_ROOT
                                                    and (is_passive(doc, i) or harmed_by_thing(
                            doc, i, framing.code, things=harm_things)))
                            # "the kidnapping [of] two aid workers", "the arrest of the leader": a doer unsaid
                            or (act.nominal and (act.match.slot_prep == "of" or held_state(ctx, i) is not None
                                                 or act.match.pattern.code[:2] == PROTEST_ROOT))))]
    for i, hit in found.frames.items():
        if i in used_frames or not hit.frame.alone or doc.tokens[i].pos in NOMINAL_POS or is_passive(doc, i):
            continue
        if asks_a_question(doc, i):
            continue
        framing = Framing(hit.frame.code, negated_here(doc, i), _frame_modality(doc, i, ctx), hit)
        src = resolve_pronouns(ctx, tuple(predicate_subject(ctx, i)))
        exclude = frozenset(j for s in src for j in np_tokens(doc, s)) | {i}
        bound = condition_bound(ctx, [i], exclude) if hit.frame.code[:2] == THREAT_ROOT else ()
        if hit.match.slot is not None:
            roles = Roles(src, resolve_pronouns(ctx, (hit.match.slot,)), True)
        elif bound:  # "threatened to retaliate unless [Pakistan] hands over the suspects"
            roles = Roles(src, bound, True)
        else:
            roles = Roles(src, tuple(default_targets(ctx, i, exclude)), False)
        trigger = tuple(sorted({i, *hit.match.tokens}))
        events += _emit(ctx, sent, hit.frame.code, roles, trigger, _describe(None, hit, hit.frame.code), framing,
                        reciprocal=False, required=hit.match.pattern.requires_target, base=0.7, scope=i)
    events += _bare_obligations(ctx, sent, events)
    events += _verdicts(ctx, sent, events)
    if any(e.code != _STATEMENT for e in events):
        events = [e for e in events if e.code != _STATEMENT]
    return events


def _under_another_frame(ctx: Context, hit: FrameHit, frames: dict[int, FrameHit], acts: frozenset[int],
                         framing: Framing) -> Framing:
    """A framed act whose frame is itself framed is wanted, not done: "Greece demanded that its partners
    [refuse to recognize] Macedonia" is no refusal (the demand is coded by itself); "agreed to [refuse]"
    is an intent."""
    others = {k: f for k, f in frames.items() if k != hit.match.head}
    outer = governing_frame(ctx.doc, hit.match.head, others, acts, ctx.patterns) if others else None
    if outer is None or framing.modality is not Modality.ASSERTED:
        return framing
    if ctx.doc.tokens[hit.match.head].pos in NOMINAL_POS and received_by(ctx, hit.match.head) is not None:
        return framing  # "Iran rejected [an offer] by the EU to supply ...": the offer was made, whatever its answer
    return replace(framing, modality=Modality.INTENDED if outer.frame.transform == "intent" else Modality.HYPOTHETICAL)


_PUNITIVE_ROOTS = frozenset({"16", "17"})


def _said_punishment(framing: Framing, doc: ParsedDoc, hit: FrameHit, patterns: PatternSet) -> Framing:
    """A cut or a sanction said to come ("may [stop] giving aid to Kenya", "will halt talks") is a threat
    of it, as the same act under a modal with no frame is ("will cut aid": 1311)."""
    if framing.negated or framing.code[:2] not in _PUNITIVE_ROOTS or framing.modality not in (
            Modality.FUTURE, Modality.HYPOTHETICAL):
        return framing
    if modal_here(doc, hit.match.head, patterns) not in (ModalKind.FUTURE, ModalKind.HYPOTHETICAL):
        return framing
    threat = patterns.transform("threat")
    new = threat.apply(framing.code) if threat is not None else None
    return replace(framing, code=new, modality=Modality.ASSERTED) if new else framing


def _unheld(ctx: Context, i: int, act: Act, held_only: frozenset[str]) -> bool:
    """Whether a bare noun of ``held_only`` ("trial") tells no one held: only someone "on trial", who
    undergoes it ("faces trial": ``undergo`` in the lexicon), or whose it is ("Saddam's trial") is tried."""
    doc = ctx.doc
    tok = doc.tokens[i]
    if tok.lemma.lower() not in held_only or act.match.slot_prep:
        return False
    if held_state(ctx, i) is not None or any(c.dep == "poss" for c in doc.children(i)):
        return False
    return not (tok.dep == "dobj" and doc.tokens[tok.head].lemma in ctx.patterns.words("undergo"))


def _frame_modality(doc: ParsedDoc, i: int, ctx: Context, *, threat: bool = False) -> Modality:
    """A frame verb, alone or over the act it frames, is done unless a modal says otherwise: "will oppose
    the bill" (future), "could refuse", "should stop subsidizing" (hypothetical).  A threat's condition is
    part of the threat, which is made ("threatened Belarus with sanctions [unless] ..." is a threat)."""
    if threat and not conditional_clause(doc, i):
        modals = [k for c in doc.children(i) if c.dep in ("aux", "auxpass")
                  for k in (ctx.patterns.modal(c.lemma) or ctx.patterns.modal(c.text.lower()),) if k is not None]
        if not modals:
            return Modality.ASSERTED
    kind = modal_here(doc, i, ctx.patterns)
    if kind is ModalKind.FUTURE:
        return Modality.FUTURE
    return Modality.ASSERTED if kind is None else Modality.HYPOTHETICAL


def _bare_obligations(ctx: Context, sent: Sentence, events: list[RawEvent]) -> list[RawEvent]:
    """"X said Y must ..." ("should ..."), with no coded act in the reported clause: a demand (an
    appeal) by X to Y."""
    doc, out = ctx.doc, []
    triggers = {t for e in events for t in e.trigger}
    for i in range(sent.first, sent.last):
        tok = doc.tokens[i]
        if tok.dep != "ccomp" or doc.tokens[tok.head].lemma not in ctx.patterns.speech:
            continue
        kind = modal_here(doc, i, ctx.patterns)
        code = owed_code(kind, None, ctx.patterns)
        if code is None or kind is None or triggers & set(subtree(doc, i)):
            continue
        framing = Framing(code, False, Modality.ASSERTED, None, obligation=True)
        roles = Roles(resolve_pronouns(ctx, tuple(subject_tokens(doc, tok.head))),
                      resolve_pronouns(ctx, tuple(subject_tokens(doc, i))), True)
        out += _emit(ctx, sent, code, roles, (tok.head, i), f"speech + {kind.value} «{tok.text}» -> {code}",
                     framing, reciprocal=False, required=True, base=0.6, scope=tok.head)
    return out


def _verdicts(ctx: Context, sent: Sentence, events: list[RawEvent]) -> list[RawEvent]:
    """"X says [Y's decision was a mistake]": X criticises Y (:mod:`dyads.events.frames.verdicts`)."""
    doc, out = ctx.doc, []
    coded = frozenset(t for e in events for t in e.trigger)
    for v in verdicts(ctx, sent, coded=coded):
        code = v.code
        roles = Roles(resolve_pronouns(ctx, tuple(subject_tokens(doc, v.speech))),
                      resolve_pronouns(ctx, (v.maker,)) if v.maker is not None else (), v.maker is not None)
        raws = _emit(ctx, sent, code, roles, (v.speech, v.predicate),
                     f"speech + verdict «{doc.tokens[v.predicate].text}» -> {code}",
                     Framing(code, False, Modality.ASSERTED, None), reciprocal=False, base=0.6, scope=v.speech)
        if v.maker is None:  # a thing only states make: the critic's own government made it, or no one said
            raws = [replace(r, target=maker) for r in raws if (maker := own_government(r.source)) is not None]
        elif doc.tokens[v.thing].lemma.lower() in ctx.patterns.words("state_things"):  # "the Brazilian budget"
            raws = [replace(r, target=government_of(r.target)) if r.target is not None else r for r in raws]
        # a verdict is aimed at its maker or at no one: one on one's own side's thing is no event here
        out += [r for r in raws if r.target is not None and r.target.code and r.source is not None
                and r.target.code != r.source.code]
    return out
