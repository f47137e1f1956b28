"""Implied targets, as careful coders code them (coding-conventions: "the target is often implicit
but identifiable").

An act whose pattern and arguments gave a source but no target takes the first of:

1. a target other events give: a coordinated act's ("summoned the ambassador and [warned] that
   ..."); the actor a response answers ("Moscow responded by ..." after "Tokyo summoned ..." in the
   sentence before: the latest earlier event by another side, within two sentences); an act of the
   same source told inside this one's phrase ("threatened an offensive in its [war with Iraq]");
2. the nearest actor inside the act's own phrase, with those coordinated with it: the words below
   its frame verb or head, nearest first, outside the source's side (its subject, a passive's agent),
   outside clauses of their own (adverbial, relative, coordinated verbs, asides) and outside phrases
   of time or place: "demanded that [the US] cancel plans", "rejected calls by [Kofi Annan]",
   "between [the Emirates] and [Saudi Arabia]";
3. the place of the act: a country named (or a city, region or part of a country resolved to one)
   after a placing preposition or the act's own "of": "a curfew in [Algiers]", "an invasion of [South
   Lebanon]".  A place in the source's own country is that country's people for a domestic act
   (insurgents bombing a Baghdad market: IRQREB -> IRQCVL), a foreign one is the country;
4. the source's own people, for the acts listed under ``implied: unplaced`` in the grammar (arrests,
   repression, curfews, easing them): an attack with no place said implies nothing (it may be abroad).

Troops an act moves (``implied: own_forces``) are the source's own and never its target; a domestic
act between a group of unsaid country and a known side is within that side's country. A source with
no country (an organisation, a group of unknown country) takes only 1-3, never its own people; no
target is the source itself.
"""

from __future__ import annotations

from dataclasses import replace

from dyads.actors.focal import STATE_ROLES
from dyads.events.context import Context
from dyads.events.patterns.matching import subtree
from dyads.events.roots import HARM_ROOTS, PROTEST_ROOT
from dyads.events.sentence import JUDGING_ROOTS, RawEvent
from dyads.events.sides.alike import placed_alike
from dyads.events.sides.arguments import UnresolvedActors, actors_at, conjuncts, np_tokens, of_phrase
from dyads.events.sides.owners import backer, modifier_agents
from dyads.events.targets.homes import HOME_ORGANS, placed_doers, settle
from dyads.events.targets.places import COMPASS
from dyads.events.targets.reach import PLACING, walk
from dyads.records.actor import ActorMention, countryless_group, self_dyad
from dyads.records.parse import ParsedDoc


def _other_side(source: ActorMention, actor: ActorMention) -> bool:
    if actor is source or (actor.start, actor.end) == (source.start, source.end):
        return False
    return actor.code is not None and actor.code != source.code and not self_dyad(source.code, actor.code)


def _people_of(source: ActorMention, country: str, role: str, near: ActorMention | None) -> ActorMention:
    base = near or source
    return ActorMention(doc_id=base.doc_id, text=base.text, start=base.start, end=base.end, code=country + role,
                        country=country, role=role, name=None, kb_id=None, first=base.first, last=base.last,
                        head=base.head, via="implied")


_RESPONSE_WINDOW = 2
_RESPONSE_PATH = frozenset({"pcomp", "pobj", "prep", "ccomp", "nsubj", "nsubjpass", "dobj", "conj", "xcomp"})


def _coordinated(ctx: Context, raw: RawEvent, earlier: list[RawEvent]) -> ActorMention | None:
    tok = ctx.doc.tokens[raw.scope]
    if tok.dep != "conj":
        return None
    for other in earlier:
        if other.target is not None and other.source is raw.source and tok.head in (other.scope, *other.trigger):
            return other.target
    return None


