"""Ingest with coding: articles and their events are stored together, once."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dyads.cli.app import app

runner = CliRunner()

_ARTICLE = {
    "id": "wire-1",
    "title": "Ministers meet in Ankara",
    "date": "2015-06-12",
    "text": (
        "Turkish Foreign Minister Mevlut Cavusoglu met his Iranian counterpart Mohammad Javad Zarif in Ankara "
        "on Thursday. The two ministers signed an agreement on border security. Iran accused Israel of "
        "sabotaging the talks."
    ),
    "source": "Example Wire",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ingest")
    src = folder / "wire.jsonl"
    src.write_text(json.dumps(_ARTICLE) + "\n", encoding="utf-8")
    db = folder / "s.duckdb"
    first = runner.invoke(app, ["--db", str(db), "ingest", str(src)])
    second = runner.invoke(app, ["--db", str(db), "ingest", str(src)])
    return db, first, second


def _events(db, *args):
    result = runner.invoke(app, ["--db", str(db), "events", "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_ingest_codes_and_stores_events_once(store):
    db, first, second = store
    assert first.exit_code == 0, first.output
    assert "1 added" in first.output and "events" in first.output
    assert "0 added" in second.output
    assert len(_events(db)) >= 2


def test_stored_events_carry_actors_codes_and_evidence(store):
    db, _, _ = store
    events = _events(db)
    accusation = [e for e in events if e["root"] == "11" and e["source"] and e["source"]["country"] == "IRN"]
    assert accusation, [(e["code"], e["source"], e["target"]) for e in events]
    ev = accusation[0]
    assert ev["target"]["country"] == "ISR"
    assert ev["doc_id"] == "wire-1" and ev["code"].startswith("11")
    evidence = ev["evidence"][0]
    assert evidence["sentence"] == "Iran accused Israel of sabotaging the talks."
    assert _ARTICLE["text"][evidence["sentence_start"] : evidence["sentence_end"]] == evidence["sentence"]


def test_events_filter_by_dyad_and_root(store):
    db, _, _ = store
    assert all(e["root"] == "11" for e in _events(db, "--code", "11"))
    both = _events(db, "--dyad", "TUR,IRN")
    assert both and all({e["source"]["country"], e["target"]["country"]} == {"TUR", "IRN"} for e in both)


@pytest.mark.parametrize("fmt", ["gdelt", "plover", "csv"])
def test_events_print_in_every_exchange_format(store, fmt):
    db, _, _ = store
    result = runner.invoke(app, ["--db", str(db), "events", "--format", fmt])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()  # not stripped: a GDELT row with no SOURCEURL ends in a tab
    assert lines
    if fmt == "gdelt":
        assert all(len(line.split("\t")) == 61 for line in lines)
    if fmt == "plover":
        assert {"event", "actor", "recipient", "event_text"} <= set(json.loads(lines[0]))


def test_parquet_needs_an_output_file_and_writes_one(store, tmp_path):
    db, _, _ = store
    out = tmp_path / "events.parquet"
    result = runner.invoke(app, ["--db", str(db), "events", "--format", "parquet", "--output", str(out)])
    assert result.exit_code == 0, result.output
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows >= 2


def test_explain_shows_sentence_pattern_and_parse(store):
    db, _, _ = store
    event_id = _events(db, "--code", "11")[0]["event_id"]
    result = runner.invoke(app, ["--db", str(db), "explain", event_id])
    assert result.exit_code == 0, result.output
    assert "accused" in result.output and "pattern" in result.output


def test_explain_an_unknown_event_is_one_clear_line(store):
    db, _, _ = store
    result = runner.invoke(app, ["--db", str(db), "explain", "no-such-event"])
    assert result.exit_code != 0 and "no-such-event" in result.output


def test_the_article_tone_is_stored_with_the_article(store):
    db, _, _ = store
    result = runner.invoke(app, ["--db", str(db), "articles", "--format", "jsonl"])
    record = json.loads(result.stdout.splitlines()[0])
    assert isinstance(record["tone"], float) and -1.0 <= record["tone"] <= 1.0
