"""Trailing boilerplate of plain-text articles."""

from __future__ import annotations

import pytest

from dyads.ingest.text.boilerplate import is_footer, strip_footer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("To contact the WWS and the Socialist Equality Party visit:", True),
        ("wsws.org/contact", True),
        ("https://example.org/newsletter", True),
        ("Subscribe to our daily briefing", True),
        ("© 2010 Example Wire", True),
        ("Copyright 2011 Example Press. All rights reserved.", True),
        ("(Reporting by Jan Dvorak; Editing by Sarah Lee)", True),
        ("Follow us on social media", True),
        ("press@example.org", True),
        ("The minister will visit Paris next week.", False),
        ("Officials said the decision would be reviewed.", False),
        ("Subscribers to the agency's service received the statement first, officials said." * 5, False),
    ],
)
def test_is_footer(text: str, expected: bool) -> None:
    assert is_footer(text) is expected


def test_strip_footer_drops_trailing_blocks_and_lines_only() -> None:
    blocks = [
        ["Subscribe to updates"],  # not trailing: kept
        ["The vote passed.", "© 2011 Example Press"],
        ["To contact us", "visit:"],
        ["example.org/contact"],
    ]
    assert strip_footer(blocks) == [["Subscribe to updates"], ["The vote passed."]]
