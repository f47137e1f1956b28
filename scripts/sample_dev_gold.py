"""Draw the sentences of the Wikinews development gold (issue 8).

The sample is reproducible (fixed seed) and keeps only ids and offsets: the text stays in
``../shared/corpora``.  Politics sentences come from article bodies (never the first three
sentences); economy sentences from anywhere in the article.  A sentence is eligible when it has
8 to 60 words and at least one capitalised word after its first, so that most name an actor.

    python scripts/sample_dev_gold.py --politics 180 --economy 150 > gold/wikinews_dev.sample.jsonl

A later batch is drawn with another seed and never from an article an earlier batch used:

    python scripts/sample_dev_gold.py --seed 26 --politics 150 --economy 100 \
        --exclude gold/wikinews_dev.jsonl > gold/wikinews_dev_b.sample.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
# A sentence ends at . ! or ? (optionally followed by a closing quote or bracket), then spaces,
# then an opening quote or a capital letter or digit; common abbreviations do not end one.
END = re.compile(r"""[.!?]["'”’)\]]?\s+(?=["'“‘(]?[A-Z0-9])""")
ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|Prof|Rev|No|Vol|"
                    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Ltd|Co|vs|etc)|"
                    r"\b[A-Z](?:\.[A-Z])*)\.$")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in END.finditer(text):
        piece = text[start:m.start() + 1]
        if ABBREV.search(piece):
            continue
        end = m.start() + len(m.group(0).rstrip())
        yield start, end
        start = m.end()
    if text[start:].strip():
        yield start, len(text.rstrip())


def eligible(sentence: str) -> bool:
    words = sentence.split()
    return 8 <= len(words) <= 60 and any(w[:1].isupper() for w in words[1:]) and "==" not in sentence


def candidates(path: Path, *, skip_first: int) -> list[dict[str, object]]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            art = json.loads(line)
            spans = list(sentences(art["text"]))
            for i, (s, e) in enumerate(spans):
                if i < skip_first:
                    continue
                text = art["text"][s:e]
                if eligible(text):
                    rows.append({"corpus": path.stem, "article": art["id"], "start": s, "end": e,
                                 "date": art["date"], "text": text})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--politics", type=int, default=180)
    ap.add_argument("--economy", type=int, default=150)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--exclude", type=Path, action="append", default=[],
                    help="a gold file whose articles are not drawn again (repeatable)")
    ap.add_argument("--with-text", action="store_true", help="include the text (for coders; never commit)")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    used = {json.loads(line)["article"] for path in args.exclude
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    picked = []
    for name, n, skip in (("wikinews_politics", args.politics, 3), ("wikinews_economy", args.economy, 0)):
        pool = candidates(SHARED / "corpora" / f"{name}.jsonl", skip_first=skip)
        # at most one sentence an article, so the sample spreads over many stories
        rng.shuffle(pool)
        seen: set[object] = set(used)
        for row in pool:
            if row["article"] in seen:
                continue
            seen.add(row["article"])
            picked.append(row)
            if len(seen) - len(used) == n:
                break
    for row in picked:
        row["id"] = f"{row['article']}:{row['start']}-{row['end']}"
        if not args.with_text:
            row.pop("text")
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
