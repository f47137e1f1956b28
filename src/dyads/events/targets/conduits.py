"""Cross-border infrastructure with no stated agent: "a pipeline from East Siberia to the
Chinese city of Daqing that will deliver oil to China".

When the subject of an act is a thing - a conduit (pipeline, railway, cable, grid, corridor...),
or the relative clause of a phrase about one - nobody performs the act, but the conduit's
``from`` end says whose supply it is: the source is the country of that place (``via="place"``),
with a lower confidence.  A thing has no intent, so a modal does not recode the act ("will
deliver" stays 061, modality ``future``).
"""

from __future__ import annotations

from dyads.events.context import Context
from dyads.events.sides.arguments import UnresolvedActors, actors_at, subject_tokens
from dyads.records.parse import ParsedDoc

_WINDOW = 15  # tokens between the conduit noun and the antecedent of the relative clause


def conduit_origin(ctx: Context, i: int) -> int | None:
    """The ``from`` place of the conduit a thing-subject act at ``i`` is about, or ``None``."""
    doc, conduits = ctx.doc, ctx.patterns.words("conduits")
    subjects = subject_tokens(doc, i)
    if len(subjects) != 1:
        return None
    subj = subjects[0]
    if ctx.index.at(subj) or (doc.tokens[subj].lemma not in conduits
                              and actors_at(doc, subj, ctx.index, unresolved=UnresolvedActors.DROP)):
        return None  # an actor acts: no need to guess
    conduit = _conduit_for(doc, subj, conduits, relative=doc.tokens[i].dep == "relcl")
    if conduit is None:
        return None
    for tok in doc.tokens[conduit + 1 : i]:
        if tok.lemma == "from" and tok.dep == "prep" and _below(doc, tok.i, conduit):
            objs = [c.i for c in doc.children(tok.i) if c.dep == "pobj"]
            if objs and ctx.places is not None and ctx.places.find(doc, _span(doc, objs[0])):
                return objs[0]
    return None


def _conduit_for(doc: ParsedDoc, subj: int, conduits: frozenset[str], *, relative: bool) -> int | None:
    """The subject itself when it is a conduit; for a relative clause, also a conduit just before
    its antecedent ("a pipeline from A to the city of B that ...": the clause hangs on B's end)."""
    tok = doc.tokens[subj]
    if tok.lemma in conduits and tok.pos == "NOUN":
        return subj
    if not relative:
        return None
    for j in range(subj - 1, max(subj - _WINDOW, -1), -1):
        cand = doc.tokens[j]
        if cand.sent != tok.sent:
            break
        if cand.lemma in conduits and cand.pos == "NOUN":
            return j
    return None


def _below(doc: ParsedDoc, i: int, head: int) -> bool:
    """Whether token ``i`` hangs (within a few steps) from ``head``."""
    for _ in range(4):
        if i == head:
            return True
        nxt = doc.tokens[i].head
        if nxt == i:
            return False
        i = nxt
    return i == head


def _span(doc: ParsedDoc, i: int) -> list[int]:
    out = [i]
    for c in doc.children(i):
        if c.dep in ("compound", "amod", "nmod", "flat"):
            out.append(c.i)
    return sorted(out)
