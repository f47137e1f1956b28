"""Targets named by an earlier act: "Moscow criticised the manoeuvres", "a step that Seoul denounced".

A criticism, rejection, threat, protest or denial (016) whose object is a definite noun for an act ("the
manoeuvres", "the measures", "such activity", "a step that...") and names no actor is aimed at whoever
did that act. The act is the latest earlier event of the same family, within the five sentences
before (or earlier in the same sentence), done by another side than the critic (another country; a country's rebels or opposition are a
side of their own):

- measures (word list `measure_nouns`): measure, curb, restriction, sanction, ban...
  → events of roots 16 (reduce relations, sanctions) and 17 (coerce);
- military activity (`activity_nouns`): exercise, manoeuvre, drill, deployment...
  → events of roots 06 (material cooperation: joint exercises), 13 (threats), 15 (force posture), 18, 19;
- accusations (`charge_nouns`): charge, accusation, allegation, claim → events of root 11, for denials (016) too
  ("X accused Y of ...; Y's spokesman rejected the charge": Y denies to X).

Nothing is guessed when no such event exists, or when the noun is qualified by an adjective or a
possessor ("the European measures", "Japan's curbs"): those name their own actor, found or not.

A criticism or rejection of a thing states make (`state_things`: "was critical of [the budget]", "rejected
[the reform]"), its maker unsaid, is aimed at the critic's own government when the critic is of a known
country and not of its government: USALEG -> USAGOV (:func:`aim_at_makers`).

A criticism of an act told in the same phrase is aimed at its doer, not at those it fell on: "Italy
condemned the kidnapping of two aid workers by the Taliban" is ITA -> the Taliban, not ITA -> the aid
workers (:func:`aim_at_doers`).
"""

from __future__ import annotations

from dataclasses import replace

from dyads.events.frames.verdicts import own_government
from dyads.events.patterns.catalogue import PatternSet
from dyads.events.sentence import RawEvent
from dyads.records.actor import ActorMention
from dyads.records.parse import ParsedDoc

_CRITICAL_ROOTS = frozenset({"11", "12", "13", "14"})
# which earlier acts each family of act nouns (word lists of the lexicon) stands for
_FAMILIES = (
    ("measure_nouns", frozenset({"16", "17"})),
    ("activity_nouns", frozenset({"06", "13", "15", "18", "19"})),
    ("charge_nouns", frozenset({"11"})),
)
_DETERMINERS = frozenset({"the", "these", "those", "this", "that", "such", "a"})
_RELATIVES = frozenset({"that", "which"})
_GUESSED_DOERS = frozenset({"domestic", "implied", "unidentified"})  # doers the coder supplied, not the text
_WINDOW = 5


def fill_act_targets(doc: ParsedDoc, raws: list[RawEvent], patterns: PatternSet) -> list[RawEvent]:
    """Give critical events with an act noun as object the doer of that act (see module doc)."""
    out = list(raws)
    for k, raw in enumerate(raws):
        if raw.target is not None or raw.source is None or not (raw.code[:2] in _CRITICAL_ROOTS or raw.code == "016"):
            continue
        roots = _family_roots(doc, raw, patterns)
        if roots is None:
            continue
        start = min(raw.trigger)
        for earlier in reversed(raws[:k] + [r for r in raws[k + 1 :] if max(r.trigger) < start]):
            if earlier.sentence < raw.sentence - _WINDOW or earlier.sentence > raw.sentence:
                continue
            if max(earlier.trigger) >= start or earlier.code[:2] not in roots or earlier.source is None:
                continue
            theirs, ours = _party(earlier.source), _party(raw.source)
            if theirs and earlier.source.code and theirs != ours:
                out[k] = replace(raw, target=earlier.source)
                break
    return out


_NON_STATE = frozenset({"REB", "INS", "OPP", "SEP"})


def _party(actor: ActorMention) -> str | None:
    """A side: its country (its rebels or opposition are another side), else its IGO/group code."""
    if actor.country:
        return actor.country + (actor.role if actor.role in _NON_STATE else "")
    return actor.code


def _family_roots(doc: ParsedDoc, raw: RawEvent, patterns: PatternSet) -> frozenset[str] | None:
    for i in raw.trigger:
        # its object, or the subject of the clause it reports ("warned that [such activity] would not...")
        kids = list(doc.children(i))
        kids += [g for c in kids if c.dep == "ccomp" for g in doc.children(c.i) if g.dep in ("nsubj", "nsubjpass")]
        tok = doc.tokens[i]
        if tok.dep == "dobj" and doc.tokens[tok.head].dep == "advcl" and doc.tokens[tok.head].tag == "VBG":
            # "the manoeuvres took place ..., provoking [protests from Japan]": aimed at the clause's subject
            clause = doc.tokens[doc.tokens[tok.head].head]
            kids += [g for g in doc.children(clause.i) if g.dep in ("nsubj", "nsubjpass")]
        for c in kids:
            if c.dep not in ("dobj", "nsubjpass", "nsubj") or (c.dep == "nsubj" and c.head == i):
                continue
            noun = c
            if noun.lemma.lower() in _RELATIVES and doc.tokens[i].dep == "relcl":
                noun = doc.tokens[doc.tokens[i].head]
            roots = _noun_roots(doc, noun.i, patterns)
            if roots is not None:
                return roots
    return None


