"""The engines: articles coded in worker processes or on a Dask cluster give, article for article,
exactly the outcomes of coding in this process (events, tone and notes), in the input's order."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice
from pathlib import Path

import pytest

from dyads.errors import ConfigError
from dyads.ingest import ReadOptions, read_inputs
from dyads.pipeline.engines import Engine, EngineOptions, local_workers, open_coder, partitions
from dyads.pipeline.ingest import ArticleCoding, CodingFailure
from dyads.records.article import Article
from dyads.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "dyads" / "examples"


@pytest.fixture(scope="module")
def articles(seed_path: Path, shared: Path) -> list[Article]:
    """The example articles, the seed article and the first dozen Wikinews politics articles."""
    found = [a for a in read_inputs([EXAMPLES, seed_path], options=ReadOptions()) if isinstance(a, Article)]
    wikinews = read_inputs([shared / "corpora" / "wikinews_politics.jsonl"], options=ReadOptions())
    found += list(islice((a for a in wikinews if isinstance(a, Article)), 12))
    assert len(found) == 21
    return found


@pytest.fixture(scope="module")
def in_process(articles: list[Article]) -> list[ArticleCoding | CodingFailure]:
    with open_coder(Settings(), EngineOptions()) as coder:
        return list(coder(articles))


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        ({"workers": 0}, "--workers 0: must be 1 or more"),
        ({"engine": Engine.DASK}, "--engine dask needs --scheduler"),
        ({"scheduler": "local:2"}, "--scheduler local:2: only with --engine dask"),
        ({"engine": Engine.DASK, "scheduler": "local:0"}, "local:N needs N"),
        ({"engine": Engine.DASK, "scheduler": "local:two"}, "local:N needs N"),
        ({"partition": 0}, "partition 0: must be 1 or more"),
    ],
)
def test_a_bad_engine_choice_is_one_config_error(options: dict[str, object], reason: str) -> None:
    with pytest.raises(ConfigError, match=reason):
        EngineOptions(**options)  # type: ignore[arg-type]


@pytest.mark.parametrize(("scheduler", "workers"), [("local:1", 1), ("local:4", 4)])
def test_local_scheduler_names_its_workers(scheduler: str, workers: int) -> None:
    assert local_workers(scheduler) == workers


@pytest.mark.parametrize(("count", "size", "sizes"), [(0, 3, []), (5, 2, [2, 2, 1]), (4, 4, [4]), (3, 8, [3])])
def test_partitions_cover_the_batch_in_order(count: int, size: int, sizes: list[int]) -> None:
    items = list(range(count))
    parts = partitions(items, size)  # type: ignore[arg-type]
    assert [len(p) for p in parts] == sizes
    assert [x for p in parts for x in p] == items


def _same(got: Sequence[ArticleCoding | CodingFailure], want: Sequence[ArticleCoding | CodingFailure]) -> None:
    assert len(got) == len(want)
    for one, other in zip(got, want, strict=True):
        assert one == other  # whole records: every event field, the tone, the notes
    assert sum(len(o.events) for o in want if isinstance(o, ArticleCoding)) > 50


def test_two_worker_processes_code_exactly_what_one_process_codes(articles, in_process) -> None:  # type: ignore[no-untyped-def]
    with open_coder(Settings(), EngineOptions(workers=2, partition=3)) as coder:
        _same(list(coder(articles)), in_process)
        _same(list(coder(articles[::-1])), in_process[::-1])  # the same workers, a second batch


def test_dask_local_cluster_codes_exactly_what_one_process_codes(articles, in_process) -> None:  # type: ignore[no-untyped-def]
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        options = EngineOptions(engine=Engine.DASK, scheduler=cluster.scheduler_address, partition=3)
        with open_coder(Settings(), options) as coder:
            _same(list(coder(articles)), in_process)


def test_an_unreachable_scheduler_is_one_config_error() -> None:
    options = EngineOptions(engine=Engine.DASK, scheduler="tcp://127.0.0.1:9", connect_timeout=1.0)
    with pytest.raises(ConfigError, match="cannot reach the Dask scheduler"), open_coder(Settings(), options):
        pass