def _response_to(ctx: Context, raw: RawEvent, earlier: list[RawEvent]) -> ActorMention | None:
    doc, j = ctx.doc, raw.scope
    for _ in range(6):  # "responded by [declaring] that no [approval]...": the act, or a word above it, responds
        if doc.tokens[j].lemma in ctx.patterns.words("responses"):
            break
        if doc.tokens[j].head == j or doc.tokens[j].dep not in _RESPONSE_PATH:
            return None  # an act in a clause of its own ("for the president [to visit]") is not the response
        j = doc.tokens[j].head
    else:
        return None
    assert raw.source is not None
    for other in reversed(earlier):
        if other.sentence < raw.sentence - _RESPONSE_WINDOW or other.source is None:
            continue
        if other.sentence < raw.sentence and _other_side(raw.source, other.source):
            return other.source
    return None


def _contained(ctx: Context, raw: RawEvent, others: list[RawEvent]) -> ActorMention | None:
    """An act of the same source told inside this one's phrase gives its target: "threatened to launch an
    offensive in its [war with Iraq]" -> the threat is aimed at Iraq too.  A coordinated verb is an act of
    its own, not inside: "refused to deploy peacekeepers in Iraq and [urged its citizens] to ...".
    """
    below = set(subtree(ctx.doc, raw.scope))
    own_object = any(c.dep == "dobj" for c in ctx.doc.children(raw.scope))
    for c in ctx.doc.children(raw.scope):
        # (a verb with its own auxiliary or subject, or with an object of its own when this one has one:
        # "condemned the violence and [warned their nationals]"; "shot and [killed] an agent" shares its object)
        if c.dep in ("conj", "parataxis") and c.pos in ("VERB", "AUX") and any(
                g.dep in ("aux", "auxpass", "nsubj", "nsubjpass") or (own_object and g.dep == "dobj")
                for g in ctx.doc.children(c.i)):
            below -= set(subtree(ctx.doc, c.i))
    for other in others:
        if (other.trigger != raw.trigger and other.target is not None and other.source is not None
                and raw.source is not None and other.source.code == raw.source.code
                and other.sentence == raw.sentence and set(other.trigger) <= below):
            return other.target
    return None


_STRUCK_PREPS = frozenset({"on", "against", "upon"})
_HARM_PLACES = frozenset({"in", "at", "near"})


def _struck(doc: ParsedDoc, j: int, harms: frozenset[str], *, preps: frozenset[str] = _STRUCK_PREPS) -> bool:
    """Word ``j`` names the victim of a harm noun ("the attack on [Israel]", "the bombing of [the embassy]"),
    or, with ``preps`` that place, where it struck ("the attacks in [Delhi]")."""
    tok = doc.tokens[j]
    while tok.dep in ("compound", "amod", "det") and tok.head != tok.i:
        tok = doc.tokens[tok.head]
    if tok.dep != "pobj" or tok.head == tok.i:
        return False
    prep = doc.tokens[tok.head]
    return (prep.lemma in preps or prep.lemma == "of") and prep.head != prep.i and \
        doc.tokens[prep.head].lemma.lower() in harms


