"""Clause heads: which verb (or event noun) a date, place or figure belongs to.

An attribute describes the event of its nearest governing clause head: walk up
the dependency tree from the attribute's head word to the first verb, or the
first event noun ("the May 2005 election").  It attaches to an event only when
that clause is the trigger's own clause.  Some links do not start a new event
and are merged into the clause above them:

- ``xcomp`` ("agreed to send troops"), a participle without its own subject or
  marker ("attacked the town, killing 12"), and a verb coordinated without its
  own subject ("killed 190 and wounded 200");
- an event noun that is a core argument of its verb ("held talks on Monday",
  "the attack on Monday killed 12").

A reported clause ("claimed Saturday that insurgents seized"), a clause opened
by "when/after/because", a relative clause of someone else ("Kidd, who has
donated £185,000") and an event noun in a prepositional phrase ("quit before the
May 2005 election") are separate clauses.
"""

from __future__ import annotations

from dyads.records.parse import ParsedDoc, Token

# nouns that are events: an attribute modifying them dates/places that event
EVENT_NOUNS = frozenset(
    "visit trip tour meeting talks talk summit conference session exercise drill manoeuvre maneuver ceremony "
    "attack attacks bombing blast explosion clash fighting battle war raid offensive operation deployment rally "
    "protest march demonstration strike riot election vote referendum parade funeral negotiation incident ambush "
    "shooting killing arrest crash fire flood earthquake signing agreement deal accord treaty speech "
    "address interview hearing trial stay stop mission patrol death birth collapse fall coup invasion "
    "occupation withdrawal release resignation inauguration launch test sentence term evacuation "
    "pullout disengagement expulsion deportation execution assassination massacre siege blockade".split()
)
_CORE = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd", "dative"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_AUXILIARY = frozenset({"aux", "auxpass"})
_DESCRIPTION = frozenset({"relcl", "acl"})
# verbs of a relative clause that only describe a participant ("which included 5,000 troops");
# any other verb is an event of its own ("who was sentenced to 15 days")
_DESCRIBING = frozenset(
    "be have include comprise contain number carry involve total cost worth own hold employ field".split()
)


def is_clause_head(tok: Token) -> bool:
    """A verb (not an auxiliary) or an event noun."""
    if tok.pos == "VERB" or tok.pos == "AUX" and tok.dep not in _AUXILIARY:
        return True
    return tok.pos == "NOUN" and tok.lemma.lower() in EVENT_NOUNS


def clause_head(doc: ParsedDoc, i: int) -> int:
    """The first clause head at or above token ``i`` (the root when there is none)."""
    for _ in range(64):
        tok = doc.tokens[i]
        if is_clause_head(tok) or tok.head == i:
            return i
        i = tok.head
    return i


_SIMULTANEOUS = frozenset({"while", "as", "when"})
_FRAME_PREPS = frozenset({"during", "at", "amid", "amidst", "throughout", "in"})
_MANNER_PREPS = frozenset({"by", "without", "for", "in", "while", "through", "from"})


