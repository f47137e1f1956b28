"""Find the acts (pattern matches) and frame verbs of one sentence."""

from __future__ import annotations

from dataclasses import dataclass

from dyads.events.framing import FrameHit, frame_at
from dyads.events.matching import Match, best_match, forms, is_passive, subtree
from dyads.events.patterns import PatternSet
from dyads.records.parse import ParsedDoc, Sentence

_VERBAL_POS = frozenset({"VERB", "AUX", "ADJ"})
NOMINAL_POS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True, slots=True)
class Act:
    head: int
    match: Match
    nominal: bool


@dataclass(frozen=True, slots=True)
class SentenceActs:
    acts: dict[int, Act]
    frames: dict[int, FrameHit]


def _lookup(patterns: PatternSet, doc: ParsedDoc, i: int, *, nominal: bool):  # type: ignore[no-untyped-def]
    t = doc.tokens[i]
    get = patterns.nouns_for if nominal else patterns.verbs_for
    found = get(t.lemma)
    for form in forms(t.text.lower()):
        found += get(form)
    return tuple(dict.fromkeys(found))


def _inside(doc: ParsedDoc, acts: dict[int, Act]) -> set[int]:
    """Tokens a pattern used, and everything below the words it matched after its head
    ("accused Washington of [protecting ...]": the protecting is the accusation's content)."""
    covered: set[int] = set()
    for a in acts.values():
        spared = set(subtree(doc, a.match.slot)) if a.match.slot is not None else set()
        for j in a.match.tokens:
            covered.add(j)
            if j != a.head and doc.tokens[j].head != j:
                covered.update(k for k in subtree(doc, j) if k not in spared)
    return covered


def find_acts(doc: ParsedDoc, sent: Sentence, patterns: PatternSet) -> SentenceActs:
    acts: dict[int, Act] = {}
    for i in range(sent.first, sent.last):
        t = doc.tokens[i]
        if t.pos in _VERBAL_POS or t.dep == "ROOT":
            m = best_match(doc, _lookup(patterns, doc, i, nominal=False), i)
            if m is not None:
                acts[i] = Act(i, m, False)
    for i in range(sent.first, sent.last):
        if i not in acts and doc.tokens[i].pos in NOMINAL_POS:
            m = best_match(doc, _lookup(patterns, doc, i, nominal=True), i)
            if m is not None:
                acts[i] = Act(i, m, True)
    # an act inside another act's matched words is part of that act
    ranked = sorted(acts.values(), key=lambda a: (-a.match.score, a.head))
    kept: dict[int, Act] = {}
    for a in ranked:
        if a.head in _inside(doc, kept):
            continue
        kept[a.head] = a
    kept = {i: a for i, a in kept.items() if i not in _inside(doc, {j: b for j, b in kept.items() if j != i})}
    covered = _inside(doc, kept)
    frames: dict[int, FrameHit] = {}
    for i in range(sent.first, sent.last):
        tok = doc.tokens[i]
        if i in covered and i not in kept:
            continue
        hit = frame_at(doc, i, patterns)
        if hit is None:
            continue
        if tok.pos in NOMINAL_POS and tok.lemma not in patterns.carriers:
            continue
        if i in kept and kept[i].match.score > hit.match.score:
            continue
        frames[i] = hit
    acts_out = {i: a for i, a in sorted(kept.items()) if i not in frames}
    return SentenceActs(acts_out, frames)


def frame_is_passive(doc: ParsedDoc, hit: FrameHit) -> bool:
    return is_passive(doc, hit.match.head)
