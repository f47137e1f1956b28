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
- ``*``: the target slot (the object, the passive subject, or the object of the preposition
  just matched).  An unfilled slot does not stop the match; the target is then searched for.
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


class PatternKind(StrEnum):
    VERB = "verb"
    NOUN = "noun"


@dataclass(frozen=True, slots=True)
class Element:
    kind: ElementKind
    words: tuple[tuple[str, ...], ...] = ()  # alternatives, each a sequence of words


@dataclass(frozen=True, slots=True)
class Pattern:
    """One compiled pattern; ``origin`` is ``file:line``."""

    code: str
    kind: PatternKind
    heads: tuple[str, ...]
    elements: tuple[Element, ...]
    reciprocal: bool
    text: str
    origin: str

    @property
    def specificity(self) -> int:
        return 1 + sum(1 for e in self.elements if e.kind is not ElementKind.SLOT)


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
    if head in ("*",) or head.startswith(".."):
        raise PatternSyntaxError("a pattern starts with its head word")
    heads = _alternatives(head)
    if any(len(h) > 1 for h in heads):
        raise PatternSyntaxError("the head is a single word")
    elements: list[Element] = []
    for token in rest:
        if token == "*":
            if any(e.kind is ElementKind.SLOT for e in elements):
                raise PatternSyntaxError("only one target slot '*'")
            elements.append(Element(ElementKind.SLOT))
        elif token.startswith(".."):
            elements.append(Element(ElementKind.KEYWORD, _alternatives(token[2:])))
        else:
            elements.append(Element(ElementKind.WORD, _alternatives(token)))
    return Pattern(
        code=code,
        kind=kind,
        heads=tuple(h[0] for h in heads),
        elements=tuple(elements),
        reciprocal=reciprocal,
        text=" ".join(tokens) + (" <>" if reciprocal else ""),
        origin=origin,
    )
