"""CSV and TSV files with a header row naming the fields."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from dyads.errors import InputError, MalformedInput
from dyads.ingest.formats.records import article_from_record
from dyads.ingest.notes import InputNote
from dyads.records.article import Article
from dyads.settings import FieldMap


def read_delimited(
    text: str, *, source: str, fields: FieldMap, delimiter: str = ","
) -> Iterator[Article | InputError | InputNote]:
    """An article per row; rows are named ``file:line`` by the line they start on.

    A field may be as long as the whole input: the file limit (``--max-bytes``) is
    the only limit, as for JSON Lines, not the csv module's default of 131,072.
    """
    # The csv module keeps its limit process-wide; it is only ever raised here.
    csv.field_size_limit(max(len(text) + 1, csv.field_size_limit()))
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter, strict=False)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield MalformedInput(f"{source}:1", f"header row does not parse ({exc})")
        return
    if header is None:
        yield MalformedInput(source, "no header row")
        return
    names = [name.strip() for name in header]
    if fields.text not in names:
        shown = ", ".join(repr(name) for name in names[:12])
        yield MalformedInput(f"{source}:1", f"header has no {fields.text!r} column (columns: {shown})")
        return
    next_start = reader.line_num + 1
    while True:
        start = next_start
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            next_start = reader.line_num + 1
            yield MalformedInput(f"{source}:{start}", f"row does not parse ({exc})")
            continue
        next_start = reader.line_num + 1
        if not row or not any(cell.strip() for cell in row):
            continue
        origin = f"{source}:{start}"
        if len(row) != len(names):
            yield MalformedInput(origin, f"{len(row)} fields where the header has {len(names)}")
            continue
        yield from article_from_record(dict(zip(names, row, strict=True)), fields=fields, origin=origin)
