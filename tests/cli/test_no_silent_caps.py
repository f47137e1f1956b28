"""Exports write every matching row unless --limit is given; a table says how many of how many it shows."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from dyads.cli.app import app
from dyads.records import Article
from dyads.store import open_store
from dyads.store.articles import plan_insert, write_articles

from .eventstore import CHN, RUS, event, make_store

runner = CliRunner()
MANY = 150


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    events = [event(f"e{i:03d}", "d1", RUS, CHN, "042", "Make a visit", day=dt.date(2010, 1, 1) + dt.timedelta(days=i))
              for i in range(MANY)]  # fmt: skip
    path = make_store(tmp_path_factory.mktemp("caps") / "s.duckdb", events)
    with open_store(path) as store:
        extra = [Article.create(text=f"Envoys met, round {i}.", doc_id=f"a{i}") for i in range(MANY - 2)]
        new, _ = plan_insert(store, extra)
        store.con.execute("BEGIN TRANSACTION")
        write_articles(store, new)
        store.con.execute("COMMIT")
    return path


def _run(db, *args):
    result = runner.invoke(app, ["--db", str(db), *args], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def _count(fmt, text):
    if fmt == "csv":
        return len(list(csv.DictReader(io.StringIO(text))))
    return len([line for line in text.splitlines() if line.strip()])


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "gdelt", "plover"])
@pytest.mark.parametrize(("limit", "expected"), [((), MANY), (("--limit", "7"), 7), (("--limit", "0"), MANY)])
def test_an_event_export_writes_everything_unless_limited(db, fmt, limit, expected):
    assert _count(fmt, _run(db, "events", "--format", fmt, *limit)) == expected


def test_a_parquet_export_writes_everything(db, tmp_path):
    out = tmp_path / "e.parquet"
    _run(db, "events", "--format", "parquet", "--output", str(out))
    assert pq.read_table(out).num_rows == MANY


@pytest.mark.parametrize(("args", "title"), [
    ((), f"100 of {MANY} events"),
    (("--limit", "5"), f"5 of {MANY} events"),
    (("--limit", "0"), f"{MANY} of {MANY} events"),
    (("--code", "04", "--limit", "3"), f"3 of {MANY} events"),
    (("--code", "19"), "0 of 0 events"),
])  # fmt: skip
def test_an_event_table_says_n_of_m(db, args, title):
    assert title in _run(db, "events", *args)


@pytest.mark.parametrize(("args", "expected"), [(("--format", "jsonl"), MANY), (("--format", "csv"), MANY),
                                                (("--format", "jsonl", "--limit", "4"), 4)])  # fmt: skip
def test_an_article_export_writes_everything_unless_limited(db, args, expected):
    out = _run(db, "articles", *args)
    assert _count(args[1], out) == expected
    if args[1] == "jsonl":
        assert all("doc_id" in json.loads(line) for line in out.splitlines())


def test_an_article_table_says_n_of_m(db):
    assert f"50 of {MANY} articles" in _run(db, "articles")
