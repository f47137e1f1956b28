"""Where articles are coded: in this process, in N processes on this machine, or on a Dask cluster.

Every engine gives the single writer (the ingest or recode process, or ``dyads code``) the same
thing, a :data:`~dyads.pipeline.ingest.Coder`: a batch of articles in, one outcome per article out,
in order.  Only the coding moves; the store is written by the one process that holds the writer
lock, as ever.  A batch is cut into partitions of :attr:`EngineOptions.partition` articles, each
coded whole on one worker, and the outcomes come back in the batch's order.

Each worker process loads the resources once (:func:`worker_resources`, a loader cached per process
and keyed by the settings that choose them: model, actor and pattern files), so a worker pays the
model load on its first partition and never again.  A rerun skips what is done because the writer
plans each batch against the store before it is coded: articles already stored are never sent.
:func:`open_runner` is the engine itself (a job run on each item, results in order), which the
coder is built on and ``ingest --dataset`` uses to have workers write partition files
(:mod:`dyads.pipeline.dataset_run`).
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from dyads.errors import ConfigError, ResourceError
from dyads.pipeline.choice import LOCAL_PREFIX, Engine, EngineOptions, local_workers
from dyads.pipeline.coding import event_coder
from dyads.pipeline.ingest import ArticleCoding, Coder, CodingFailure
from dyads.pipeline.resources import Resources, Stage, load_resources
from dyads.records.article import Article
from dyads.settings import Settings

Outcome = ArticleCoding | CodingFailure


@dataclass(frozen=True, slots=True)
class ResourceKey:
    """The settings that decide what a worker loads (hashable, sent to every worker)."""

    model: str
    actor_files: tuple[Path, ...]
    pattern_files: tuple[Path, ...]

    @classmethod
    def of(cls, settings: Settings) -> ResourceKey:
        return cls(settings.model, settings.actor_files, settings.pattern_files)


@lru_cache(maxsize=2)
def worker_resources(key: ResourceKey) -> Resources:
    """The resources of this process, loaded on first use and kept for the process's life."""
    settings = Settings(model=key.model, actor_files=key.actor_files, pattern_files=key.pattern_files)
    return load_resources(settings, upto=Stage.ATTRIBUTES)


def code_partition(key: ResourceKey, articles: Sequence[Article]) -> list[Outcome]:
    """One partition, coded in the calling (worker) process: one outcome per article, in order."""
    return list(event_coder(worker_resources(key))(articles))


def partitions(articles: Sequence[Article], size: int) -> list[Sequence[Article]]:
    return [articles[i : i + size] for i in range(0, len(articles), size)]


# runs one job on each item, in worker processes or where the engine says: results in the items' order
Runner = Callable[[Callable[[Any], Any], Sequence[Any]], Iterator[Any]]


@contextmanager
def open_coder(settings: Settings, options: EngineOptions) -> Iterator[Coder]:
    """The coder of ``options``' engine; its workers (if any) live until the block ends."""
    key = ResourceKey.of(settings)
    if options.engine is Engine.PROCESSES and options.workers == 1:
        yield event_coder(worker_resources(key))
        return
    with open_runner(options) as run:
        job = partial(code_partition, key)

        def code(articles: Sequence[Article]) -> Iterator[Outcome]:
            for outcomes in run(job, partitions(articles, options.partition)):
                yield from outcomes

        yield code


@contextmanager
def open_runner(options: EngineOptions) -> Iterator[Runner]:
    """Where ``options`` runs jobs: this process, N spawned processes, or a Dask cluster. A job is a
    picklable module-level function (or a ``partial`` of one); its workers live until the block ends."""
    if options.engine is Engine.DASK:
        with _dask_runner(options) as run:
            yield run
    elif options.workers == 1:
        yield lambda job, items: map(job, items)
    else:
        with _process_runner(options) as run:
            yield run


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the writer, which stops at the end of the batch it is writing."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def _process_runner(options: EngineOptions) -> Iterator[Runner]:
    # spawn: a worker starts clean (no store handle, lock or threads of the writer inherited)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=options.workers, mp_context=context, initializer=_ignore_interrupts) as pool:

        def run(job: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Any]:
            try:
                yield from pool.map(job, items)
            except BrokenProcessPool as exc:
                raise ResourceError(f"a coding worker process died ({exc}); rerun to go on") from exc

        yield run


@contextmanager
def _dask_runner(options: EngineOptions) -> Iterator[Runner]:
    client = _dask_client(options.scheduler or "", timeout=options.connect_timeout)
    with client:

        def run(job: Callable[[Any], Any], items: Sequence[Any]) -> Iterator[Any]:
            for future in client.map(job, items, pure=False):  # in order; later ones go on meanwhile
                yield future.result()

        yield run


def _dask_client(scheduler: str, *, timeout: float) -> Any:
    try:
        from distributed import Client, LocalCluster  # heavy: only when the dask engine is asked for
    except ImportError as exc:  # pragma: no cover - distributed is a dependency
        raise ConfigError(f"--engine dask: the distributed package is not installed ({exc})") from exc
    if scheduler.startswith(LOCAL_PREFIX):
        cluster = LocalCluster(n_workers=local_workers(scheduler), threads_per_worker=1, processes=True,
                               dashboard_address=None)  # fmt: skip
        return _ClusterClient(Client(cluster), cluster)
    try:
        return Client(scheduler, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc})") from exc


class _ClusterClient:
    """A client and the local cluster it made, closed together."""

    def __init__(self, client: Any, cluster: Any) -> None:
        self._client, self._cluster = client, cluster
        self._stack = ExitStack()

    def map(self, *args: Any, **kwargs: Any) -> Any:
        return self._client.map(*args, **kwargs)

    def __enter__(self) -> _ClusterClient:
        self._stack.enter_context(self._cluster)
        self._stack.enter_context(self._client)
        return self

    def __exit__(self, *exc: object) -> None:
        # a busy worker slow to exit is killed by its nanny at close: expected here, not a warning to print
        nanny = logging.getLogger("distributed.nanny")
        level = nanny.level
        nanny.setLevel(logging.ERROR)
        try:
            self._stack.close()
        finally:
            nanny.setLevel(level)
