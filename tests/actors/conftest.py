"""Fixtures for actor tests: one knowledge base and a parse cache per session."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyads.records.parse import ParsedDoc


@pytest.fixture(scope="session")
def parse(parser) -> Callable[[str], ParsedDoc]:  # type: ignore[no-untyped-def]
    """Parse a sentence once per session (the golden table reuses sentences)."""
    cache: dict[str, ParsedDoc] = {}

    def run(text: str) -> ParsedDoc:
        if text not in cache:
            cache[text] = parser.parse(f"t{len(cache)}", text)
        return cache[text]

    return run
