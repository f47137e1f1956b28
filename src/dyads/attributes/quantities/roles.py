"""Figures in an event's clause that are not quantities of the event, and figures
whose kind or currency the surrounding words settle.

- a legal threshold: "martial law forbids gatherings of more than five people";
- a time gap or lead-up: "the first address by a PM in ten years", "surrendered
  after two weeks of negotiation", "since three years";
- people who were killed or wounded are casualties, even when the noun is
  "soldiers" ("3 soldiers of the Black Watch were killed");
- a bare "$" in an article about a dollar country other than the US is that
  country's dollar.

The word lists (threshold lemmas, casualty verbs, the dollar countries) are those of
``data/lexicon/quantities.yaml``, reached through the cached
:func:`~dyads.attributes.quantities.units.quantity_words` (see that module).
"""

from __future__ import annotations

import dataclasses
import re

from dyads.attributes.attachment import token_index
from dyads.attributes.quantities.units import quantity_words
from dyads.records.attributes import Quantity
from dyads.records.parse import ParsedDoc

_COMPARATIVE_BEFORE = re.compile(
    r"\b(?:more|fewer|less|greater|larger|bigger|smaller)\s+than\s+$|\b(?:over|under|above|below|exceeding)\s+$",
    re.I,
)
_GAP_PREPS = frozenset({"after", "since"})


def _ancestors(doc: ParsedDoc, i: int, limit: int = 12) -> list[int]:
    out = [i]
    while doc.tokens[out[-1]].head != out[-1] and len(out) < limit:
        out.append(doc.tokens[out[-1]].head)
    return out


def _counted_noun(doc: ParsedDoc, q: Quantity) -> int:
    """The token the figure counts ("five people" -> "people"): the last token of its text."""
    return token_index(doc, max(q.char_start, q.char_end - 1))


def is_threshold(doc: ParsedDoc, q: Quantity) -> bool:
    """"an assembly of more than five people" under a law or ban: a limit, not a count."""
    if q.kind not in ("count", "force") or not _COMPARATIVE_BEFORE.search(doc.text[max(0, q.char_start - 20) : q.char_start]):
        return False
    norms = quantity_words().threshold_lemmas
    return any(doc.tokens[a].lemma.lower() in norms for a in _ancestors(doc, _counted_noun(doc, q))[1:])


def is_time_gap(doc: ParsedDoc, q: Quantity) -> bool:
    """A duration that measures the time before or between events, not the event."""
    if q.kind != "duration":
        return False
    i = _counted_noun(doc, q)
    tok = doc.tokens[i]
    if tok.dep != "pobj":
        return False
    prep = doc.tokens[tok.head]
    if prep.lemma.lower() in _GAP_PREPS:
        return True  # "after two weeks of talks"
    if prep.lemma.lower() == "in" and prep.head != prep.i:
        # "the first address in ten years", "told the nation in its first address ... in ten years"
        owner = prep.head
        return any(
            (t.lemma.lower() in ("first", "last", "only") or t.tag == "JJS") and owner in _ancestors(doc, t.i)
            for t in doc.tokens[max(0, owner - 30) : prep.i]
        )
    return False


def as_casualties(doc: ParsedDoc, q: Quantity) -> Quantity:
    """"3 soldiers were killed": a count of force becomes casualties."""
    if q.kind not in ("force", "count"):
        return q
    noun = doc.tokens[_counted_noun(doc, q)]
    verb = doc.tokens[noun.head]
    verbs = quantity_words().casualty_verbs
    if noun.dep in ("nsubjpass", "nsubj") and verb.lemma.lower() in verbs:
        if noun.dep == "nsubj" and verb.lemma.lower() != "die":
            return q  # "soldiers killed two rebels": the soldiers did it
        return dataclasses.replace(q, kind="casualties", unit=verbs[verb.lemma.lower()])
    return q


def local_dollar(q: Quantity, text: str, countries: frozenset[str]) -> Quantity:
    """A bare "$45,000" in an article about Canada (and not the US) is Canadian dollars."""
    if q.unit != "USD" or not text.lstrip().startswith("$") or "USA" in countries:
        return q
    dollars = quantity_words().local_dollars
    local = {dollars[c] for c in countries if c in dollars}
    return dataclasses.replace(q, unit=local.pop()) if len(local) == 1 else q
