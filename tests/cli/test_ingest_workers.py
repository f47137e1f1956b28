"""`dyads ingest --workers 2`: the same articles and events stored as by one process, and a rerun
sends nothing already stored to the workers."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dyads.cli.app import app

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "dyads" / "examples"


def _stored(db: Path) -> list[dict[str, object]]:
    result = runner.invoke(app, ["--db", str(db), "events", "--format", "jsonl", "--scope", "all", "--limit", "0"])
    assert result.exit_code == 0, result.output
    return sorted((json.loads(line) for line in result.stdout.splitlines()), key=lambda r: str(r["event_id"]))


def test_two_workers_store_exactly_the_events_of_one_process_and_a_rerun_adds_nothing(tmp_path: Path) -> None:
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    first = runner.invoke(app, ["--db", str(one), "ingest", str(EXAMPLES)])
    assert first.exit_code == 0, first.output
    parallel = runner.invoke(app, ["--db", str(two), "ingest", str(EXAMPLES), "--workers", "2", "--batch-size", "4"])
    assert parallel.exit_code == 0, parallel.output
    assert parallel.stderr.splitlines()[-1] == first.stderr.splitlines()[-1].replace(str(one), str(two))
    stored = _stored(one)
    assert len(stored) > 50
    assert _stored(two) == stored
    again = runner.invoke(app, ["--db", str(two), "ingest", str(EXAMPLES), "--workers", "2"])
    assert again.exit_code == 0, again.output
    assert "nothing new: every article was already stored" in again.stderr
    assert _stored(two) == stored


def test_workers_below_one_are_refused_before_anything_is_read(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--db", str(tmp_path / "s.duckdb"), "ingest", str(EXAMPLES), "--workers", "0"])
    assert result.exit_code == 2
    assert not (tmp_path / "s.duckdb").exists()
