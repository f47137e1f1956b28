"""Code one sentence: find the acts, frame them, find their actors."""

from __future__ import annotations

from dataclasses import dataclass

from dyads.events.arguments import (
    PRONOUNS,
    ActorIndex,
    UnresolvedActors,
    actors_at,
    agent_of_noun,
    modifier_agents,
    np_tokens,
    subject_tokens,
)
from dyads.events.framing import FrameHit, Framing, frame_act, frame_at, governing_frame, plain_act
from dyads.events.matching import Match, best_match
from dyads.events.patterns import PatternSet
from dyads.records.actor import ActorMention
from dyads.records.event import Modality
from dyads.records.parse import ParsedDoc, Sentence

_VERBAL_POS = frozenset({"VERB", "AUX", "ADJ"})
_NOMINAL_POS = frozenset({"NOUN", "PROPN"})
_TARGET_PREPS = ("to", "with", "against", "on", "upon", "at", "toward", "towards", "into", "in", "from", "for", "over", "of", "between", "among")
_STATEMENT = "010"


@dataclass(frozen=True, slots=True)
class Act:
    head: int
    match: Match
    nominal: bool


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


def _find_acts(doc: ParsedDoc, sent: Sentence, patterns: PatternSet) -> dict[int, Act]:
    acts: dict[int, Act] = {}
    for i in range(sent.first, sent.last):
        t = doc.tokens[i]
        if t.pos in _VERBAL_POS or t.dep == "ROOT":
            m = best_match(doc, patterns.verbs_for(t.lemma) or patterns.verbs_for(t.text.lower()), i)
            if m is not None:
                acts[i] = Act(i, m, False)
    covered = {j for a in acts.values() for j in a.match.tokens}
    acts = {i: a for i, a in acts.items() if i not in covered}
    covered = {j for a in acts.values() for j in a.match.tokens}
    for i in range(sent.first, sent.last):
        t = doc.tokens[i]
        if i in acts or i in covered or t.pos not in _NOMINAL_POS:
            continue
        m = best_match(doc, patterns.nouns_for(t.lemma) or patterns.nouns_for(t.text.lower()), i)
        if m is not None:
            acts[i] = Act(i, m, True)
    covered = {j for a in acts.values() for j in a.match.tokens}
    return {i: a for i, a in acts.items() if i not in covered}


def _speaker(doc: ParsedDoc, i: int, patterns: PatternSet) -> int | None:
    """The speech verb whose reported clause holds ``i`` ("Russia said [Sudan must return...]")."""
    j = i
    for _ in range(3):
        tok = doc.tokens[j]
        if tok.head == j:
            return None
        head = doc.tokens[tok.head]
        if tok.dep in ("ccomp", "parataxis") and head.lemma in patterns.speech:
            return head.i
        if tok.dep not in ("conj", "xcomp"):
            return None
        j = head.i
    return None


def _resolve_pronouns(doc: ParsedDoc, toks: list[int], index: ActorIndex) -> list[int]:
    """A pronoun subject no actor covers takes the subject of the clause above it."""
    out: list[int] = []
    for t in toks:
        tok = doc.tokens[t]
        if tok.lemma not in PRONOUNS or t in index.by_token:
            out.append(t)
            continue
        j, found = t, []
        for _ in range(6):
            j = doc.tokens[j].head
            subj = [s for s in subject_tokens(doc, j) if s != t and doc.tokens[s].lemma not in PRONOUNS]
            if subj:
                found = subj
                break
            if doc.tokens[j].head == j:
                break
        out.extend(found)
    return out


def _default_targets(doc: ParsedDoc, i: int, index: ActorIndex, exclude: frozenset[int]) -> list[int]:
    kids = doc.children(i)
    for c in kids:
        if c.dep in ("dobj", "dative", "nsubjpass", "attr") and c.i not in exclude and _has_actor(doc, c.i, index, exclude):
            return [c.i]
    for prep in _TARGET_PREPS:
        for c in kids:
            if c.dep in ("prep", "agent") and c.lemma == prep:
                for g in doc.children(c.i):
                    if g.dep == "pobj" and g.i not in exclude and _has_actor(doc, g.i, index, exclude):
                        return [g.i]
    return []


