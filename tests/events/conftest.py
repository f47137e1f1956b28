"""Fixtures for the event coder: codebook, patterns and knowledge base once per session, and a
``code`` helper that parses, resolves actors and codes one text (parses are cached)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from dyads.actors import resolve_actors
from dyads.events import code_events
from dyads.records.event import Event
from dyads.records.parse import ParsedDoc

DAY = dt.date(2010, 10, 6)


@pytest.fixture(scope="session")
def parsed(parser) -> Callable[[str], ParsedDoc]:  # type: ignore[no-untyped-def]
    cache: dict[str, ParsedDoc] = {}

    def run(text: str) -> ParsedDoc:
        if text not in cache:
            cache[text] = parser.parse(f"doc{len(cache)}", text)
        return cache[text]

    return run


@pytest.fixture(scope="session")
def code(parsed, patterns, codebook, kb, towns) -> Callable[[str], tuple[Event, ...]]:  # type: ignore[no-untyped-def]
    def run(text: str) -> tuple[Event, ...]:
        doc = parsed(text)
        actors = resolve_actors(doc, kb=kb, published=DAY)
        return code_events(doc, actors, patterns=patterns, codebook=codebook, kb=kb, published=DAY, towns=towns)

    return run
