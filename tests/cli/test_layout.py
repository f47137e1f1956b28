"""Which columns a table shows at a given terminal width, and how wide each one is drawn."""

from __future__ import annotations

import pytest

from dyads.cli.layout import Layout, column_widths

LAYOUT = Layout(required=("date", "who", "name"), optional=("id", "place"), caps={"name": 30}, flexible=frozenset({"name"}),
                floor=8)  # fmt: skip
COLUMNS = ("id", "date", "who", "name", "place")
NATURAL = {"id": 20, "date": 10, "who": 6, "name": 40, "place": 12}


@pytest.mark.parametrize(
    ("width", "expected"),
    [
        (200, {"id": 20, "date": 10, "who": 6, "name": 30, "place": 12}),
        (80, {"id": 20, "date": 10, "who": 6, "name": 30}),  # 10+6+30+20 plus borders is 79
        (60, {"date": 10, "who": 6, "name": 30}),
        (40, {"date": 10, "who": 6, "name": 14}),  # the name shrinks to fit
        (20, {"date": 10, "who": 6, "name": 8}),  # never below its floor
    ],
)
def test_required_columns_always_show_and_optional_ones_join_as_room_allows(width, expected):
    assert column_widths(NATURAL, columns=COLUMNS, layout=LAYOUT, width=width) == expected


def test_shown_columns_keep_the_tables_order():
    shown = column_widths(NATURAL, columns=COLUMNS, layout=LAYOUT, width=200)
    assert list(shown) == list(COLUMNS)


def test_a_column_the_table_lacks_is_skipped():
    assert "place" not in column_widths(NATURAL, columns=("date", "who", "name"), layout=LAYOUT, width=200)
