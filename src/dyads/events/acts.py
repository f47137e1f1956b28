"""Find the acts (pattern matches) and frame verbs of one sentence."""

from __future__ import annotations

from dataclasses import dataclass

from dyads.events.frames.framing import FrameHit, done_before, frame_act, frame_at, governing_frame
from dyads.events.patterns.loading import PatternSet
from dyads.events.patterns.matching import Match, best_match, forms, subtree
from dyads.events.patterns.syntax import ElementKind, Pattern
from dyads.events.roots import HARM_ROOTS
from dyads.records.parse import ParsedDoc, Sentence

_VERBAL_POS = frozenset({"VERB", "AUX", "ADJ"})
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
_CONTENT_PREPS = frozenset({"for", "of", "over", "about"})


@dataclass(frozen=True, slots=True)
class Act:
    head: int
    match: Match
    nominal: bool


@dataclass(frozen=True, slots=True)
class SentenceActs:
    acts: dict[int, Act]
    frames: dict[int, FrameHit]


def _lookup(patterns: PatternSet, doc: ParsedDoc, i: int, *, nominal: bool) -> tuple[Pattern, ...]:
    t = doc.tokens[i]
    get = patterns.nouns_for if nominal else patterns.verbs_for
    found = get(t.lemma)
    for form in forms(t.text.lower()):
        found += get(form)
    return tuple(dict.fromkeys(found))


_RELATIVE_WORDS = frozenset({"who", "whom", "which", "that"})


def _own_clauses(doc: ParsedDoc, matched: tuple[int, ...], documents: frozenset[str]) -> set[int]:
    """Relative clauses below the matched words that have a subject of their own ("exports of chemicals,
    a step [that Seoul denounced]"): another actor's act, not part of this one; and what a paper says
    ("issued a statement [calling on Turkey to ...]"): an act of its own, not the statement."""
    out: set[int] = set()
    for j in matched:
        for k in subtree(doc, j):
            tok = doc.tokens[k]
            if tok.dep == "relcl" and k not in out and any(
                c.dep == "nsubj" and c.lemma.lower() not in _RELATIVE_WORDS for c in doc.children(k)
            ):
                out.update(subtree(doc, k))
            if done_before(doc, k) and k not in out:  # "agreed to release them [after meeting] the envoy"
                out.update(subtree(doc, k))
            if (tok.dep == "acl" and tok.tag == "VBG" and k not in out
                    and doc.tokens[tok.head].lemma.lower() in documents):
                out.update(subtree(doc, k))
    return out


def _defiance(doc: ParsedDoc, prep: int, objections: frozenset[str]) -> bool:
    """An "over" phrase that tells what the act defied, not what it was about ("invaded Iraq [over the
    objections of France]")."""
    return doc.tokens[prep].lemma == "over" and any(
        c.dep == "pobj" and c.lemma.lower() in objections for c in doc.children(prep))


def _told_reason(doc: ParsedDoc, prep: int, head: int, reasons: frozenset[str]) -> bool:
    """A "for" reason that is a deed told as done, a gerund under a verb of ``reasons`` ("was jailed for
    [organizing] protests", "thanked Bush for [coming] to visit")."""
    return (doc.tokens[prep].lemma == "for" and doc.tokens[head].lemma in reasons
            and any(c.dep in ("pcomp", "pobj") and c.tag == "VBG" for c in doc.children(prep)))


def _inside(doc: ParsedDoc, acts: dict[int, Act], light: frozenset[str], documents: frozenset[str], *,
            objections: frozenset[str], reasons: frozenset[str]) -> set[int]:
    """Tokens a pattern used, and everything below the words it matched after its head
    ("accused Washington of [protecting ...]": the protecting is the accusation's content), except a deed
    told as the reason of a verdict or of thanks (:func:`_told_reason`)."""
    covered: set[int] = set()
    for a in acts.values():
        spared = set(subtree(doc, a.match.slot)) if a.match.slot is not None else set()
        spared |= _own_clauses(doc, a.match.tokens, documents)
        if not a.nominal and doc.tokens[a.head].lemma not in light:
            # its object, and its reason ("praised Japan for [its support]"), are part of it
            for c in doc.children(a.head):
                if c.dep == "dobj" and c.i not in spared:
                    covered.add(c.i)
                if c.dep == "prep" and c.lemma in _CONTENT_PREPS and c.i not in spared and not _defiance(
                        doc, c.i, objections) and not _told_reason(doc, c.i, a.head, reasons):
                    covered.update(k for k in subtree(doc, c.i) if k not in spared)
        for j in a.match.tokens:
            covered.add(j)
            if j != a.head and doc.tokens[j].head != j:
                covered.update(k for k in subtree(doc, j) if k not in spared)
    return covered


