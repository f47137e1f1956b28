"""Questions: a verb of asking that asks ("asked Rumsfeld whether ...", "asked him about the war", "asked how
...") appeals for nothing, and an act a question names is asked about, not said to happen; asking whether the
one asked would act is a request."""

from __future__ import annotations

from dyads.records.parse import ParsedDoc

_QUESTION_MARKS = frozenset({"whether", "if"})
_OPEN_QUESTION = "whether"
_WH_TAGS = frozenset({"WRB", "WP", "WDT"})


def asks_a_question(doc: ParsedDoc, i: int) -> bool:
    """A verb of asking that asks a question ("asked Rumsfeld [whether] Brazil is ready", "asked him
    [about] the war", "asked [why] ...") appeals for nothing; an act the question names is asked about,
    not said (``_questioned``), an act it is about is coded on its own."""
    if doc.tokens[i].lemma != "ask":
        return False
    return any((c.dep == "prep" and c.lemma == "about") or _question_clause(doc, c.i) for c in doc.children(i))


_REQUEST_MODALS = frozenset({"would", "could", "will", "can"})


def _question_clause(doc: ParsedDoc, i: int) -> bool:
    """A clause below a verb of asking that asks: "how/why/what ...", "whether/if ..."; but one that asks
    whether the one asked would act ("asked Russia if [it] would sell missiles") is a request.  A
    whether-clause below anything else asks too ("it is unclear whether ...", "in response to whether ...")."""
    tok = doc.tokens[i]
    kids = doc.children(i)
    if tok.head != i and any(g.dep == "mark" and g.lemma.lower() == _OPEN_QUESTION for g in kids) and (
            doc.tokens[tok.head].lemma != "ask"):
        return True  # whatever governs it, "whether" asks: "it is unclear [whether] they will collaborate"
    if tok.dep not in ("ccomp", "advcl") or tok.head == i or doc.tokens[tok.head].lemma != "ask":
        return False
    if any(g.tag in _WH_TAGS and g.i < i for g in kids):
        return True
    if not any(g.dep == "mark" and g.lemma.lower() in _QUESTION_MARKS for g in kids):
        return False
    request = any(g.dep == "aux" and g.text.lower() in _REQUEST_MODALS for g in kids) and any(
        g.dep == "nsubj" and g.pos == "PRON" for g in kids)
    return not request


def questioned(doc: ParsedDoc, i: int) -> bool:
    """Whether ``i`` stands in a question clause (climbing a few clause links)."""
    j = i
    for _ in range(4):
        if _question_clause(doc, j):
            return True
        tok = doc.tokens[j]
        if tok.head == j or tok.dep not in ("xcomp", "conj", "dobj", "pobj", "prep", "acomp", "ccomp", "advcl"):
            return False
        j = tok.head
    return False
