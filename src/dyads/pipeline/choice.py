"""Where articles are coded, as chosen on the command line: light enough for the CLI to import
before any command runs (the engines themselves are in :mod:`dyads.pipeline.engines`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dyads.errors import ConfigError

LOCAL_PREFIX = "local:"


class Engine(StrEnum):
    """How articles are coded: ``processes`` on this machine (``--workers``), or ``dask`` on a cluster."""

    PROCESSES = "processes"
    DASK = "dask"


@dataclass(frozen=True, slots=True)
class EngineOptions:
    engine: Engine = Engine.PROCESSES
    workers: int = 1  # processes on this machine (engine processes); 1 codes in this process
    scheduler: str | None = None  # dask: a scheduler address (tcp://host:8786) or local:N
    partition: int = 8  # articles coded together on one worker
    connect_timeout: float = 30.0  # seconds to reach a Dask scheduler

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ConfigError(f"--workers {self.workers}: must be 1 or more")
        if self.partition < 1:
            raise ConfigError(f"partition {self.partition}: must be 1 or more articles")
        if self.engine is Engine.DASK and not self.scheduler:
            raise ConfigError("--engine dask needs --scheduler ADDRESS (tcp://host:8786) or local:N")
        if self.engine is Engine.PROCESSES and self.scheduler:
            raise ConfigError(f"--scheduler {self.scheduler}: only with --engine dask")
        if self.scheduler and self.scheduler.startswith(LOCAL_PREFIX):
            local_workers(self.scheduler)  # a bad local:N is one line now, not on the first batch


def local_workers(scheduler: str) -> int:
    """N of ``local:N``."""
    raw = scheduler.removeprefix(LOCAL_PREFIX)
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError(f"--scheduler {scheduler}: local:N needs N, a number of workers of 1 or more")
    return int(raw)
