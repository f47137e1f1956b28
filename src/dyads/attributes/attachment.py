"""Whether a date or place phrase belongs to an event's trigger.

A sentence often holds several dates and places; only those in the trigger's
own clause describe its event.  With a parse the dependency tree decides; without
one, commas around a "who/which/where" clause mark a parenthetical whose dates
and places belong to someone else.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from dyads.records.parse import ParsedDoc

# clause types below the trigger whose content is another event
OTHER_CLAUSE = frozenset({"relcl", "ccomp", "acl", "csubj", "parataxis", "conj"})
OTHER_EVENT = frozenset({"ccomp", "csubj", "parataxis", "conj"})  # keeps descriptions ("which included ...")
_NOUN_MODIFIER = frozenset({"compound", "nummod", "amod", "nmod", "poss"})
_PARENTHETICAL = re.compile(r",\s+(?:who|which|where|whose|when)\b[^,;]*(?:,|$)")


def token_index(doc: ParsedDoc, char: int) -> int:
    """The token covering character ``char`` (or the next one), or -1."""
    starts = [t.start for t in doc.tokens]  # tokens are in text order
    i = bisect_right(starts, char) - 1
    if i < 0:
        return 0 if doc.tokens else -1
    if doc.tokens[i].end <= char and i + 1 < len(doc.tokens):
        return i + 1
    return i


def _ancestors(doc: ParsedDoc, i: int) -> list[int]:
    out = [i]
    while doc.tokens[out[-1]].head != out[-1] and len(out) < 64:
        out.append(doc.tokens[out[-1]].head)
    return out


def _span_head(doc: ParsedDoc, start: int, end: int) -> int:
    first = token_index(doc, start)
    span = [i for i in range(first, len(doc.tokens)) if doc.tokens[i].start < end] or [first]
    inside = set(span)
    return next((i for i in span if doc.tokens[i].head not in inside or doc.tokens[i].head == i), first)


def attached(
    doc: ParsedDoc,
    start: int,
    end: int,
    trigger_char: int,
    *,
    noun_modifier_blocks: bool,
    blocking: frozenset[str] = OTHER_CLAUSE,
) -> bool:
    """Whether the phrase ``[start, end)`` can describe the event at ``trigger_char``.

    It cannot when, on its way up the tree to the first word it shares with the
    trigger's ancestors, it passes through another clause (a relative clause, a
    reported clause, a coordinated verb) or, with ``noun_modifier_blocks``, when
    it only modifies some other noun ("the 1945 Potsdam agreement").
    """
    if not doc.tokens:
        return True
    trigger = token_index(doc, trigger_char)
    head = _span_head(doc, start, end)
    if trigger < 0 or head < 0:
        return True
    if doc.tokens[head].sent != doc.tokens[trigger].sent:
        return False
    t_anc = _ancestors(doc, trigger)
    t_set = set(t_anc)
    path = []
    for i in _ancestors(doc, head):
        if i in t_set:
            break
        path.append(i)
    for i in path:
        tok = doc.tokens[i]
        if tok.dep == "conj":
            if "conj" in blocking and tok.pos in ("VERB", "AUX"):
                return False
        elif tok.dep in blocking:
            return False
    if noun_modifier_blocks and doc.tokens[head].dep in _NOUN_MODIFIER and doc.tokens[head].head != trigger:
        return False
    return True


def in_parenthetical(sentence: str, local_start: int, local_trigger: int) -> bool:
    """Whether ``local_start`` lies in a ", who ... ," clause that does not hold the trigger."""
    for m in _PARENTHETICAL.finditer(sentence):
        if m.start() <= local_start < m.end() and not m.start() <= local_trigger < m.end():
            return True
    return False