def _noun_roots(doc: ParsedDoc, i: int, patterns: PatternSet) -> frozenset[str] | None:
    tok = doc.tokens[i]
    words = {tok.lemma.lower(), tok.text.lower()}
    for family, roots in _FAMILIES:
        if not words & patterns.words(family):
            continue
        kids = doc.children(i)
        if any(c.dep == "poss" or (c.dep == "amod" and c.text[:1].isupper()) for c in kids):
            return None
        if any(c.dep in ("det", "amod", "predet") and c.text.lower() in _DETERMINERS for c in kids):
            return roots
        return roots if tok.dep == "appos" or any(c.dep == "relcl" for c in kids) else None
    return None


_MAKER_ROOTS = frozenset({"11", "12"})


def aim_at_makers(doc: ParsedDoc, raws: list[RawEvent], patterns: PatternSet) -> list[RawEvent]:
    """Criticisms and rejections of a state's thing, its maker unsaid, aimed at the critic's government."""
    things = patterns.words("state_things")
    out = []
    for raw in raws:
        maker = own_government(raw.source)
        if raw.target is not None or maker is None or raw.code[:2] not in _MAKER_ROOTS or raw.negated:
            out.append(raw)
            continue
        nouns = [c for i in raw.trigger for c in doc.children(i) if c.dep == "dobj"]
        nouns += [g for i in raw.trigger for c in doc.children(i) if c.dep == "prep"
                  for g in doc.children(c.i) if g.dep == "pobj"]
        # (a possessor or a capitalised qualifier names the maker or the thing: "Iran's budget", "the Patriot Act")
        made = any(n.lemma.lower() in things and not any(k.dep == "poss" or (
            k.dep in ("amod", "compound") and k.text[:1].isupper()) for k in doc.children(n.i)) for n in nouns)
        if not made:
            out.append(raw)
            continue
        out.append(replace(raw, target=maker))
    return out


# what is judged is the object, or what a judging preposition names ("criticised X [for] the raid", "angry
# [over] the attack"), never the circumstance ("backed the nomination [in] her meeting with the president")
_JUDGED_PREPS = frozenset({"for", "over", "of", "about", "at", "on", "against", "to", "with", "by"})
_APPROVING_ROOT = "05"  # praise and welcome judge an act as criticism does: "welcomed [the release] of the
# hostages by their kidnappers" is aimed at the kidnappers


def aim_at_doers(doc: ParsedDoc, raws: list[RawEvent]) -> list[RawEvent]:
    """A critical or approving act whose object is another act of the sentence ("condemned [the kidnapping]
    of two aid workers by the Taliban", "welcomed [the release] of the hostages by their kidnappers") is
    aimed at that act's doer where it took the act's victim as its target, or found no target at all
    ("condemned [the attack] that Israeli jets carried out on Gaza")."""
    out = list(raws)
    for k, raw in enumerate(raws):
        if raw.source is None or not (raw.code[:2] in _CRITICAL_ROOTS or raw.code == "016"
                                      or raw.code[:2] == _APPROVING_ROOT):
            continue
        objects = {c.i for i in raw.trigger for c in doc.children(i) if c.dep in ("dobj", "pobj", "nsubjpass")}
        objects |= {g.i for i in raw.trigger for c in doc.children(i) if c.dep == "prep" and c.lemma in _JUDGED_PREPS
                    for g in doc.children(c.i) if g.dep == "pobj"}
        for other in raws:
            if (other is raw or other.sentence != raw.sentence or other.source is None
                    or other.trigger == raw.trigger  # the same act by a coordinated doer ("X and Y sued Z")
                    or not objects.intersection(other.trigger) or other.source.code is None
                    or (other.source.start, other.source.end) == (raw.source.start, raw.source.end)):
                continue
            if raw.target is None:  # aimed at the doer the sentence names for the act it names
                if other.source.via in _GUESSED_DOERS or set(other.trigger) & set(raw.trigger):
                    continue
            elif other.target is None or (other.target.start, other.target.end) != (raw.target.start, raw.target.end):
                continue
            out[k] = replace(raw, target=other.source)
            break
    return out