def _merges_up(doc: ParsedDoc, c: int) -> bool:
    """Whether clause ``c`` only continues the clause above it (same time and place)."""
    tok = doc.tokens[c]
    if tok.head == c:
        return False
    above = doc.tokens[tok.head]
    if tok.pos == "NOUN":
        for _ in range(4):  # "approved the plan and the evacuation on Monday": a conjunct acts as the first
            if tok.dep != "conj" or doc.tokens[tok.head].pos not in ("NOUN", "PROPN"):
                break
            tok = doc.tokens[tok.head]
            above = doc.tokens[tok.head]
        # "held talks on Monday"; "signed the accord during a visit to India"
        if tok.dep in _CORE or tok.dep == "pobj" and above.lemma.lower() in _FRAME_PREPS:
            return True
        # "a series of agreements": the noun above only counts or contains the event
        owner = doc.tokens[above.head]
        return tok.dep == "pobj" and above.lemma.lower() == "of" and not is_clause_head(owner)
    kids = doc.children(c)
    own_subject = any(k.dep in _SUBJECTS for k in kids)
    marks = {k.lemma.lower() for k in kids if k.dep == "mark" or k.dep == "advmod" and k.i < c and k.tag == "WRB"}
    if tok.dep == "xcomp":
        return True
    if tok.dep == "advcl":
        if marks:
            return marks <= _SIMULTANEOUS  # "when their submarine sank", "while hitchhiking"
        # "attended ... to initiate ...", "stormed buildings, burnt down a station"
        return not own_subject
    if tok.dep == "conj":
        # "killed 190 and wounded 200"; with no "and/but" at all it is a run-on sentence
        # ("bans access=== October 18, 2006 The government has banned ...")
        return not own_subject or not any(
            k.dep == "cc" and k.head in (c, tok.head) for k in doc.tokens[min(c, tok.head) : max(c, tok.head)]
        )
    if tok.dep == "pcomp":
        # "criticised them for calling ...", "concluded by saying ..."
        return not own_subject and above.lemma.lower() in _MANNER_PREPS
    if tok.dep == "relcl":
        # "Carmaux, where she proposed ...": the main event's own place and time
        return any(k.dep == "advmod" and k.lemma.lower() == "where" for k in kids)
    if tok.dep == "ccomp":
        # a reported state that holds when it is reported ("announced they were considering")
        # ("shows the troops punching" is a scene, not a state: no auxiliary)
        progressive = tok.tag == "VBG" and any(k.dep == "aux" for k in kids)
        return progressive or tok.tag in ("VBP", "VBZ")
    return False


def antecedents(doc: ParsedDoc, words: set[int]) -> set[int]:
    """Nouns a trigger's relative clause describes, with the nouns they hang off by
    a preposition ("a $25 billion loan for an agreement that China signed")."""
    out: set[int] = set()
    for w in words:
        c = clause_head(doc, w)
        tok = doc.tokens[c]
        if tok.dep not in _DESCRIPTION or tok.head == c:
            continue
        a = tok.head
        for _ in range(4):
            out.add(a)
            up = doc.tokens[a]
            if up.dep != "pobj" or doc.tokens[up.head].pos != "ADP":
                break
            owner = doc.tokens[up.head].head
            if doc.tokens[owner].pos not in ("NOUN", "PROPN"):
                break
            a = owner
    return out


def event_clause(doc: ParsedDoc, i: int) -> int:
    """The clause of token ``i``, with merged links followed up to their event."""
    c = clause_head(doc, i)
    for _ in range(16):
        if not is_clause_head(doc.tokens[c]) or not _merges_up(doc, c):
            return c
        c = clause_head(doc, doc.tokens[c].head)
    return c


def same_clause(doc: ParsedDoc, head: int, words: set[int], *, descriptions: bool) -> bool:
    """Whether the attribute headed by token ``head`` sits in the clause of the trigger
    ``words``.  With ``descriptions``, a relative clause describing a participant of
    the trigger's clause counts too ("an exercise, which included 5,000 troops")."""
    if not words or head in words or any(doc.tokens[w].head == head for w in words):
        return True  # the trigger hangs on the phrase itself ("since the March 11, 2004 bombings")
    if not any(is_clause_head(doc.tokens[w]) for w in words) and all(
        not is_clause_head(doc.tokens[clause_head(doc, w)]) for w in words
    ):
        return True  # the trigger has no clause of its own
    mine = {event_clause(doc, w) for w in words}
    c = event_clause(doc, head)
    if c in mine or c in words:
        return True
    if not descriptions:
        return False
    if doc.tokens[c].dep in _DESCRIPTION and doc.tokens[c].head != c:
        if doc.tokens[c].head in words:
            return True  # "a lawsuit seeking $45,000", "allegations that 1,015 civilians were killed"
        if doc.tokens[c].lemma in _DESCRIBING and event_clause(doc, doc.tokens[c].head) in mine:
            return True
    # "a warrant for 3 soldiers whose tank fire killed ...": the figure counts a participant
    nouns = antecedents(doc, words)
    i = head
    for _ in range(16):
        if i in nouns:
            return True
        if is_clause_head(doc.tokens[i]) or doc.tokens[i].head == i:
            return False
        i = doc.tokens[i].head
    return False
