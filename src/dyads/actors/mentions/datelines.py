"""Wire datelines: the ALL-CAPS place that opens an article is where it was filed, not an actor.

A dateline is, at the very start of the text, a run of ALL-CAPS words ("ADDIS ABABA", "NEW DELHI"),
optionally followed by a comma and up to three capitalised words ("TRONDHEIM, Norway"), and closed by a
dash ("—", "–", "-"), by a comma and a date ("MOSCOW, Oct 6"), or by a parenthesised agency
("(Reuters)"). Everything up to and including the closing dash is the dateline.
"""

from __future__ import annotations

from dyads.records.parse import ParsedDoc, Token

_DASHES = frozenset({"—", "–", "-", "--", "―"})
_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december".split()
)
_MAX_CAPS = 5
_MAX_REGION = 3


def dateline_end(doc: ParsedDoc) -> int:
    """Token index just past the article's dateline, or 0 when it has none."""
    tokens = doc.tokens
    i = _skip_space(tokens, 0)
    start = i
    while i < len(tokens) and i - start < _MAX_CAPS and _all_caps(tokens[i]):
        i += 1
    if i == start:
        return 0
    if _at(tokens, i, ","):
        j = i + 1
        while j < len(tokens) and j - i - 1 < _MAX_REGION and _capitalised(tokens[j]):
            if tokens[j].text.lower().rstrip(".") in _MONTHS:
                return _after_date(tokens, j)
            j += 1
        if j > i + 1 and _is_dash(tokens, j):
            return j + 1
        if j > i + 1 and _at(tokens, j, "("):
            return _after_agency(tokens, j)
        return 0
    if _is_dash(tokens, i):
        return i + 1
    if _at(tokens, i, "("):
        return _after_agency(tokens, i)
    return 0


def _after_date(tokens: tuple[Token, ...], i: int) -> int:
    """Past "Oct 6", "Oct. 6, 2018", then an optional "(Agency)" and dash."""
    i += 1
    while i < len(tokens) and (tokens[i].text.isdigit() or tokens[i].text in {",", "."}):
        i += 1
    if _at(tokens, i, "("):
        return _after_agency(tokens, i)
    return i + 1 if _is_dash(tokens, i) else i


def _after_agency(tokens: tuple[Token, ...], i: int) -> int:
    j = i + 1
    while j < len(tokens) and j - i < 6 and tokens[j].text != ")":
        j += 1
    if not _at(tokens, j, ")"):
        return 0
    j += 1
    return j + 1 if _is_dash(tokens, j) else j


def _skip_space(tokens: tuple[Token, ...], i: int) -> int:
    while i < len(tokens) and not tokens[i].text.strip():
        i += 1
    return i


def _all_caps(tok: Token) -> bool:
    letters = [c for c in tok.text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and all(c.isalpha() or c in ".'-" for c in tok.text)


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _at(tokens: tuple[Token, ...], i: int, text: str) -> bool:
    return i < len(tokens) and tokens[i].text == text


def _is_dash(tokens: tuple[Token, ...], i: int) -> bool:
    """A dash that ends a dateline; a hyphen only standing apart from the word before it ("US-led forces")."""
    return i < len(tokens) and tokens[i].text in _DASHES and (
        tokens[i].text != "-" or i == 0 or tokens[i - 1].space_after)
