"""`dyads events` as a table: who did what to whom shows at 80 columns and up; the rest joins as room allows."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from dyads.cli.app import app

from .eventstore import make_store

runner = CliRunner()

HEADER_80 = "┃ date       ┃ source ┃ code ┃ target ┃ name                                ┃"
HEADER_200 = (
    "┃ event_id ┃ date       ┃ source ┃ code ┃ target ┃ name                                ┃ place   ┃ quantities "
    "┃ trigger              ┃"
)
ROW_80 = "│ 2010-09-26 │ RUSGOV │ 042  │ CHNGOV │ Make a visit                        │"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("table") / "s.duckdb")


def _table(db, columns, *args):
    result = runner.invoke(app, ["--db", str(db), "events", "--scope", "all", *args], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


@pytest.mark.parametrize(("columns", "header", "caption"), [
    (80, HEADER_80, "not shown at this width: event_id, place, quantities, trigger"),
    (200, HEADER_200, None),
])  # fmt: skip
def test_the_layout_at_a_terminal_width(db, columns, header, caption):
    lines = _table(db, columns)
    assert header in lines
    assert all(len(line) <= columns for line in lines)
    if caption:
        assert caption in lines[-1]
    else:
        assert "not shown" not in "\n".join(lines)


def test_at_80_columns_each_row_says_who_did_what_to_whom(db):
    assert ROW_80 in _table(db, 80)


def test_a_codebook_name_is_shortened_in_the_table(db):
    text = "\n".join(_table(db, 200))
    assert "Make statement " in text and "not specified below" not in text
