"""What every command shares: settings, consoles, and the one way to fail."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Console

from dyads.cli.terminal import say
from dyads.settings import Settings


@dataclass(frozen=True, slots=True)
class CliState:
    settings: Settings
    console: Console = field(default_factory=Console)
    errors: Console = field(default_factory=lambda: Console(stderr=True, highlight=False, soft_wrap=True))


def fail(message: str, *, code: int = 2) -> None:
    """Print one error line to stderr and exit."""
    say(Console(stderr=True, highlight=False, soft_wrap=True), f"error: {message}")
    raise SystemExit(code)


def row_limit(given: int | None, *, table: bool, default: int) -> int | None:
    """How many rows to fetch: ``--limit`` as given (0: all); without it, ``default`` for a table
    (a screenful, its title says "N of M") and everything for an export."""
    if given is not None:
        return given or None
    return default if table else None
