"""Match compiled patterns against the dependency parse of one sentence."""

from __future__ import annotations

from dataclasses import dataclass

from dyads.events.patterns.syntax import Element, ElementKind, Pattern
from dyads.events.tree import IndexedDoc
from dyads.records.parse import ParsedDoc, Token

# Dependents never matched by a pattern word: subjects, function words, punctuation.
_SKIP_DEPS = frozenset({"nsubj", "csubj", "expl", "punct", "cc", "aux", "auxpass", "det", "mark", "case"})
_OBJECT_DEPS = ("dobj", "obj", "dative", "oprd")
_PREP_DEPS = frozenset({"prep", "agent", "dative"})


@dataclass(frozen=True, slots=True)
class Match:
    """A pattern matched at ``head``: the tokens its words matched and the target slot."""

    pattern: Pattern
    head: int
    tokens: tuple[int, ...]
    slot: int | None
    slot_prep: str | None  # the preposition that introduced the slot, if any
    source: int | None = None  # the source slot, when the pattern has one

    @property
    def score(self) -> int:
        return self.pattern.specificity * 2 + (1 if self.slot is not None else 0)

    @property
    def rank(self) -> tuple[int, int, int]:
        """Score, then the more specific CAMEO code (four digits, then not a "not specified" x0 code)."""
        code = self.pattern.code
        return (self.score, len(code), 0 if code.endswith("0") else 1)


def forms(text: str) -> tuple[str, ...]:
    """Crude base forms of an inflected word, for lemmas the tagger got wrong ("waged" -> "wag")."""
    forms = [text]
    if text.endswith("ied"):
        forms.append(text[:-3] + "y")
    if text.endswith("ed"):
        forms += [text[:-2], text[:-1]]
    if text.endswith("ing"):
        forms += [text[:-3], text[:-3] + "e"]
    if text.endswith("ies"):
        forms.append(text[:-3] + "y")
    if text.endswith("s") and not text.endswith("ss"):
        forms.append(text[:-1])
    return tuple(forms)


def token_matches(token: Token, word: str) -> bool:
    if token.lemma == word:
        return True
    text = token.text.lower()
    return text == word or (text[:1] == word[:1] and word in forms(text))


def is_passive(doc: ParsedDoc, i: int) -> bool:
    return any(c.dep in ("nsubjpass", "auxpass") for c in doc.children(i))


def subtree(doc: ParsedDoc, i: int) -> list[int]:
    """Token indices below ``i`` (inclusive), in text order."""
    if isinstance(doc, IndexedDoc):
        return list(doc.below[i])
    return doc.subtree(i)


def _candidates(doc: ParsedDoc, anchor: int, head: int, used: tuple[int, ...] = ()) -> list[Token]:
    """Dependents of the anchor, then of the head and of the words matched so far (attachment varies:
    "handed the islands back [to] Japan" hangs "to" under "back")."""
    seen: dict[int, Token] = {}
    for owner in dict.fromkeys((anchor, head, *used)):
        for c in doc.children(owner):
            if c.dep not in _SKIP_DEPS:
                seen.setdefault(c.i, c)
            if owner != head and c.dep == "prep" and c.lemma == "of":
                # "signed an agreement of cooperation [with] Cuba": the kind of a matched noun carries its partner
                for g in doc.children(c.i):
                    if g.dep == "pobj":
                        for q in doc.children(g.i):
                            if q.dep == "prep" and q.lemma != "of":
                                seen.setdefault(q.i, q)
    h = doc.tokens[head]
    if h.dep == "relcl" and anchor == head:  # "the agreement that China signed": the antecedent is the object
        seen.setdefault(h.head, doc.tokens[h.head])
    if h.dep == "acl" and h.tag == "VBN" and anchor == head:  # "the sanctions imposed on Iran"
        seen.setdefault(h.head, doc.tokens[h.head])
    return sorted(seen.values(), key=lambda t: t.i)


def _multi(doc: ParsedDoc, start: int, words: tuple[str, ...], last: int) -> bool:
    if start + len(words) > last:
        return False
    return all(token_matches(doc.tokens[start + k], w) for k, w in enumerate(words))


def _stranded_object(doc: ParsedDoc, prep: int) -> int | None:
    """A preposition the parser left without its object, which it made the subject of the next verb
    ("granted asylum [to] five Panamanian officers holed up in ..."): the noun phrase right after it."""
    if doc.children(prep):
        return None
    j = prep + 1
    while j < len(doc.tokens) and doc.tokens[j].sent == doc.tokens[prep].sent and doc.tokens[j].dep in (
            "det", "nummod", "amod", "compound", "poss", "case", "quantmod", "advmod"):
        j += 1
    if j >= len(doc.tokens) or doc.tokens[j].sent != doc.tokens[prep].sent:
        return None
    tok = doc.tokens[j]
    if tok.pos in ("NOUN", "PROPN") and tok.dep in ("nsubj", "nsubjpass") and tok.head > j:
        return j
    return None

