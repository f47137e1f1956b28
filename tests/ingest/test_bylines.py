"""Bylines: short lines of person names under a headline."""

from __future__ import annotations

import pytest

from dyads.ingest.text.bylines import parse_byline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("John Chan", "John Chan"),
        ("By John Chan", "John Chan"),
        ("by Mary O'Neil", "Mary O'Neil"),
        ("By Ahmed al-Sayed and Li Wei", "Ahmed al-Sayed and Li Wei"),
        ("Peter Symonds, Mary Smith and Ana de la Cruz", "Peter Symonds, Mary Smith and Ana de la Cruz"),
        ("By J. R. Hughes, Reuters", "J. R. Hughes"),
        ("By Sergei Ivanov in Moscow", "Sergei Ivanov"),
        ("By ANNA KOVACS", "ANNA KOVACS"),
        ("Jean-Luc McAllister", "Jean-Luc McAllister"),
        ("*John Chan*", "John Chan"),
        ("Russian President", None),
        ("Prime Minister", None),
        ("The statement", None),
        ("China and Russia strengthen strategic ties", None),
        ("Talks end.", None),
        ("6 October 2010", None),
        ("Chan", None),
        ("Medvedev visits China", None),
        ("", None),
    ],
)
def test_parse_byline(line: str, expected: str | None) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize("line", ["Middle East", "South Asia", "Breaking News", "Top Stories"])
def test_section_labels_are_not_bylines(line: str) -> None:
    assert parse_byline(line) is None
