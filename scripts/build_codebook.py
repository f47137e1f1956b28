"""Build dyads' own CAMEO codebook table from the shared reference facts.

Reads (from ``<repo>/../shared/reference`` unless ``--reference`` is given):

- ``cameo/cameo_event_codes.tsv``: code, root, level, parent, the CAMEO 1.1b3 name,
  the GDELT Goldstein value and the gdeltPyR value, the quad class;
- ``plover/cameo_to_plover_2021.tsv``: CAMEO code -> PLOVER type, mode, context;
- ``plover/cameo_to_plover_cue.tsv``: CAMEO root -> PLOVER type (fallback).

Writes ``src/dyads/data/cameo/codebook.tsv`` and ``SOURCES.md`` beside it.

Decisions (also written into SOURCES.md):
- names are the CAMEO Manual 1.1b3 names (not the older GDELT labels);
- Goldstein values are GDELT's; 1951/1952 take the gdeltPyR value (-10), the only
  one any source gives; 155, 176 and 1834 have no value anywhere and inherit their
  parent's value (``goldstein_origin`` says so); 106 keeps -5.0, the value on the
  corrupted GDELT 1056 line that swallowed it;
- PLOVER fields come from the 2021 crosswalk; a code missing there inherits its
  parent's mapping, then its root's cue type; roots 01 and 02 are "dropped" by
  PLOVER and stay empty.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_REFERENCE = REPO / ".." / "shared" / "reference"
OUT_DIR = REPO / "src" / "dyads" / "data" / "cameo"
COLUMNS = (
    "code", "root", "level", "parent", "name", "goldstein", "goldstein_origin", "quad_class",
    "plover_type", "plover_mode", "plover_context", "plover_origin",
)


@dataclass(frozen=True)
class Plover:
    type: str
    mode: str
    context: str


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _crosswalk(reference: Path) -> tuple[dict[str, Plover], dict[str, str]]:
    detailed: dict[str, Plover] = {}
    for row in _read_tsv(reference / "plover" / "cameo_to_plover_2021.tsv"):
        code = row["cameo_code"].strip()
        if code and code not in detailed:  # 175 appears twice, identically
            detailed[code] = Plover(
                row["plover_event_type"].strip(), row["plover_mode"].strip(), row["plover_context"].strip()
            )
    cue: dict[str, str] = {}
    for row in _read_tsv(reference / "plover" / "cameo_to_plover_cue.tsv"):
        root = row["cameo_root"].strip()
        kind = row["plover_event_type"].split("(")[0].strip()
        if root not in cue:  # 08 has two lines; the first (CONCEDE) is the root's default
            cue[root] = "" if kind == "dropped" else kind
    return detailed, cue


def build_rows(reference: Path) -> list[dict[str, str]]:
    codes = _read_tsv(reference / "cameo" / "cameo_event_codes.tsv")
    detailed, cue = _crosswalk(reference)
    by_code = {row["code"]: row for row in codes}
    out: list[dict[str, str]] = []
    for row in codes:
        code = row["code"].strip()
        goldstein, origin = row["goldstein_gdelt"].strip(), "gdelt"
        if not goldstein and row["goldstein_gdeltPyR_pkg"].strip():
            goldstein, origin = row["goldstein_gdeltPyR_pkg"].strip(), "gdeltPyR"
        parent = row["parent_code"].strip()
        while not goldstein and parent:
            goldstein, origin = by_code[parent]["goldstein_gdelt"].strip(), f"parent:{parent}"
            parent = by_code[parent]["parent_code"].strip()
        plover, plover_origin = detailed.get(code), "crosswalk"
        parent = row["parent_code"].strip()
        while plover is None and parent and parent in detailed:
            plover, plover_origin = detailed[parent], f"parent:{parent}"
            break
        if plover is None:
            kind = cue.get(row["root_code"].strip(), "")
            plover, plover_origin = Plover(kind, "", ""), ("root_cue" if kind else "none")
        out.append(
            {
                "code": code,
                "root": row["root_code"].strip(),
                "level": row["level"].strip(),
                "parent": row["parent_code"].strip(),
                "name": row["name_cameo_manual_1.1b3"].strip(),
                "goldstein": goldstein,
                "goldstein_origin": origin if goldstein else "none",
                "quad_class": row["quad_class"].strip(),
                "plover_type": plover.type,
                "plover_mode": plover.mode,
                "plover_context": plover.context,
                "plover_origin": plover_origin,
            }
        )
    return out


SOURCES = """# Sources of the CAMEO codebook table (`codebook.tsv`)

Built by `scripts/build_codebook.py` from the project's shared reference tables; facts only, in
dyads' own layout.

- Codes, levels, parents and names: CAMEO Event Data Codebook, Manual 1.1b3 (Schrodt 2012), via a
  clean code list (tenthe/CAMEO-Event-Data-Codebook @7fa67ffc) checked against the manual's chapter 6.
- Goldstein values (`goldstein_origin`):
  - `gdelt`: the GDELT CAMEO Goldstein lookup (GDELT project; confirmed by two independent copies);
    106 keeps -5.0, the value on GDELT's corrupted 1056 line that swallowed it;
  - `gdeltPyR`: 1951 and 1952, only valued by the `gdelt` PyPI package (gdeltPyR 0.1.14);
  - `parent:<code>`: 155, 176 and 1834 have no value in any source; they inherit the parent's.
- Quad classes: by root (01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal
  conflict, 15-20 material conflict).
- PLOVER type, mode and context (`plover_origin`): the CAMEO-to-PLOVER 2021 crosswalk of the
  PLOVER project (openeventdata/PLOVER @5e0c24fb, CC BY-SA 4.0); codes missing there inherit the
  parent's mapping (`parent:<code>`) or the root's cue type (`root_cue`); PLOVER drops roots 01 and
  02 (`none`).
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    if not (args.reference / "cameo" / "cameo_event_codes.tsv").exists():
        print(f"{args.reference}: reference tables not found", file=sys.stderr)
        return 2
    rows = build_rows(args.reference)
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "codebook.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    (args.out / "SOURCES.md").write_text(SOURCES, encoding="utf-8")
    print(f"wrote {len(rows)} codes to {args.out / 'codebook.tsv'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
