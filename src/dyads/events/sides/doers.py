"""Codes that depend on who acts, and on what is acted on: the same verb is a different CAMEO code in
different hands.

- Root 19 is the force of armed bodies. A crowd that storms, attacks or clashes with the state riots
  ("protesters stormed government buildings": 145), one that attacks people assaults them ("a mob
  attacked her supporters": 182); workers or students "striking" strike (143); criminals and other
  unarmed people who attack use unconventional violence (180).
- Arrest and detention (173) are the acts of a state's authority.  Armed groups and criminals who
  capture, seize or hold people take them hostage (181): "Hezbollah captured two Israeli soldiers",
  "gunmen detained three engineers".
- Capturing a place is taking territory (192), not an arrest: "rebels captured Goma".  Seizing people is
  holding them (173, then 181 as above), not seizing property (171): "gunmen seized eight workers".
- A person dismissed is removed from a post, not rejected (no root 12: ``removed_from_post``).
- A strike is a walkout (143) in workers' hands, an attack (190) in a state's or when it is armed: "Israel
  launched a missile strike on Gaza".
"""

from __future__ import annotations

from dataclasses import replace

from dyads.events.sentence import RawEvent
from dyads.records.parse import ParsedDoc

_FORCE_ROOT = "19"
_CROWD_ROLES = frozenset({"CVL", "EDU", "LAB", "AGR"})
_VIOLENT_PROTEST, _STRIKE, _UNCONVENTIONAL, _ASSAULT = "145", "143", "180", "182"
_STATE_TARGETS = ("GOV", "COP", "MIL", "JUD", "LEG")
_MANY = frozenset({"crowd", "mob", "people"})
_DETAIN, _ABDUCT, _OCCUPY = "173", "181", "192"
_NON_STATE_ARMED = frozenset({"REB", "INS", "UAF", "SEP", "CRM"})
_WALKOUT, _FIGHT = "143", "190"
_STATE_ROLES = frozenset({"", "GOV", "MIL"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_OBJECTS = frozenset({"dobj", "nsubjpass"})
_TAKE_LAND = frozenset({"capture", "seize", "take"})  # verbs that take people or land
_IMPLIED = "implied"


def _unarmed_force(doc: ParsedDoc, raw: RawEvent, crowds: frozenset[str]) -> RawEvent:
    s = raw.source
    if s is None or raw.code[:2] != _FORCE_ROOT or s.role not in (_CROWD_ROLES | {"CRM"}):
        return raw
    head = doc.tokens[s.head] if 0 <= s.head < len(doc.tokens) else None
    # a crowd is many: "protesters", "students", "a mob" (not "a student shooting")
    crowd = head is not None and head.lemma.lower() in crowds and (head.tag == "NNS" or head.lemma.lower() in _MANY)
    if s.role in ("LAB", "EDU") and any(doc.tokens[i].lemma == "strike" for i in raw.trigger):
        code = _STRIKE
    elif s.role in _CROWD_ROLES and crowd:
        # a riot is against the state and its things; a crowd that beats people assaults them
        t = raw.target
        code = _ASSAULT if t is not None and t.role not in (None, "", *_STATE_TARGETS) else _VIOLENT_PROTEST
    else:
        code = _UNCONVENTIONAL
    return replace(raw, code=code, pattern=f"{raw.pattern} + unarmed {s.role} -> {code}")


def _captured_place(doc: ParsedDoc, raw: RawEvent) -> bool:
    """What was taken is a place named as land ("captured Kandahar"), not a people or its state: the
    object of the act's verb is a place name."""
    objects = (c for i in raw.trigger if 0 <= i < len(doc.tokens) for c in doc.children(i)
               if c.dep in _OBJECTS)
    t = raw.target
    named = t is not None and t.role and t.via != _IMPLIED  # (a person the tagger took for a place has a role)
    return any(c.ent_type in _PLACE_ENTITIES and not (named and t is not None and t.first <= c.i < t.last)
               for c in objects if doc.tokens[c.head].lemma in _TAKE_LAND)


_SEIZE = "171"
_PROPERTY_HOLDERS = frozenset({"BUS", "MED", "NGO", "IGO"})  # a body of these seized is property seized


def _people_seized(doc: ParsedDoc, raw: RawEvent) -> RawEvent:
    """People seized are held, not property taken: "gunmen seized eight workers" is a detention (an
    abduction in an armed group's hands), "police seized the company" a seizure of property."""
    t = raw.target
    if raw.code != _SEIZE or t is None or not t.role or not 0 <= t.head < len(doc.tokens):
        return raw
    head = doc.tokens[t.head]
    people = head.tag == "NNS" or (t.kb_id or "").startswith("person:")  # "two aid workers", not "the company"
    if (t.role in _PROPERTY_HOLDERS and not people) or head.dep not in _OBJECTS or head.head not in raw.trigger or doc.tokens[head.head].lemma not in _TAKE_LAND:
        return raw
    return replace(raw, code=_DETAIN, pattern=f"{raw.pattern} + people taken -> {_DETAIN}")


def _detention(doc: ParsedDoc, raw: RawEvent) -> RawEvent:
    if raw.code != _DETAIN:
        return raw
    if _captured_place(doc, raw):
        return replace(raw, code=_OCCUPY, pattern=f"{raw.pattern} + a place taken -> {_OCCUPY}")
    s = raw.source
    if s is not None and s.role in _NON_STATE_ARMED:
        return replace(raw, code=_ABDUCT, pattern=f"{raw.pattern} + held by {s.role} -> {_ABDUCT}")
    return raw


def armed_strike(doc: ParsedDoc, raw: RawEvent, armed: frozenset[str]) -> RawEvent:
    """A strike that is an armed one ("air strikes on the Gaza Strip began", a strike by a state): a fight, not
    a walkout; coded before the targets are implied, so that it falls on its place, not on its doers' government."""
    if raw.code != _WALKOUT:
        return raw
    strikes = [i for i in raw.trigger if 0 <= i < len(doc.tokens) and doc.tokens[i].lemma.lower() == "strike"
               and doc.tokens[i].pos == "NOUN"]
    if not strikes:
        return raw
    qualified = any(c.dep in ("amod", "compound", "nmod") and c.text.lower() in armed
                    for i in strikes for c in doc.children(i))
    s = raw.source
    by_state = s is not None and s.code is not None and (s.role or "") in _STATE_ROLES
    if not (qualified or by_state):
        return raw
    return replace(raw, code=_FIGHT, act_code=_FIGHT, pattern=f"{raw.pattern} + an armed strike -> {_FIGHT}")


_REJECT_ROOT = "12"


def removed_from_post(doc: ParsedDoc, raw: RawEvent, removals: frozenset[str]) -> bool:
    """A person or a group dismissed ("Obasanjo dismissed the Minister of Housing", "CBS dismissed four
    employees") is removed from a post, not rejected: no event of root 12."""
    t = raw.target
    if raw.code[:2] != _REJECT_ROOT or t is None or not t.role or not 0 <= t.head < len(doc.tokens):
        return False
    head = doc.tokens[t.head]
    while head.dep in ("conj", "appos", "compound") and head.head != head.i:  # "the minister and [the prosecutor]"
        head = doc.tokens[head.head]
    return head.dep in _OBJECTS and head.head in raw.trigger and doc.tokens[head.head].lemma.lower() in removals


def by_whom(doc: ParsedDoc, raw: RawEvent, *, crowds: frozenset[str]) -> RawEvent:
    """``raw`` with the code its doer and its object make of its verb (see the module's notes; an armed strike
    is recoded earlier, before targets are implied: :func:`armed_strike`)."""
    return _detention(doc, _people_seized(doc, _unarmed_force(doc, raw, crowds)))