def _implied(ctx: Context, raw: RawEvent, earlier: list[RawEvent], peers: list[RawEvent]) -> tuple[ActorMention, ...]:
    doc, source = ctx.doc, raw.source
    assert source is not None
    told = _coordinated(ctx, raw, earlier) or _response_to(ctx, raw, earlier) or _contained(ctx, raw, peers)
    if told is not None:
        return (told,)
    avoid = frozenset(range(source.first, source.last)) if source.first >= 0 else frozenset()
    if 0 <= source.head < len(doc.tokens):  # "the support of [Argentina] and [Brazil]": both are its sources
        top = source.head
        while doc.tokens[top].dep == "conj" and doc.tokens[top].head != top:
            top = doc.tokens[top].head
        avoid |= {k for j in conjuncts(doc, top) for k in np_tokens(doc, j)}
    # an actor after a placing preposition is where the act happens ("backing nations [in their disputes
    # with China]"), not whom it is aimed at: places are the next step
    munitions = ctx.patterns.words("munitions")

    def aimed_at(actor: ActorMention) -> bool:  # (the pattern's weapon is the act's means: "launched [artillery] fire")
        return _other_side(source, actor) and not _own_forces(ctx, raw, actor) and not (
            actor.head in raw.trigger and doc.tokens[actor.head].lemma.lower() in munitions)

    harms = ctx.patterns.words("harm_nouns") if raw.code[:2] in JUDGING_ROOTS else frozenset()
    for j in walk(doc, raw.scope, avoid, skip_preps=PLACING):
        if backer(doc, j) or any(backer(doc, a.head) for a in ctx.index.at(j) if a.head >= 0):
            continue  # "opposed the [US]-backed state", "with the support of [the US]": not aimed at the backer
        if harms and _struck(doc, j, harms):
            continue  # "condemned the attack on [Israel]": Israel was attacked, the attackers are condemned
        if any(aimed_at(actor) for actor in ctx.index.at(j)):
            # the actor and those coordinated with it: "between [the Emirates] and [Saudi Arabia]"
            found = [a for a in actors_at(doc, j, ctx.index, unresolved=UnresolvedActors.DROP) if aimed_at(a)]
            return tuple(found) or tuple(a for a in ctx.index.at(j) if aimed_at(a))
    if ctx.places is not None and not ctx.patterns.at_a_venue(raw.code, raw.act_code):
        scopes = [raw.scope]
        tok = doc.tokens[raw.scope]
        while tok.dep == "pobj" and doc.tokens[tok.head].lemma == "of":  # "the first deployment of [troops]"
            tok = doc.tokens[doc.tokens[tok.head].head]
        if tok.pos == "NOUN" and tok.dep in ("nsubj", "nsubjpass") and doc.tokens[tok.head].pos == "VERB":
            # an act named as the subject takes the place its verb gives: "NATO peacekeeping troops have
            # arrived [in Bosnia]"
            scopes.append(tok.head)
        if raw.code[:2] in HARM_ROOTS:  # the strike a verb's pattern names: "air strikes [on Gaza] began"
            scopes += [k for k in raw.trigger if k != raw.scope and doc.tokens[k].pos == "NOUN"]
        for j in [k for h in scopes for k in walk(doc, h, avoid | {raw.scope})]:
            tok = doc.tokens[j]
            prep = doc.tokens[tok.head]
            # a placing preposition, the act's own "of" ("an invasion of [South Lebanon]"), a bearing
            # ("20 km south of [Kabul]"), or the place the act's verb is done to ("jets struck [Rafah]")
            struck = (tok.dep == "dobj" and tok.head in raw.trigger and doc.tokens[tok.head].pos == "VERB"
                      and tok.pos == "PROPN")
            placing = tok.dep == "pobj" and (prep.lemma in ctx.patterns.place_preps
                                             or (prep.lemma == "of" and prep.head in raw.trigger)
                                             or (prep.lemma == "of" and doc.tokens[prep.head].lemma.lower() in COMPASS)
                                             # a strike's own "on" ("air strikes [on] the Gaza Strip began")
                                             or (prep.lemma == "on" and prep.head in raw.trigger
                                                 and raw.code[:2] in HARM_ROOTS))
            if not (struck or placing):
                continue
            if harms and _struck(doc, j, harms, preps=_STRUCK_PREPS | _HARM_PLACES):
                continue  # "condemned the attacks [in Delhi]": the attackers are condemned, not India
            # "the town of X"; a name struck is the name alone, not what its phrase says ("action [for Sevan]")
            named = ([j, *(c.i for c in doc.children(j) if c.dep == "compound")] if struck else
                     np_tokens(doc, j) + [m for k in of_phrase(doc, j) for m in np_tokens(doc, k)])
            for place in ctx.places.find(doc, named):
                if place.country != source.country:
                    return (place,)
                role = ctx.patterns.domestic_role(raw.code, raw.act_code)  # at home: its own people, for a domestic act
                if role is not None and role != source.role and place.country:
                    return (_people_of(source, place.country, role, place),)
    role = ctx.patterns.domestic_role(raw.code, raw.act_code)
    # the police and the courts act at home: their violence with no place said falls on their own people
    at_home = ctx.patterns.domestic_without_place(raw.code, raw.act_code) or source.role in HOME_ORGANS
    # a company's protest or obstruction is not thereby aimed at its state ("the shareholders blocked access
    # to the funds"): a people's is
    if raw.code[:2] == PROTEST_ROOT and source.role == _COMPANY:
        return ()
    if role is not None and source.country and at_home:
        if source.role != role:
            return (_people_of(source, source.country, role, None),)
    return ()


