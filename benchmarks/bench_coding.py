"""The whole pipeline (parse, actors, events, attributes): articles and events per second.

No target yet; the figure tells what one process codes, and what parallel coding must beat.
"""

from __future__ import annotations

import resource
import time
from itertools import islice
from pathlib import Path

from dyads.errors import InputError
from dyads.ingest import ReadOptions, read_inputs
from dyads.pipeline.coding import code_articles
from dyads.pipeline.resources import load_resources
from dyads.settings import Settings

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "wikinews_politics.jsonl"
ARTICLES = 200


def main() -> None:
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent (../shared beside the project)")
        return
    t0 = time.perf_counter()
    resources = load_resources(Settings.from_env())
    t1 = time.perf_counter()
    articles = [a for a in islice(read_inputs([CORPUS], options=ReadOptions()), ARTICLES) if not isinstance(a, InputError)]
    words = sum(len(a.text.split()) for a in articles)
    t2 = time.perf_counter()
    events = sum(len(c.events) for c in code_articles(articles, resources))
    t3 = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"resources loaded in {t1 - t0:.2f} s (model, knowledge base, patterns, gazetteer, tone)")
    print(
        f"coded {len(articles)} articles ({words:,} words) in {t3 - t2:.1f} s = {len(articles) / (t3 - t2):.1f} "
        f"articles/s, {words / (t3 - t2):,.0f} words/s; {events:,} events"
    )
    print(f"peak memory: {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
