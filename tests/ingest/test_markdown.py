"""Markdown left in plain text."""

from __future__ import annotations

import pytest

from dyads.ingest.text.markdown import is_rule, strip_markdown


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("a \\$US25 billion deal", "a $US25 billion deal"),
        ("the *Yomiuri Shimbun* warned", "the Yomiuri Shimbun warned"),
        ("the **lower house** voted", "the lower house voted"),
        ("the _Asahi_ reported", "the Asahi reported"),
        ("## Reaction in Seoul", "Reaction in Seoul"),
        ("the [finance ministry](https://example.org/fin) said", "the finance ministry said"),
        ("the whole [Eurasian] continent", "the whole [Eurasian] continent"),
        ("5 * 3 = 15 and 2 * 4 = 8", "5 * 3 = 15 and 2 * 4 = 8"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("a literal \\*star\\*", "a literal *star*"),
        ("#hashtag stays", "#hashtag stays"),
    ],
)
def test_strip_markdown(line: str, expected: str) -> None:
    assert strip_markdown(line) == expected


@pytest.mark.parametrize(("line", "expected"), [("---", True), ("* * *", True), ("___", True), ("--", False), ("- item", False)])
def test_is_rule(line: str, expected: bool) -> None:
    assert is_rule(line) is expected
