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

from dyads.cli.layout import Layout, column_widths
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
    rows: Iterable[Mapping[str, Any]],
    *,
    columns: Sequence[str],
    title: str | None = None,
    console: Console,
    layout: Layout | None = None,
) -> None:
    """Every cell is plain text (:mod:`dyads.cli.terminal`): never markup, never a control sequence.

    With a ``layout``, the columns that do not fit the console are left out (and named in the
    caption), and each shown column is drawn at the width :func:`column_widths` gives it."""
    cells = [{c: "" if row.get(c) is None else printable(row.get(c)) for c in columns} for row in rows]
    natural = {c: max([len(c), *(len(r[c]) for r in cells)]) for c in columns}
    if layout is None:
        shown = {c: natural[c] if c in _KEEP_WHOLE else None for c in columns}
        caption = None
    else:
        shown = dict(column_widths(natural, columns=columns, layout=layout, width=console.width))
        left_out = [c for c in columns if c not in shown]
        caption = f"not shown at this width: {', '.join(left_out)}" if left_out else None
    table = Table(title=plain(title) if title is not None else None, show_lines=False,
                  caption=plain(caption) if caption else None)  # fmt: skip
    for column, width in shown.items():
        if layout is None:
            # identifiers are never cut (they are what the next command needs); prose is cut with an ellipsis
            table.add_column(column, no_wrap=True, overflow="ellipsis", min_width=width)
        else:
            table.add_column(column, no_wrap=True, overflow="ellipsis", width=width)
    for row in cells:
        table.add_row(*(Text(row[c]) for c in shown))
    console.print(table)


def emit(
    rows: Sequence[Mapping[str, Any]],
    *,
    fmt: Format,
    columns: Sequence[str],
    console: Console,
    records: Sequence[Mapping[str, Any]] | None = None,
    title: str | None = None,
    layout: Layout | None = None,
) -> None:
    """Print ``rows`` (short, flat) as a table or CSV; JSON Lines prints ``records`` (complete) when given."""
    if fmt is Format.JSONL:
        print_jsonl(records if records is not None else rows)
    elif fmt is Format.CSV:
        print_csv(rows, columns=columns)
    else:
        print_table(rows, columns=columns, title=title, console=console, layout=layout)
