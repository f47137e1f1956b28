"""--db, --model, --actors and --patterns work before or after the command name."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from dyads.cli.app import app, hoist_global_options

from .eventstore import make_store

runner = CliRunner()


@pytest.mark.parametrize(("given", "read"), [
    (["events", "--db", "x"], ["--db", "x", "events"]),
    (["--db", "x", "events", "--code", "04"], ["--db", "x", "events", "--code", "04"]),
    (["events", "--code", "04", "--db=x"], ["--db=x", "events", "--code", "04"]),
    (["ingest", "a.txt", "--actors", "m.tsv", "--actors", "n.yaml", "--model", "m"],
     ["--actors", "m.tsv", "--actors", "n.yaml", "--model", "m", "ingest", "a.txt"]),
    (["--model", "m", "code", "f", "--patterns", "p.yaml"], ["--model", "m", "--patterns", "p.yaml", "code", "f"]),
    (["code", "--", "--db", "x"], ["code", "--", "--db", "x"]),  # after --, a file named --db
    (["events", "--search", "db"], ["events", "--search", "db"]),
    (["--version"], ["--version"]),
    ([], []),
])  # fmt: skip
def test_global_options_are_moved_before_the_command(given, read):
    assert hoist_global_options(given) == read


@pytest.mark.parametrize("where", ["before", "after"])
def test_db_before_or_after_the_command_reads_that_store(tmp_path, where):
    db = make_store(tmp_path / "s.duckdb")
    args = ["--db", str(db), "events", "--format", "jsonl"] if where == "before" else [
        "events", "--format", "jsonl", "--db", str(db)]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == 5


def test_actors_after_the_command_is_read(tmp_path):
    bad = tmp_path / "mine.tsv"
    bad.write_text("name\tcode\nNobody\n", encoding="utf-8")
    result = runner.invoke(app, ["actors", str(tmp_path / "none.txt"), "--actors", str(bad)])
    assert result.exit_code == 2 and "mine.tsv" in result.output
