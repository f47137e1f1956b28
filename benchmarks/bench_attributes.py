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
    PlaceCue,
    find_dates,
    find_place_mentions,
    find_quantities,
    load_attribute_resources,
    place_context,
    plausible,
    sentence_tone,
    to_place,
)

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpora" / "wikinews_politics.jsonl"
_LIGHT_VERBS = frozenset({"be", "have", "seem", "appear", "become", "remain", "include"})
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
    ap.add_argument("--pipeline", action="store_true", help="also run the full coder and count its events")
    ap.add_argument(
        "--events", action="store_true", help="also parse and attach to one pseudo-event per sentence (its root verb)"
    )
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus} is absent: nothing to measure", file=sys.stderr)
        return 1

    t0 = time.perf_counter()
    res = load_attribute_resources()
    load_s = time.perf_counter() - t0

    articles: list[tuple[list[str], dt.date | None]] = []
    for art in _articles(args.corpus, args.articles):
        published = dt.date.fromisoformat(art["date"][:10]) if art.get("date") else None
        articles.append(([s for s in _SPLIT.split(art["text"]) if s.strip()], published))
    sentences = [(s, published) for texts, published in articles for s in texts]

    timings = {"dates": 0.0, "places": 0.0, "quantities": 0.0, "tone": 0.0}
    hits: dict[str, list[tuple[str, str]]] = {"dates": [], "places": [], "quantities": []}
    counts = dict.fromkeys(hits, 0)
    article_of = [(i, j) for i, (texts, _) in enumerate(articles) for j in range(len(texts))]
    contexts = {}
    mentions_of = {}
    t = time.perf_counter()
    for i, (texts, _) in enumerate(articles):  # the article's places give the context, as in the pipeline
        found = [find_place_mentions(s, gazetteer=res.gazetteer) for s in texts]
        contexts[i] = place_context(m for ms in found for m in ms)
        mentions_of.update({(i, j): ms for j, ms in enumerate(found)})
    timings["places"] += time.perf_counter() - t
    for (text, published), key in zip(sentences, article_of, strict=True):
        t = time.perf_counter()
        dates = find_dates(text, published=published)
        timings["dates"] += time.perf_counter() - t
        t = time.perf_counter()
        ctx = contexts[key[0]]
        places = [
            to_place(m, ctx)
            for m in mentions_of[key]
            if m.cue in (PlaceCue.LOCATIVE, PlaceCue.DESTINATION) and plausible(m, ctx)
        ]
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

    if args.events:
        _pseudo_events(args, res)
    if args.pipeline:
        _coded_events(args)

    if args.sample:
        rng = random.Random(args.seed)
        for kind, found in hits.items():
            print(f"\n== {args.sample} random sentences with {kind} ==")
            for i, (text, shown) in enumerate(rng.sample(found, min(args.sample, len(found))), 1):
                print(f"{i:2d}. {text}\n    => {shown}")
    return 0


