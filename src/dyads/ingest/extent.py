"""How many articles an ingest will read, known before it starts where that is cheap to tell, so
that progress can say "N of M" with a rate and a time left.

A JSON Lines file holds one article a line (blank lines aside), a CSV or TSV file one a row after its
header, a feed one an ``<item>`` or ``<entry>``, any other file one; a directory is the sum of its
files.  Standard input, compressed files and anything unreadable make the total unknown (``None``):
the count is an estimate for progress, never a limit.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from dyads.ingest.sources import ReadOptions

_LINE_FORMATS = (".jsonl", ".ndjson")
_ROW_FORMATS = (".csv", ".tsv")
_FEED_FORMATS = (".xml", ".rss", ".atom")


def expected_articles(paths: Iterable[str | Path], *, options: ReadOptions) -> int | None:
    """The number of articles ``paths`` should yield, or ``None`` when that cannot be told cheaply."""
    total = 0
    for raw in paths:
        if str(raw) == "-":
            return None
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            n = _file_articles(f, options)
            if n is None:
                return None
            total += n
    return total


def _file_articles(path: Path, options: ReadOptions) -> int | None:
    try:
        if options.skip and path.resolve() in options.skip:
            return 0
        if path.stat().st_size > options.max_bytes or path.suffix.lower() in (".gz", ".gzip"):
            return None
        suffix = path.suffix.lower()
        if suffix in _LINE_FORMATS:
            return _lines(path)
        if suffix in _ROW_FORMATS:
            return max(_lines(path) - 1, 0)
        if suffix in _FEED_FORMATS:
            return _items(path)
    except (OSError, RuntimeError):  # unreadable, or a symlink loop: the reader will say why
        return None
    return 1


def _lines(path: Path) -> int:
    """Non-blank lines."""
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def _items(path: Path) -> int:
    data = path.read_bytes()
    return data.count(b"<item") + data.count(b"<entry")
