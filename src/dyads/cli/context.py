"""What every command shares: settings, consoles, and the one way to fail."""

from __future__ import annotations

import os
import sys
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


def stopped(message: str) -> None:
    """Ctrl-C: one line saying what was kept, and the shell's status for an interrupt (130)."""
    say(Console(stderr=True, highlight=False, soft_wrap=True), message)
    raise SystemExit(130)


def quiet_stdout() -> None:
    """The reader of standard output went away (``dyads events | head``): send what is left nowhere,
    so that closing the stream at exit raises nothing."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def row_limit(given: int | None, *, table: bool, default: int) -> int | None:
    """How many rows to fetch: ``--limit`` as given (0: all); without it, ``default`` for a table
    (a screenful, its title says "N of M") and everything for an export."""
    if given is not None:
        return given or None
    return default if table else None
