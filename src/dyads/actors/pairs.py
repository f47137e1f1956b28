"""Plural pairs ("the two countries", "both sides", "both leaders", "the two men") → two actors.

No single CAMEO code names two actors, so a pair yields TWO drafts with the same span and head, the
more salient first. Which two depends on the noun:

- countries, nations, states, governments, capitals, neighbours → the two most salient countries
  (most mentions, then earliest), with the noun's role ("both governments" → ``XXXGOV``);
- leaders, men, women, presidents, ministers... → the two most salient PEOPLE, by person;
- sides, parties → the two most salient parties to a conflict: a country together with its state
  organs and people is one party, its rebels/insurgents/opposition another ("both sides" in a civil
  war are the government and the rebels).

Salience counts mentions before the pair, in the article; for people, those named earlier in the
pair's own sentence come first. Actors that cannot be one of the pair are
left out: IGOs, the media, earlier pairs, and the speaker or actor of the clause that mentions the
pair ("Ban urged both leaders", "Hailemariam, who told reporters that both sides...").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from dyads.actors.compose import Draft
from dyads.records.parse import ParsedDoc

_NON_STATE = frozenset({"REB", "INS", "OPP", "SEP"})
_NEVER = frozenset({"IGO", "MED"})


class PairKind(StrEnum):
    COUNTRIES = "countries"
    PEOPLE = "people"
    SIDES = "sides"


_NOUNS = {
    "country": PairKind.COUNTRIES, "nation": PairKind.COUNTRIES, "state": PairKind.COUNTRIES,
    "government": PairKind.COUNTRIES, "capital": PairKind.COUNTRIES, "neighbour": PairKind.COUNTRIES,
    "neighbor": PairKind.COUNTRIES,
    "leader": PairKind.PEOPLE, "man": PairKind.PEOPLE, "woman": PairKind.PEOPLE, "president": PairKind.PEOPLE,
    "minister": PairKind.PEOPLE, "premier": PairKind.PEOPLE, "head": PairKind.PEOPLE,
    "side": PairKind.SIDES, "party": PairKind.SIDES,
}
_IRREGULAR = {"men": "man", "women": "woman"}


@dataclass(frozen=True, slots=True)
class _Candidate:
    key: str
    code: str
    country: str | None
    role: str | None
    name: str | None
    kb_id: str | None
    first: int


def resolve_pairs(doc: ParsedDoc, drafts: list[Draft]) -> list[Draft]:
    """Expand every pair phrase into two drafts (see module doc); pairs with fewer than two candidates stay."""
    out: list[Draft] = []
    by_head = {d.head: d for d in drafts}
    done: set[int] = set()
    for tok in doc.tokens:
        lemma = _IRREGULAR.get(tok.text.lower(), tok.lemma.lower())
        kind = _NOUNS.get(lemma)
        if kind is None or not _is_pair(doc, tok.i):
            continue
        excluded = _clause_actors(doc, tok.i, drafts)
        pool = [d for d in drafts if d.first < tok.i and d.code and d.via != "pair" and d.role not in _NEVER
                and id(d) not in excluded]
        top = _top_two(pool, kind, sentence={id(d) for d in pool if doc.tokens[d.head].sent == tok.sent})
        if len(top) < 2:
            continue
        window = doc.tokens[max(tok.i - 3, 0) : tok.i]
        first = min([t.i for t in window if t.head == tok.i and t.lemma in {"the", "two", "both"}] + [tok.i])
        base = by_head.get(tok.i)
        role = base.role if base is not None else None
        for c in top:
            if kind is PairKind.COUNTRIES:
                out.append(Draft(first, tok.i + 1, tok.i, f"{c.country}{role or ''}", c.country, role, None, None, "pair"))
            else:
                out.append(Draft(first, tok.i + 1, tok.i, c.code, c.country, c.role, c.name, c.kb_id, "pair",
                                 person=kind is PairKind.PEOPLE))
        done.add(tok.i)
    kept = [d for d in drafts if d.head not in done]
    return sorted(kept + out, key=lambda d: d.first)


def _top_two(pool: list[Draft], kind: PairKind, *, sentence: set[int]) -> list[_Candidate]:
    counts: Counter[str] = Counter()
    here: set[str] = set()
    best: dict[str, _Candidate] = {}
    codes: dict[str, Counter[str]] = {}
    for d in pool:
        c = _candidate(d, kind)
        if c is None:
            continue
        counts[c.key] += 1
        if id(d) in sentence:
            here.add(c.key)
        best.setdefault(c.key, c)
        codes.setdefault(c.key, Counter())[c.code] += 1
    if kind is PairKind.PEOPLE:  # "Abe declined talks with Moon, and the two leaders...": people of the sentence first
        keys = sorted(counts, key=lambda k: (k not in here, -counts[k], best[k].first))[:2]
    else:
        keys = sorted(counts, key=lambda k: (-counts[k], best[k].first))[:2]
    out = []
    for k in keys:
        c = best[k]
        if kind is PairKind.SIDES:  # the party's commonest code: "SSDGOV" for Kiir, his government and "South Sudan"
            code = max(codes[k], key=lambda x: (codes[k][x], x.endswith("GOV")))
            c = _Candidate(c.key, code, c.country, code[3:6] or None, None, None, c.first)
        out.append(c)
    return out


def _candidate(d: Draft, kind: PairKind) -> _Candidate | None:
    assert d.code is not None
    if kind is PairKind.COUNTRIES:
        return _Candidate(d.country, d.code, d.country, d.role, None, None, d.first) if d.country else None
    if kind is PairKind.PEOPLE:
        if not d.person:
            return None
        return _Candidate(d.kb_id or d.name or d.code, d.code, d.country, d.role, d.name, d.kb_id, d.first)
    if not d.country:
        return None
    key = d.country + (d.role if d.role in _NON_STATE else "")
    return _Candidate(key, d.code, d.country, d.role, None, None, d.first)


def _clause_actors(doc: ParsedDoc, i: int, drafts: list[Draft]) -> set[int]:
    """Drafts that are the subject of a verb above the pair (the speaker or the actor), by id."""
    heads: set[int] = set()
    j, steps = i, 0
    while steps < 8:
        tok = doc.tokens[j]
        for c in doc.children(j):
            if c.dep in ("nsubj", "nsubjpass") and c.i != i:
                heads.add(c.i)
                if c.lemma.lower() in {"who", "which", "that"} and tok.dep == "relcl":
                    heads.add(tok.head)
        if tok.head == j or tok.dep in ("conj", "relcl"):  # a coordinated or relative clause ends the climb
            break
        j, steps = tok.head, steps + 1
    return {id(d) for d in drafts if d.head in heads or any(d.first <= h < d.last for h in heads)}


def _is_pair(doc: ParsedDoc, head: int) -> bool:
    tok = doc.tokens[head]
    if tok.tag not in {"NNS", "NNPS"}:
        return False
    kids = [t for t in doc.tokens[max(head - 3, 0) : head] if t.head == head]
    return any(k.lemma in {"two", "both"} for k in kids)


_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})


def resolve_plural_pronouns(doc: ParsedDoc, drafts: list[Draft]) -> list[Draft]:
    """ "they"/"them"/"their" after a pair: the same two actors, when the pronoun's sentence or the one
    before holds a pair ("the two governments said... They also signed") or two coordinated actors as
    subject ("India and Russia said... They also signed"); the latest such group wins. Otherwise the
    pronoun is left alone: a plural "they" is too often people, officials or a crowd."""
    added: list[Draft] = []
    for tok in doc.tokens:
        if tok.pos != "PRON" or tok.text.lower() not in _PLURAL_PRONOUNS:
            continue
        group = _latest_group(doc, drafts, tok.i)
        if tok.dep == "poss" and _distributive(doc, group, tok.i):
            continue  # "New Zealand and Australia warned [their] nationals": each its own, not the pair
        for d in group:
            added.append(Draft(tok.i, tok.i + 1, tok.i, d.code, d.country, d.role, d.name, d.kb_id, "pair",
                               person=d.person))
    return sorted(drafts + added, key=lambda d: d.first) if added else drafts


def _distributive(doc: ParsedDoc, group: list[Draft], i: int) -> bool:
    """A possessive "their" whose pair is the subject of its own clause owns a thing of each of the two."""
    if not group or any(doc.tokens[d.head].sent != doc.tokens[i].sent for d in group):
        return False
    j = doc.tokens[i].head
    while doc.tokens[j].pos not in ("VERB", "AUX") and doc.tokens[j].head != j:
        j = doc.tokens[j].head
    while doc.tokens[j].dep == "conj" and not any(c.dep.startswith("nsubj") for c in doc.children(j)):
        j = doc.tokens[j].head  # "condemned ... and [warned] their nationals": the first verb's subject
    subjects = {c.i for c in doc.children(j) if c.dep.startswith("nsubj")}
    subjects |= {c.i for s in subjects for c in doc.children(s) if c.dep == "conj"}
    return bool(subjects & {d.head for d in group})


def _latest_group(doc: ParsedDoc, drafts: list[Draft], i: int) -> list[Draft]:
    sent = doc.tokens[i].sent
    before = [d for d in drafts if d.last <= i and d.code and sent - 1 <= doc.tokens[d.head].sent <= sent]
    groups: list[list[Draft]] = []
    pairs: dict[tuple[int, int], list[Draft]] = {}
    for d in before:
        if d.via == "pair":
            pairs.setdefault((d.first, d.last), []).append(d)
    groups.extend(g for g in pairs.values() if len(g) == 2)
    heads = {d.head: d for d in before if d.via != "pair"}
    for d in before:
        tok = doc.tokens[d.head]
        if d.via == "pair" or not tok.dep.startswith("nsubj"):
            continue
        partners = [heads[c.i] for c in doc.children(d.head) if c.dep == "conj" and c.i in heads]
        if len(partners) == 1 and partners[0].code != d.code:
            groups.append([d, partners[0]])
    if not groups:
        return []
    return max(groups, key=lambda g: min(x.first for x in g))


_COUNTRY_NOUNS = frozenset({"country", "kingdom", "nation", "republic", "state", "emirate", "sultanate"})


def resolve_definite_countries(doc: ParsedDoc, drafts: list[Draft]) -> list[Draft]:
    """ "the kingdom", "the country" (singular, definite, unqualified) → the most salient country named
    before it, leaving out the country of the nearest verb's subject ("China supported the kingdom's
    plan": not China). Nothing when two countries tie, or when a modifier or "of" phrase says which."""
    added: list[Draft] = []
    taken = {i for d in drafts for i in range(d.first, d.last)}
    for tok in doc.tokens:
        if tok.lemma.lower() not in _COUNTRY_NOUNS or tok.tag != "NN" or tok.i in taken:
            continue
        kids = doc.children(tok.i)
        owner = _pronoun_owner(doc, drafts, tok.i)
        if owner is not None:  # "[his country]" said by Kenya's minister is Kenya
            drafts = [d for d in drafts if d is not owner]
            added.append(Draft(owner.first, tok.i + 1, tok.i, owner.country, owner.country, None, None, None, "coref"))
            continue
        if not any(c.dep == "det" and c.text.lower() == "the" for c in kids):
            continue
        if any(c.dep in ("amod", "compound", "prep", "nmod", "poss") for c in kids):
            continue
        own = {d.country for d in drafts if d.country and d.head in _nearest_subjects(doc, tok.i)}
        counts: Counter[str] = Counter()
        firsts: dict[str, int] = {}
        for d in drafts:
            if d.first < tok.i and d.country and d.role != "IGO" and d.via != "pair" and d.country not in own:
                counts[d.country] += 1
                firsts.setdefault(d.country, d.first)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            continue
        country = ranked[0][0]
        first = min(c.i for c in kids if c.dep == "det")
        added.append(Draft(first, tok.i + 1, tok.i, country, country, None, None, None, "coref"))
    return sorted(drafts + added, key=lambda d: d.first) if added else drafts


def _pronoun_owner(doc: ParsedDoc, drafts: list[Draft], i: int) -> Draft | None:
    """The resolved possessive pronoun of a country noun ("his country", "their nation"), if it has a
    country and nothing else qualifies the noun."""
    kids = doc.children(i)
    if any(c.dep in ("amod", "compound", "prep", "nmod") for c in kids):
        return None
    for c in kids:
        if c.dep == "poss" and c.tag == "PRP$":
            for d in drafts:
                if d.first == c.i and d.last == c.i + 1 and d.country:
                    return d
    return None


def _nearest_subjects(doc: ParsedDoc, i: int) -> set[int]:
    """The subject(s) of the nearest verb above ``i``, with their conjuncts."""
    j = i
    for _ in range(6):
        tok = doc.tokens[j]
        if tok.head == j:
            break
        j = tok.head
        if doc.tokens[j].pos in ("VERB", "AUX"):
            subs = [c.i for c in doc.children(j) if c.dep in ("nsubj", "nsubjpass")]
            return set(subs) | {c.i for s in subs for c in doc.children(s) if c.dep == "conj"}
    return set()
