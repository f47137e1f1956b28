"""The pattern language: one pattern string -> a typed Pattern.

A pattern is a head lemma followed by elements, separated by spaces::

    visit *                      the verb "visit", target = its object
    pay visit to *               "pay" with object "visit" and "to" + target
    call on * to invest          "call" + "on" + target + complement verb "invest"
    accuse * of ..war_crime      "of" + the keyword "war crime" somewhere below it
    sign agreement|treaty with * <>   alternatives with "|", reciprocal with "<>"

- ``word`` (or ``a|b``): a dependent of the current anchor (or of the head) whose lemma or
  lowercase text is the word; ``a_b`` is a multiword (consecutive tokens).
- ``..word``: the word anywhere below the current anchor.
- ``@dep``: a dependent of the current anchor with that dependency relation (``@ccomp``).
- ``^``: the source slot (the object of the preposition just matched: ``protest from ^``).
- ``*``: the target slot (the object, the passive subject, or the object of the preposition
  just matched; after a noun's head, its possessor: "al-Libbi's arrest").  An unfilled slot does
  not stop the match; the target is then searched for.  ``*!``: the slot must be filled, and
  name an actor ("receive *!": "received the Japanese envoy", not "received tips").
- ``<>``: the event is reciprocal: it is also coded with source and target swapped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

_WORD = re.compile(r"^[a-z][a-z0-9'\-]*(_[a-z0-9'\-]+)*$")


class ElementKind(StrEnum):
    WORD = "word"  # a dependent with this lemma
    KEYWORD = "keyword"  # anywhere below the anchor
    SLOT = "slot"  # the target
    SOURCE = "source"  # the source
    DEP = "dep"  # a dependent by relation


class PatternKind(StrEnum):
    VERB = "verb"
    NOUN = "noun"
    COMPLEMENT = "complement"  # a noun coded only under a frame or light verb ("called for [reform]")


@dataclass(frozen=True, slots=True)
class Element:
    kind: ElementKind
    words: tuple[tuple[str, ...], ...] = ()  # alternatives, each a sequence of words
    required: bool = False  # "*!": the slot must be filled, with an actor


@dataclass(frozen=True, slots=True)
class Pattern:
    """One compiled pattern; ``origin`` is ``file:line``."""

    code: str
    kind: PatternKind
    heads: tuple[tuple[str, ...], ...]  # alternatives; a multiword head ("hunger_strike") is consecutive words
    elements: tuple[Element, ...]
    reciprocal: bool
    text: str
    origin: str

    @property
    def requires_target(self) -> bool:
        return any(e.kind is ElementKind.SLOT and e.required for e in self.elements)

    @property
    def specificity(self) -> int:
        head = max(len(h) for h in self.heads)
        return head + sum(max(len(w) for w in e.words) for e in self.elements if e.words)


class PatternSyntaxError(ValueError):
    """A pattern string that does not follow the pattern language."""


def _alternatives(token: str) -> tuple[tuple[str, ...], ...]:
    alts = tuple(token.split("|"))
    for alt in alts:
        if not _WORD.match(alt):
            raise PatternSyntaxError(f"bad word {alt!r} (lowercase letters, digits, - ' and _ only)")
    return tuple(tuple(alt.split("_")) for alt in alts)


def parse_pattern(text: str, *, code: str, kind: PatternKind, origin: str) -> Pattern:
    """Compile ``text``; raises PatternSyntaxError with the reason."""
    tokens = text.strip().split()
    if not tokens:
        raise PatternSyntaxError("empty pattern")
    reciprocal = tokens[-1] == "<>"
    if reciprocal:
        tokens = tokens[:-1]
        if not tokens:
            raise PatternSyntaxError("a pattern needs a head word before '<>'")
    if "<>" in tokens:
        raise PatternSyntaxError("'<>' may only end a pattern")
    head, rest = tokens[0], tokens[1:]
    if head in ("*", "*!", "^") or head.startswith((".", "@")):
        raise PatternSyntaxError("a pattern starts with its head word")
    heads = _alternatives(head)
    elements: list[Element] = []
    for token in rest:
        if token in ("*", "*!"):
            if any(e.kind is ElementKind.SLOT for e in elements):
                raise PatternSyntaxError("only one target slot '*'")
            elements.append(Element(ElementKind.SLOT, required=token == "*!"))
        elif token == "^":
            if any(e.kind is ElementKind.SOURCE for e in elements):
                raise PatternSyntaxError("only one source slot '^'")
            elements.append(Element(ElementKind.SOURCE))
        elif token.startswith("@"):
            if not re.match(r"^@[a-z]+$", token):
                raise PatternSyntaxError(f"bad dependency element {token!r}")
            elements.append(Element(ElementKind.DEP, ((token[1:],),)))
        elif token.startswith(".."):
            elements.append(Element(ElementKind.KEYWORD, _alternatives(token[2:])))
        else:
            elements.append(Element(ElementKind.WORD, _alternatives(token)))
    return Pattern(
        code=code,
        kind=kind,
        heads=heads,
        elements=tuple(elements),
        reciprocal=reciprocal,
        text=" ".join(tokens) + (" <>" if reciprocal else ""),
        origin=origin,
    )