def passive_conjunct_subject(doc: ParsedDoc, i: int) -> int | None:
    """The one who undergoes a passive verb with no subject of its own, coordinated with an active verb:
    that verb's subject ("19 Afghans working for the project [were killed]", the parser hanging the
    passive on the participle)."""
    tok = doc.tokens[i]
    if tok.dep != "conj" or tok.head == i or not is_passive(doc, i) or is_passive(doc, tok.head):
        return None
    if any(c.dep in ("nsubj", "nsubjpass") for c in doc.children(i)):
        return None
    return next((c.i for c in doc.children(tok.head) if c.dep == "nsubj"), None)



def _slot(doc: ParsedDoc, anchor: int, head: int) -> int | None:
    a = doc.tokens[anchor]
    kids = doc.children(anchor)
    if a.dep in _PREP_DEPS or a.pos == "ADP":
        for dep in ("pobj", "pcomp", "dobj"):
            for c in kids:
                if c.dep == dep:
                    return c.i
        return _stranded_object(doc, anchor)
    if anchor == head:
        if is_passive(doc, head):
            for c in kids:
                if c.dep == "nsubjpass":
                    return c.i
            undergoer = passive_conjunct_subject(doc, head)
            if undergoer is not None:
                return undergoer
        for dep in _OBJECT_DEPS:
            for c in kids:
                if c.dep == dep and c.pos != "ADP":
                    return c.i
        if a.dep == "acl" and a.tag == "VBN":
            return a.head
        if a.pos in ("NOUN", "PROPN"):  # "al-Libbi's arrest": the possessor undergoes it
            for c in kids:
                if c.dep == "poss":
                    return c.i
    return None


_CLAUSES_APART = frozenset({"relcl"})
_NAMES = frozenset({"ORG", "PERSON"})
_RELATIVE_OBJECTS = frozenset({"that", "which", "whom"})


def _gapped_antecedent(doc: ParsedDoc, head: int) -> int | None:
    """The noun a relative clause at ``head`` modifies, when that noun is the clause's missing object
    ("the attack [that] they carried out": no object of its own, or only the relative pronoun)."""
    tok = doc.tokens[head]
    if tok.dep != "relcl" or tok.head == head:
        return None
    objects = [c for c in doc.children(head) if c.dep in ("dobj", "nsubjpass")]
    if any(c.lemma.lower() not in _RELATIVE_OBJECTS for c in objects):
        return None
    if any(c.dep == "nsubj" and c.lemma.lower() in _RELATIVE_OBJECTS | {"who"} for c in doc.children(head)):
        return None  # "the attack [that] killed ...": the noun is the subject
    return tok.head


_OWN_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})


def _own_clause(doc: ParsedDoc, r: int) -> bool:
    """A complement clause with its own subject (a clause of time or cause may still tell the means:
    "killed [after a bomb was hurled]")."""
    return doc.tokens[r].dep in _OWN_CLAUSE_DEPS and any(c.dep in ("nsubj", "nsubjpass", "expl")
                                                            for c in doc.children(r))


def _subject_phrase(doc: ParsedDoc, r: int) -> set[int]:
    return {j for c in doc.children(r) if c.dep in ("nsubj", "nsubjpass") for j in subtree(doc, c.i)}


def _in_a_name(doc: ParsedDoc, j: int) -> bool:
    """A capitalised word of a body's or a person's name is not the word a pattern seeks: "the roads to
    the Tunisia Human [Rights] League were blocked" blocks no rights."""
    tok = doc.tokens[j]
    return tok.ent_type in _NAMES and tok.text[:1].isupper()