def _frames(doc: ParsedDoc, sent: Sentence, patterns: PatternSet) -> dict[int, FrameHit]:
    frames: dict[int, FrameHit] = {}
    for i in range(sent.first, sent.last):
        tok = doc.tokens[i]
        if tok.pos in NOMINAL_POS and tok.lemma not in patterns.carriers:
            continue
        hit = frame_at(doc, i, patterns)
        if hit is not None:
            frames[i] = hit
    return frames


def _settle(doc: ParsedDoc, acts: dict[int, Act], frames: dict[int, FrameHit], patterns: PatternSet) -> None:
    """A word that is both an act and a frame verb ("ask", "reject"): the frame wins when it governs
    another act and turns it into a code at least as specific ("asked Japan for [economic aid]" ->
    0231 rather than "ask for aid" 023); the act wins otherwise ("rejected the accusations" -> 016)."""
    for i in sorted(set(acts) & set(frames)):
        mine = acts[i].match.pattern.code
        others = frozenset(j for j in acts if j != i)
        governs = False
        for j in others:
            hit = governing_frame(doc, j, {i: frames[i]}, others, patterns)
            if hit is None:
                continue
            framed = frame_act(acts[j].match.pattern.code, hit, patterns)
            sharper = len(framed.code) > len(mine) or (len(framed.code) == len(mine) and mine.endswith("0"))
            # (a clause the act's pattern only asks for, "agree @ccomp", is the frame's to carry: "agreed that
            # their countries should cooperate" is an intent to cooperate, not a bare accord)
            clause = any(el.kind is ElementKind.DEP for el in acts[i].match.pattern.elements)
            if j not in acts[i].match.tokens or clause or (
                    framed.code != hit.frame.code and sharper and not framed.negated):
                governs = True
        if governs or frames[i].match.score > acts[i].match.score:
            del acts[i]
        else:
            del frames[i]


def _carried_frames(doc: ParsedDoc, acts: dict[int, Act], frames: dict[int, FrameHit],
                    patterns: PatternSet) -> dict[int, Act]:
    """An act whose words hold a frame noun of its own kind, with another act told below that noun, is
    the frame: "reiterated its [demand] that Israel ease restrictions" is a demand that Israel ease
    them (1051), not a bare demand (100) beside a factual easing."""
    out = dict(acts)
    for i, a in acts.items():
        others = frozenset(k for k in acts if k != i)
        for j in a.match.tokens:
            hit = frames.get(j)
            if j == i or hit is None or hit.frame.code[:2] != a.match.pattern.code[:2]:
                continue
            if any(governing_frame(doc, k, {j: hit}, others, patterns) is not None for k in others):
                del out[i]
                break
    return out


def _in_title(doc: ParsedDoc, i: int) -> bool:
    """A capitalised event noun inside a name ("Star Wars", "the War on Terror", "Peace Mission"), not
    at the start of the sentence: the name of a programme or policy, not an event."""
    t = doc.tokens[i]
    if not t.text[:1].isupper() or t.text.isupper() or i == doc.sentences[t.sent].first:
        return False
    prev = doc.tokens[i - 1]
    return prev.text[:1].isupper() and prev.pos == "PROPN" or any(
        c.dep == "prep" and any(g.text[:1].isupper() for g in doc.children(c.i)) for c in doc.children(i))


def _figurative(doc: ParsedDoc, i: int, words: frozenset[str]) -> bool:
    """An event noun a qualifier makes a figure of speech: "a [trade] war", "a [legal] battle", "a [price]
    war", "a war [of words]" (``figurative`` in the lexicon)."""
    for c in doc.children(i):
        if c.dep in ("amod", "compound", "nmod") and (c.lemma.lower() in words or c.text.lower() in words):
            return True  # (by its form too: "media" has the lemma "medium")
        if c.dep == "prep" and c.lemma == "of" and any(g.lemma.lower() in words for g in doc.children(c.i)):
            return True
    return False


_DESTROY = "1712"  # destroying property: "criticism leveled at the government" levels nothing


def _figurative_harm(doc: ParsedDoc, m: Match, objects: frozenset[str]) -> bool:
    """Harm done to a thing that cannot be hurt, or destroyed, is a figure of speech: "the Pentagon [killed] the
    deal", "the deal had been killed by the Pentagon", "criticism [leveled] at the government"
    (``figurative_objects`` in the lexicon)."""
    return ((m.pattern.code[:2] in HARM_ROOTS or m.pattern.code == _DESTROY) and m.slot is not None
            and doc.tokens[m.slot].lemma.lower() in objects)


