"""How far an act's phrase reaches: the words below an act, nearest first, that may name its target
or its place, outside the source's side, clauses of their own and phrases of time or circumstance."""

from __future__ import annotations

from collections import deque

from dyads.records.parse import ParsedDoc

_SOURCE_SIDE = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "expl"})
_OWN_CLAUSES = frozenset({"advcl", "relcl", "parataxis", "appos", "acl"})
_MAX_DEPTH = 5
PLACING = frozenset({"in", "inside", "within", "throughout", "across", "around", "near", "at", "through"})
# phrases of time and circumstance are not the act's target: "since the collapse of [the Soviet Union]"
CIRCUMSTANCE = frozenset({"since", "after", "before", "during", "until", "amid", "despite", "following", "like",
                          "unlike", "as", "than", "because", "while", "according", "accord", "follow"})  # "according to [X]": who told it


def walk(doc: ParsedDoc, scope: int, avoid: frozenset[int], *, skip_preps: frozenset[str] = frozenset()) -> list[int]:
    """Tokens below ``scope``, breadth first (nearest first), skipping the source side, clauses of their
    own and phrases headed by ``skip_preps``."""
    order: list[int] = []
    queue = deque((c.i, 1) for c in doc.children(scope) if c.dep not in _SOURCE_SIDE)
    while queue:
        j, depth = queue.popleft()
        if j in avoid:
            continue
        tok = doc.tokens[j]
        if tok.dep in _OWN_CLAUSES and any(c.dep in ("nsubj", "nsubjpass", "mark") for c in doc.children(j)):
            continue
        if tok.dep == "advcl":  # "..., ploughing through the UN lines": another act, told alongside
            continue
        if tok.dep == "conj" and tok.pos in ("VERB", "AUX"):  # "rejected the charge and [said ...]": another act
            continue
        if tok.dep == "prep" and (tok.lemma.lower() in CIRCUMSTANCE or tok.lemma.lower() in skip_preps):
            continue
        order.append(j)
        if depth < _MAX_DEPTH:
            queue.extend((c.i, depth + 1) for c in doc.children(j))
    return order
