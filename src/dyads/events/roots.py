"""CAMEO roots the coder's rules name by kind (one place, so that every rule means the same set)."""

from __future__ import annotations

HARM_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, mass violence: acts that hurt people
PROTEST_ROOT = "14"
