"""The development gold sets: sentences with the (source, target, code) triples a careful coder
writes for them (``../shared/coding-conventions.md``).

- the CAMEO manual's examples that carry both actor codes (countries only), read from ``../shared``;
- the Wikinews development gold, hand-coded here: the project keeps article ids, sentence offsets
  and codes (``gold/wikinews_dev.jsonl``) and reads each sentence from ``../shared/corpora``;
- the seed article, coded whole (``gold/seed.jsonl``): its triples are compared article-wide.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dyads.errors import InputError
from dyads.evaluation.triples import Triple


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    text: str
    date: dt.date | None
    triples: tuple[Triple, ...]


@dataclass(frozen=True, slots=True)
class GoldSet:
    name: str
    sentences: tuple[GoldSentence, ...]
    actors_have_roles: bool  # False: the gold gives countries only


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


# other codes for the countries dyads codes: older CAMEO dictionaries' (the manual's JAP, ITL; CAMEO's TMP,
# ROM, ZAR) and ISO's withdrawn SUN, which careful coders still write; the same country is the same side
_OLD_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA", "TMP": "TLS", "ROM": "ROU", "ZAR": "COD", "SUN": "USR"}


def _modern(code: str | None) -> str | None:
    return _OLD_COUNTRY_CODES.get(code[:3], code[:3]) + code[3:] if code else code


def _triples(rows: list[dict[str, str | None]]) -> tuple[Triple, ...]:
    return tuple(Triple(_modern(r.get("source") or None), _modern(r.get("target") or None), str(r["code"]))
                 for r in rows)


def read_manual(path: Path) -> GoldSet:
    """The manual's examples whose every event has both a source and a target country."""
    out = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            expected = row["expected"]
            if not expected or any(not e.get("source") or not e.get("target") for e in expected):
                continue
            triples = _triples(expected)
            out.append(GoldSentence(row["id"], row["text"], _date(row.get("date")), triples))
    return GoldSet("cameo-manual", tuple(out), actors_have_roles=False)


def sentence_digest(text: str) -> str:
    """A short fingerprint of a sentence: the gold checks that the corpus still holds the same text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _corpus_texts(path: Path, wanted: set[str]) -> dict[str, str]:
    texts: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row.get("id") in wanted:
                texts[row["id"]] = row["text"]
    return texts


def read_offsets_gold(path: Path, *, corpora: Path, name: str) -> GoldSet:
    """A gold kept as offsets into ``corpora/<corpus>.jsonl``: each sentence is read from there and
    checked against its digest."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_corpus: dict[str, set[str]] = {}
    for r in rows:
        by_corpus.setdefault(r["corpus"], set()).add(r["article"])
    texts: dict[tuple[str, str], str] = {}
    for corpus, ids in by_corpus.items():
        source = corpora / f"{corpus}.jsonl"
        if not source.exists():
            raise InputError(str(source), f"not found; the gold {path.name} reads its sentences from it")
        for art, text in _corpus_texts(source, ids).items():
            texts[(corpus, art)] = text
    out = []
    for number, r in enumerate(rows, start=1):
        article = texts.get((r["corpus"], r["article"]))
        if article is None:
            raise InputError(f"{path}:{number}", f"article {r['article']} is not in {r['corpus']}")
        text = article[r["start"]:r["end"]]
        if r.get("digest") and sentence_digest(text) != r["digest"]:
            raise InputError(f"{path}:{number}", f"the text at {r['start']}-{r['end']} of {r['article']} has changed")
        out.append(GoldSentence(r["id"], text, _date(r.get("date")), _triples(r["events"])))
    return GoldSet(name, tuple(out), actors_have_roles=True)


def read_codings(path: Path) -> Iterator[tuple[str, tuple[Triple, ...], tuple[Triple, ...]]]:
    """The two independent codings behind a gold (``id``, coder A's triples, coder B's)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            yield r["id"], _triples(r["a"]), _triples(r["b"])


@dataclass(frozen=True, slots=True)
class SeedGold:
    """The seed article's events, article-wide; ``core`` marks the ones the project brief names."""

    triples: tuple[Triple, ...]
    core: tuple[bool, ...]
    alternatives: tuple[tuple[str, ...], ...]  # other codes a careful coder could choose
    notes: tuple[str, ...]


def read_seed_gold(path: Path) -> SeedGold:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return SeedGold(_triples(rows), tuple(bool(r.get("core")) for r in rows),
                    tuple(tuple(r.get("alt") or ()) for r in rows), tuple(r.get("why", "") for r in rows))
