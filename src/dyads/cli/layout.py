"""Which table columns fit a terminal, and how wide each one is.

A table names the columns it must always show (for events: date, source,
code, target and a short name: who did what to whom) and the others in the
order they are worth adding.  The required columns are laid out first; each
optional column is added while the terminal has room for it; what does not
fit is left out and named in the table's caption.  Identifiers are never cut
below their width in the rows shown; prose is cut with an ellipsis.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

# A rich table with a box spends one border per column plus one, and a space either side of a cell.
_PER_COLUMN = 3
_EDGE = 1


@dataclass(frozen=True, slots=True)
class Layout:
    """``required`` always shown; ``optional`` in the order they are added; ``caps`` the widest a
    column is drawn; ``flexible`` columns take what room is left, down to ``floor``."""

    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    caps: Mapping[str, int] = field(default_factory=dict)
    flexible: frozenset[str] = frozenset()
    floor: int = 10


def column_widths(natural: Mapping[str, int], *, columns: Sequence[str], layout: Layout, width: int) -> dict[str, int]:
    """The columns shown (in ``columns`` order) and the width of each, for a terminal ``width`` wide.

    ``natural`` is each column's widest cell or header."""

    def wanted(name: str) -> int:
        return min(natural.get(name, len(name)), layout.caps.get(name, natural.get(name, len(name))))

    def least(name: str) -> int:
        return min(wanted(name), layout.floor) if name in layout.flexible else wanted(name)

    shown = [c for c in layout.required if c in columns]
    # what the required columns want, flexible ones at their wanted width, before optional ones join
    used = sum(wanted(c) for c in shown) + _PER_COLUMN * len(shown) + _EDGE
    for name in layout.optional:
        if name in columns and used + wanted(name) + _PER_COLUMN <= width:
            shown.append(name)
            used += wanted(name) + _PER_COLUMN
    widths = {c: wanted(c) for c in shown}
    # too narrow even for the required columns: flexible ones shrink, down to their floor
    excess = used - width
    for name in shown:
        if excess <= 0:
            break
        if name in layout.flexible:
            cut = min(excess, widths[name] - least(name))
            widths[name] -= cut
            excess -= cut
    return {c: widths[c] for c in columns if c in widths}
