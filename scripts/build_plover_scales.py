"""Build src/dyads/data/plover/scales.tsv from ../shared/reference/plover.

One row per PLOVER event type and mode: its quad code (1 verbal cooperation, 2 material
cooperation, 3 verbal conflict, 4 material conflict, from the event type's quad category) and its
event scale (the PLOVER score of the type and mode; a mode without its own score has none here and
takes the type's). Facts only, in dyads' layout.
"""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "reference" / "plover"
OUT = ROOT / "src" / "dyads" / "data" / "plover" / "scales.tsv"
QUADS = {"VERBAL COOPERATION": 1, "MATERIAL COOPERATION": 2, "VERBAL CONFLICT": 3, "MATERIAL CONFLICT": 4}


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def main() -> None:
    quads = {r["event_type"]: QUADS[r["quad_category"]] for r in _rows("plover_event_types.tsv")}
    scores = {(r["event_type"], r["mode"]): r["score"] for r in _rows("plover_scores.tsv")}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["event_type", "mode", "quad_code", "event_scale"])
        for (event_type, mode), score in sorted(scores.items()):
            writer.writerow([event_type, mode, quads[event_type], score])
    print(f"{OUT}: {len(scores)} rows")


if __name__ == "__main__":
    main()
