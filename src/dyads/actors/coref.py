"""In-article coreference over composed drafts.

- Surnames of people already named ("Medvedev" after "Dmitry Medvedev", or after
  "Kazakh Defence Minister Adilbek Dzhaksybekov") take that person's code.
- he/she/him/his/her take the nearest preceding person mention of the same or the
  previous sentence, preferring one that is a grammatical subject.
- A definite nameless title ("the Russian leader", "the president") names the
  last person seen with the same code, or whose title has the same word.
- A definite bare body noun ("the group", "the company", "the movement") names the last organisation of
  its kind named in the same or the previous sentence ("A Hamas spokesman said the group fired rockets").
- Pairs ("the two countries", "both sides", "both leaders") are in :mod:`dyads.actors.pairs`.
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from dyads.actors.compose import COUNTERPARTS, Draft
from dyads.kb.names import token_key
from dyads.records.parse import ParsedDoc

PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers", "himself", "herself"})
_LEADER_WORDS = MappingProxyType({"leader": "GOV", "head": "GOV", "ruler": "GOV"})


def resolve_surnames(doc: ParsedDoc, drafts: list[Draft]) -> list[Draft]:
    """Give unknown bare names the code of an earlier person whose name ends (or starts) with them."""
    seen: dict[str, Draft] = {}
    titled: dict[str, Draft] = {}  # kb_id -> the draft where a title decided the code
    out: list[Draft] = []
    for d in drafts:
        if d.person and d.kb_id and d.via == "title":
            titled[d.kb_id] = d
        elif d.person and d.kb_id in titled:
            t = titled[d.kb_id]
            d = replace(d, code=t.code, country=t.country, role=t.role, title=t.title, via="coref")
        if d.person and d.code is None:
            key = token_key(doc.tokens[d.last - 1].text)
            antecedent = seen.get(key) or seen.get(token_key(doc.tokens[d.first].text))
            if antecedent is None:
                continue  # an unknown bare name is not an actor
            d = replace(d, code=antecedent.code, country=antecedent.country, role=antecedent.role,
                        name=antecedent.name, kb_id=antecedent.kb_id, via="coref", title=antecedent.title)
        if d.person and d.code is not None:
            words = [token_key(t.text) for t in doc.tokens[d.first : d.last] if t.pos == "PROPN"]
            for w in words[-1:] + words[:1]:
                seen.setdefault(w, d)
        out.append(d)
    return out


def resolve_titles(drafts: list[Draft]) -> list[Draft]:
    """Link definite nameless titles to the last matching named person."""
    people: list[Draft] = []
    out = []
    for d in drafts:
        if d.person and d.code:
            people.append(d)
        elif d.definite and d.agent_phrase and d.name is None:
            match = _title_antecedent(d, people)
            if match is not None:
                d = replace(d, code=match.code, country=match.country, role=match.role, name=match.name,
                            kb_id=match.kb_id, via="coref")
        out.append(d)
    return out


def _title_antecedent(d: Draft, people: list[Draft]) -> Draft | None:
    word = d.agent_phrase.split()[-1]
    for p in reversed(people):
        if d.country and p.country != d.country:
            continue
        if word in p.title.lower() or (word in _LEADER_WORDS and p.role == _LEADER_WORDS[word]):
            return p
    return None


def _a_subject(doc: ParsedDoc, i: int) -> bool:
    """Word ``i`` is a subject, or names one in apposition ("Iraq's president, [Jalal Talabani], told ...")."""
    tok = doc.tokens[i]
    return tok.dep.startswith("nsubj") or (tok.dep == "appos" and doc.tokens[tok.head].dep.startswith("nsubj"))


def resolve_pronouns(doc: ParsedDoc, drafts: list[Draft]) -> list[Draft]:
    """Add a mention for each personal pronoun with a person antecedent."""
    drafts = list(drafts)
    # people: named ones, and single holders of a title ("Kenya's foreign minister said [his] country ...")
    persons = sorted((d for d in drafts if d.code and (d.person or (
        d.agent_phrase and doc.tokens[d.head].tag in ("NN", "NNP")))), key=lambda d: d.first)
    added: list[Draft] = []
    for tok in doc.tokens:
        if tok.pos != "PRON" or tok.text.lower() not in PRONOUNS:
            continue
        candidates = [d for d in persons if d.last <= tok.i and tok.sent - 1 <= doc.tokens[d.head].sent <= tok.sent]
        if not candidates:
            continue
        subjects = [d for d in candidates if _a_subject(doc, d.head)]
        antecedent = (subjects or candidates)[-1]
        new = replace(antecedent, first=tok.i, last=tok.i + 1, head=tok.i, via="pronoun")
        added.append(new)
        # "his finance minister": the possessor gives the agent its country ("[his] counterpart" is of the
        # other side, whatever the owner's)
        if tok.dep == "poss" and doc.tokens[tok.head].lemma.lower() not in COUNTERPARTS:
            owned = doc.tokens[tok.head]
            # ... and to the name the owned title stands beside ("George Mitchell, [his] special envoy", "[his]
            # envoy, George Mitchell")
            holders = {owned.i} | ({owned.head} if owned.dep == "appos" else set()) | {
                c.i for c in doc.children(owned.i) if c.dep == "appos"}
            for k, d in enumerate(drafts):
                if d.head in holders and d.country is None and d.role and antecedent.country:
                    drafts[k] = replace(d, country=antecedent.country, code=f"{antecedent.country}{d.role}")
        persons.append(new)
        persons.sort(key=lambda d: d.first)
    return sorted(drafts + added, key=lambda d: d.first)


_OWNER_PRONOUNS = frozenset({"its", "their"})
_OWNING_ORGANS = frozenset({"GOV", "LEG"})  # a state's government or parliament owns "its" troops


def resolve_owner_pronouns(doc: ParsedDoc, drafts: list[Draft]) -> list[Draft]:
    """An agent of unsaid country owned by "its"/"their" is of the country that owns it: the latest
    country named before it in its sentence, a subject first ("Lebanon mourned [its] former prime
    minister" -> LBNELI; "Israel said [its] soldiers ..." -> ISRMIL), or of a state organ's country ("the
    Spanish parliament voted to extend [its] troops' stay" -> ESPMIL, never the country they are posted to)."""
    out = list(drafts)
    countries = [d for d in drafts if d.country and (d.role is None or d.role in _OWNING_ORGANS)]
    for k, d in enumerate(drafts):
        if d.country or not d.role or d.kb_id:
            continue
        owner = next((t for t in doc.tokens[max(d.first - 1, 0):d.last] if t.dep == "poss"
                      and t.text.lower() in _OWNER_PRONOUNS and d.first <= t.head < d.last), None)
        if owner is None:
            continue
        sent = doc.tokens[owner.i].sent
        before = [c for c in countries if c.last <= owner.i and doc.tokens[c.head].sent == sent]
        if not before:
            continue
        subjects = [c for c in before if doc.tokens[c.head].dep.startswith("nsubj")]
        country = (subjects or before)[-1].country
        if country:
            out[k] = replace(d, country=country, code=f"{country}{d.role}")
    return out


# bare body nouns that, definite and alone, name an organisation named before them: the role it must have
# (None: any organisation that is no state, company or person; "IGO" also an international body, which
# only "the organisation" stands for)
_BODY_ANAPHORS = MappingProxyType({"group": None, "organisation": "IGO", "organization": "IGO", "movement": None,
                                   "faction": None, "militia": "REB", "company": "BUS", "firm": "BUS",
                                   "bank": "BUS", "party": "PTY"})
_NOT_GROUPS = frozenset({None, "GOV", "BUS", "IGO"})
_DOERS = frozenset({"nsubj", "nsubjpass", "poss"})
_NOT_BODIES = ("country:", "adj:", "seat:", "person:", "regadj:")
_QUALIFIERS = frozenset({"amod", "compound", "poss", "nummod", "prep", "appos", "acl", "relcl"})


def resolve_definite_bodies(doc: ParsedDoc, drafts: list[Draft]) -> list[Draft]:
    """Link "the group", "the company", "the movement" (definite, unqualified, singular) to the last
    organisation of that kind named in the same or the previous sentence."""
    drafts = list(drafts)
    by_head = {d.head: k for k, d in enumerate(drafts)}
    added: list[Draft] = []
    for tok in doc.tokens:
        word = tok.lemma.lower()
        if word not in _BODY_ANAPHORS or tok.pos != "NOUN" or tok.tag != "NN":
            continue
        kids = doc.children(tok.i)
        if not any(c.dep == "det" and c.text.lower() == "the" for c in kids) or any(c.dep in _QUALIFIERS for c in kids):
            continue
        here = by_head.get(tok.i)
        if here is not None and (drafts[here].country or drafts[here].kb_id):
            continue
        role = _BODY_ANAPHORS[word]
        # a body acting on "the company" acts on another: "Microsoft sued the company", "Verizon agreed to
        # acquire the company", "Mittal Steel's bid to take the company over"
        clause = _clause_of(doc, tok.i)
        acted_on = tok.dep in ("dobj", "pobj", "dative")
        before = [d for d in drafts if d.last <= tok.i and d.kb_id and not d.kb_id.startswith(_NOT_BODIES)
                  and tok.sent - 1 <= doc.tokens[d.head].sent <= tok.sent and d.via not in ("pronoun", "coref")
                  and (d.role == role or (role in (None, "IGO") and d.role not in _NOT_GROUPS))
                  and _clause_of(doc, d.head) != clause
                  and not (acted_on and doc.tokens[d.head].dep in _DOERS and doc.tokens[d.head].sent == tok.sent)]
        if not before:
            continue
        a = before[-1]
        if here is not None:
            drafts[here] = replace(drafts[here], code=a.code, country=a.country, role=a.role, name=a.name,
                                   kb_id=a.kb_id, via="coref")
        else:
            added.append(replace(a, first=tok.i, last=tok.i + 1, head=tok.i, via="coref", definite=True))
    return sorted(drafts + added, key=lambda d: d.first)


def _clause_of(doc: ParsedDoc, i: int) -> int:
    """The verb whose clause holds token ``i`` (itself, if it is a verb)."""
    j = i
    for _ in range(8):
        tok = doc.tokens[j]
        if tok.pos in ("VERB", "AUX") or tok.head == j:
            return j
        j = tok.head
    return j
