"""Printing rows as a rich table, JSON Lines or CSV."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from dyads.cli.terminal import plain, printable

_KEEP_WHOLE = frozenset(
    {"event_id", "doc_id", "code", "date", "published", "source", "target", "measure", "start", "end", "country", "role"}
)


class Format(StrEnum):
    TABLE = "table"
    JSONL = "jsonl"
    CSV = "csv"


def print_jsonl(records: Iterable[Mapping[str, Any]], *, out: TextIO | None = None) -> None:
    stream = out or sys.stdout
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False, default=str))
        stream.write("\n")


def print_csv(rows: Iterable[Mapping[str, Any]], *, columns: Sequence[str], out: TextIO | None = None) -> None:
    writer = csv.DictWriter(out or sys.stdout, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})


def print_table(
    rows: Iterable[Mapping[str, Any]], *, columns: Sequence[str], title: str | None = None, console: Console
) -> None:
    """Every cell is plain text (:mod:`dyads.cli.terminal`): never markup, never a control sequence."""
    cells = [["" if row.get(c) is None else printable(row.get(c)) for c in columns] for row in rows]
    table = Table(title=plain(title) if title is not None else None, show_lines=False)
    for index, column in enumerate(columns):
        # identifiers are never cut (they are what the next command needs); prose is cut with an ellipsis
        keep = column in _KEEP_WHOLE
        width = max([len(column), *(len(cells_row[index]) for cells_row in cells)]) if keep else None
        table.add_column(column, no_wrap=True, overflow="ellipsis", min_width=width)
    for cells_row in cells:
        table.add_row(*(Text(cell) for cell in cells_row))
    console.print(table)


def emit(
    rows: Sequence[Mapping[str, Any]],
    *,
    fmt: Format,
    columns: Sequence[str],
    console: Console,
    records: Sequence[Mapping[str, Any]] | None = None,
    title: str | None = None,
) -> None:
    """Print ``rows`` (short, flat) as a table or CSV; JSON Lines prints ``records`` (complete) when given."""
    if fmt is Format.JSONL:
        print_jsonl(records if records is not None else rows)
    elif fmt is Format.CSV:
        print_csv(rows, columns=columns)
    else:
        print_table(rows, columns=columns, title=title, console=console)
