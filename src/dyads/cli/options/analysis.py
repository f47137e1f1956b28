"""Options the analysis commands share (`relations`, `partners`, `network`, `blocs`, `shifts`, `plot`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from dyads.analysis import Actors, History, Level, Selection, Window
from dyads.analysis.selection import check_key
from dyads.cli.context import CliState
from dyads.store import AccessMode, Store, open_store
from dyads.store.filters import CountryNames, day_bound, side_code
from dyads.store.living.merged import MergeMode

SinceOption = Annotated[str | None, typer.Option(metavar="DATE", help="Events starting on or after this day, month or year.")]
UntilOption = Annotated[str | None, typer.Option(metavar="DATE", help="Events starting on or before this day, or the end of this month or year.")]
LevelOption = Annotated[Level, typer.Option("--level", help="country (RUSGOV, RUSMIL -> RUS) or role (RUSGOV apart from RUSMIL).")]
ActorsOption = Annotated[
    Actors | None,
    typer.Option("--actors", help="states (states and their organs) or all (sub-state actors rolled up to their country, organisations by code)."),
]
HistoryOption = Annotated[
    History, typer.Option("--history", help="exclude (current relations) or include (history retold, at its own date).")
]
MergeOption = Annotated[
    MergeMode, typer.Option("--merge", help="none (every article's report), daily (one event a day per dyad and code) or gdelt (GDELT's key).")
]
MinEventsOption = Annotated[int, typer.Option("--min-events", min=1, metavar="N", help="Leave out ties of fewer events.")]


def window(since: str | None, until: str | None) -> Window:
    return Window(day_bound(since, option="--since", end=False), day_bound(until, option="--until", end=True))


def selection(*, since: str | None, until: str | None, level: Level, actors: Actors | None, history: History,
              default_actors: Actors, merge: MergeMode = MergeMode.NONE) -> Selection:  # fmt: skip
    return Selection(window(since, until), level, actors or default_actors, history, merge)


def side(value: str, *, state: CliState, option: str, level: Level) -> str:
    """A country or actor as the user wrote it (``Russia``, ``RUS``, ``RUSGOV``), as a key at ``level``."""
    key = side_code(value, names=CountryNames(actor_files=state.settings.actor_files), option=option)
    check_key(key, level=level, option=option)
    return key


@contextmanager
def reading(state: CliState) -> Iterator[Store]:
    with open_store(state.settings.db_path, mode=AccessMode.READ_ONLY, wait=state.settings.lock_timeout) as store:
        yield store
