"""The project's own view of a linguistic parse (built from spaCy in dyads.nlp)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Token:
    """One token. ``i`` and ``head`` index ``ParsedDoc.tokens``; ``start``/``end`` are
    character offsets in the article text."""

    i: int
    text: str
    start: int
    end: int
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent_type: str = ""
    ent_iob: str = "O"  # B, I or O
    sent: int = 0
    space_after: bool = True


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity span: tokens ``[first, last)``."""

    first: int
    last: int
    label: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: tokens ``[first, last)`` and its character span."""

    index: int
    first: int
    last: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ParsedDoc:
    """An article's text with tokens, sentences and entities.

    Each token's dependents are indexed once, when the record is made, so that
    ``children(i)`` is a lookup in every tree walk of the later stages.
    """

    doc_id: str
    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    _children: tuple[tuple[Token, ...], ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        kids: list[list[Token]] = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head != t.i and 0 <= t.head < len(kids):
                kids[t.head].append(t)
        object.__setattr__(self, "_children", tuple(tuple(k) for k in kids))

    def children(self, i: int) -> tuple[Token, ...]:
        """The dependents of token ``i``, in text order."""
        return self._children[i]

    def subtree(self, i: int) -> list[int]:
        """Token indices below ``i`` (inclusive), in text order."""
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(c.i for c in self._children[j])
        return sorted(out)

    def sentence_tokens(self, index: int) -> tuple[Token, ...]:
        s = self.sentences[index]
        return self.tokens[s.first : s.last]