def _walk(doc: ParsedDoc, p: Pattern, head: int, k: int, anchor: int, used: tuple[int, ...],
          slot: int | None, slot_prep: str | None, last: int, source: int | None = None) -> Match | None:
    if k == len(p.elements):
        return Match(p, head, used, slot, slot_prep, source)
    el: Element = p.elements[k]
    if el.kind is ElementKind.SLOT:
        a = doc.tokens[anchor]
        found = _slot(doc, anchor, head)
        if found is None and el.required:
            return None
        prep = a.lemma if (a.dep in _PREP_DEPS or a.pos == "ADP") and anchor != head else None
        return _walk(doc, p, head, k + 1, anchor, used, found, prep, last, source)
    if el.kind is ElementKind.SOURCE:
        found = _slot(doc, anchor, head) if anchor != head else None
        if found is None:
            return None
        return _walk(doc, p, head, k + 1, anchor, used, slot, slot_prep, last, found)
    if el.kind is ElementKind.DEP:
        for c in doc.children(anchor):
            if c.dep == el.words[0][0] and c.i not in used:
                got = _walk(doc, p, head, k + 1, c.i, used + (c.i,), slot, slot_prep, last, source)
                if got is not None:
                    return got
        return None
    if el.kind is ElementKind.KEYWORD:
        scope = subtree(doc, anchor)
        if anchor != head:
            inner = set(scope)
            scope += [j for j in subtree(doc, head) if j not in inner]
        if (gap := _gapped_antecedent(doc, head)) is not None and gap not in scope:
            scope = [gap, *scope]  # "the attack that Israeli jets [carried out] on Gaza": the attack was carried out
        # never inside a coordinated clause of the head ("rejected the charge and said [the army would respect
        # the truce]": the truce is not what was rejected)
        blocked = {j for c in doc.children(head) if c.dep == "conj" and c.pos in ("VERB", "AUX")
                   for j in subtree(doc, c.i)}
        # nor inside a relative clause below it ("withdraw the contract, [which allows employers
        # to fire workers]": no worker is withdrawn)
        blocked |= {j for r in scope if r != head and doc.tokens[r].dep in _CLAUSES_APART for j in subtree(doc, r)}
        # nor inside a complement clause with its own subject ("reiterated [that Libya must hand
        # over the bombers as he embarked on a trip to seek support]" reiterates no support)
        # (its subject's phrase stays open: the parser may make the sought noun the subject of a clause that
        # follows it, "shortened [the curfew] imposed after a coup toppled ...")
        blocked |= {j for r in scope if r != head and _own_clause(doc, r)
                    for j in set(subtree(doc, r)) - _subject_phrase(doc, r)}
        for j in scope:
            if j in blocked:
                continue
            if j in used or j == head or _in_a_name(doc, j):
                continue
            for words in el.words:
                if _multi(doc, j, words, last):
                    span = tuple(range(j, j + len(words)))
                    got = _walk(doc, p, head, k + 1, span[-1], used + span, slot, slot_prep, last, source)
                    if got is not None:
                        return got
        return None
    for c in _candidates(doc, anchor, head, used):
        if c.i in used:
            continue
        for words in el.words:
            if len(words) == 1 and token_matches(c, words[0]):
                got = _walk(doc, p, head, k + 1, c.i, used + (c.i,), slot, slot_prep, last, source)
            elif len(words) > 1 and any(
                _multi(doc, s, words, last) and s <= c.i < s + len(words) for s in range(c.i - len(words) + 1, c.i + 1)
            ):
                got = _walk(doc, p, head, k + 1, c.i, used + (c.i,), slot, slot_prep, last, source)
            else:
                continue
            if got is not None:
                return got
    nxt = p.elements[k + 1] if k + 1 < len(p.elements) else None
    if el.words == (("to",),) and nxt is not None and nxt.kind is ElementKind.WORD:
        # the infinitive marker: "agree to supply", "used tear gas to disperse"
        return _walk(doc, p, head, k + 1, anchor, used, slot, slot_prep, last, source)
    if el.words == (("to",),) and anchor != head and any(c.dep == "aux" and c.text.lower() == "to" for c in doc.children(anchor)):
        # the marker of a complement verb matched before it ("tell * @xcomp to": "told the army [to] withdraw",
        # not "told journalists: 'We can say'")
        return _walk(doc, p, head, k + 1, anchor, used, slot, slot_prep, last, source)
    return None


def _head_window(doc: ParsedDoc, words: tuple[str, ...], i: int) -> tuple[int, ...] | None:
    """The tokens of a (multiword) head matched with ``i`` as their syntactic head."""
    tok = doc.tokens[i]
    if len(words) == 1:
        return (i,) if token_matches(tok, words[0]) else None
    sent = doc.sentences[tok.sent]
    for s in range(max(sent.first, i - len(words) + 1), min(i, sent.last - len(words)) + 1):
        window = tuple(range(s, s + len(words)))
        if not _multi(doc, s, words, sent.last):
            continue
        outward = [j for j in window if doc.tokens[j].head not in window or doc.tokens[j].head == j]
        if (outward[-1] if outward else window[-1]) == i:
            return window
    return None


def match_at(doc: ParsedDoc, pattern: Pattern, head: int) -> Match | None:
    """Match ``pattern`` with its head word at token ``head``, or None."""
    tok = doc.tokens[head]
    last = doc.sentences[tok.sent].last
    for words in pattern.heads:
        window = _head_window(doc, words, head)
        if window is None:
            continue
        extra = tuple(j for j in window if j != head)
        got = _walk(doc, pattern, head, 0, head, extra, None, None, last)
        if got is not None:
            return got
    return None


def best_match(doc: ParsedDoc, patterns: tuple[Pattern, ...], head: int) -> Match | None:
    """The most specific of ``patterns`` that matches at ``head`` (first listed wins ties)."""
    best: Match | None = None
    for p in patterns:
        m = match_at(doc, p, head)
        if m is not None and (best is None or m.rank > best.rank):
            best = m
    return best
