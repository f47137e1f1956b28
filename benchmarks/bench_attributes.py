"""Benchmark the attribute finders on real news.

Reads the first N articles of ../shared/corpora/wikinews_politics.jsonl, splits
them into sentences with a plain splitter, and reports the time per sentence of
the date, place, quantity and tone finders, and the share of sentences in which
each finds something.  ``--sample K`` prints K random hits of each kind for
reading by hand; ``--dateparser M`` times dateparser's ``search_dates`` on M
sentences for comparison.

    .venv/bin/python benchmarks/bench_attributes.py --articles 300
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import time
from pathlib import Path

from dyads.attributes import (
    find_dates,
    find_place_mentions,
    find_quantities,
    load_attribute_resources,
    place_context,
    sentence_tone,
    to_place,
)

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpora" / "wikinews_politics.jsonl"
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def _articles(path: Path, limit: int) -> list[dict[str, str]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            out.append(json.loads(line))
            if len(out) >= limit:
                break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--sample", type=int, default=0, help="print K random hits of each kind")
    ap.add_argument("--dateparser", type=int, default=0, help="time dateparser.search_dates on M sentences")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus} is absent: nothing to measure", file=sys.stderr)
        return 1

    t0 = time.perf_counter()
    res = load_attribute_resources()
    load_s = time.perf_counter() - t0

    sentences: list[tuple[str, dt.date | None]] = []
    for art in _articles(args.corpus, args.articles):
        published = dt.date.fromisoformat(art["date"]) if art.get("date") else None
        sentences.extend((s, published) for s in _SPLIT.split(art["text"]) if s.strip())

    timings = {"dates": 0.0, "places": 0.0, "quantities": 0.0, "tone": 0.0}
    hits: dict[str, list[tuple[str, str]]] = {"dates": [], "places": [], "quantities": []}
    counts = dict.fromkeys(hits, 0)
    for text, published in sentences:
        t = time.perf_counter()
        dates = find_dates(text, published=published)
        timings["dates"] += time.perf_counter() - t
        t = time.perf_counter()
        mentions = find_place_mentions(text, gazetteer=res.gazetteer)
        ctx = place_context(mentions)
        places = [to_place(m, ctx) for m in mentions if m.cue.value in ("locative", "destination")]
        timings["places"] += time.perf_counter() - t
        t = time.perf_counter()
        quantities = find_quantities(text)
        timings["quantities"] += time.perf_counter() - t
        t = time.perf_counter()
        sentence_tone(text, analyzer=res.analyzer)
        timings["tone"] += time.perf_counter() - t
        for kind, found, show in (
            ("dates", dates, lambda d: f"{d.text!r} -> {d.start}..{d.end} {d.precision.value}"),
            ("places", places, lambda p: f"{p.text!r} -> {p.name} {p.country} ({p.lat}, {p.lon}) {p.feature}"),
            ("quantities", quantities, lambda q: f"{q.text!r} -> {q.value:g} {q.unit} {q.kind} rate={q.rate}"),
        ):
            if found:
                counts[kind] += 1
                hits[kind].append((text, "; ".join(show(x) for x in found)))

    n = len(sentences)
    print(f"corpus: {args.corpus.name}, {args.articles} articles, {n} sentences")
    print(f"resources loaded in {load_s:.2f} s")
    for kind, seconds in timings.items():
        print(f"{kind:10s} {1e6 * seconds / max(n, 1):8.1f} us/sentence")
    total = sum(timings.values())
    print(f"{'all':10s} {1e6 * total / max(n, 1):8.1f} us/sentence")
    for kind, c in counts.items():
        print(f"sentences with {kind}: {c} ({100 * c / max(n, 1):.1f}%)")

    if args.dateparser:
        from dateparser.search import search_dates

        picked = [s for s, _ in sentences[: args.dateparser]]
        t = time.perf_counter()
        for s in picked:
            search_dates(s, languages=["en"])
        print(f"dateparser search_dates: {1e3 * (time.perf_counter() - t) / len(picked):.1f} ms/sentence")

    if args.sample:
        rng = random.Random(args.seed)
        for kind, found in hits.items():
            print(f"\n== {args.sample} random sentences with {kind} ==")
            for i, (text, shown) in enumerate(rng.sample(found, min(args.sample, len(found))), 1):
                print(f"{i:2d}. {text}\n    => {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
