"""The options that choose where articles are coded (``ingest`` and ``code``)."""

from __future__ import annotations

from typing import Annotated

import typer

from dyads.pipeline.choice import Engine, EngineOptions

WorkersOption = Annotated[
    int, typer.Option("--workers", min=1, metavar="N", help="Processes coding on this machine (one model each).")
]
EngineOption = Annotated[
    Engine, typer.Option("--engine", help="processes: this machine (--workers); dask: a Dask cluster (--scheduler).")
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler", metavar="ADDRESS", help="Dask scheduler (tcp://host:8786), or local:N for N local workers."
    ),
]


def engine_options(*, workers: int, engine: Engine, scheduler: str | None) -> EngineOptions:
    """The engine chosen; a bad combination is one ConfigError line."""
    return EngineOptions(engine=engine, workers=workers, scheduler=scheduler)