def _own_forces(ctx: Context, raw: RawEvent, actor: ActorMention) -> bool:
    s = raw.source
    # troops, or whoever the pattern's own noun names: "trained 500 [hackers]" are its hackers
    return (s is not None and ctx.patterns.moves_own_forces(raw.code) and (actor.role == "MIL" or actor.head in raw.trigger)
            and actor.country in (None, s.country))


def _the_people(ctx: Context, raw: RawEvent) -> RawEvent:
    """A people named by its demonym protesting ("thousands of Iraqi Kurds demonstrated", "young
    Algerians blocked roads") are that country's civilians, not its state: their protest is aimed at
    their own government (``implied: domestic``), which the bare country would make a self-dyad; a
    state organ of unsaid country they act on is their country's."""
    s, t = raw.source, raw.target
    if s is None or s.role or not s.country or s.via not in ("adjective", "ner"):
        return raw
    if t is not None and t.role in STATE_ROLES and (countryless_group(t) or (t.via == "domestic"
                                                                              and t.country == s.country)):
        # "many Thais were shocked by the army's behaviour": a people and a state organ of unsaid country
        # are one country's civilians and its organ
        return replace(raw, source=replace(s, code=s.country + "CVL", role="CVL", via="people"),
                       target=replace(t, code=s.country + (t.role or ""), country=s.country, via="domestic"))
    if t is not None or ctx.patterns.domestic_role(raw.code, raw.act_code) != "GOV":
        return raw
    return replace(raw, source=replace(s, code=s.country + "CVL", role="CVL", via="people"))


def _foe_in_fight(ctx: Context, raw: RawEvent, peers: list[RawEvent]) -> RawEvent:
    """Harm with no doer told inside a fight is the other side's: "seven Turkish soldiers were killed [in a
    clash with PKK militants]" -> PKK -> TURMIL (the fight itself is coded both ways)."""
    s, t = raw.source, raw.target
    if s is None or t is None or s.via != "unidentified" or raw.scope < 0:
        return raw
    below = set(subtree(ctx.doc, raw.scope))
    for other in peers:
        if (other is not raw and other.sentence == raw.sentence and other.source is not None
                and other.target is not None and other.target.code and other.source.code == t.code
                and set(other.trigger) <= below and not set(other.trigger) & set(raw.trigger)):
            return replace(raw, source=other.target)
    return raw


_COMPANY = "BUS"


_WHEN_MARKS = frozenset({"when", "after", "as", "since"})


def _doer_told_beside(ctx: Context, raw: RawEvent, peers: list[RawEvent]) -> RawEvent:
    """Harm with no doer told, beside a clause of the attack that caused it, is the attackers': "were wounded
    [after U.S. forces opened fire on their car]" -> USAMIL, "were killed [when insurgents attacked] a slum"
    -> the insurgents (the attack's verb may be inside the harm's own pattern: "kill ..attack")."""
    s, doc = raw.source, ctx.doc
    if s is None or s.via != "unidentified" or raw.scope < 0 or raw.code[:2] not in HARM_ROOTS:
        return raw
    clauses = [c.i for c in doc.children(raw.scope) if c.dep == "advcl"
               and any(g.dep in ("mark", "advmod") and g.lemma.lower() in _WHEN_MARKS for g in doc.children(c.i))]
    for other in peers:
        o = other.source
        if (other is not raw and other.sentence == raw.sentence and other.code[:2] in HARM_ROOTS and o is not None
                and o.code and o.via != "unidentified" and (other.scope in clauses or (
                    doc.tokens[other.scope].dep in ("nsubj", "nsubjpass") and doc.tokens[other.scope].head in clauses))):
            # (the attack may be the subject of its clause: "since Israeli bombardments of Gaza began")
            return replace(raw, source=o)
    theatres = ctx.patterns.words("theatre_nouns")
    for j in clauses:
        subjects = [c.i for c in doc.children(j) if c.dep == "nsubj"]
        if j not in raw.trigger and not set(subjects) & set(raw.trigger):
            continue
        doers = [a for s_ in subjects for a in actors_at(doc, s_, ctx.index, unresolved=UnresolvedActors.DROP) if a.code]
        # ... or the attack's own modifiers: "since [Israeli] air raids on Gaza began"
        doers += [a for s_ in subjects for m in modifier_agents(doc, s_, theatre_nouns=theatres)
                  for a in ctx.index.at(m) if a.code]
        if doers:
            return replace(raw, source=doers[0])
    return raw


