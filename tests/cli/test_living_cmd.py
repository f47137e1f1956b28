"""`retract`, `changes`, `events --merge` and `--changed-since`, `ingest --on-change`, `watch --once`."""

from __future__ import annotations

import json

import pytest
from tests.pipeline.feedserver import Route, rss, serve
from tests.store.test_merged import ARTICLES, EVENTS
from typer.testing import CliRunner

from dyads.cli.app import app
from dyads.store import open_store
from dyads.store.articles import plan_insert, write_articles
from dyads.store.events import write_events

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "l.duckdb"
    with open_store(path) as s, s.transaction():
        write_articles(s, plan_insert(s, ARTICLES)[0])
        write_events(s, EVENTS)
    return path


def invoke(db, *args):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--db", str(db), *args])


def jsonl(result) -> list[dict]:  # type: ignore[no-untyped-def]
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_events_merged_as_gdelt_carry_their_counts(db):
    rows = jsonl(invoke(db, "events", "--merge", "gdelt", "--format", "jsonl"))
    merged = {tuple(r["merged"]["event_ids"]): r["merged"] for r in rows}
    assert len(rows) == 7
    assert (merged[("e1", "e2", "e4")]["num_mentions"], merged[("e1", "e2", "e4")]["num_sources"]) == (6, 2)


def test_a_country_name_works_with_the_merged_view(db):
    by_name = jsonl(invoke(db, "events", "--merge", "daily", "--source", "Russia", "-f", "jsonl"))
    by_code = jsonl(invoke(db, "events", "--merge", "daily", "--source", "RUS", "-f", "jsonl"))
    assert by_name == by_code and len(by_name) == 4


def test_the_gdelt_export_of_the_merged_view_fills_num_mentions(db):
    result = invoke(db, "events", "--merge", "daily", "--format", "gdelt")
    assert result.exit_code == 0, result.output
    counts = sorted(tuple(line.split("\t")[31:34]) for line in result.stdout.splitlines())
    assert counts[-1] == ("8", "3", "4") and len(counts) == 5


def test_a_retraction_removes_the_events_and_changes_lists_their_ids(db):
    result = invoke(db, "retract", "a4", "--reason", "withdrawn by the agency")
    assert result.exit_code == 0, result.output
    assert "2 events removed" in result.output
    ids = {r["event_id"] for r in jsonl(invoke(db, "events", "-f", "jsonl"))}
    assert ids == {"e1", "e2", "e3", "e5", "e6", "e7", "e9"}
    changes = jsonl(invoke(db, "changes", "--since", "2000-01-01", "-f", "jsonl"))
    assert changes[-1]["change"] == "retracted" and changes[-1]["removed_events"] == ["e4", "e8"]
    assert changes[-1]["reason"] == "withdrawn by the agency"
    assert jsonl(invoke(db, "changes", "--since", "2999-01-01T00:00Z", "-f", "jsonl")) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("retract", "nope", "--reason", "x"), "article 'nope': not in"),
        (("retract", "a1", "--reason", "  "), "--reason: say why"),
        (("changes", "--since", "yesterday"), "--since 'yesterday': not a time"),
        (("events", "--changed-since", "2020-13-01"), "--changed-since '2020-13-01': not a time"),
    ],
)
def test_bad_input_is_one_line_naming_it(db, args, message):
    result = invoke(db, *args)
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0]


def test_events_changed_since_a_future_time_lists_nothing(db):
    assert jsonl(invoke(db, "events", "--changed-since", "2999-01-01", "-f", "jsonl", "--scope", "all")) == []
    assert len(jsonl(invoke(db, "events", "--changed-since", "2000-01-01", "-f", "jsonl"))) == len(EVENTS)


def test_ingest_on_change_replace_takes_the_new_version(tmp_path):
    db = tmp_path / "i.duckdb"
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps({"id": "x1", "text": "Russia and China met."}) + "\n", encoding="utf-8")
    second.write_text(json.dumps({"id": "x1", "text": "Russia and China met again."}) + "\n", encoding="utf-8")
    assert invoke(db, "ingest", "--stage", "articles", str(first)).exit_code == 0
    kept = invoke(db, "ingest", "--stage", "articles", str(second))
    assert kept.exit_code == 1 and "--on-change replace" in kept.output
    replaced = invoke(db, "ingest", "--stage", "articles", "--on-change", "replace", str(second))
    assert replaced.exit_code == 0 and "1 of them replacing a stored version" in replaced.output


def test_watch_once_ingests_and_codes_a_loopback_feed(tmp_path):
    db = tmp_path / "w.duckdb"
    with serve() as server:
        text = "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday."
        server.routes["/feed.xml"] = Route(rss(("g1", "Summit", text)), etag='"v1"')
        first = invoke(db, "watch", "--once", "--timeout", "5", server.url("/feed.xml"))
        second = invoke(db, "watch", "--once", "--stage", "articles", server.url("/feed.xml"))
    assert first.exit_code == 0, first.output
    assert "poll 1: 1 sources, 1 read, 1 added" in first.output and "events" in first.output
    assert second.exit_code == 0 and "1 not modified" in second.output
    events = jsonl(invoke(db, "events", "-f", "jsonl"))
    assert {(e["source"]["code"], e["target"]["code"]) for e in events} >= {("RUSGOV", "CHNGOV")}


@pytest.mark.parametrize(("status", "expected"), [("retracted", {"a4"}), ("live", {"a1", "a2", "a3"}),
                                                  ("any", {"a1", "a2", "a3", "a4"})])  # fmt: skip
def test_articles_by_status_after_a_retraction(db, status, expected):
    assert invoke(db, "retract", "a4", "--reason", "withdrawn").exit_code == 0
    assert {r["doc_id"] for r in jsonl(invoke(db, "articles", "--status", status, "-f", "jsonl"))} == expected
