"""`python -m dyads.evaluation` (`make eval`): triple precision, recall and F1 on every development
gold set, errors by kind, the agreement of the two hand codings, and the seed article."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dyads.errors import DyadsError
from dyads.evaluation.gold import read_codings, read_manual, read_offsets_gold, read_seed_gold
from dyads.evaluation.report import agreement_report, seed_report, set_report
from dyads.evaluation.runner import code_gold, seed_events
from dyads.pipeline.resources import Stage, load_resources
from dyads.settings import Settings

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared"
GOLD_DIR = REPO / "gold"
MANUAL = Path("gold") / "cameo_manual_examples.jsonl"
# the project's own Wikinews gold, in batches drawn apart (scripts/sample_dev_gold.py): set name -> file stem
WIKINEWS = {"wikinews": "wikinews_dev", "wikinews-b": "wikinews_dev_b", "wikinews-c": "wikinews_dev_c",
            "wikinews-d": "wikinews_dev_d", "wikinews-e": "wikinews_dev_e"}
SEED = Path("seed") / "000_95a2145abd261211.txt"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m dyads.evaluation", description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared material (default ../shared)")
    ap.add_argument("--gold", type=Path, default=GOLD_DIR, help="the project's own gold (default ./gold)")
    ap.add_argument("--set", dest="sets", action="append", choices=("manual", *WIKINEWS, "seed"),
                    help="only these sets (repeatable; default all)")
    ap.add_argument("--misses", action="store_true", help="list every sentence with a miss or an extra")
    args = ap.parse_args(argv)
    sets = args.sets or ["manual", *WIKINEWS, "seed"]
    if not args.shared.is_dir():
        print(f"{args.shared}: not found; the gold sets read their text from it", file=sys.stderr)
        return 2
    try:
        res = load_resources(Settings.from_env(), upto=Stage.ATTRIBUTES)
        for name, stem in WIKINEWS.items():
            if name not in sets or not (args.gold / f"{stem}.jsonl").exists():
                continue
            wiki = read_offsets_gold(args.gold / f"{stem}.jsonl", corpora=args.shared / "corpora",
                                     name=stem.replace("_", "-"))
            print("\n".join(set_report(wiki, code_gold(wiki, res), misses=args.misses)))
            codings = args.gold / f"{stem}.coders.jsonl"
            if codings.exists():
                print("\n".join(agreement_report([(a, b) for _, a, b in read_codings(codings)])))
        if "manual" in sets:
            manual = read_manual(args.shared / MANUAL)
            print("\n".join(set_report(manual, code_gold(manual, res), misses=args.misses)))
        if "seed" in sets:
            seed = read_seed_gold(args.gold / "seed.jsonl")
            print("\n".join(seed_report(seed, seed_events(args.shared / SEED, res))))
    except DyadsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