def _has_actor(doc: ParsedDoc, i: int, index: ActorIndex, exclude: frozenset[int]) -> bool:
    return bool(actors_at(doc, i, index, unresolved=UnresolvedActors.DROP, exclude=exclude))


def _noun_source(doc: ParsedDoc, i: int, patterns: PatternSet, *, modifiers: bool) -> list[int]:
    """Who performs a nominal event: possessor or "by" phrase; the subject of a light verb
    ("held talks"), of "responsible for"/"engaged in"; actor-naming modifiers if ``modifiers``."""
    own = agent_of_noun(doc, i)
    if own:
        return own
    tok = doc.tokens[i]
    head = doc.tokens[tok.head]
    if tok.dep == "conj" and tok.head != i:
        return _noun_source(doc, tok.head, patterns, modifiers=modifiers)
    if tok.dep in ("dobj", "nsubjpass", "attr", "oprd") and head.lemma in patterns.light:
        return subject_tokens(doc, tok.head)
    if tok.dep == "pobj":  # "responsible for mass killings", "engaged in ethnic cleansing"
        pred = doc.tokens[head.head]
        if head.head != head.i and (pred.pos == "ADJ" or pred.lemma in ("engage", "involve", "participate", "take")):
            return subject_tokens(doc, pred.i)
    if modifiers:
        return modifier_agents(doc, i)
    return []


def _predicate_subject(doc: ParsedDoc, i: int, patterns: PatternSet, *, modifiers: bool = True) -> list[int]:
    if doc.tokens[i].pos in _NOMINAL_POS:
        return _noun_source(doc, i, patterns, modifiers=modifiers)
    return subject_tokens(doc, i)


def _sources(doc: ParsedDoc, act: Act, framing: Framing, speaker: int | None, patterns: PatternSet) -> list[int]:
    if framing.frame is not None:
        return _predicate_subject(doc, framing.frame.match.head, patterns)
    if framing.obligation and speaker is not None:
        return subject_tokens(doc, speaker)
    if act.match.source is not None:
        return [act.match.source]
    # a bare nominal takes its modifiers as agent only when it names its target or is reciprocal
    modifiers = act.match.slot is not None or act.match.pattern.reciprocal
    return _predicate_subject(doc, act.head, patterns, modifiers=modifiers)


def _targets(doc: ParsedDoc, act: Act, framing: Framing, index: ActorIndex,
             exclude: frozenset[int]) -> tuple[list[int], bool]:
    """Target tokens and whether they came from an explicit slot."""
    hit = framing.frame
    if framing.obligation:
        return subject_tokens(doc, act.head), True
    if hit is not None and hit.frame.target.value == "frame" and hit.match.slot is not None:
        return [hit.match.slot], True
    if act.match.slot is not None and act.match.slot not in exclude:
        return [act.match.slot], True
    found = _default_targets(doc, act.head, index, exclude)
    if not found and hit is not None:
        if hit.match.slot is not None:
            return [hit.match.slot], True
        found = _default_targets(doc, hit.match.head, index, exclude)
    return found, False


def _describe(act: Act | None, hit: FrameHit | None, code: str) -> str:
    parts = []
    if hit is not None:
        parts.append(f"frame {hit.frame.name} «{hit.match.pattern.text}» ({hit.frame.origin})")
    if act is not None:
        p = act.match.pattern
        parts.append(f"{p.kind.value} {p.code} «{p.text}» ({p.origin})")
    return " + ".join(parts) + f" -> {code}"


