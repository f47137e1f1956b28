"""Things as subjects of movement: "shells landed in Tbilisi" is no visit.

A verb of travel or arrival (CAMEO root 04, "land in", "arrive in", "reach") whose subject is a
munition or projectile describes where it fell, not a meeting; the act is dropped.  (The
attack itself is coded from its own words: "fired", "shelled".)
"""

from __future__ import annotations

from dyads.events.arguments import subject_tokens
from dyads.records.parse import ParsedDoc

_MOVEMENT_ROOTS = frozenset({"04"})


def moved_thing(doc: ParsedDoc, i: int, code: str, *, munitions: frozenset[str]) -> bool:
    """Whether act ``i`` with ``code`` is a movement whose subject is one of ``munitions``."""
    if code[:2] not in _MOVEMENT_ROOTS:
        return False
    return any(doc.tokens[s].lemma.lower() in munitions for s in subject_tokens(doc, i))
