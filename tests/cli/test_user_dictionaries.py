"""Users add their own actors and patterns from the command line, without touching code."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dyads.cli.app import app

runner = CliRunner()

_ARTICLE = {
    "id": "steppe-1",
    "title": "Water council meets",
    "date": "2022-03-04",
    "text": "The Steppe Energy Group criticised Kyrgyzstan on Tuesday over its dam plans.",
}


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(_ARTICLE) + "\n", encoding="utf-8")
    return path


def test_an_actor_dictionary_passed_by_option_resolves_a_new_actor(tmp_path, article):
    actors = tmp_path / "mine.tsv"
    actors.write_text("name\tcode\taliases\tkind\nSteppe Energy\tKAZBUS\tSteppe Energy Group\torganisation\n")
    plain = runner.invoke(app, ["actors", "--format", "jsonl", str(article)])
    mine = runner.invoke(app, ["--actors", str(actors), "actors", "--format", "jsonl", str(article)])
    assert mine.exit_code == 0, mine.output
    codes = {json.loads(line)["text"]: json.loads(line)["code"] for line in mine.stdout.splitlines()}
    before = {json.loads(line)["text"]: json.loads(line)["code"] for line in plain.stdout.splitlines()}
    assert any(code == "KAZBUS" for code in codes.values()), codes
    assert "KAZBUS" not in before.values()


def test_a_broken_user_dictionary_is_one_line_naming_file_and_line(tmp_path, article):
    actors = tmp_path / "broken.tsv"
    actors.write_text("name\tcode\tvalid_from\nSomebody\tKAZGOV\tnot-a-date\n")
    result = runner.invoke(app, ["--actors", str(actors), "actors", str(article)])
    assert result.exit_code != 0
    assert "broken.tsv:2" in result.output
