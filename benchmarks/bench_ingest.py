"""Ingest without coding: articles per second on the Wikinews politics corpus.

Target (issue 2): 500 articles a second or more.  A second run must add 0.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from dyads.ingest import ReadOptions
from dyads.pipeline.ingest import ingest
from dyads.store import open_store

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "wikinews_politics.jsonl"


def main() -> None:
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent (../shared beside the project)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(Path(tmp) / "bench.duckdb") as store:
            t0 = time.perf_counter()
            first = ingest([CORPUS], store=store, options=ReadOptions())
            t1 = time.perf_counter()
            second = ingest([CORPUS], store=store, options=ReadOptions())
            t2 = time.perf_counter()
    rate = first.read / (t1 - t0)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"first run:  {first.line()} in {t1 - t0:.2f} s = {rate:,.0f} articles/s (target >= 500)")
    print(f"second run: {second.line()} in {t2 - t1:.2f} s")
    print(f"peak memory: {peak_mb:,.0f} MB")
    if first.added != 3963 or second.added != 0 or rate < 500:
        print("FAILED: target not met", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
