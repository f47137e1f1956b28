"""Who: the source and target tokens of a predicate, and the actors they name."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from dyads.events.patterns.matching import is_passive
from dyads.events.sides.owners import agent_of_noun, backer
from dyads.events.targets.places import PlaceLookup
from dyads.records.actor import ActorMention
from dyads.records.parse import ParsedDoc, Token

_SUBJ = ("nsubj", "csubj")
_INHERIT = frozenset({"xcomp", "conj", "advcl", "pcomp", "ccomp", "acomp", "dep"})
_NP_MODS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "nummod", "quantmod"})
# verbs whose object does what their infinitive says ("urged Uganda to repatriate", not "used gas to disperse")
_OBJECT_CONTROL = frozenset({"urge", "ask", "force", "order", "persuade", "allow", "tell", "help", "invite", "encourage",
                             "require", "compel", "press", "pressure", "permit", "enable", "want", "expect", "instruct",
                             "authorize", "authorise", "call", "appeal", "lead", "push", "get", "let", "make", "advise",
                             "beg", "implore", "exhort", "oblige", "prompt", "warn", "remind", "cause", "inspire"})
# verbs that judge their object for what a "for"/"of" gerund says it did ("arrested him for leading protests")
_JUDGED = frozenset({"arrest", "detain", "jail", "imprison", "sentence", "convict", "fine", "punish", "charge", "accuse",
                     "blame", "criticise", "criticize", "condemn", "denounce", "praise", "thank", "congratulate",
                     "reward", "sue", "indict", "prosecute", "expel", "sanction", "suspend", "fire", "commend",
                     "credit", "applaud", "rebuke", "reprimand", "censure", "execute", "honour", "honor", "try"})
# prepositions whose gerund tells a deed of a passive's subject ("was jailed [for] organizing", "arrested [after]
# leading"), not "described [as] sinking" or "killed [in] fighting" (others' fighting)
_DEED_PREPS = frozenset({"for", "after", "before", "upon", "on", "of", "over", "without", "since", "while", "whilst", "when"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our", "them", "him", "us"})


def is_pronoun(tok: Token) -> bool:
    """A personal pronoun, not a name spelt like one: "us" is, "the US" is not."""
    return tok.lemma in PRONOUNS and tok.pos == "PRON"


class UnresolvedActors(StrEnum):
    """What the coder does with a noun phrase no actor was resolved for.

    KEEP: any noun phrase becomes an ActorMention with ``code=None`` (lower confidence), and an
    event whose source is not said at all ("killed in a car bombing") is kept when it has a target.
    NAMED (the default): only noun phrases that name something (a proper noun or a named
    entity) are kept unresolved; every event needs a source, except a nominal event whose
    target is resolved ("the pipeline to China").
    DROP: unresolved noun phrases leave their slot empty; every event needs a source.
    """

    KEEP = "keep"
    NAMED = "named"
    DROP = "drop"


_NAMED_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class ActorIndex:
    """Actor mentions by token (several when one span stands for two actors), built once per document."""

    by_token: Mapping[int, tuple[ActorMention, ...]]

    @classmethod
    def build(cls, actors: tuple[ActorMention, ...]) -> ActorIndex:
        index: dict[int, list[ActorMention]] = {}
        for a in sorted(actors, key=lambda a: (a.last - a.first, a.start)):
            if a.first < 0:
                continue
            for i in range(a.first, a.last):
                here = index.setdefault(i, [])
                if not here or (here[0].first, here[0].last) == (a.first, a.last):
                    here.append(a)
        return cls(by_token={k: tuple(v) for k, v in index.items()})

    def at(self, i: int) -> tuple[ActorMention, ...]:
        return self.by_token.get(i, ())


_AGENT_PATH = frozenset({"oprd", "acomp", "prep", "pobj", "dobj"})
_NOT_AGENTS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})


def _stranded_agent(doc: ParsedDoc, i: int) -> int | None:
    """The agent of passive ``i`` that the parser hung lower, on its complement or object ("was found
    guilty of corruption [by a court]", "was arrested for fraud [by police]"): the first "by" phrase
    naming a noun (not a time, an amount or a means: "by Monday", "by 5 percent") within two steps."""
    frontier = [c for c in doc.children(i) if c.dep in _AGENT_PATH]
    for _ in range(3):
        nxt = []
        for t in frontier:
            for c in doc.children(t.i):
                if c.lemma == "by" and c.dep in ("prep", "agent"):
                    objs = [g for g in doc.children(c.i) if g.dep == "pobj" and g.pos in ("NOUN", "PROPN")
                            and g.ent_type not in _NOT_AGENTS]
                    if objs:
                        return objs[0].i
                elif c.dep in _AGENT_PATH:
                    nxt.append(c)
        frontier = nxt
    return None


def subject_tokens(doc: ParsedDoc, i: int, *, depth: int = 0) -> list[int]:
    """The token(s) acting as subject of predicate ``i`` (passive agent, control, conjunction)."""
    if depth > 6:
        return []
    tok = doc.tokens[i]
    kids = doc.children(i)
    if is_passive(doc, i):
        for c in kids:
            if c.dep == "agent":
                return [g.i for g in doc.children(c.i) if g.dep == "pobj"]
        stranded = _stranded_agent(doc, i)
        if stranded is not None:
            return [stranded]
        if tok.dep != "conj" or not is_passive(doc, tok.head):
            # "was postponed": the agent is not said; "the rebels attacked and [were repelled]": the active
            # verb's subject undergoes the passive one (``passive_conjunct_subject``), it does not do it
            return []
    subjects = [c for c in kids if c.dep in _SUBJ]
    if subjects:
        # two subjects (a misparsed dateline "ADDIS ABABA — Kiir signed"): the one nearest the verb
        c = max(subjects, key=lambda s: (s.i < i, s.i if s.i < i else -s.i))
        if c.lemma in _RELATIVE and tok.dep == "relcl":
            return [tok.head]
        if c.pos == "VERB" and c.tag == "VBG":  # "The Red Cross [operating] in Iraq said": the parser's clause
            inner = [g.i for g in doc.children(c.i) if g.dep == "nsubj" and g.i < c.i]
            if inner:
                return inner
        return [c.i]
    if tok.dep == "relcl":
        return []
    if _nominal_gerund(doc, tok):
        return []  # "noted [killing] of civilians": a gerund used as a noun has no controller
    if tok.dep == "acl":
        if tok.tag == "VBG":
            return [tok.head]
        agents = [g.i for a in kids if a.dep == "agent" for g in doc.children(a.i) if g.dep == "pobj"]
        if agents:  # "the diplomats, [expelled] by Britain,": a reduced passive relative's agent
            return agents
        if any(c.dep == "aux" and c.lemma == "to" for c in kids):  # "Russia's decision [to expel]": the decider
            own = agent_of_noun(doc, tok.head)
            if own:
                return own
            # the parser may hang the infinitive on a noun further up ("a reaction to the US's efforts over
            # the past year [to forge] ties"): the nearest noun before it with an owner of its own
            for j in range(tok.i - 1, tok.head, -1):
                if doc.tokens[j].pos == "NOUN" and any(c.dep == "poss" for c in doc.children(j)):
                    return agent_of_noun(doc, j)
            return []
        main = misparsed_main_verb(doc, tok)
        return [main] if main is not None else []
    head = doc.tokens[tok.head]
    if tok.dep == "pcomp" or (tok.dep == "pobj" and tok.pos == "VERB"):
        controller = _gerund_controller(doc, head)
        if controller:
            return controller
        return subject_tokens(doc, head.head, depth=depth + 1)  # "responded by summoning"
    if tok.dep == "xcomp":
        objs = [c.i for c in doc.children(head.i) if c.dep in ("dobj", "dative")]
        if objs and head.lemma in _OBJECT_CONTROL:
            return objs  # "urged Uganda to repatriate"
        if is_passive(doc, head.i):  # "the minister [is expected / was asked] to visit": the passive's subject acts
            passive_subjects = [c.i for c in doc.children(head.i) if c.dep == "nsubjpass"]
            if passive_subjects:
                return passive_subjects
        return subject_tokens(doc, head.i, depth=depth + 1)
    if finite_beside_infinitive(doc, tok):
        # a finite verb the parser coordinated with an infinitive ("asked Turkey to mediate and [urged]
        # Israel to withdraw") shares the subject of the infinitive's governor, not its controller
        return subject_tokens(doc, head.head, depth=depth + 1)
    if tok.dep == "advcl" and any(c.dep == "expl" for c in doc.children(head.i)):
        return []  # "reported that [there was] a car bomb explosion, killing four": an existential has no doer
    if tok.dep in _INHERIT and head.i != i:
        return subject_tokens(doc, head.i, depth=depth + 1)
    return []


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})



def _gerund_controller(doc: ParsedDoc, prep: Token) -> list[int]:
    """Who does a gerund that hangs on a verb's preposition, when it is not the verb's subject.

    A passive's subject does it ("Kasparov was jailed for [organizing] protests", "was killed while
    trying to flee"); so does the object of a verb of judgement with "for" or "of" ("police arrested
    him for [leading] protests", "thanked Howard for helping")."""
    if prep.dep != "prep" or prep.head == prep.i:
        return []
    verb = doc.tokens[prep.head]
    if verb.pos not in ("VERB", "AUX"):
        return []
    if is_passive(doc, verb.i) and prep.lemma in _DEED_PREPS:
        return [c.i for c in doc.children(verb.i) if c.dep == "nsubjpass"]
    if prep.lemma in ("for", "of") and verb.lemma in _JUDGED:
        return [c.i for c in doc.children(verb.i) if c.dep == "dobj"]
    return []


def _nominal_gerund(doc: ParsedDoc, tok: Token) -> bool:
    """A gerund with an "of" phrase before any object ("the report noted killing of civilians") is a noun."""
    if tok.tag != "VBG":
        return False
    kids = doc.children(tok.i)
    of = [c.i for c in kids if c.dep == "prep" and c.lemma == "of" and c.i > tok.i]
    return bool(of) and not any(c.dep == "dobj" and c.i < of[0] for c in kids)


def misparsed_main_verb(doc: ParsedDoc, tok: Token) -> int | None:
    """The subject of a verb the parser hung on a noun as a modifier where it is the clause's own verb:
    the sentence has no verb root ("Doctors from two aid groups [donated] goods to ...": the root noun),
    or the noun is one of two subjects of one verb ("Palestinian youths [resorted] to throwing stones,
    officials said"). A participle with its agent ("officials contacted by"), or in a verbless sentence
    with no object ("1 US soldier [killed] in bomb explosion"), is a reduced relative, as it seems."""
    if tok.dep != "acl" or tok.tag not in ("VBD", "VBN") or any(c.dep == "agent" for c in doc.children(tok.i)):
        return None
    noun = doc.tokens[tok.head]
    if noun.pos not in ("NOUN", "PROPN"):
        return None
    if noun.dep == "nsubj" and sum(1 for c in doc.children(noun.head) if c.dep == "nsubj") >= 2:
        return noun.i
    if tok.tag == "VBN" and not any(c.dep == "dobj" or (c.dep == "conj" and c.tag == "VBD" and any(
            g.dep == "dobj" for g in doc.children(c.i))) for c in doc.children(tok.i)):
        return None  # a participle with no object is a passive: "1 US soldier [killed] in bomb explosion"
    top = noun
    while top.dep in ("pobj", "prep") and top.head != top.i:  # "Doctors [from two aid groups]"
        top = doc.tokens[top.head]
    return top.i if top.dep == "ROOT" and top.pos in ("NOUN", "PROPN") else None


def finite_beside_infinitive(doc: ParsedDoc, tok: Token) -> bool:
    """A finite verb the parser coordinated with an infinitive complement, where it is the governor's own
    conjunct: "promised to represent all Australians and [thanked] Howard" (a thanking, not a promise)."""
    head = doc.tokens[tok.head]
    return (tok.dep == "conj" and head.dep in ("xcomp", "ccomp") and head.tag == "VB" and _finite(doc, tok)
            and any(c.dep == "aux" and c.text.lower() == "to" for c in doc.children(head.i)))


def _finite(doc: ParsedDoc, tok: Token) -> bool:
    """A verb with tense of its own ("urged", "has asked", "will meet"), not an infinitive or participle."""
    return tok.tag in _FINITE or any(c.dep in ("aux", "auxpass") and c.tag in _FINITE for c in doc.children(tok.i))


def np_tokens(doc: ParsedDoc, i: int) -> list[int]:
    """The head ``i`` and its pre-modifiers (recursively), not crossing clauses or prepositions."""
    out, stack = [], [i]
    while stack:
        j = stack.pop()
        out.append(j)
        stack.extend(c.i for c in doc.children(j) if c.dep in _NP_MODS)
    return sorted(out)


def conjuncts(doc: ParsedDoc, i: int) -> list[int]:
    """``i`` and the tokens coordinated with it ("China and Russia"), also through a repeated
    preposition ("talks with China and [with] India")."""
    out, stack = [], [i]
    while stack:
        j = stack.pop()
        out.append(j)
        tok = doc.tokens[j]
        stack.extend(c.i for c in doc.children(j) if c.dep == "conj" and doc.tokens[c.i].pos in ("PROPN", "NOUN", "PRON", "ADJ"))
        if tok.dep == "pobj" and tok.head != j:
            prep = doc.tokens[tok.head]
            stack.extend(g.i for c in doc.children(prep.i) if c.dep == "conj" and c.lemma == prep.lemma
                         for g in doc.children(c.i) if g.dep == "pobj")
    return sorted(out)


def of_phrase(doc: ParsedDoc, i: int) -> list[int]:
    """The objects of the phrases that say whose or where a noun is: "the government [of Liberia]",
    "troops [in Kosovo]", "a camp [for refugees]"."""
    return [g.i for c in doc.children(i) if c.dep == "prep" and c.lemma in ("of", "from", "in", "for")
            for g in doc.children(c.i) if g.dep == "pobj"]


def actors_at(doc: ParsedDoc, i: int, index: ActorIndex, *, unresolved: UnresolvedActors,
              exclude: frozenset[int] = frozenset(), places: PlaceLookup | None = None) -> list[ActorMention]:
    """The actors named by the noun phrase headed at ``i``, one per conjunct (and per actor of a pair)."""
    found: list[ActorMention] = []
    for j in conjuncts(doc, i):
        mentions = _actor_for_np(doc, j, index, exclude) or _apposed_actors(doc, j, index, exclude)
        if not mentions and places is not None:
            mentions = places.find(doc, np_tokens(doc, j) + [m for k in of_phrase(doc, j) for m in np_tokens(doc, k)])
        if not mentions and unresolved is not UnresolvedActors.DROP:
            one = _unresolved(doc, j, named=unresolved is UnresolvedActors.NAMED)
            mentions = (one,) if one is not None else ()
        for mention in mentions:
            if all(m is not mention for m in found):
                found.append(mention)
    return found


def _apposed_actors(doc: ParsedDoc, j: int, index: ActorIndex, exclude: frozenset[int]) -> tuple[ActorMention, ...]:
    """The actors an appositive lists for a common noun that names none itself: "the three European
    nations - [Britain, France and Germany] -", "the two neighbours, [India and Pakistan],"."""
    if doc.tokens[j].pos != "NOUN":
        return ()
    found: list[ActorMention] = []
    for c in doc.children(j):
        if c.dep == "appos":
            for k in conjuncts(doc, c.i):
                found += [m for m in _actor_for_np(doc, k, index, exclude) if all(m is not f for f in found)]
    return tuple(found)


def _actor_for_np(doc: ParsedDoc, j: int, index: ActorIndex, exclude: frozenset[int]) -> tuple[ActorMention, ...]:
    if index.at(j) and j not in exclude:
        if all(m.country is None or m.via == "focal" for m in index.at(j)):  # "leaders on both sides"
            owners = _owner_actors(doc, j, index, exclude) or _apposed_actors(doc, j, index, exclude)
            if owners:  # ... or the name apposed: "his counterpart in that country, [Michele Alliot-Marie]"
                return owners
        return index.at(j)
    for k in reversed(np_tokens(doc, j)):
        if index.at(k) and k not in exclude and not backer(doc, k):
            return index.at(k)
    for k in of_phrase(doc, j):  # "the government of Liberia", "troops in Kosovo"
        placed = doc.tokens[doc.tokens[k].head].lemma == "in"
        for m in np_tokens(doc, k):
            if index.at(m) and m not in exclude:
                if placed and all(a.role is None for a in index.at(m)):
                    continue  # a country after "in" is where the thing is: "a bomb in [the Iraq] capital"
                return index.at(m)
    return ()


def _owner_actors(doc: ParsedDoc, j: int, index: ActorIndex, exclude: frozenset[int]) -> tuple[ActorMention, ...]:
    """The countries that an of/on/from phrase gives a bare agent ("leaders on both sides")."""
    for c in doc.children(j):
        if c.dep == "prep" and c.lemma in ("of", "on", "from"):
            for g in doc.children(c.i):
                if g.dep == "pobj" and g.i not in exclude:
                    found = tuple(m for m in index.at(g.i) if m.country is not None)
                    if found:
                        return found
    return ()


def _unresolved(doc: ParsedDoc, j: int, *, named: bool) -> ActorMention | None:
    tok = doc.tokens[j]
    if tok.pos not in ("PROPN", "NOUN") or is_pronoun(tok):
        return None
    if named and tok.pos != "PROPN" and tok.ent_type not in _NAMED_ENTS:
        return None
    if not tok.text.replace("-", "").replace("'", "").replace(".", "").isalpha():
        return None  # markup, addresses, numbers: "&mdash;", "http://..."
    span = np_tokens(doc, j)
    first, last = span[0], span[-1] + 1
    while first < last and doc.tokens[first].dep in ("det", "poss") and doc.tokens[first].pos in ("DET", "PRON"):
        first += 1
    start, end = doc.tokens[first].start, doc.tokens[last - 1].end
    return ActorMention(
        doc_id=doc.doc_id, text=doc.text[start:end], start=start, end=end, code=None, country=None,
        role=None, name=None, first=first, last=last, head=j, via="unresolved",
    )
