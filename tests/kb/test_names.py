"""Name keys: how names and tokens are normalised for matching."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dyads.kb.names import is_acronym, name_key, token_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("U.S.", ("us",)),
        ("the Kremlin", ("kremlin",)),
        ("Itar-Tass", ("itar", "-", "tass")),
        ("Russia's", ("russia", "'s")),
        ("Russia’s", ("russia", "'s")),
        ("Élysée", ("elysee",)),
        ("People's Daily", ("people", "'s", "daily")),
        ("Ban Ki-moon", ("ban", "ki", "-", "moon")),
        ("AT&T", ("at&t",)),  # one token, as spaCy splits it
        ("Procter & Gamble", ("procter", "&", "gamble")),
    ],
)
def test_name_key(name: str, key: tuple[str, ...]) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(("name", "expected"), [("US", True), ("SCO", True), ("Gazprom", False), ("UN", True), ("A", False)])
def test_acronym(name: str, expected: bool) -> None:
    assert is_acronym(name) is expected


@given(st.text(max_size=40))
def test_name_key_is_lowercase_and_stable(text: str) -> None:
    key = name_key(text)
    assert all(part == token_key(part) for part in key)
    assert name_key(" ".join(key)) == key or "'s" in key or "'" in text
