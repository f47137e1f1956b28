"""Conditions: an act told inside an if- or unless-clause is a condition, neither done nor meant ("unless it
[frees] the activists"), and a frame whose act lies in its own condition does not frame it."""

from __future__ import annotations

from dyads.records.parse import ParsedDoc

_NOUN_PATH = frozenset({"dobj", "pobj", "prep", "nsubj", "nsubjpass", "attr", "compound", "poss", "conj", "appos"})


def _governing_verb(doc: ParsedDoc, i: int) -> int:
    """The verb a noun's phrase hangs from (or the noun itself when none is near)."""
    j = i
    for _ in range(4):
        tok = doc.tokens[j]
        if tok.dep not in _NOUN_PATH or tok.head == j:
            break
        j = tok.head
        if doc.tokens[j].pos in ("VERB", "AUX"):
            return j
    return i


def conditional_clause(doc: ParsedDoc, i: int) -> bool:
    """Whether ``i`` heads a clause of condition ("if ...", "unless ...")."""
    tok = doc.tokens[i]
    return tok.dep == "advcl" and any(c.dep == "mark" and c.lemma in ("if", "unless") for c in doc.children(i))


def named_in_condition(doc: ParsedDoc, i: int) -> bool:
    """Whether the act at ``i`` is told inside an if- or unless-clause: its verb heads one ("unless it
    [frees] the activists"), or its noun hangs from a verb that does ("unless Israel rescinded its
    [annexation]")."""
    return conditional_clause(doc, i) or (
        doc.tokens[i].pos in ("NOUN", "PROPN") and conditional_clause(doc, _governing_verb(doc, i)))


def in_condition_of(doc: ParsedDoc, i: int, frame: int) -> bool:
    """Whether ``i`` lies in an if- or unless-clause below the frame verb ``frame``."""
    j = i
    for _ in range(6):
        if j == frame:
            return False
        if conditional_clause(doc, j):
            return True
        if doc.tokens[j].head == j:
            return False
        j = doc.tokens[j].head
    return False
