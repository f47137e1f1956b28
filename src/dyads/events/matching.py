"""Match compiled patterns against the dependency parse of one sentence."""

from __future__ import annotations

from dataclasses import dataclass

from dyads.events.pattern_syntax import Element, ElementKind, Pattern
from dyads.records.parse import ParsedDoc, Token

# Dependents never matched by a pattern word: subjects, function words, punctuation.
_SKIP_DEPS = frozenset({"nsubj", "csubj", "expl", "punct", "cc", "aux", "auxpass", "det", "mark", "case"})
_OBJECT_DEPS = ("dobj", "obj", "dative", "oprd")
_PREP_DEPS = frozenset({"prep", "agent", "dative"})


@dataclass(frozen=True, slots=True)
class Match:
    """A pattern matched at ``head``: the tokens its words matched and the target slot."""

    pattern: Pattern
    head: int
    tokens: tuple[int, ...]
    slot: int | None
    slot_prep: str | None  # the preposition that introduced the slot, if any

    @property
    def score(self) -> int:
        return self.pattern.specificity * 2 + (1 if self.slot is not None else 0)


def token_matches(token: Token, word: str) -> bool:
    return token.lemma == word or token.text.lower() == word


def is_passive(doc: ParsedDoc, i: int) -> bool:
    return any(c.dep in ("nsubjpass", "auxpass") for c in doc.children(i))


def subtree(doc: ParsedDoc, i: int) -> list[int]:
    """Token indices below ``i`` (inclusive), in text order."""
    out, stack = [], [i]
    while stack:
        j = stack.pop()
        out.append(j)
        stack.extend(c.i for c in doc.children(j))
    return sorted(out)


def _candidates(doc: ParsedDoc, anchor: int, head: int) -> list[Token]:
    seen: dict[int, Token] = {}
    for owner in (anchor, head) if anchor != head else (anchor,):
        for c in doc.children(owner):
            if c.dep not in _SKIP_DEPS:
                seen.setdefault(c.i, c)
    h = doc.tokens[head]
    if h.dep == "relcl" and anchor == head:  # "the agreement that China signed": the antecedent is the object
        seen.setdefault(h.head, doc.tokens[h.head])
    if h.dep == "acl" and h.tag == "VBN" and anchor == head:  # "the sanctions imposed on Iran"
        seen.setdefault(h.head, doc.tokens[h.head])
    return sorted(seen.values(), key=lambda t: t.i)


def _multi(doc: ParsedDoc, start: int, words: tuple[str, ...], last: int) -> bool:
    if start + len(words) > last:
        return False
    return all(token_matches(doc.tokens[start + k], w) for k, w in enumerate(words))


def _slot(doc: ParsedDoc, anchor: int, head: int) -> int | None:
    a = doc.tokens[anchor]
    kids = doc.children(anchor)
    if a.dep in _PREP_DEPS or a.pos == "ADP":
        for dep in ("pobj", "pcomp", "dobj"):
            for c in kids:
                if c.dep == dep:
                    return c.i
        return None
    if anchor == head:
        if is_passive(doc, head):
            for c in kids:
                if c.dep == "nsubjpass":
                    return c.i
        for dep in _OBJECT_DEPS:
            for c in kids:
                if c.dep == dep and c.pos != "ADP":
                    return c.i
        if a.dep == "acl" and a.tag == "VBN":
            return a.head
    return None


def _walk(doc: ParsedDoc, p: Pattern, head: int, k: int, anchor: int, used: tuple[int, ...],
          slot: int | None, slot_prep: str | None, last: int) -> Match | None:
    if k == len(p.elements):
        return Match(p, head, used, slot, slot_prep)
    el: Element = p.elements[k]
    if el.kind is ElementKind.SLOT:
        a = doc.tokens[anchor]
        found = _slot(doc, anchor, head)
        prep = a.lemma if (a.dep in _PREP_DEPS or a.pos == "ADP") and anchor != head else None
        return _walk(doc, p, head, k + 1, anchor, used, found, prep, last)
    if el.kind is ElementKind.KEYWORD:
        for j in subtree(doc, anchor):
            if j in used or j == head:
                continue
            if any(_multi(doc, j, words, last) for words in el.words):
                got = _walk(doc, p, head, k + 1, anchor, used + (j,), slot, slot_prep, last)
                if got is not None:
                    return got
        return None
    for c in _candidates(doc, anchor, head):
        if c.i in used:
            continue
        for words in el.words:
            if len(words) == 1 and token_matches(c, words[0]):
                got = _walk(doc, p, head, k + 1, c.i, used + (c.i,), slot, slot_prep, last)
            elif len(words) > 1 and any(
                _multi(doc, s, words, last) and s <= c.i < s + len(words) for s in range(c.i - len(words) + 1, c.i + 1)
            ):
                got = _walk(doc, p, head, k + 1, c.i, used + (c.i,), slot, slot_prep, last)
            else:
                continue
            if got is not None:
                return got
    el_words = el.words
    if any(w == ("to",) for w in el_words):  # the infinitive marker: "agree to supply"
        return _walk(doc, p, head, k + 1, anchor, used, slot, slot_prep, last)
    return None


def match_at(doc: ParsedDoc, pattern: Pattern, head: int) -> Match | None:
    """Match ``pattern`` with its head word at token ``head``, or None."""
    tok = doc.tokens[head]
    if not any(token_matches(tok, h) for h in pattern.heads):
        return None
    last = doc.sentences[tok.sent].last
    return _walk(doc, pattern, head, 0, head, (), None, None, last)


def best_match(doc: ParsedDoc, patterns: tuple[Pattern, ...], head: int) -> Match | None:
    """The most specific of ``patterns`` that matches at ``head`` (first listed wins ties)."""
    best: Match | None = None
    for p in patterns:
        m = match_at(doc, p, head)
        if m is not None and (best is None or m.score > best.score):
            best = m
    return best
