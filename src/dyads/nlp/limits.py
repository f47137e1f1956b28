"""Bounds on what reaches the parser, so that no article can take unbounded time or memory.

Two limits, both applied the same way wherever text is parsed (ingest, ``code``,
``explain``), so that a stored event's offsets always point into the same text:

* an article longer than :data:`MAX_ARTICLE_CHARS` is coded on its first part,
  cut at a paragraph (else sentence, else word) boundary; the text stored is whole;
* a run of more than :data:`MAX_SENTENCE_CHARS` characters without a sentence end
  (gibberish, a table flattened to one line) is blanked out for the parser: each
  of its characters becomes a space (a line break every
  :data:`_BLANK_LINE_CHARS`), so offsets elsewhere stay where they were and the
  rest of the article is still coded.

Each limit applied gives a one-line note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_ARTICLE_CHARS = 100_000  # spaCy refuses 1,000,000; news articles are rarely over 30,000
MAX_SENTENCE_CHARS = 3_000  # the longest real news sentences are well under 1,000

_BLANK_LINE_CHARS = 200
_RUN = re.compile(r"[^.!?\n\u3002\uff01\uff1f\u0964\u061f]+")  # between sentence ends (Latin, CJK, Devanagari, Arabic)
_CUT_POINTS = ("\n\n", "\n", ". ", " ")


@dataclass(frozen=True, slots=True)
class BoundedText:
    """The text the parser gets, and a note for each limit applied."""

    text: str
    notes: tuple[str, ...] = ()


_SURROGATE = re.compile("[\ud800-\udfff]")


def bound_text(text: str) -> BoundedText:
    notes: list[str] = []
    # a lone surrogate (the readers never let one through) cannot be encoded for the parser: the
    # replacement character takes its place, one code point for one, so every offset stays
    text = _SURROGATE.sub("\ufffd", text)
    if len(text) > MAX_ARTICLE_CHARS:
        cut = _cut_point(text, MAX_ARTICLE_CHARS)
        notes.append(f"coded the first {cut:,} of {len(text):,} characters (limit {MAX_ARTICLE_CHARS:,} an article)")
        text = text[:cut]
    spans = [(m.start(), m.end()) for m in _RUN.finditer(text) if m.end() - m.start() > MAX_SENTENCE_CHARS]
    spans = [(start, end) for start, end in spans if text[start:end].strip()]
    if spans:
        pieces: list[str] = []
        last = 0
        for start, end in spans:
            pieces.append(text[last:start])
            pieces.append(_blank(end - start))
            last = end
            notes.append(
                f"skipped {end - start:,} characters without a sentence end at offset {start:,}"
                f" (limit {MAX_SENTENCE_CHARS:,} a sentence)"
            )
        pieces.append(text[last:])
        text = "".join(pieces)
    return BoundedText(text, tuple(notes))


def _blank(length: int) -> str:
    line = " " * (_BLANK_LINE_CHARS - 1) + "\n"
    whole, rest = divmod(length, _BLANK_LINE_CHARS)
    return line * whole + " " * rest


def _cut_point(text: str, limit: int) -> int:
    for mark in _CUT_POINTS:
        at = text.rfind(mark, limit // 2, limit)
        if at > 0:
            return at + (len(mark) if mark != "\n\n" else 0)
    return limit
