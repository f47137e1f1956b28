"""Every export format read back with DuckDB and pyarrow: the same events, the types kept."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.json as pajson
import pyarrow.parquet as pq
import pytest

from dyads.export import ArticleInfo, EventFormat, write_events
from dyads.export.rows import COLUMNS
from dyads.records import Place
from tests.cli.eventstore import CHN, JPN, RUS2, EVENTS, event

TIANJIN = Place("Tianjin", "CHN", "CN.28", 39.14, 117.18, "city", "Tianjin")
ALL = [*EVENTS, event("e6", "d2", JPN, RUS2, "0871", "Ease military blockade", day=dt.date(2010, 10, 2), place=TIANJIN)]
INFO = {"d1": ArticleInfo(dt.date(2010, 9, 26), "https://example.org/d1", "Visit"),
        "d2": ArticleInfo(dt.date(2010, 10, 1), None, "Summons, \"quoted\", and commas")}  # fmt: skip


def _write(fmt, tmp_path):
    path = tmp_path / f"events.{fmt}"
    if fmt is EventFormat.PARQUET:
        write_events(ALL, fmt=fmt, out=io.StringIO(), article_info=INFO, parquet_path=path)
    else:
        with path.open("w", encoding="utf-8", newline="") as out:
            write_events(ALL, fmt=fmt, out=out, article_info=INFO)
    return path


@pytest.mark.parametrize("fmt", [EventFormat.JSONL, EventFormat.CSV, EventFormat.PARQUET, EventFormat.PLOVER])
def test_every_format_reads_back_with_duckdb_and_pyarrow(fmt, tmp_path):
    path = _write(fmt, tmp_path)
    reader = {EventFormat.CSV: "read_csv", EventFormat.PARQUET: "read_parquet"}.get(fmt, "read_json")
    rows = duckdb.sql(f"SELECT * FROM {reader}('{path}')").fetchall()
    assert len(rows) == len(ALL)
    if fmt is EventFormat.PARQUET:
        table = pq.read_table(path)
    elif fmt is EventFormat.CSV:
        table = pacsv.read_csv(path, convert_options=pacsv.ConvertOptions(column_types={"code": pa.string(),
                                                                                         "root": pa.string()}))
    else:
        table = pajson.read_json(path)
    assert table.num_rows == len(ALL)


def test_csv_keeps_codes_as_text_and_has_countries_root_title_and_url(tmp_path):
    path = _write(EventFormat.CSV, tmp_path)
    assert {"source_country", "target_country", "root", "title", "url"} <= set(COLUMNS)
    con = duckdb.connect()
    types = {r[0]: r[1] for r in con.execute(f"DESCRIBE SELECT * FROM read_csv('{path}')").fetchall()}
    assert types["code"] == "VARCHAR" and types["root"] == "VARCHAR"
    got = con.execute(f"SELECT code, root, source_country, target_country, title, url FROM read_csv('{path}') "
                  "WHERE event_id = 'e4'").fetchone()  # fmt: skip
    assert got == ("010", "01", "RUS", "JPN", 'Summons, "quoted", and commas', None)
    with path.open(encoding="utf-8", newline="") as handle:
        first = next(csv.DictReader(handle))
    assert first["code"] == "042" and first["url"] == "https://example.org/d1"


def test_parquet_keeps_real_types(tmp_path):
    schema = pq.read_schema(_write(EventFormat.PARQUET, tmp_path))
    assert schema.field("date").type == pa.date32() and schema.field("end_date").type == pa.date32()
    assert pa.types.is_struct(schema.field("source").type) and pa.types.is_struct(schema.field("place").type)
    assert pa.types.is_list(schema.field("quantities").type) and pa.types.is_list(schema.field("evidence").type)
    assert schema.field("code").type == pa.string() and schema.field("root").type == pa.string()
    for name in ("source_country", "target_country", "place_country", "title", "url", "published"):
        assert name in schema.names
    row = duckdb.connect().execute(
        f"SELECT code, root, source.code, target_country, date, quantities[1].value, evidence[1].trigger, place.name "
        f"FROM read_parquet('{tmp_path / 'events.parquet'}') WHERE event_id = 'e6'"
    ).fetchone()
    assert row == ("0871", "08", "JPNGOV", "RUS", dt.date(2010, 10, 2), 5e9, "met with the delegation", "Tianjin")


def test_an_empty_parquet_export_keeps_the_schema(tmp_path):
    path = tmp_path / "none.parquet"
    write_events([], fmt=EventFormat.PARQUET, out=io.StringIO(), parquet_path=path)
    assert pq.read_table(path).num_rows == 0 and pq.read_schema(path).field("date").type == pa.date32()


def test_jsonl_is_the_complete_record(tmp_path):
    lines = _write(EventFormat.JSONL, tmp_path).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["event_id"] for line in lines] == [e.event_id for e in ALL]
