"""The time an event's verb points to: past, present or future.

Relative dates need it: "in July" said in October is last July for a past-tense
verb and next July for a future one.  With a parse the trigger's own tag and
auxiliaries decide; without one a few surface cues in the sentence do.
"""

from __future__ import annotations

import re
from enum import StrEnum

from dyads.records.parse import ParsedDoc


class Tense(StrEnum):
    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


_FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|won't|would|going\s+to|plans?\s+to|planned\s+to|is\s+to|are\s+to|"
    r"intends?\s+to|expected\s+to|scheduled\s+to|due\s+to|set\s+to|likely\s+to|to\s+be\s+held|upcoming)\b|'ll\b",
    re.IGNORECASE,
)
_PAST_WORDS = re.compile(
    r"\b(?:was|were|had|did|said|met|held|took|began|made|went|came|sent|told|gave|signed|"
    r"visited|killed|agreed|announced|began|fought|led|left|won|lost|struck|hit|fell|rose|"
    r"became|brought|bought|sold|paid|spoke|wrote|saw|found|kept|ago|yesterday)\b",
    re.IGNORECASE,
)
_ED_VERB = re.compile(r"\b[a-z]{3,}ed\b")
_PRESENT_WORDS = re.compile(r"\b(?:is|are|am|has|have|does|do)\b", re.IGNORECASE)


def guess_tense(text: str) -> Tense:
    """A rough tense from the words of a sentence (no parse needed)."""
    if _FUTURE_WORDS.search(text):
        return Tense.FUTURE
    if _PAST_WORDS.search(text) or _ED_VERB.search(text):
        return Tense.PAST
    if _PRESENT_WORDS.search(text):
        return Tense.PRESENT
    return Tense.UNKNOWN


_PLANNING = frozenset({"plan", "schedule", "expect", "intend", "set", "due", "hope", "aim", "prepare", "promise"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "would", "wo"})


def tense_at(doc: ParsedDoc, index: int) -> Tense:
    """The tense of the verb that governs token ``index`` (itself if it is a verb)."""
    tokens = doc.tokens
    if not 0 <= index < len(tokens):
        return Tense.UNKNOWN
    verb = governing_verb(doc, index)
    if verb < 0:
        return guess_tense(doc.sentences[tokens[index].sent].text)
    aux = [c for c in doc.children(verb) if c.dep in ("aux", "auxpass")]
    if any(a.lemma in _FUTURE_AUX or a.text.lower() in _FUTURE_AUX for a in aux):
        return Tense.FUTURE
    if tokens[verb].lemma in _PLANNING and any(c.dep == "xcomp" for c in doc.children(verb)):
        return Tense.FUTURE  # "is planned to be held", "expects to sign"
    if any(a.tag == "VBD" for a in aux) or tokens[verb].tag == "VBD":
        return Tense.PAST
    if any(a.tag in ("VBZ", "VBP") for a in aux) and not any(a.lemma == "have" for a in aux):
        return Tense.PRESENT  # "is planned", "are held"
    if tokens[verb].tag == "VBN" and not any(a.lemma == "have" and a.tag in ("VBZ", "VBP") for a in aux):
        return Tense.PAST
    if tokens[verb].tag in ("VBZ", "VBP", "VBG") or aux:
        # "is going to", "plans to visit": look one verb further up
        head = tokens[verb].head
        if tokens[verb].dep == "xcomp" and head != verb and tokens[head].lemma in ("plan", "intend", "go", "expect"):
            return Tense.FUTURE
        return Tense.PRESENT
    if tokens[verb].tag == "VB" and tokens[verb].dep == "xcomp":
        head = tokens[verb].head
        if head != verb:
            return tense_at(doc, head) if tokens[head].tag != "VB" else Tense.UNKNOWN
    return guess_tense(doc.sentences[tokens[index].sent].text)


def governing_verb(doc: ParsedDoc, index: int) -> int:
    """The nearest verb at or above token ``index`` in the dependency tree, or -1."""
    tokens = doc.tokens
    seen = 0
    i = index
    while 0 <= i < len(tokens) and seen < 64:
        if tokens[i].pos in ("VERB", "AUX") and tokens[i].dep not in ("aux", "auxpass"):
            return i
        if tokens[i].head == i:
            return -1
        i = tokens[i].head
        seen += 1
    return -1


def past_perfect(doc: ParsedDoc, index: int) -> bool:
    """Whether the verb governing token ``index`` is in the past perfect ("had annexed")."""
    verb = governing_verb(doc, index)
    return verb >= 0 and doc.tokens[verb].tag == "VBN" and any(
        c.dep == "aux" and c.text.lower() == "had" for c in doc.children(verb))
