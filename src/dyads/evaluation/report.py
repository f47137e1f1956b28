"""The lines `make eval` prints: triple figures per level, errors by kind, agreement, the seed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from dyads.evaluation.gold import GoldSet, SeedGold
from dyads.evaluation.runner import CodedSentence, as_triple
from dyads.evaluation.triples import (
    ActorLevel,
    CodeLevel,
    ErrorKind,
    Scored,
    Triple,
    classify,
    country_of,
    is_self_dyad,
    key,
    score_set,
)
from dyads.records.event import Event

LEVELS = tuple((a, c) for a in ActorLevel for c in CodeLevel)


def levels_for(gold: GoldSet) -> tuple[tuple[ActorLevel, CodeLevel], ...]:
    return LEVELS if gold.actors_have_roles else tuple(lv for lv in LEVELS if lv[0] is ActorLevel.COUNTRY)


def figures(pairs: Sequence[tuple[Sequence[Triple], Sequence[Triple]]],
            levels: Sequence[tuple[ActorLevel, CodeLevel]]) -> dict[tuple[ActorLevel, CodeLevel], Scored]:
    return {(a, c): score_set(pairs, actors=a, codes=c) for a, c in levels}


def set_report(gold: GoldSet, coded: Sequence[CodedSentence], *, misses: bool = False) -> list[str]:
    dyadic_gold = [tuple(t for t in s.gold.triples if t.dyadic) for s in coded]
    pairs = [(g, s.coded) for g, s in zip(dyadic_gold, coded, strict=True)]
    lines = [f"== {gold.name}: {len(coded)} sentences, {sum(map(len, dyadic_gold))} gold dyadic triples"]
    for (a, c), sc in figures(pairs, levels_for(gold)).items():
        lines.append(f"  {c.value:<4} x {a.value:<12} {sc.line()}")
    gold_monadic = sum(1 for s in coded for t in s.gold.triples if not t.dyadic)
    coded_monadic = [t for s in coded for t in s.monadic]
    lines.append(f"  without a target (counted apart): {len(coded_monadic)} coded, {gold_monadic} in the gold")
    miss_kinds: Counter[ErrorKind] = Counter()
    extra_kinds: Counter[ErrorKind] = Counter()
    listing = []
    for g, s in zip(dyadic_gold, coded, strict=True):
        m, x = classify(g, s.coded + s.monadic)
        miss_kinds.update(k for k, _ in m)
        extra_kinds.update(k for k, _ in x if k is not ErrorKind.EXTRA or _.dyadic)
        if misses and (m or any(t.dyadic for _, t in x)):
            listing.append(f"  -- {s.gold.id}: {s.gold.text[:160]}")
            listing += [f"     MISS  {k.value:<24} {_fmt(t)}" for k, t in m]
            listing += [f"     EXTRA {k.value:<24} {_fmt(t)}" for k, t in x if t.dyadic]
    lines.append("  misses by kind: " + _counts(miss_kinds))
    lines.append("  extras by kind: " + _counts(extra_kinds))
    return lines + listing


def _fmt(t: Triple) -> str:
    return f"{t.source or '-'} -> {t.target or '-'} {t.code}"


def _counts(c: Counter[ErrorKind]) -> str:
    return ", ".join(f"{k.value} {n}" for k, n in c.most_common()) or "none"


def agreement_report(pairs: Sequence[tuple[Sequence[Triple], Sequence[Triple]]]) -> list[str]:
    """Two independent codings compared as gold and coded: the ceiling for any coder."""
    dyadic = [(tuple(t for t in a if t.dyadic), tuple(t for t in b if t.dyadic)) for a, b in pairs]
    lines = [f"  agreement of the two independent codings ({len(pairs)} sentences, coder A as gold):"]
    for (a, c), sc in figures(dyadic, LEVELS).items():
        lines.append(f"    {c.value:<4} x {a.value:<12} {sc.line()}")
    return lines


def seed_matches(gold: SeedGold, coded: Sequence[Triple], actors: ActorLevel, codes: CodeLevel) -> list[int | None]:
    """For each gold event, the coded triple matched to it (its code or an alternative a careful coder
    could choose), as a maximum matching: one coded event answers one gold event."""
    edges = [[j for j, c in enumerate(coded)
              if key(c, actors, codes) in {key(Triple(g.source, g.target, code), actors, codes) for code in (g.code, *alts)}]
             for g, alts in zip(gold.triples, gold.alternatives, strict=True)]
    owner: dict[int, int] = {}  # coded index -> gold index

    def augment(k: int, seen: set[int]) -> bool:
        for j in edges[k]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = k
                    return True
        return False

    for k in sorted(range(len(edges)), key=lambda k: not gold.core[k]):  # the brief's events first
        augment(k, set())
    found: list[int | None] = [None] * len(gold.triples)
    for j, k in owner.items():
        found[k] = j
    return found


def seed_report(gold: SeedGold, events: Sequence[Event]) -> list[str]:
    """The seed article, article-wide: the same (source, target, code) said twice is one event."""
    coded = list(dict.fromkeys(as_triple(e) for e in events if e.factual and e.dyadic))
    lines = [f"== seed article: {len(gold.triples)} gold events ({sum(gold.core)} named in the brief), "
             f"{len(coded)} coded dyadic events"]
    for a, c in LEVELS:
        found = seed_matches(gold, coded, a, c)
        matched = sum(f is not None for f in found)
        core = sum(f is not None for f, k in zip(found, gold.core, strict=True) if k)
        extras = len(coded) - matched
        sc = Scored(matched, len(gold.triples), len(coded))
        lines.append(f"  {c.value:<4} x {a.value:<12} {sc.line()}; brief's events {core}/{sum(gold.core)}; "
                     f"extras {extras} ({extras / max(len(coded), 1):.0%})")
    found = seed_matches(gold, coded, ActorLevel.COUNTRY, CodeLevel.ROOT)
    for f, t, k, note in zip(found, gold.triples, gold.core, gold.notes, strict=True):
        if f is None:
            lines.append(f"  MISS {'*' if k else ' '} {_fmt(t):<28} {note}")
    hit = {f for f in found if f is not None}
    for j, t in enumerate(coded):
        if j not in hit:
            tag = "self-dyad" if is_self_dyad(t) else "extra"
            lines.append(f"  EXTRA {tag:<9} {_fmt(t)}")
    monadic = [e for e in events if e.factual and not e.dyadic]
    lines.append(f"  without a target (counted apart): {len(monadic)}")
    return lines


__all__ = ["agreement_report", "country_of", "seed_report", "set_report"]
