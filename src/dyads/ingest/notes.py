"""Notes: something read and kept, with a caveat the analyst must see.

An :class:`InputNote` is yielded beside the article it concerns (an invalid date
stored as none, a field cut to a limit); unlike an
:class:`~dyads.errors.InputError`, the article is still stored.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class InputNote:
    """``str()`` is one line: ``input: reason``."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
