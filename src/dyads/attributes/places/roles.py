"""Places named in a sentence that are not where its event happened.

- the destination of another act than the event's own verb: "protesters in Jakarta
  asked the government to send troops to Gaza" (Gaza is where troops would go);
- the thing the event acts on: "Egypt recognizes the state of Israel" (Israel is
  recognised, not a place), unless the verb acts on a place ("visited the city of
  Dalian", "troops entered the town of Qana").
"""

from __future__ import annotations

from dyads.attributes.attachment import token_index, trigger_tokens
from dyads.records.parse import ParsedDoc

# verbs whose object is a place the event happens at
_PLACE_OBJECT_VERBS = frozenset(
    "visit tour enter reach invade attack bomb shell raid storm occupy leave host hit strike capture seize "
    "overrun besiege blockade liberate evacuate cross patrol surround control take retake flee return".split()
)
_OBJECTS = frozenset({"dobj", "nsubjpass", "attr", "dative"})
_LOCATIVE_PREPS = frozenset(
    "in at near to into from across inside outside throughout on around outside off along within".split()
)


def _trigger_verb(doc: ParsedDoc, words: set[int]) -> int | None:
    verbs = sorted(w for w in words if doc.tokens[w].pos in ("VERB", "AUX"))
    return verbs[0] if verbs else None


def destination_of_other_act(doc: ParsedDoc, start: int, end: int, trigger_start: int, trigger_end: int) -> bool:
    """Whether a destination place ("to Gaza") belongs to another verb than the trigger's first one."""
    words = trigger_tokens(doc, trigger_start, trigger_end)
    verb = _trigger_verb(doc, words)
    i = token_index(doc, start)
    if verb is None or i < 0:
        return False
    return _place_verb(doc, i) != _verb_above(doc, verb)


def _place_verb(doc: ParsedDoc, i: int) -> int:
    """The clause head over a place, skipping a participle read as a verb right under a
    preposition ("to seek refuge in neighboring Kyrgyzstan", "in occupied Jerusalem")."""
    c = _verb_above(doc, i)
    for _ in range(4):
        tok = doc.tokens[c]
        if tok.head == c or tok.dep not in ("pcomp", "amod") or tok.tag not in ("VBG", "VBN"):
            return c
        c = _verb_above(doc, doc.tokens[tok.head].head if doc.tokens[tok.head].pos == "ADP" else tok.head)
    return c


def _verb_above(doc: ParsedDoc, i: int) -> int:
    """The first verb at or above token ``i``: an event noun on the way ("signed the accord
    during a visit to India") carries its destination up to that verb."""
    for _ in range(32):
        tok = doc.tokens[i]
        if tok.pos == "VERB" or tok.pos == "AUX" and tok.dep not in ("aux", "auxpass") or tok.head == i:
            return i
        i = tok.head
    return i


def object_of_trigger(doc: ParsedDoc, start: int, end: int, trigger_start: int, trigger_end: int) -> bool:
    """Whether the place is (part of) what the trigger's verb acts on ("recognizes the state of Israel")."""
    words = trigger_tokens(doc, trigger_start, trigger_end)
    i = token_index(doc, start)
    if i < 0:
        return False
    for _ in range(8):
        tok = doc.tokens[i]
        if tok.head == i:
            return False
        up = doc.tokens[tok.head]
        if tok.dep == "pobj" and up.lemma.lower() in _LOCATIVE_PREPS:
            return False
        if tok.dep in _OBJECTS and tok.head in words:
            participle = up.dep in ("pcomp", "amod") and up.tag in ("VBG", "VBN")  # "in neighboring X"
            return up.pos == "VERB" and not participle and up.lemma.lower() not in _PLACE_OBJECT_VERBS
        if up.pos in ("VERB", "AUX"):
            return False
        i = tok.head
    return False
