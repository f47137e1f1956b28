"""Writing events in any format to a text stream or a Parquet file."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from dyads.errors import ConfigError
from dyads.export.gdelt import gdelt_line, load_fips_table
from dyads.export.plover import load_plover_scales, plover_record
from dyads.export.rows import COLUMNS, NO_INFO, ArticleInfo, ReportCounts, event_row
from dyads.records.convert import to_plain
from dyads.records.event import Event


class EventFormat(StrEnum):
    TABLE = "table"
    JSONL = "jsonl"
    CSV = "csv"
    PARQUET = "parquet"
    GDELT = "gdelt"
    PLOVER = "plover"


@dataclass(frozen=True, slots=True)
class Written:
    """How many events were written, and how many the format could not hold (GDELT: undated)."""

    rows: int
    left_out: int = 0


def csv_cell(value: object) -> str:
    """A CSV cell: text always quoted (so ``042`` stays text, DuckDB reads it so), numbers and
    booleans bare, ``None`` empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    return '"' + str(value).replace('"', '""') + '"'


def write_events(
    events: Sequence[Event],
    *,
    fmt: EventFormat,
    out: TextIO,
    article_info: Mapping[str, ArticleInfo] | None = None,
    parquet_path: Path | None = None,
    counts: Mapping[str, ReportCounts] | None = None,
) -> Written:
    """Write ``events`` as ``fmt``; ``article_info`` maps doc_id → what is known of the article,
    ``counts`` event_id → how widely a merged event was reported (JSON Lines adds them as
    ``merged``, GDELT fills its count columns)."""
    info = article_info or {}
    merged = counts or {}
    if fmt is EventFormat.JSONL:
        for event in events:
            plain = to_plain(event)
            if event.event_id in merged:
                plain["merged"] = merged[event.event_id].plain()
            out.write(json.dumps(plain, ensure_ascii=False) + "\n")
    elif fmt is EventFormat.CSV:
        out.write(",".join(COLUMNS) + "\n")
        for event in events:
            row = event_row(event, info.get(event.doc_id, NO_INFO))
            out.write(",".join(csv_cell(row[c]) for c in COLUMNS) + "\n")
    elif fmt is EventFormat.GDELT:
        fips = load_fips_table()
        written = 0
        for event in events:
            article = info.get(event.doc_id, NO_INFO)
            line = gdelt_line(event, published=article.published, url=article.url, fips=fips,
                              counts=merged.get(event.event_id))  # fmt: skip
            if line is not None:
                out.write(line + "\n")
                written += 1
        return Written(written, len(events) - written)
    elif fmt is EventFormat.PLOVER:
        scales = load_plover_scales()
        for event in events:
            record = plover_record(event, info=info.get(event.doc_id, NO_INFO), scales=scales)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt is EventFormat.PARQUET:
        if parquet_path is None:
            raise ConfigError("--format parquet needs --output FILE")
        import pyarrow.parquet as pq  # loaded when Parquet is written

        from dyads.export.parquet import events_table

        pq.write_table(events_table(events, info), parquet_path)
    else:
        raise ConfigError(f"format {fmt}: not a stream format here")
    return Written(len(events))
