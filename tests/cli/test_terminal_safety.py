"""Text from articles, feeds and file names is printed as text: never rich markup, never a raw
escape or control sequence, in tables, explain and error lines."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console
from typer.testing import CliRunner

from dyads.cli.app import app
from dyads.cli.output import print_table

from .clirun import run

HOSTILE = {
    "close_all": "Talks [/] ended",
    "close_bold": "Talks [/b] ended",
    "link": "[link=https://evil.test/x]Read more[/link]",
    "sic": "The envoy [sic] spoke",
    "bracket": "Troops [in Iraq] withdrew",
    "csi": "Red \x1b[31malert\x1b[0m and \x1b[2J clear",
    "osc8": "Go \x1b]8;;https://evil.test\x07here\x1b]8;;\x07 now",
    "title": "\x1b]0;pwned\x07Window",
    "bidi": "abc\u202edcba\u202c end",
    "c1": "eight-bit \x9b31m CSI",
}


def _terminal() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=True, width=400, color_system="truecolor"), out


def _assert_safe(raw: str) -> None:
    assert "\x1b]" not in raw, "an OSC sequence (hyperlink or title) reached the terminal"
    assert "\x07" not in raw and "\x9b" not in raw and "\u202e" not in raw
    assert "\x1b[31m" not in raw and "\x1b[2J" not in raw


@pytest.mark.parametrize("key", sorted(HOSTILE))
def test_a_table_cell_prints_as_its_characters(key):
    from dyads.cli.terminal import printable

    console, out = _terminal()
    print_table([{"title": HOSTILE[key], "doc_id": "d1"}], columns=("doc_id", "title"), title=HOSTILE[key], console=console)
    raw = out.getvalue()
    _assert_safe(raw)
    assert printable(HOSTILE[key]) in raw


@pytest.mark.parametrize("text", ["[sic]", "[in Iraq]", "[/]", "[/b]", "[link=https://x.test]x[/link]", ":smile:"])
def test_brackets_and_emoji_codes_are_kept_literally(text):
    from dyads.cli.terminal import say

    console, out = _terminal()
    say(console, f"error: {text}.txt: empty")
    assert f"error: {text}.txt: empty" in out.getvalue()


def test_explain_text_keeps_its_lines_but_not_escape_sequences():
    from dyads.cli.terminal import say

    console, out = _terminal()
    say(console, "sentence: [/b] \x1b[31mred\n  trigger: [sic]", lines=True)
    raw = out.getvalue()
    _assert_safe(raw)
    assert "sentence: [/b] \\x1b[31mred\n  trigger: [sic]" in raw


def test_stored_hostile_titles_list_as_text(tmp_path):
    db = tmp_path / "s.duckdb"
    src = tmp_path / "h.jsonl"
    src.write_text("".join(json.dumps({"id": k, "title": v, "text": f"{v} in Vienna."}) + "\n" for k, v in HOSTILE.items()))
    runner = CliRunner()
    assert runner.invoke(app, ["--db", str(db), "ingest", "--stage", "articles", str(src)]).exit_code == 0
    result = runner.invoke(app, ["--db", str(db), "articles", "--limit", "0"], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    _assert_safe(result.output)
    for literal in ("[/]", "[/b]", "[sic]", "[in Iraq]", "[link=https://evil.test/x]"):
        assert literal in result.output
    events = runner.invoke(app, ["--db", str(db), "events"])
    assert events.exit_code == 0, events.output


def test_a_file_name_with_escape_sequences_is_shown_escaped(tmp_path):
    db = tmp_path / "s.duckdb"
    bad = tmp_path / "evil\x1b]8;;https:x.test\x07name\x1b[2J.txt"
    bad.write_bytes(b"")
    done = run(db, "ingest", "--stage", "articles", str(bad))
    assert done.returncode == 1
    _assert_safe(done.stderr)
    assert "evil\\x1b]8;;https:x.test\\x07name\\x1b[2J.txt: file is empty" in done.stderr


@pytest.mark.model
def test_hostile_sentences_print_as_text_in_code_events_and_explain(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(
        "Rebels [/b] attack\n\nIran [sic] accused Israel of sabotaging the talks [in Iraq] on Monday."
        " Russia criticised [/] China over [link=https://evil.test]trade[/link] rules.\n",
        encoding="utf-8",
    )
    db = tmp_path / "s.duckdb"
    coded = run(db, "code", str(src))
    assert coded.returncode == 0, coded.stderr
    _assert_safe(coded.stdout)
    assert run(db, "ingest", str(src)).returncode == 0
    listed = run(db, "events", "--format", "jsonl")
    ids = [json.loads(line)["event_id"] for line in listed.stdout.splitlines()]
    assert ids, "the sentence should give an event to show"
    table = run(db, "events")
    assert table.returncode == 0, table.stderr
    _assert_safe(table.stdout)
    explained = run(db, "explain", ids[0])
    assert explained.returncode == 0, explained.stderr
    _assert_safe(explained.stdout)
    assert "[sic]" in explained.stdout and "[/b]" in explained.stdout
