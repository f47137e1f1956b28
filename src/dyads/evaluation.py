"""`make eval`: code the CAMEO manual's example sentences and the seed article.

Prints root accuracy and code accuracy on ``../shared/gold/cameo_manual_examples.jsonl``
(a sentence counts when any event with the gold code, or gold root, is found), the
commonest misses, then the events of the seed article.

The gold set is coded with ``UnresolvedActors.KEEP``: a noun phrase the actor resolver
does not know still yields an event (its ActorMention has ``code=None`` and the event a
lower confidence), because the manual's examples are about actors of every kind.  The
seed article goes through the whole pipeline as `dyads code` runs it (default policy,
with dates, places and quantities); events with an unresolved actor print with ``?``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dyads.actors import resolve_actors
from dyads.errors import DyadsError, InputError
from dyads.events import UnresolvedActors, code_events
from dyads.ingest.plaintext import read_plain_text
from dyads.pipeline.coding import code_parsed
from dyads.pipeline.resources import Resources, Stage, load_resources
from dyads.records.event import Event
from dyads.settings import Settings

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
GOLD = Path("gold") / "cameo_manual_examples.jsonl"
SEED = Path("seed") / "000_95a2145abd261211.txt"


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    text: str
    codes: tuple[str, ...]
    date: dt.date | None


@dataclass(frozen=True, slots=True)
class Outcome:
    gold: GoldSentence
    found: tuple[str, ...]  # codes of the events found

    @property
    def root_hit(self) -> bool:
        return any(f[:2] == g[:2] for f in self.found for g in self.gold.codes)

    @property
    def code_hit(self) -> bool:
        return any(f in self.gold.codes for f in self.found)


def read_gold(path: Path) -> Iterator[GoldSentence]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            date = dt.date.fromisoformat(row["date"][:10]) if row.get("date") else None
            codes = tuple(dict.fromkeys(e["code"] for e in row["expected"]))
            yield GoldSentence(row["id"], row["text"], codes, date)


def score(gold: list[GoldSentence], res: Resources, *,
          policies: tuple[UnresolvedActors, ...] = (UnresolvedActors.KEEP,)) -> list[Outcome]:
    """Outcomes per sentence, for each policy in turn (``len(gold) * len(policies)`` outcomes)."""
    coded: dict[UnresolvedActors, list[Outcome]] = {p: [] for p in policies}
    assert res.patterns is not None and res.codebook is not None
    docs = res.parser.parse_many((g.id, g.text) for g in gold)
    for g, doc in zip(gold, docs, strict=True):
        actors = resolve_actors(doc, kb=res.kb, published=g.date)
        for policy in policies:
            events = code_events(doc, actors, patterns=res.patterns, codebook=res.codebook,
                                 unresolved=policy, kb=res.kb, published=g.date)
            coded[policy].append(Outcome(g, tuple(e.code for e in events)))
    return [o for p in policies for o in coded[p]]


def report(outcomes: list[Outcome], *, top: int = 15) -> list[str]:
    n = len(outcomes)
    roots = sum(o.root_hit for o in outcomes)
    codes = sum(o.code_hit for o in outcomes)
    lines = [f"gold sentences: {n}",
             f"root accuracy: {roots / n:.1%} ({roots}/{n})",
             f"code accuracy: {codes / n:.1%} ({codes}/{n})"]
    missed_roots = Counter(o.gold.codes[0][:2] for o in outcomes if not o.root_hit)
    lines.append("commonest root misses (gold root: count): "
                 + ", ".join(f"{r}: {c}" for r, c in missed_roots.most_common(top)))
    confusions = Counter((o.gold.codes[0], f) for o in outcomes if not o.code_hit for f in o.found or ("none",))
    lines.append("commonest code misses (gold -> found: count): "
                 + ", ".join(f"{g}->{f}: {c}" for (g, f), c in confusions.most_common(top)))
    return lines


def seed_events(path: Path, res: Resources) -> tuple[Event, ...]:
    article = next(a for a in read_plain_text(path.read_text(encoding="utf-8"), source=str(path))
                   if not isinstance(a, InputError))
    doc = res.parser.parse(article.doc_id, article.text)
    return code_parsed(article, doc, res).events


def event_line(e: Event) -> str:
    def who(a):  # type: ignore[no-untyped-def]
        return "-" if a is None else (a.code or f"?{a.text}")

    flags = ("NEG " if e.negated else "") + ("" if e.modality.value == "asserted" else e.modality.value + " ")
    ev = e.evidence[0]
    facts = []
    if e.date is not None and e.date.precision.value != "publication":
        end = f"..{e.date.end}" if e.date.end != e.date.start else ""
        facts.append(f"date={e.date.start}{end}/{e.date.precision.value}")
    if e.location is not None:
        facts.append(f"place={e.location.name},{e.location.country or '-'}")
    facts += [f"qty={q.value:g} {q.unit}{'/' + q.rate if q.rate else ''}" for q in e.quantities]
    return (f"{who(e.source):>14} -> {who(e.target):<14} {e.code:<5} {e.name[:38]:<38} {flags}"
            f"conf={e.confidence:.2f} x{e.mentions}  «{ev.trigger}» {' '.join(facts)}").rstrip()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m dyads.evaluation", description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared material (default ../shared)")
    ap.add_argument("--misses", action="store_true", help="list every missed sentence")
    args = ap.parse_args(argv)
    gold_path, seed_path = args.shared / GOLD, args.shared / SEED
    if not gold_path.exists():
        print(f"{gold_path}: not found; nothing to evaluate", file=sys.stderr)
        return 2
    try:
        res = load_resources(Settings.from_env(), upto=Stage.ATTRIBUTES)
    except DyadsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    gold = list(read_gold(gold_path))
    both = score(gold, res, policies=(UnresolvedActors.KEEP, UnresolvedActors.NAMED))
    outcomes, named = both[: len(gold)], both[len(gold):]
    print("\n".join(report(outcomes)))
    print("with the default policy (unresolved=named, a source required): "
          + "; ".join(report(named)[1:3]))
    if args.misses:
        for o in outcomes:
            if not o.code_hit:
                print(f"  MISS {o.gold.codes[0]:<5} found={','.join(o.found) or '-':<20} {o.gold.text[:110]}")
    if seed_path.exists():
        events = seed_events(seed_path, res)
        print(f"\nseed article {seed_path.name}: {len(events)} events")
        for e in events:
            print("  " + event_line(e))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
