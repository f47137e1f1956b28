"""Things as subjects: "shells landed in Tbilisi" is no visit; "a car bomb killed three policemen" is an
attack whose doers are unsaid.

A verb of travel or arrival (CAMEO root 04, "land in", "arrive in", "reach") whose subject is a
munition or projectile describes where it fell, not a meeting; the act is dropped.  (The
attack itself is coded from its own words: "fired", "shelled".)

A violent act (roots 18-20) whose subject is a munition or an attack noun ("a roadside bombing killed
a soldier", "an explosion wounded five") has no named doer: like an agentless passive, it is coded
as the act of unidentified armed men on its object.
"""

from __future__ import annotations

from dyads.events.roots import HARM_ROOTS
from dyads.events.sides.arguments import subject_tokens
from dyads.records.parse import ParsedDoc

_MOVEMENT_ROOTS = frozenset({"04"})


def moved_thing(doc: ParsedDoc, i: int, code: str, *, munitions: frozenset[str]) -> bool:
    """Whether act ``i`` with ``code`` is a movement whose subject is one of ``munitions`` (shells that
    landed, or troops or refugees that arrived: no visit)."""
    if code[:2] not in _MOVEMENT_ROOTS:
        return False
    return any(doc.tokens[k].lemma.lower() in munitions for s in subject_tokens(doc, i) for k in _counted(doc, s))


def _counted(doc: ParsedDoc, s: int) -> list[int]:
    """A subject and, for a count of things ("thousands [of refugees]"), what is counted."""
    return [s] + [g.i for c in doc.children(s) if c.dep == "prep" and c.lemma == "of"
                  for g in doc.children(c.i) if g.dep == "pobj" and doc.tokens[s].tag in ("NNS", "CD")]




def harmed_by_thing(doc: ParsedDoc, i: int, code: str, *, things: frozenset[str]) -> bool:
    """Whether violent act ``i`` with ``code`` has a thing (one of ``things``) for its subject."""
    if code[:2] not in HARM_ROOTS:
        return False
    subjects = subject_tokens(doc, i)
    return bool(subjects) and all(doc.tokens[s].lemma.lower() in things for s in subjects)
