"""Who a nominal act belongs to, and who backs it: the possessor or "by" phrase of an act noun ("[Russia]'s
invasion", "the detention of the leader [by police]"), a participle's agent ("a complaint filed [by a rights
group]"), actor-naming modifiers ("[Russian] support"), and backers that are never the noun itself ("the
[US]-backed government", "with the support of [the US]")."""

from __future__ import annotations

from dyads.records.parse import ParsedDoc


def agent_of_noun(doc: ParsedDoc, i: int) -> list[int]:
    """The actor of a nominal event said outright: its possessor or its "by" phrase."""
    kids = doc.children(i)
    for c in kids:
        if c.dep == "poss":
            return [c.i]
    for c in kids:
        if c.dep == "prep" and c.lemma == "by":
            return [g.i for g in doc.children(c.i) if g.dep == "pobj"]
    for c in kids:  # "the detention of [the leader by police]": the parser hung the agent on the object
        if c.dep == "prep" and c.lemma == "of":
            for obj in doc.children(c.i):
                if obj.dep == "pobj":
                    for p in doc.children(obj.i):
                        if p.dep == "prep" and p.lemma == "by":
                            return [g.i for g in doc.children(p.i) if g.dep == "pobj"]
    filed = participle_agents(doc, i)  # "the complaint [filed by] a rights group", "sanctions [imposed by] the UN"
    return filed[1] if filed is not None else []


def participle_agents(doc: ParsedDoc, i: int) -> tuple[int, list[int]] | None:
    """The participle after noun ``i`` that has an agent, and the agent's nouns: "a complaint [filed]
    by [a rights group]"."""
    for c in doc.children(i):
        if c.dep == "acl" and c.tag == "VBN":
            agents = [g.i for a in doc.children(c.i) if a.dep == "agent" for g in doc.children(a.i) if g.dep == "pobj"]
            if agents:
                return c.i, agents
    return None


def modifier_agents(doc: ParsedDoc, i: int, *, theatre_nouns: frozenset[str]) -> list[int]:
    """Actor-naming modifiers before a nominal event ("Russian support", "US arms sales"); a proper-noun
    compound before a war-like noun is its theatre, not its agent ("the Iraq war")."""
    found: list[int] = []
    theatre = doc.tokens[i].lemma.lower() in theatre_nouns  # "the Iraq war": a place, not an agent
    stack = [c.i for c in doc.children(i) if c.dep in ("amod", "compound", "nmod") and c.i < i
             and not (theatre and c.dep in ("compound", "nmod") and c.pos == "PROPN")]
    while stack:
        j = stack.pop()
        found.append(j)
        stack.extend(c.i for c in doc.children(j) if c.dep in ("compound", "amod") and c.i < j)
    return sorted(found)


# participles after a hyphen that make the actor before them a backer of the noun, not the noun itself ("the
# [US]-backed government" is no US government); "-led" is not among them ("the US-led coalition" is the US's)
_BACKING = frozenset({"backed", "sponsored", "funded", "supported", "brokered", "armed", "trained", "installed",
                      "appointed", "allied", "friendly", "based", "inspired", "influenced"})


_SUPPORT_NOUNS = frozenset({"backing", "support", "blessing", "help", "assistance", "approval"})


def backer(doc: ParsedDoc, k: int) -> bool:
    """Word ``k`` names who backs the noun it modifies ("[US]-backed", "[Iranian]-funded"), or who backs
    what is done "with the support of [X]"."""
    tok = doc.tokens[k]
    if tok.dep == "pobj" and doc.tokens[tok.head].lemma == "of":
        noun = doc.tokens[doc.tokens[tok.head].head]
        return (noun.lemma.lower() in _SUPPORT_NOUNS and noun.dep == "pobj" and noun.head != noun.i
                and doc.tokens[noun.head].lemma == "with")
    if tok.dep not in ("npadvmod", "compound", "amod", "nmod"):
        return False
    head = doc.tokens[tok.head]
    return head.text.lower() in _BACKING and any(doc.tokens[m].text == "-" for m in range(k + 1, head.i))