def _emit(doc: ParsedDoc, sent: Sentence, code: str, src_toks: list[int], tgt: tuple[list[int], bool],
          trigger: tuple[int, ...], pattern: str, framing: Framing, reciprocal: bool, index: ActorIndex,
          unresolved: UnresolvedActors, base: float) -> list[RawEvent]:
    sources: list[ActorMention | None] = [a for s in src_toks for a in actors_at(doc, s, index, unresolved=unresolved)]
    src_span = frozenset(j for s in src_toks for j in np_tokens(doc, s))
    tgt_toks, explicit = tgt
    targets = [a for t in tgt_toks
               for a in actors_at(doc, t, index, unresolved=unresolved if explicit else UnresolvedActors.DROP,
                                  exclude=src_span if t not in src_toks else frozenset())]
    targets = [t for t in targets if all(t is not s for s in sources)]
    if not sources:
        if unresolved is UnresolvedActors.DROP or not targets:
            return []
        sources = [None]  # "killed in a car bombing": no agent said; kept only with a target
    pairs: list[tuple[ActorMention | None, ActorMention | None]] = []
    if targets:
        pairs = [(s, t) for s in sources for t in targets]
        if reciprocal:
            pairs += [(t, s) for s, t in pairs]
    elif reciprocal and len(sources) > 1:
        pairs = [(a, b) for a in sources for b in sources if a is not b]
    else:
        pairs = [(s, None) for s in sources]
    out = []
    for s, t in pairs:
        conf = base
        conf -= 0.4 if s is None else (0.3 if s.code is None else 0.0)
        conf -= 0.1 if t is None else (0.15 if t.code is None else 0.0)
        conf -= 0.05 if t is not None and not explicit else 0.0
        out.append(RawEvent(code, s, t, trigger, pattern, framing.negated, framing.modality,
                            round(max(conf, 0.05), 2), sent.index))
    return out


def code_sentence(doc: ParsedDoc, sent: Sentence, index: ActorIndex, patterns: PatternSet, *,
                  unresolved: UnresolvedActors) -> list[RawEvent]:
    acts = _find_acts(doc, sent, patterns)
    frames: dict[int, FrameHit] = {}
    for i in range(sent.first, sent.last):
        hit = frame_at(doc, i, patterns)
        if hit is not None and not (i in acts and acts[i].match.score > hit.match.score):
            frames[i] = hit
    acts = {i: a for i, a in acts.items() if i not in frames}
    act_heads = frozenset(acts)
    used_frames: set[int] = set()
    events: list[RawEvent] = []
    for i, act in sorted(acts.items()):
        hit = governing_frame(doc, i, frames, act_heads, patterns)
        speaker = _speaker(doc, i, patterns)
        if hit is not None:
            framing = frame_act(act.match.pattern.code, hit, patterns)
            used_frames.add(hit.match.head)
        else:
            framing = plain_act(doc, i, act.match.pattern.code, patterns, obligation_ok=speaker is not None)
        src = _resolve_pronouns(doc, _sources(doc, act, framing, speaker, patterns), index)
        exclude = frozenset(j for s in src for j in np_tokens(doc, s))
        tgt_toks, explicit = _targets(doc, act, framing, index, exclude)
        tgt_toks = _resolve_pronouns(doc, tgt_toks, index)
        trigger = tuple(sorted({i, *act.match.tokens, *((hit.match.head,) if hit else ())}))
        reciprocal = act.match.pattern.reciprocal or framing.code in patterns.reciprocal
        base = 0.9 - (0.1 if act.nominal else 0.0) - (0.05 if hit is not None else 0.0)
        events += _emit(doc, sent, framing.code, src, (tgt_toks, explicit), trigger,
                        _describe(act, hit, framing.code), framing, reciprocal, index, unresolved, base)
    for i, hit in sorted(frames.items()):
        if i in used_frames or not hit.frame.alone:
            continue
        framing = Framing(hit.frame.code, False, Modality.ASSERTED, hit)
        src = _resolve_pronouns(doc, _predicate_subject(doc, i, patterns), index)
        exclude = frozenset(j for s in src for j in np_tokens(doc, s))
        if hit.match.slot is not None:
            tgt = ([hit.match.slot], True)
        else:
            tgt = (_default_targets(doc, i, index, exclude), False)
        trigger = tuple(sorted({i, *hit.match.tokens}))
        events += _emit(doc, sent, hit.frame.code, src, tgt, trigger, _describe(None, hit, hit.frame.code),
                        framing, False, index, unresolved, 0.7)
    if any(e.code != _STATEMENT for e in events):
        events = [e for e in events if e.code != _STATEMENT]
    return events
