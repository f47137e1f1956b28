"""Code one sentence: frame its acts, find their actors, emit raw events."""

from __future__ import annotations

from dataclasses import dataclass

from dyads.events.acts import NOMINAL_POS, Act, find_acts
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
from dyads.events.framing import FrameHit, Framing, frame_act, governing_frame, plain_act
from dyads.events.patterns import PatternSet
from dyads.events.places import PlaceLookup
from dyads.records.actor import ActorMention
from dyads.records.event import Modality
from dyads.records.parse import ParsedDoc, Sentence

_TARGET_PREPS = ("to", "with", "against", "on", "upon", "at", "toward", "towards", "into", "in", "from", "for",
                 "over", "of", "between", "among")
_STATEMENT = "010"
_SELF_VIA = frozenset({"pronoun", "coref"})


@dataclass(frozen=True, slots=True)
class Context:
    """What coding a sentence needs, passed down instead of long argument lists."""

    doc: ParsedDoc
    index: ActorIndex
    patterns: PatternSet
    unresolved: UnresolvedActors
    places: PlaceLookup | None


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


@dataclass(frozen=True, slots=True)
class Roles:
    sources: tuple[int, ...]
    targets: tuple[int, ...]
    explicit: bool  # the target came from a pattern slot


def _speaker(ctx: Context, i: int) -> int | None:
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


def _resolve_pronouns(ctx: Context, toks: tuple[int, ...]) -> tuple[int, ...]:
    """A pronoun no actor covers takes the nearest non-pronoun subject above it."""
    doc, out = ctx.doc, []
    for t in toks:
        if doc.tokens[t].lemma not in PRONOUNS or ctx.index.at(t):
            out.append(t)
            continue
        j = t
        for _ in range(6):
            j = doc.tokens[j].head
            subj = [s for s in subject_tokens(doc, j) if s != t and doc.tokens[s].lemma not in PRONOUNS]
            if subj:
                out.extend(subj)
                break
            if doc.tokens[j].head == j:
                break
    return tuple(out)


def _noun_source(ctx: Context, i: int, *, modifiers: bool) -> list[int]:
    """Who performs a nominal event: possessor or "by" phrase; the subject of a light verb
    ("held talks"), of "responsible for"/"engaged in"; actor-naming modifiers if ``modifiers``."""
    doc = ctx.doc
    own = agent_of_noun(doc, i)
    if own:
        return own
    tok = doc.tokens[i]
    head = doc.tokens[tok.head]
    if tok.dep == "conj" and tok.head != i and head.pos in NOMINAL_POS and not modifier_agents(doc, i):
        return _noun_source(ctx, tok.head, modifiers=modifiers)
    if tok.dep in ("dobj", "nsubjpass", "attr", "oprd") and head.lemma in ctx.patterns.light:
        return subject_tokens(doc, tok.head)
    if tok.dep == "pobj" and head.head != head.i:  # "responsible for mass killings", "engaged in cleansing"
        pred = doc.tokens[head.head]
        if pred.pos == "ADJ" or pred.lemma in ("engage", "involve", "participate"):
            return subject_tokens(doc, pred.i)
    if modifiers:
        return modifier_agents(doc, i)
    speaker = _speaker(ctx, i)
    return subject_tokens(doc, speaker) if speaker is not None else []


def _predicate_subject(ctx: Context, i: int, *, modifiers: bool = True) -> list[int]:
    if ctx.doc.tokens[i].pos in NOMINAL_POS:
        return _noun_source(ctx, i, modifiers=modifiers)
    return subject_tokens(ctx.doc, i)


def _default_targets(ctx: Context, i: int, exclude: frozenset[int]) -> list[int]:
    doc = ctx.doc
    kids = doc.children(i)
    for c in kids:
        if c.dep in ("dobj", "dative", "nsubjpass", "attr") and c.i not in exclude and _has_actor(ctx, c.i, exclude):
            return [c.i]
    for prep in _TARGET_PREPS:
        for c in kids:
            if c.dep in ("prep", "agent") and c.lemma == prep and c.i not in exclude:
                for g in doc.children(c.i):
                    if g.dep == "pobj" and g.i not in exclude and _has_actor(ctx, g.i, exclude):
                        return [g.i]
    return []


def _has_actor(ctx: Context, i: int, exclude: frozenset[int]) -> bool:
    return bool(actors_at(ctx.doc, i, ctx.index, unresolved=UnresolvedActors.DROP, exclude=exclude))