def _provoked_clauses(doc: ParsedDoc, i: int, provoke: frozenset[str]) -> frozenset[int]:
    """The words of a participle clause after verb ``i`` that tells what the act provoked ("held
    exercises, [provoking protests from Japan]"): another side's act, never a word of this one."""
    return frozenset(j for c in doc.children(i) if c.dep == "advcl" and c.tag == "VBG" and c.i > i
                     and c.lemma in provoke for j in subtree(doc, c.i))


_OCCUPY = "192"


def _an_office(doc: ParsedDoc, m: Match, offices: frozenset[str]) -> bool:
    """Ground taken that is a post or a task ("took over [the presidency]", "took over [Ministry] of
    Labour"): no occupation."""
    if m.pattern.code != _OCCUPY:
        return False
    taken = [m.slot] if m.slot is not None else [c.i for c in doc.children(m.head) if c.dep in ("dobj", "nsubjpass")]
    return any(doc.tokens[j].lemma.lower() in offices for j in taken)


def _averted(doc: ParsedDoc, i: int, avert: frozenset[str]) -> bool:
    """Act word ``i`` is what a verb of prevention keeps from happening ("sent troops to [prevent]
    attacks on Israel", "police foiled a bombing"): an act that was not done."""
    j = i
    for _ in range(4):
        tok = doc.tokens[j]
        h = doc.tokens[tok.head]
        if tok.head == j:
            return False
        if h.lemma.lower() in avert and h.pos in _VERBAL_POS:
            return tok.dep in ("dobj", "nsubjpass", "prep", "pobj")
        if h.pos in _VERBAL_POS:
            return False
        j = tok.head
    return False


def find_acts(doc: ParsedDoc, sent: Sentence, patterns: PatternSet) -> SentenceActs:
    acts: dict[int, Act] = {}
    provoke, figurative, avert = patterns.words("provoke"), patterns.words("figurative"), patterns.words("avert")
    offices, figurative_objects = patterns.words("offices"), patterns.words("figurative_objects")
    for i in range(sent.first, sent.last):
        t = doc.tokens[i]
        if t.pos in _VERBAL_POS or t.dep == "ROOT":
            found = _lookup(patterns, doc, i, nominal=False)
            if t.pos == "ADJ":  # an adjective takes no direct object: "elections to be free" is not "free *"
                found = tuple(p for p in found if p.text.split()[1:2] not in (["*"], ["*!"]))
            m = best_match(doc, found, i)
            provoked = _provoked_clauses(doc, i, provoke) if m is not None else frozenset()
            while m is not None and (provoked.intersection(m.tokens) or _an_office(doc, m, offices)
                                     or _figurative_harm(doc, m, figurative_objects)):
                found = tuple(p for p in found if p is not m.pattern)
                m = best_match(doc, found, i)
            if m is not None:
                acts[i] = Act(i, m, False)
    for i in range(sent.first, sent.last):
        if (i not in acts and doc.tokens[i].pos in NOMINAL_POS and not _in_title(doc, i)
                and not _figurative(doc, i, figurative) and not _averted(doc, i, avert)):
            m = best_match(doc, _lookup(patterns, doc, i, nominal=True), i)
            if m is not None:
                acts[i] = Act(i, m, True)
    frames = _frames(doc, sent, patterns)
    _settle(doc, acts, frames, patterns)
    papers = patterns.words("documents")
    acts = _carried_frames(doc, acts, frames, patterns)
    # an act inside another act's matched words is part of that act
    ranked = sorted(acts.values(), key=lambda a: (-a.match.score, a.head))
    kept: dict[int, Act] = {}
    objections, reasons = patterns.words("objections"), patterns.words("told_reasons")
    for a in ranked:
        if a.head in _inside(doc, kept, patterns.light, papers, objections=objections, reasons=reasons):
            continue
        kept[a.head] = a
    kept = {i: a for i, a in kept.items()
            if i not in _inside(doc, {j: b for j, b in kept.items() if j != i}, patterns.light, papers, objections=objections, reasons=reasons)}
    covered = _inside(doc, kept, patterns.light, papers, objections=objections, reasons=reasons)
    frames = {i: f for i, f in frames.items() if i not in covered}
    return SentenceActs(dict(sorted(kept.items())), frames)
