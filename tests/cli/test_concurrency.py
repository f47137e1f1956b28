"""Readers get answers while an ingest runs; a second writer gets one line before any model loads."""

from __future__ import annotations

import time

import pytest
from typer.testing import CliRunner

import dyads.pipeline.engines as engines
from dyads.cli.app import app
from dyads.store.access.locking import WriterLock

from .clirun import run, start, stats, write_jsonl


def _corpus(path, n):  # type: ignore[no-untyped-def]
    return write_jsonl(path, [{"id": f"c{i}", "title": f"T{i}", "date": "2012-03-04",
                               "text": f"Envoys met in Vienna, round {i}. " * 20} for i in range(n)])  # fmt: skip


def test_readers_get_answers_while_an_ingest_runs(tmp_path):
    db = tmp_path / "s.duckdb"
    src = _corpus(tmp_path / "big.jsonl", 1500)
    writer = start(db, "ingest", "--stage", "articles", "--batch-size", "10", str(src))
    answers, during = [], 0
    try:
        while not db.exists():
            time.sleep(0.05)
        for command in [("stats",), ("articles", "--limit", "3"), ("events", "--limit", "3")] * 2:
            done = run(db, *command, "--format", "jsonl")
            answers.append((command[0], done.returncode, done.stderr.strip()))
            during += writer.poll() is None
        out, err = writer.communicate(timeout=300)
    finally:
        if writer.poll() is None:
            writer.kill()
    assert writer.returncode == 0, err
    assert [a for a in answers if a[1] != 0] == []
    assert during >= 3, "the ingest ended before the readers could overlap it; make the corpus bigger"
    assert stats(db)["articles"] == 1500


def test_a_second_writer_is_one_line_before_the_model_loads(tmp_path, monkeypatch):
    db = tmp_path / "s.duckdb"
    src = _corpus(tmp_path / "a.jsonl", 2)

    def must_not_load(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the model was loaded before the writer lock was checked")

    monkeypatch.setattr(engines, "open_coder", must_not_load)  # it loads the model (imported when a command codes)
    with WriterLock(db):
        result = CliRunner().invoke(app, ["--db", str(db), "ingest", str(src)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {db}: another dyads process (PID ")
    assert lines[0].endswith("is writing to it; one writer at a time")


@pytest.mark.parametrize("command", [("stats",), ("articles",), ("events",)])
def test_a_reader_of_a_busy_store_says_so_in_one_line(tmp_path, command):
    db = tmp_path / "s.duckdb"
    assert run(db, "ingest", "--stage", "articles", str(_corpus(tmp_path / "a.jsonl", 2))).returncode == 0
    import duckdb

    con = duckdb.connect(str(db))  # this process holds it for writing
    try:
        import os
        import subprocess

        from .clirun import command as cli_command
        from .clirun import env

        values = env()
        values["DYADS_LOCK_TIMEOUT"] = "0.5"
        done = subprocess.run(cli_command(db, *command), capture_output=True, text=True, env=values, timeout=60)
    finally:
        con.close()
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"error: {db}: busy: process {os.getpid()} has it open for writing; gave up waiting to read after 0.5 s"
        " (DYADS_LOCK_TIMEOUT)"
    )
