"""Assemble a batch of the Wikinews development gold from its two independent codings and the
adjudication of the sentences where they differ (issue 8).

Inputs, all JSON Lines kept outside the project (they hold third-party text):
- the sample drawn by ``scripts/sample_dev_gold.py --with-text`` (id, corpus, article, start, end, date, text);
- coder A's and coder B's codings, one line per sample line: ``{"id", "events": [{source, target, code}]}``;
- the adjudicated codings of the sentences where A and B differ (same shape; a sentence not in it must
  have identical codings).

Outputs: the gold (ids, offsets, a digest of the sentence, the adjudicated events; no text) and the two
codings (``{"id", "a", "b"}``), from which ``make eval`` reports the agreement ceiling.

    python scripts/build_dev_gold.py --sample S --a A --b B --adjudicated J \\
        --gold gold/wikinews_dev_b.jsonl --codings gold/wikinews_dev_b.coders.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dyads.cameo.codebook import Codebook, load_codebook
from dyads.evaluation.gold import sentence_digest


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _events(events: object, where: str, codes: Codebook) -> list[dict[str, str | None]]:
    out = []
    for e in events if isinstance(events, list) else []:
        code = str(e["code"])
        if code not in codes:
            raise SystemExit(f"{where}: code {code!r} is not in the codebook")
        out.append({"source": e.get("source"), "target": e.get("target"), "code": code})
    return out


def _same(a: list[dict[str, str | None]], b: list[dict[str, str | None]]) -> bool:
    def key(e: dict[str, str | None]) -> tuple[str, str, str]:
        return (e["source"] or "", e["target"] or "", e["code"] or "")
    return sorted(map(key, a)) == sorted(map(key, b))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("sample", "a", "b", "adjudicated", "gold", "codings"):
        ap.add_argument(f"--{name}", type=Path, required=True)
    args = ap.parse_args(argv)
    codes = load_codebook()
    sample, a_rows, b_rows = _rows(args.sample), _rows(args.a), _rows(args.b)
    adjudicated = {str(r["id"]): r for r in _rows(args.adjudicated)}
    if [r["id"] for r in a_rows] != [r["id"] for r in sample] or [r["id"] for r in b_rows] != [r["id"] for r in sample]:
        raise SystemExit("the codings do not follow the sample line by line")
    gold_lines, coding_lines = [], []
    for s, a, b in zip(sample, a_rows, b_rows, strict=True):
        sid = str(s["id"])
        ea, eb = _events(a["events"], f"{args.a}: {sid}", codes), _events(b["events"], f"{args.b}: {sid}", codes)
        if sid in adjudicated:
            final = _events(adjudicated[sid]["events"], f"{args.adjudicated}: {sid}", codes)
        elif _same(ea, eb):
            final = ea
        else:
            raise SystemExit(f"{sid}: the codings differ and no adjudication is given")
        gold_lines.append({"id": sid, "corpus": s["corpus"], "article": s["article"], "start": s["start"],
                           "end": s["end"], "date": s["date"], "digest": sentence_digest(str(s["text"])),
                           "events": final})
        coding_lines.append({"id": sid, "a": ea, "b": eb})
    for path, lines in ((args.gold, gold_lines), (args.codings, coding_lines)):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    print(f"{len(gold_lines)} sentences, {sum(len(r['events']) for r in gold_lines)} events, "
          f"{len(adjudicated)} adjudicated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
