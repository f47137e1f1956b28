"""Parser misreadings mended before anything reads the parse.

Each mend is narrow: a shape of tree the small English model builds for a construction it often
misreads, rebuilt as the construction's own tree. Later stages then read one tree, not a tree plus
a list of its known mistakes.
"""

from __future__ import annotations

from dataclasses import replace

from dyads.records.parse import Token

_PARTICIPLE_TAGS = frozenset({"VBD", "VBN"})
_TITLE_DEPS = frozenset({"compound", "amod"})


def mend_tokens(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """``tokens`` with every known misreading mended (the same tuple when there is none)."""
    out = list(tokens)
    changed = False
    for t in tokens:
        changed |= _participle_before_a_titled_name(out, t.i)
    return tuple(out) if changed else tokens


def _participle_before_a_titled_name(toks: list[Token], i: int) -> bool:
    """"supports [ousted] prime minister Thaksin", "met with [jailed] opposition leader Suu Kyi": a
    past participle describing a titled name right after a verb or a preposition is read as a verb
    of its own taking the name as object, and the verb before it loses its object. Mended: the name
    is the object of the word before, the participle its modifier. A name with no title ("killed
    Thaksin") or a common noun ("he saw killed civilians") is left as parsed."""
    tok = toks[i]
    if tok.tag not in _PARTICIPLE_TAGS or i == 0 or not tok.text.islower():
        return False
    before = toks[i - 1]
    if before.sent != tok.sent or not before.space_after:
        return False
    if before.pos == "VERB":
        dep = "dobj"
    elif before.pos == "ADP":
        dep = "pobj"
    else:
        return False
    kids = [t for t in toks if t.head == i and t.i != i]
    if any(t.head == before.i and t.dep in ("dobj", "pobj") for t in toks if t.i != before.i):
        return False  # the word before has its object already
    obj = next((t for t in kids if t.dep == "dobj" and t.pos == "PROPN"), None)
    if obj is None or any(t.dep in ("aux", "auxpass", "neg") for t in kids):
        return False
    # between the participle and the name only a title: lower-case nouns and adjectives modifying it
    title = toks[i + 1:obj.i]
    if not title or not any(t.pos == "NOUN" for t in title):
        return False
    if any(t.dep not in _TITLE_DEPS or t.pos not in ("NOUN", "ADJ", "PROPN") for t in title):
        return False
    if toks[i + 1].pos == "PROPN":
        return False  # "supports [ousted] Thaksin's ...": no title first
    toks[obj.i] = replace(obj, dep=dep, head=before.i)
    toks[i] = replace(tok, dep="amod", head=obj.i, pos="ADJ", tag="VBN")
    for k in kids:
        if k.i != obj.i:  # what else the parser hung on the participle goes back to the participle's own head
            toks[k.i] = replace(toks[k.i], head=tok.head if tok.head != i else obj.i)
    return True
