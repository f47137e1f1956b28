"""Papers that speak for their authors: "issued a statement [calling on] Turkey to ...", "[a statement by
X] praised ...". The word list is ``documents`` in the lexicon."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyads.events.sides.owners import agent_of_noun

if TYPE_CHECKING:
    from dyads.events.context import Context


def paper_author(ctx: Context, j: int) -> list[int]:
    """A paper as subject speaks for its author: "[a statement by Cuba's Interior Ministry] praised
    ...", "[Xinhua's commentary] accused ..."; any other subject stands for itself."""
    doc = ctx.doc
    tok = doc.tokens[j]
    if tok.lemma.lower() not in ctx.patterns.words("documents") or ctx.index.at(j):
        return [j]
    own = agent_of_noun(doc, j)
    if not own:
        own = [g.i for c in doc.children(j) if c.dep == "prep" and c.lemma == "from"
               for g in doc.children(c.i) if g.dep == "pobj"]
    if not own:  # "the Cuban statement": an actor-naming modifier
        own = [c.i for c in doc.children(j) if c.dep in ("amod", "compound") and ctx.index.at(c.i)]
    return own or [j]


def carrying_document(ctx: Context, i: int) -> int | None:
    """The paper whose content verb ``i`` is ("issued a statement [calling on] ...", "passed a resolution
    [condemning] ..."), when an actor issued it: the act is the issuer's."""
    doc = ctx.doc
    tok = doc.tokens[i]
    if tok.dep != "acl" or tok.tag != "VBG":
        return None
    paper = doc.tokens[tok.head]
    if paper.lemma.lower() not in ctx.patterns.words("documents") or paper.dep not in ("dobj", "nsubjpass"):
        return None
    if ctx.index.at(paper.i) or doc.tokens[paper.head].pos not in ("VERB", "AUX"):
        return None
    return paper.i
