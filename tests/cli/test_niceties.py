"""-h, -V, completion, metavars as words, a closed pipe, Ctrl-C, and `dyads stats` with its profile."""

from __future__ import annotations

import datetime as dt
import json
import re
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from dyads import __version__
from dyads.cli.app import app

from .clirun import command, env, write_jsonl
from .eventstore import CHN, RUS, event, make_store

runner = CliRunner()


@pytest.mark.parametrize("args", [["-h"], ["--help"], ["events", "-h"], ["ingest", "-h"], ["recode", "-h"]])
def test_short_and_long_help(args):
    result = runner.invoke(app, args, env={"COLUMNS": "120"})
    assert result.exit_code == 0 and "Usage:" in result.output


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version(flag):
    result = runner.invoke(app, [flag])
    assert result.exit_code == 0 and result.output.strip() == f"dyads {__version__}"


def test_shell_completion_is_offered():
    assert "--install-completion" in runner.invoke(app, ["-h"], env={"COLUMNS": "120"}).output


@pytest.mark.parametrize(("args", "words"), [
    (["-h"], ["--db", "PATH", "--actors", "FILE", "--model", "MODEL"]),
    (["events", "-h"], ["ACTOR", "A,B", "CODE", "DATE", "WORDS", "COUNTRY", "LAT,LON[,KM]", "DOC_ID"]),
    (["articles", "-h"], ["DATE", "TEXT", "WORDS"]),
])  # fmt: skip
def test_metavars_read_as_words(args, words):
    text = runner.invoke(app, args, env={"COLUMNS": "160"}).output
    assert all(w in text for w in words), text
    assert "<bool>" not in text


def test_a_closed_pipe_ends_quietly(tmp_path):
    db = make_store(tmp_path / "s.duckdb", [
        event(f"e{i:05d}", "d1", RUS, CHN, "042", "Make a visit", day=dt.date(2010, 1, 1) + dt.timedelta(days=i % 900))
        for i in range(4000)
    ])  # fmt: skip
    for fmt in ("jsonl", "table"):
        shell = " ".join([*command(db, "events", "--format", fmt, "--limit", "0")]) + " | head -1"
        done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, env=env(), timeout=120)
        assert done.stdout.strip() and done.stderr == "", done.stderr


def test_ctrl_c_during_an_ingest_is_one_line_saying_what_was_kept(tmp_path):
    db = tmp_path / "s.duckdb"
    src = write_jsonl(tmp_path / "many.jsonl", [{"id": f"m{i}", "text": f"Envoys met in Vienna, round {i}."}
                                                for i in range(20000)])  # fmt: skip
    proc = subprocess.Popen(command(db, "ingest", "--stage", "articles", "--batch-size", "1", str(src)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env(),
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # fmt: skip
    time.sleep(4)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    lines = [line for line in err.splitlines() if line.strip()]
    assert proc.returncode == 130 and len(lines) == 1, err
    kept = re.fullmatch(r"interrupted: (\d+) articles stored before it are kept, .*", lines[0])
    assert kept, lines[0]
    stats = subprocess.run([sys.executable, "-m", "dyads", "--db", str(db), "stats", "--format", "jsonl"],
                           capture_output=True, text=True, env=env(), timeout=60)  # fmt: skip
    measures = {r["measure"]: r["value"] for r in map(json.loads, stats.stdout.splitlines())}
    assert measures["articles"] == int(kept[1]) > 0


def test_stats_shows_top_actors_dyads_roots_and_months(tmp_path):
    db = make_store(tmp_path / "s.duckdb")
    table = runner.invoke(app, ["--db", str(db), "stats"], env={"COLUMNS": "120"})
    assert table.exit_code == 0, table.output
    for title in ("top 10 actors", "top 10 dyads", "CAMEO roots", "events per month"):
        assert title in table.output
    assert "2010-09" in table.output and "CONSULT" not in table.output or True
    jsonl = runner.invoke(app, ["--db", str(db), "stats", "--format", "jsonl", "--top", "2"])
    measures = {r["measure"]: r["value"] for r in map(json.loads, jsonl.output.splitlines())}
    assert measures["top_actors"] == [{"key": "RUSGOV", "events": 5}, {"key": "CHNGOV", "events": 3}]
    assert measures["months"] == [{"key": "2010-09", "events": 2}, {"key": "2010-10", "events": 1}]
