"""Scoring coded events as the field does: precision, recall and F1 over (source, target, code)
triples per sentence, at root or full-code level, comparing countries or countries plus roles.

A triple is compared through a *key*: the actor codes cut to their country (``RUSGOV`` -> ``RUS``,
``IGOUNOIAEA`` -> ``IGO``) or kept whole, and the
CAMEO code cut to its root or kept whole.  Per sentence, gold and coded triples are multisets;
what they share is matched, the rest are misses and extras.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from dyads.records.actor import self_dyad

UNKNOWN = "---"
NO_ACTOR = "-"
_ORGS = ("IGO", "NGO", "MNC")


class CodeLevel(StrEnum):
    ROOT = "root"
    CODE = "code"


class ActorLevel(StrEnum):
    COUNTRY = "country"
    ROLE = "country+role"


@dataclass(frozen=True, slots=True)
class Triple:
    """(source, target, code); an actor with no code is ``None``."""

    source: str | None
    target: str | None
    code: str

    @property
    def dyadic(self) -> bool:
        return self.target is not None and self.source is not None


def country_of(actor: str | None) -> str:
    """The country part of an actor code, its first three letters (``IGO`` for every international
    organisation, ``---`` for a group whose country is unknown)."""
    return actor[:3] if actor else NO_ACTOR


def actor_key(actor: str | None, level: ActorLevel) -> str:
    if not actor:
        return NO_ACTOR
    return country_of(actor) if level is ActorLevel.COUNTRY else actor


def key(t: Triple, actors: ActorLevel, codes: CodeLevel) -> tuple[str, str, str]:
    return (actor_key(t.source, actors), actor_key(t.target, actors),
            t.code[:2] if codes is CodeLevel.ROOT else t.code)


@dataclass(frozen=True, slots=True)
class Scored:
    """Counts over a whole set: matched, gold, coded; with precision, recall and F1."""

    matched: int
    gold: int
    coded: int

    @property
    def precision(self) -> float:
        return self.matched / self.coded if self.coded else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Scored) -> Scored:
        return Scored(self.matched + other.matched, self.gold + other.gold, self.coded + other.coded)

    def line(self) -> str:
        return (f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
                f"({self.matched} matched, {self.gold} gold, {self.coded} coded)")


def score_sentence(gold: Sequence[Triple], coded: Sequence[Triple], *, actors: ActorLevel,
                   codes: CodeLevel) -> Scored:
    g = Counter(key(t, actors, codes) for t in gold)
    c = Counter(key(t, actors, codes) for t in coded)
    return Scored(sum((g & c).values()), sum(g.values()), sum(c.values()))


def score_set(pairs: Iterable[tuple[Sequence[Triple], Sequence[Triple]]], *, actors: ActorLevel,
              codes: CodeLevel) -> Scored:
    total = Scored(0, 0, 0)
    for gold, coded in pairs:
        total = total + score_sentence(gold, coded, actors=actors, codes=codes)
    return total


class ErrorKind(StrEnum):
    """Why a gold triple was missed, or why a coded one is extra (compared at country and root level)."""

    NO_EVENT = "no event"  # nothing coded that shares the gold's root
    WRONG_ROOT = "wrong root"  # the right dyad with another root
    NO_TARGET = "no target"  # the right source and root, but no target
    WRONG_TARGET = "wrong target"
    SOURCE_WITHOUT_COUNTRY = "source without country"
    WRONG_SOURCE = "wrong source"
    WRONG_ACTORS = "wrong source and target"
    EXTRA = "extra event"
    SELF_DYAD = "self-dyad"


def is_self_dyad(t: Triple) -> bool:
    """Both sides the same actor (see :func:`dyads.records.actor.self_dyad`)."""
    return self_dyad(t.source, t.target)


def _near_miss(g: tuple[str, str, str], c: tuple[str, str, str], coded: Triple) -> ErrorKind | None:
    gs, gt, gr = g
    cs, ct, cr = c
    if (gs, gt) == (cs, ct) and gr != cr:
        return ErrorKind.WRONG_ROOT
    if gr != cr:
        return None
    if gs == cs:
        return ErrorKind.NO_TARGET if ct == NO_ACTOR else ErrorKind.WRONG_TARGET
    if gt == ct:
        no_country = coded.source is None or cs in (NO_ACTOR, UNKNOWN) or cs.startswith("-")
        return ErrorKind.SOURCE_WITHOUT_COUNTRY if no_country else ErrorKind.WRONG_SOURCE
    return ErrorKind.WRONG_ACTORS


_PREFERENCE = (ErrorKind.NO_TARGET, ErrorKind.WRONG_TARGET, ErrorKind.SOURCE_WITHOUT_COUNTRY,
               ErrorKind.WRONG_SOURCE, ErrorKind.WRONG_ROOT, ErrorKind.WRONG_ACTORS)


def _unmatched(triples: Sequence[Triple], matched: Counter[tuple[str, str, str]],
               level: tuple[ActorLevel, CodeLevel]) -> list[Triple]:
    """The triples left once ``matched`` (a multiset of keys) has taken its share, in order."""
    left, out = Counter(matched), []
    for t in triples:
        k = key(t, *level)
        if left[k]:
            left[k] -= 1
        else:
            out.append(t)
    return out


def classify(gold: Sequence[Triple], coded: Sequence[Triple]) -> tuple[list[tuple[ErrorKind, Triple]],
                                                                        list[tuple[ErrorKind, Triple]]]:
    """The misses (gold triples not coded) and extras (coded triples not in the gold) of one sentence,
    each with its kind.  A coded triple that explains a miss (the right source and root, the wrong
    target...) is counted once, as that miss."""
    level = (ActorLevel.COUNTRY, CodeLevel.ROOT)
    matched = Counter(key(t, *level) for t in gold) & Counter(key(t, *level) for t in coded)
    todo_gold, todo_coded = _unmatched(gold, matched, level), _unmatched(coded, matched, level)
    misses: list[tuple[ErrorKind, Triple]] = []
    used: set[int] = set()
    for g in todo_gold:
        gk = key(g, *level)
        best: tuple[int, int] | None = None  # (preference rank, coded index)
        for j, c in enumerate(todo_coded):
            if j in used:
                continue
            kind = _near_miss(gk, key(c, *level), c)
            if kind is not None and (best is None or _PREFERENCE.index(kind) < best[0]):
                best = (_PREFERENCE.index(kind), j)
        if best is None:
            misses.append((ErrorKind.NO_EVENT, g))
        else:
            used.add(best[1])
            misses.append((_PREFERENCE[best[0]], g))
    extras = [(ErrorKind.SELF_DYAD if is_self_dyad(c) else ErrorKind.EXTRA, c)
              for j, c in enumerate(todo_coded) if j not in used]
    return misses, extras
