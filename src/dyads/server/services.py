"""What every route reaches through ``request.app.state.services``: settings, the store, the writer,
and the resources loaded on first use (country names, the parser for explanations)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from fastapi import Request

from dyads.server.access import StoreAccess
from dyads.server.settings import ServerSettings
from dyads.server.writer import Writer
from dyads.store.filters import CountryNames

if TYPE_CHECKING:
    from dyads.nlp import Parser

T = TypeVar("T")


@dataclass(slots=True)
class Services:
    settings: ServerSettings
    access: StoreAccess
    writer: Writer | None = None
    names: CountryNames = field(default_factory=CountryNames)
    _parser: Parser | None = None
    _guard: threading.Lock = field(default_factory=threading.Lock)

    def resolving(self, work: Callable[[CountryNames], T]) -> T:
        """Run ``work`` with the country names (the knowledge base loads once, on first need)."""
        with self._guard:
            return work(self.names)

    def parser(self) -> Parser:
        with self._guard:
            if self._parser is None:
                from dyads.nlp import load_parser

                self._parser = load_parser(self.settings.settings.model)
            return self._parser


def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found
