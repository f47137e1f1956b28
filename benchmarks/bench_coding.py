"""`dyads code` against spaCy's full English pipeline alone, on the same Wikinews articles, in one run.

Prints, for the same articles: articles/s and sentences/s of the whole coder on one process; the same
for spaCy's full pipeline (every default component of the model) over every sentence, the reference;
their ratio (what compares across machines); model and knowledge-base load time; events per article;
peak memory; how much of the text a lossless sentence filter could leave out at most (sentences
without any trigger lemma, without any actor); and N worker processes against one.

    python benchmarks/run.py coding                      # 300 politics articles, 2 workers
    python benchmarks/run.py coding --articles 100       # a quick slice
    python benchmarks/run.py coding --articles 0 --dask local:2   # the whole corpus, and the Dask engine

Targets (issue 13): dyads code at 3x the reference's articles/s or more, peak memory under 1 GB a
process, two workers at 1.7x one worker or more.  Other processes sharing the CPU lower every figure,
the worker speed-up most: the load average at start is printed beside the figures.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from collections.abc import Sequence
from itertools import islice
from pathlib import Path

from dyads.errors import InputError
from dyads.ingest import ReadOptions, read_inputs
from dyads.kb import load_knowledge_base
from dyads.nlp import Parser, load_parser
from dyads.pipeline.coding import CodedArticle, code_each
from dyads.pipeline.engines import Engine, EngineOptions, open_coder
from dyads.pipeline.resources import load_resources
from dyads.records.article import Article
from dyads.settings import Settings

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
RATIO_TARGET = 3.0
MEMORY_TARGET_MB = 1024
SPEEDUP_TARGET = 1.7


def _options() -> argparse.Namespace:
    ask = argparse.ArgumentParser(prog="bench_coding")
    ask.add_argument("--articles", type=int, default=300, help="articles to code (0: every one)")
    ask.add_argument("--corpus", action="append", default=None, help="JSONL corpus (default: politics)")
    ask.add_argument("--repeats", type=int, default=3, help="paired runs (reference, then dyads); medians are shown")
    ask.add_argument("--workers", type=int, default=2, help="worker processes measured against one (1: skip)")
    ask.add_argument(
        "--dask", metavar="SCHEDULER", default=None, help="also measure the Dask engine (local:N or an address)"
    )
    return ask.parse_args(sys.argv[1:])


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _reference(nlp: Parser, articles: Sequence[Article]) -> tuple[float, int]:
    """Seconds spaCy's full pipeline takes over every article's text, and the sentences it finds."""
    start = time.perf_counter()
    sentences = sum(len(doc.sentences) for doc in nlp.parse_many((a.doc_id, a.text) for a in articles))
    return time.perf_counter() - start, sentences


def _filter_bound(coded: Sequence[CodedArticle], resources_patterns: object) -> tuple[float, float, float]:
    """Shares of sentences with a trigger lemma, with an actor, and with both: a lossless sentence
    filter must parse at least the last share."""
    patterns = resources_patterns
    total = trig = actor = both = 0
    for c in coded:
        for s in c.doc.sentences:
            lemmas = {t.lemma for t in c.doc.tokens[s.first : s.last]}
            t = any(patterns.verbs_for(x) or patterns.nouns_for(x) or patterns.frames_for(x)  # type: ignore[attr-defined]
                    or x in patterns.speech for x in lemmas)  # type: ignore[attr-defined]  # fmt: skip
            a = any(s.start <= m.start < s.end for m in c.actors)
            total, trig, actor, both = total + 1, trig + t, actor + a, both + (t and a)
    return trig / total, actor / total, both / total


def _timed(options: EngineOptions, articles: Sequence[Article]) -> float:
    """Seconds an engine takes to code ``articles`` once its workers are up and loaded."""
    with open_coder(Settings.from_env(), options) as coder:
        warm = max(1, options.workers if options.engine is Engine.PROCESSES else 2)
        list(coder(articles[: warm * options.partition]))  # every worker loads its model first
        start = time.perf_counter()
        outcomes = list(coder(articles))
        seconds = time.perf_counter() - start
    assert len(outcomes) == len(articles)
    return seconds


def main() -> None:
    opts = _options()
    corpora = [Path(p) for p in opts.corpus] if opts.corpus else [CORPORA / "wikinews_politics.jsonl"]
    missing = [p for p in corpora if not p.exists()]
    if missing:
        print(f"skipped: {missing[0]} is absent (../shared beside the project)")
        return
    load = os.getloadavg()[0]
    read = (a for a in read_inputs(corpora, options=ReadOptions()) if not isinstance(a, InputError))
    articles = [a for a in (islice(read, opts.articles) if opts.articles else read) if isinstance(a, Article)]
    settings = Settings.from_env()

    t0 = time.perf_counter()
    load_parser(settings.model)
    t1 = time.perf_counter()
    load_knowledge_base(extra_files=settings.actor_files)
    t2 = time.perf_counter()
    resources = load_resources(settings)
    t3 = time.perf_counter()

    reference = load_parser(settings.model)
    pairs: list[tuple[float, float]] = []
    for _ in range(max(1, opts.repeats)):  # paired, so that a burst of load elsewhere hits both sides alike
        ref_s, sentences = _reference(reference, articles)
        start = time.perf_counter()
        coded = [c for c in code_each(articles, resources) if isinstance(c, CodedArticle)]
        pairs.append((ref_s, time.perf_counter() - start))
    ratio = statistics.median(ref / mine for ref, mine in pairs)
    ref_s = statistics.median(ref for ref, _ in pairs)
    dyads_s = statistics.median(mine for _, mine in pairs)
    events = sum(len(c.events) for c in coded)
    n = len(articles)
    peak = _peak_mb(resource.RUSAGE_SELF)
    print(f"{n} articles, {sentences:,} sentences from {', '.join(p.name for p in corpora)}; "
          f"load average at start {load:.2f} on {os.cpu_count()} cores")  # fmt: skip
    print(f"load: model {t1 - t0:.2f} s, knowledge base {t2 - t1:.2f} s, all resources together, files cached (model, kb, patterns, "
          f"gazetteer, tone) {t3 - t2:.2f} s")  # fmt: skip
    print(
        f"spaCy full pipeline (reference): {ref_s:.1f} s = {n / ref_s:.2f} articles/s, {sentences / ref_s:.1f} sentences/s"
    )
    print(f"dyads code, one process:         {dyads_s:.1f} s = {n / dyads_s:.2f} articles/s, "
          f"{sentences / dyads_s:.1f} sentences/s; {events:,} events = {events / n:.2f} an article")  # fmt: skip
    print(f"ratio dyads/spaCy articles/s: {ratio:.2f}, median of {len(pairs)} paired runs "
          f"({', '.join(f'{r / m:.2f}' for r, m in pairs)}; target {RATIO_TARGET:.0f} or more)")  # fmt: skip
    print(f"peak memory of this process: {peak:,.0f} MB (target under {MEMORY_TARGET_MB:,} MB)")
    trig, actor, both = _filter_bound(coded, resources.patterns)
    print(f"sentences with a trigger lemma {trig:.0%}, with an actor {actor:.0%}, both {both:.0%}: a lossless "
          f"sentence filter parses at least {both:.0%} of them")  # fmt: skip
    missed = [f"ratio {ratio:.2f} < {RATIO_TARGET}"] if ratio < RATIO_TARGET else []
    if peak > MEMORY_TARGET_MB:
        missed.append(f"peak memory {peak:,.0f} MB")

    if opts.workers > 1:
        one = _timed(EngineOptions(), articles)
        many = _timed(EngineOptions(workers=opts.workers), articles)
        speedup = one / many
        child = _peak_mb(resource.RUSAGE_CHILDREN)
        print(f"{opts.workers} worker processes: {many:.1f} s = {n / many:.2f} articles/s against {n / one:.2f} on one "
              f"= {speedup:.2f}x (target {SPEEDUP_TARGET}x); peak memory of a worker {child:,.0f} MB")  # fmt: skip
        if speedup < SPEEDUP_TARGET:
            missed.append(f"{opts.workers} workers {speedup:.2f}x")
    if opts.dask:
        dask_s = _timed(EngineOptions(engine=Engine.DASK, scheduler=opts.dask), articles)
        print(f"dask engine ({opts.dask}): {dask_s:.1f} s = {n / dask_s:.2f} articles/s")
    if missed:
        print(f"targets missed: {'; '.join(missed)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