def _pseudo_events(args: argparse.Namespace, res: object) -> None:
    """Stand-in events (each sentence's root verb) through the real attach_attributes."""
    from dyads.attributes import attach_attributes
    from dyads.nlp.parse import load_parser
    from dyads.records.event import Event, EventEvidence
    from dyads.settings import DEFAULT_MODEL

    parser = load_parser(DEFAULT_MODEL)
    raw = _articles(args.corpus, args.articles)
    t0 = time.perf_counter()
    docs = list(parser.parse_many((a["id"], a["text"]) for a in raw))
    parse_s = time.perf_counter() - t0
    n = dated = placed = counted = 0
    attach_s = 0.0
    shown: dict[str, list[str]] = {"date": [], "place": [], "quantity": []}
    for art, doc in zip(raw, docs, strict=True):
        events = []
        for s in doc.sentences:
            root = next((t for t in doc.sentence_tokens(s.index) if t.head == t.i and t.pos == "VERB"), None)
            if root is not None and root.lemma in _LIGHT_VERBS:
                root = None  # "is", "seems": no event to date or place
            if root is None:
                continue
            ev = EventEvidence(s.text, s.start, s.end, root.text, root.start, root.end, "root")
            events.append(Event(f"{doc.doc_id}:{s.index}", doc.doc_id, None, None, "", "", "", None, 0, None, None, None, (ev,)))
        published = dt.date.fromisoformat(art["date"][:10]) if art.get("date") else None
        t = time.perf_counter()
        out = attach_attributes(tuple(events), doc, published=published, resources=res)  # type: ignore[arg-type]
        attach_s += time.perf_counter() - t
        for e in out:
            n += 1
            ev = e.evidence[0]
            head = f"{ev.sentence}\n    [{ev.trigger}] published {published} => "
            if e.date is not None and e.date.precision.value != "publication":
                dated += 1
                shown["date"].append(head + f"{e.date.text!r} {e.date.start}..{e.date.end} {e.date.precision.value}")
            if e.location is not None:
                placed += 1
                p = e.location
                shown["place"].append(head + f"{p.text!r} {p.name} {p.country} ({p.lat}, {p.lon}) {p.feature}")
            if e.quantities:
                counted += 1
                shown["quantity"].append(head + "; ".join(f"{q.text!r} {q.value:g} {q.unit} {q.kind}" for q in e.quantities))
    print(f"\npseudo-events (root verb of each sentence unless be/have/seem..., with the parse): {n}")
    print(f"parse {parse_s:.1f} s; attach_attributes {1e3 * attach_s / max(n, 1):.2f} ms/event")
    print(f"events with a date from the text: {dated} ({100 * dated / max(n, 1):.1f}%)")
    print(f"events with a place: {placed} ({100 * placed / max(n, 1):.1f}%)")
    print(f"events with a quantity: {counted} ({100 * counted / max(n, 1):.1f}%)")
    if args.sample:
        rng = random.Random(args.seed)
        for kind, lines in shown.items():
            print(f"\n== {args.sample} random pseudo-events with a {kind} ==")
            for i, line in enumerate(rng.sample(lines, min(args.sample, len(lines))), 1):
                print(f"{i:2d}. {line}")


def _coded_events(args: argparse.Namespace) -> None:
    """The real coder's events (dyads.pipeline) and the share with each attribute."""
    from dyads.pipeline.coding import code_articles
    from dyads.pipeline.resources import load_resources
    from dyads.records.article import Article
    from dyads.settings import Settings

    arts = [
        Article.create(
            text=a["text"],
            doc_id=a["id"],
            published=dt.date.fromisoformat(a["date"][:10]) if a.get("date") else None,
        )
        for a in _articles(args.corpus, args.articles)
    ]
    t0 = time.perf_counter()
    n = dated = placed = counted = 0
    lines: dict[str, list[str]] = {"date": [], "place": [], "quantity": []}
    for coded in code_articles(arts, load_resources(Settings())):
        for e in coded.events:
            n += 1
            ev = e.evidence[0]
            head = f"{ev.sentence}\n    [{e.code} {ev.trigger}] published {coded.article.published} => "
            if e.date is not None and e.date.precision.value != "publication":
                dated += 1
                lines["date"].append(head + f"{e.date.text!r} {e.date.start}..{e.date.end} {e.date.precision.value}")
            if e.location is not None:
                placed += 1
                lines["place"].append(head + f"{e.location.text!r} {e.location.name} {e.location.country}")
            if e.quantities:
                counted += 1
                lines["quantity"].append(head + "; ".join(f"{q.text!r} {q.value:g} {q.unit} {q.kind}" for q in e.quantities))
    print(f"\ncoded events (full pipeline, {time.perf_counter() - t0:.0f} s): {n}")
    for label, c in (("a date from the text", dated), ("a place", placed), ("a quantity", counted)):
        print(f"events with {label}: {c} ({100 * c / max(n, 1):.1f}%)")
    if args.sample:
        rng = random.Random(args.seed)
        for kind, found in lines.items():
            print(f"\n== {args.sample} random coded events with a {kind} ==")
            for i, line in enumerate(rng.sample(found, min(args.sample, len(found))), 1):
                print(f"{i:2d}. {line}")


if __name__ == "__main__":
    raise SystemExit(main())