def _roles(ctx: Context, act: Act, framing: Framing, speaker: int | None) -> Roles:
    doc, hit = ctx.doc, framing.frame
    if hit is not None:
        src = _predicate_subject(ctx, hit.match.head)
    elif framing.obligation and speaker is not None:
        src = subject_tokens(doc, speaker)
    elif act.match.source is not None:
        src = [act.match.source]
    else:  # a bare nominal takes its modifiers as agent only when it names its target or is joint
        src = _predicate_subject(ctx, act.head, modifiers=act.match.slot is not None or act.match.pattern.reciprocal)
    sources = _resolve_pronouns(ctx, tuple(src))
    exclude = frozenset(j for s in sources for j in np_tokens(doc, s)) | {act.head}
    if framing.obligation:
        return Roles(sources, _resolve_pronouns(ctx, tuple(subject_tokens(doc, act.head))), True)
    if hit is not None and hit.frame.target.value == "frame" and hit.match.slot is not None:
        return Roles(sources, _resolve_pronouns(ctx, (hit.match.slot,)), True)
    if act.match.slot is not None and act.match.slot not in exclude:
        return Roles(sources, _resolve_pronouns(ctx, (act.match.slot,)), True)
    found = [] if act.nominal else _default_targets(ctx, act.head, exclude)
    if not found and hit is not None:
        if hit.match.slot is not None:
            return Roles(sources, _resolve_pronouns(ctx, (hit.match.slot,)), True)
        found = _default_targets(ctx, hit.match.head, exclude)
    return Roles(sources, _resolve_pronouns(ctx, tuple(found)), False)


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


def _emit(ctx: Context, sent: Sentence, code: str, roles: Roles, trigger: tuple[int, ...], pattern: str,
          framing: Framing, *, reciprocal: bool, nominal: bool, base: float) -> list[RawEvent]:
    doc, policy = ctx.doc, ctx.unresolved
    sources: list[ActorMention | None] = [
        a for s in roles.sources for a in actors_at(doc, s, ctx.index, unresolved=policy, places=None)]
    src_span = frozenset(j for s in roles.sources for j in np_tokens(doc, s))
    targets = [a for t in roles.targets
               for a in actors_at(doc, t, ctx.index, unresolved=policy if roles.explicit else UnresolvedActors.DROP,
                                  exclude=src_span if t not in roles.sources else frozenset(),
                                  places=ctx.places if roles.explicit else None)]
    targets = [t for t in targets if all(s is None or not _same(s, t) for s in sources)]
    if not sources and reciprocal and len(targets) > 1:  # "a joint venture between FAW and GAZ"
        sources = list(targets)
    if not sources:
        if policy is not UnresolvedActors.KEEP or not targets:
            return []
        sources = [None]
    pairs: list[tuple[ActorMention | None, ActorMention | None]]
    if targets and sources != targets:
        pairs = [(s, t) for s in sources for t in targets]
        if reciprocal:
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
                            round(max(conf, 0.05), 2), sent.index))
    return out


def code_sentence(ctx: Context, sent: Sentence) -> list[RawEvent]:
    doc, patterns = ctx.doc, ctx.patterns
    found = find_acts(doc, sent, patterns)
    act_heads = frozenset(found.acts)
    used_frames: set[int] = set()
    events: list[RawEvent] = []
    for i, act in found.acts.items():
        hit = governing_frame(doc, i, found.frames, act_heads, patterns)
        speaker = _speaker(ctx, i)
        if hit is not None:
            framing = frame_act(act.match.pattern.code, hit, patterns)
            used_frames.add(hit.match.head)
        else:
            framing = plain_act(doc, i, act.match.pattern.code, patterns, obligation_ok=speaker is not None)
        roles = _roles(ctx, act, framing, speaker)
        trigger = tuple(sorted({i, *act.match.tokens, *((hit.match.head,) if hit else ())}))
        reciprocal = act.match.pattern.reciprocal or (framing.code in patterns.reciprocal and not roles.targets)
        base = 0.9 - (0.1 if act.nominal else 0.0) - (0.05 if hit is not None else 0.0)
        events += _emit(ctx, sent, framing.code, roles, trigger, _describe(act, hit, framing.code), framing,
                        reciprocal=reciprocal, nominal=act.nominal, base=base)
    for i, hit in found.frames.items():
        if i in used_frames or not hit.frame.alone or doc.tokens[i].pos in NOMINAL_POS:
            continue
        framing = Framing(hit.frame.code, False, Modality.ASSERTED, hit)
        src = _resolve_pronouns(ctx, tuple(_predicate_subject(ctx, i)))
        exclude = frozenset(j for s in src for j in np_tokens(doc, s)) | {i}
        if hit.match.slot is not None:
            roles = Roles(src, _resolve_pronouns(ctx, (hit.match.slot,)), True)
        else:
            roles = Roles(src, tuple(_default_targets(ctx, i, exclude)), False)
        trigger = tuple(sorted({i, *hit.match.tokens}))
        events += _emit(ctx, sent, hit.frame.code, roles, trigger, _describe(None, hit, hit.frame.code), framing,
                        reciprocal=False, nominal=False, base=0.7)
    if any(e.code != _STATEMENT for e in events):
        events = [e for e in events if e.code != _STATEMENT]
    return events
