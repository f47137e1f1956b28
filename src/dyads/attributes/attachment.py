"""Whether a date or place phrase belongs to an event's trigger.

A sentence often holds several dates and places; only those in the trigger's
own clause describe its event.  With a parse the dependency tree decides; without
one, commas around a "who/which/where" clause mark a parenthetical whose dates
and places belong to someone else.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from dyads.attributes.clauses import EVENT_NOUNS, same_clause
from dyads.records.parse import ParsedDoc

# clause types below the trigger whose content is another event
OTHER_CLAUSE = frozenset({"relcl", "ccomp", "acl", "csubj", "parataxis", "conj"})
OTHER_EVENT = frozenset({"ccomp", "csubj", "parataxis", "conj"})  # keeps descriptions ("which included ...")
_NOUN_MODIFIER = frozenset({"compound", "nummod", "amod", "nmod", "poss"})
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
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


def trigger_tokens(doc: ParsedDoc, trigger_start: int, trigger_end: int | None = None) -> set[int]:
    """The tokens of a trigger (a multiword trigger such as "agreement that China signed")."""
    first = token_index(doc, trigger_start)
    if first < 0:
        return set()
    stop = trigger_end if trigger_end is not None else doc.tokens[first].end
    out = {first}
    i = first + 1
    while i < len(doc.tokens) and doc.tokens[i].start < stop:
        out.add(i)
        i += 1
    return out


def attached(
    doc: ParsedDoc,
    start: int,
    end: int,
    trigger_char: int,
    *,
    noun_modifier_blocks: bool,
    blocking: frozenset[str] = OTHER_CLAUSE,
    trigger_end: int | None = None,
) -> bool:
    """Whether the phrase ``[start, end)`` can describe the event whose trigger starts
    at ``trigger_char`` (and ends at ``trigger_end``).

    It cannot when, on its way up to the first word it shares with the trigger (any
    of its words) or the trigger's ancestors, it passes through another clause (a relative clause, a reported clause, a
    coordinated verb) or, with ``noun_modifier_blocks``, when it only modifies some
    other noun ("the 1945 Potsdam agreement").
    """
    if not doc.tokens:
        return True
    words = trigger_tokens(doc, trigger_char, trigger_end)
    trigger = token_index(doc, trigger_char)
    head = _span_head(doc, start, end)
    if trigger < 0 or head < 0:
        return True
    if doc.tokens[head].sent != doc.tokens[trigger].sent:
        return False
    t_set = set().union(*(_ancestors(doc, w) for w in words)) if words else set(_ancestors(doc, trigger))
    path = []
    for i in _ancestors(doc, head):
        if i in words or i in t_set:
            break
        path.append(i)
    for i in path:
        tok = doc.tokens[i]
        if tok.dep == "conj":
            if "conj" in blocking and tok.pos in ("VERB", "AUX"):
                return False
        elif tok.dep in blocking:
            return False
    if not same_clause(doc, head, words or {trigger}, descriptions="relcl" not in blocking):
        return False  # the phrase belongs to another verb's clause ("claimed Saturday that ...")
    return not (noun_modifier_blocks and _modifies_other_noun(doc, head, words or {trigger}))


def _modifies_other_noun(doc: ParsedDoc, head: int, words: set[int]) -> bool:
    return doc.tokens[head].dep in _NOUN_MODIFIER and doc.tokens[head].head not in words


def in_parenthetical(sentence: str, local_start: int, local_trigger: int) -> bool:
    """Whether ``local_start`` lies in a ", who ... ," clause that does not hold the trigger."""
    for m in _PARENTHETICAL.finditer(sentence):
        if m.start() <= local_start < m.end() and not m.start() <= local_trigger < m.end():
            return True
    return False


def in_brackets(sentence: str, local_start: int, local_trigger: int) -> bool:
    """Whether ``local_start`` lies inside ( ... ) or [ ... ] that does not hold the trigger."""
    for m in _BRACKETS.finditer(sentence):
        if m.start() <= local_start < m.end() and not m.start() <= local_trigger < m.end():
            return True
    return False


# nouns that are events (a place modifying them locates the event) or places
# themselves ("the city of Dalian"): a place may hang off these
_EVENT_NOUNS = EVENT_NOUNS  # one list, in clauses.py
_PLACE_NOUNS = frozenset(
    "city town village capital province region state country island islands coast outskirts suburb district "
    "area border port resort square street streets neighbourhood neighborhood part parts north south east west "
    "centre center heart".split()
)


def hangs_off_other_noun(
    doc: ParsedDoc, start: int, end: int, trigger_char: int, *, trigger_end: int | None = None
) -> bool:
    """Whether the place phrase only describes some noun other than the event
    ("an operative in Lebanon", "a castle in Europe", "head of intelligence in
    the West Bank"), not the trigger's action."""
    if not doc.tokens:
        return False
    words = trigger_tokens(doc, trigger_char, trigger_end)
    i = _span_head(doc, start, end)
    while doc.tokens[i].dep in ("conj", "appos") and doc.tokens[i].head != i and doc.tokens[i].head not in words:
        i = doc.tokens[i].head  # "extremists in Iraq, Lebanon and Gaza": Lebanon hangs where Iraq does
    for _ in range(8):
        prep = doc.tokens[i].head
        if prep == i or doc.tokens[prep].pos != "ADP":
            return False
        owner = doc.tokens[prep].head
        if owner == prep or owner in words:
            return False
        tok = doc.tokens[owner]
        if tok.pos not in ("NOUN", "PROPN"):
            return False
        if tok.lemma in _PLACE_NOUNS or tok.pos == "PROPN" and tok.ent_type in ("GPE", "LOC", "FAC"):
            i = owner  # "the city of Dalian": climb to what the city hangs off
            continue
        # a proper name ("the UN Assistance Mission in Iraq") is an organisation, not an event
        return tok.pos == "PROPN" or tok.lemma.lower() not in _EVENT_NOUNS
    return False