def _toll_of(ctx: Context, raw: RawEvent, peers: list[RawEvent]) -> RawEvent:
    """The toll of an attack falls on the side attacked: "a camp for [Congolese refugees] was attacked by
    Burundian militiamen, [killing] at least 156 people" -> the people killed are Congolese (CODCVL), not
    of the attackers' country.  The toll is a participle clause below the attack's verb whose victims
    have no country said; the attack's target gives it."""
    t = raw.target
    if t is None or not countryless_group(t) or raw.scope < 0 or raw.code[:2] not in HARM_ROOTS:
        return raw
    tok = ctx.doc.tokens[raw.scope]
    if tok.dep != "advcl" or not tok.tag.startswith("VBG"):
        return raw
    for other in peers:
        o = other.target
        if (other is not raw and other.sentence == raw.sentence and other.code[:2] in HARM_ROOTS
                and tok.head in (other.scope, *other.trigger) and o is not None and o.country
                and (raw.source is None or o.country != raw.source.country)):
            return replace(raw, target=replace(t, code=o.country + (t.role or ""), country=o.country, via="toll"))
    return raw


def _own_people(ctx: Context, raw: RawEvent) -> RawEvent:
    """A domestic act aimed at its source's own country falls on that country's people: "a curfew was
    imposed in [the Kyrgyz capital]" -> KGZGOV -> KGZCVL, not a self-dyad."""
    s, t = raw.source, raw.target
    if s is None or t is None or t.role or not t.country or t.country != s.country or raw.negated:
        return raw
    role = ctx.patterns.domestic_role(raw.code, raw.act_code)
    if role is None or role == s.role:
        return raw
    return replace(raw, target=_people_of(s, t.country, role, t))


def imply_targets(ctx: Context, raws: list[RawEvent]) -> list[RawEvent]:
    """Give each act with a source but no target the target its phrase, its place or its kind implies."""
    out: list[RawEvent] = []
    raws = [replace(r, target=None) if r.target is not None and _own_forces(ctx, r, r.target) else r for r in raws]
    raws = [_doer_told_beside(ctx, _foe_in_fight(ctx, r, raws), raws) for r in raws]
    raws = [_toll_of(ctx, r, raws) for r in raws]
    for raw in map(lambda r: _own_people(ctx, _the_people(ctx, settle(ctx, placed_doers(ctx, r)))), raws):
        if (raw.target is not None or raw.source is None or raw.source.code is None or raw.scope < 0 or raw.negated
                or raw.mutual):  # (done to "each other" by one side named: no one else is its target)
            out.append(raw)
            continue
        targets = [t for t in _implied(ctx, raw, out, raws) if not self_dyad(raw.source.code, t.code)]
        conf = round(max(raw.confidence - 0.1, 0.05), 2)
        # a group of unsaid country the act falls on is within the source's ("police dispersed demonstrators")
        out.extend([settle(ctx, replace(raw, target=t, confidence=conf)) for t in targets] or [raw])
    # a group placed by one act is of that country in the others, which may settle their other side too;
    # the unsaid people of a protest told by its noun are no one when nothing places them
    return [r for r in (settle(ctx, r) for r in placed_alike(out)) if not _unplaced_crowd(r)]


def _unplaced_crowd(raw: RawEvent) -> bool:
    s = raw.source
    return s is not None and s.via == "unidentified" and s.role == "CVL" and not s.country

