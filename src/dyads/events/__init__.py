"""Event coding: who did what to whom, in CAMEO and PLOVER, with evidence."""

from dyads.events.coder import code_events
from dyads.events.explain import Explanation, explain
from dyads.events.patterns.loading import PatternSet, load_patterns
from dyads.events.sides.arguments import UnresolvedActors

__all__ = ["Explanation", "PatternSet", "UnresolvedActors", "code_events", "explain", "load_patterns"]
