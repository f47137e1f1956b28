"""`dyads events` filters as a user writes them: country names, months and years, and bad values."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dyads.cli.app import app

from .eventstore import make_store

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("filters") / "s.duckdb")


def _ids(db, *args):
    result = runner.invoke(app, ["--db", str(db), "events", "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return sorted(json.loads(line)["event_id"] for line in result.output.splitlines())


@pytest.mark.parametrize(("by_name", "by_code"), [
    (("--actor", "Russia"), ("--actor", "RUS")),
    (("--source", "Japan"), ("--source", "JPN")),
    (("--target", "China"), ("--target", "CHN")),
    (("--dyad", "China,Russia"), ("--dyad", "CHN,RUS")),
    (("--dyad", "Japan,Russia"), ("--dyad", "JPN,RUS")),
    (("--country", "China"), ("--country", "CHN")),
])  # fmt: skip
def test_a_country_name_finds_what_its_code_finds(db, by_name, by_code):
    assert _ids(db, *by_name) == _ids(db, *by_code) != []


@pytest.mark.parametrize(("args", "ids"), [
    (("--since", "2010"), ["e1", "e2", "e3"]),
    (("--since", "2010-10"), ["e3"]),
    (("--until", "2001"), ["e5"]),
    (("--until", "2010-09"), ["e1", "e2", "e5"]),
    (("--since", "2010-09-27", "--until", "2010-09-27"), ["e2"]),
    (("--code", "04"), ["e1"]),
    (("--code", "042"), ["e1"]),
    (("--near", "39.1,117.2,50"), ["e1"]),
])  # fmt: skip
def test_dates_codes_and_places_select(db, args, ids):
    assert _ids(db, *args) == ids


@pytest.mark.parametrize(("args", "message"), [
    (("--code", "4"), "--code '4': not a CAMEO code"),
    (("--code", "abc"), "--code 'abc': not a CAMEO code"),
    (("--near", "1,2,3,4"), "--near '1,2,3,4'"),
    (("--country", "Narnia"), "--country 'Narnia'"),
    (("--dyad", "China,Narnia"), "'Narnia' is not a country"),
    (("--since", "2005-13"), "--since '2005-13': not a date"),
])  # fmt: skip
def test_a_bad_filter_is_one_line_and_exit_2(db, args, message):
    result = runner.invoke(app, ["--db", str(db), "events", *args])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0]


def test_articles_take_a_year(db):
    result = runner.invoke(app, ["--db", str(db), "articles", "--since", "2010-10", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["doc_id"] for line in result.output.splitlines()] == ["d2"]
