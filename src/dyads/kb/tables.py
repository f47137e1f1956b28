"""Readers for the knowledge base's TSV tables (package data and user files).

Every table is UTF-8, tab-separated, ``#`` comment lines first, then one header
row.  List-valued cells separate items with ``|``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: its cells by column name and where it came from."""

    origin: str  # file:line
    cells: dict[str, str]  # stripped cell text by column name

    def get(self, column: str) -> str:
        return self.cells.get(column, "")

    def items(self, column: str) -> tuple[str, ...]:
        cell = self.cells.get(column, "")
        return tuple(part.strip() for part in cell.split("|") if part.strip()) if cell else ()


def read_rows(text: str, *, name: str) -> Iterator[Row]:
    """Yield the rows of a TSV table held in ``text``; ``name`` labels origins."""
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = [f.strip().lower() for f in fields]
            continue
        yield Row(origin=f"{name}:{number}", cells=dict(zip(header, (f.strip() for f in fields), strict=False)))


def header_of(text: str) -> tuple[str, ...]:
    """The column names of a TSV table (empty if it has none)."""
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            return tuple(f.strip().lower() for f in line.split("\t"))
    return ()
