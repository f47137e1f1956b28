"""Writing events in any format to a text or binary stream."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from dyads.errors import ConfigError
from dyads.export.gdelt import gdelt_line, load_fips_table
from dyads.export.plover import plover_record
from dyads.export.rows import COLUMNS, event_row
from dyads.records.convert import to_plain
from dyads.records.event import Event


class EventFormat(StrEnum):
    TABLE = "table"
    JSONL = "jsonl"
    CSV = "csv"
    PARQUET = "parquet"
    GDELT = "gdelt"
    PLOVER = "plover"


def write_events(
    events: Sequence[Event],
    *,
    fmt: EventFormat,
    out: TextIO,
    article_info: Mapping[str, tuple[dt.date | None, str | None]] | None = None,
    parquet_path: Path | None = None,
) -> None:
    """Write ``events`` as ``fmt``; ``article_info`` maps doc_id → (published, url)."""
    info = article_info or {}
    if fmt is EventFormat.JSONL:
        for event in events:
            out.write(json.dumps(to_plain(event), ensure_ascii=False) + "\n")
    elif fmt is EventFormat.CSV:
        writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(event_row(e) for e in events)
    elif fmt is EventFormat.GDELT:
        fips = load_fips_table()
        for event in events:
            published, url = info.get(event.doc_id, (None, None))
            out.write(gdelt_line(event, published=published, url=url, fips=fips) + "\n")
    elif fmt is EventFormat.PLOVER:
        for event in events:
            published, url = info.get(event.doc_id, (None, None))
            out.write(json.dumps(plover_record(event, published=published, url=url), ensure_ascii=False) + "\n")
    elif fmt is EventFormat.PARQUET:
        if parquet_path is None:
            raise ConfigError("--format parquet needs --output FILE")
        rows = [event_row(e) for e in events]
        table = pa.Table.from_pylist(rows) if rows else pa.table({c: pa.array([], pa.string()) for c in COLUMNS})
        pq.write_table(table, parquet_path)
    else:
        raise ConfigError(f"format {fmt}: not a stream format here")
