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

from collections import deque
from dataclasses import replace

from dyads.actors.focal import PLACED_ROLES, STATE_ROLES
from dyads.events.alike import placed_alike
from dyads.events.arguments import UnresolvedActors, actors_at, backer, np_tokens, of_phrase
from dyads.events.context import Context
from dyads.events.matching import subtree
from dyads.events.places import COMPASS
from dyads.events.sentence import RawEvent
from dyads.records.actor import ActorMention, countryless_group, self_dyad
from dyads.records.parse import ParsedDoc

_SOURCE_SIDE = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "expl"})
_OWN_CLAUSES = frozenset({"advcl", "relcl", "parataxis", "appos", "acl"})
_MAX_DEPTH = 5
_HOME_ORGANS = frozenset({"JUD", "COP"})  # courts and police act within their own country
_MISSIONS = frozenset({"embassy", "consulate", "legation", "mission"})  # a country's posts in another
_POLITICAL_ROLES = frozenset({"GOV", "LEG", "JUD", "OPP", "ELI", "PTY"})
_PLACING = frozenset({"in", "inside", "within", "throughout", "across", "around", "near", "at"})
# phrases of time and circumstance are not the act's target: "since the collapse of [the Soviet Union]"
_CIRCUMSTANCE = frozenset({"since", "after", "before", "during", "until", "amid", "despite", "following", "like",
                           "unlike", "as", "than", "because", "while", "according", "accord", "follow"})  # "according to [X]": who told it


def _walk(doc: ParsedDoc, scope: int, avoid: frozenset[int], *, skip_preps: frozenset[str] = frozenset()) -> list[int]:
    """Tokens below ``scope``, breadth first (nearest first), skipping the source side, clauses of their
    own and phrases headed by ``skip_preps``."""
    order: list[int] = []
    queue = deque((c.i, 1) for c in doc.children(scope) if c.dep not in _SOURCE_SIDE)
    while queue:
        j, depth = queue.popleft()
        if j in avoid:
            continue
        tok = doc.tokens[j]
        if tok.dep in _OWN_CLAUSES and any(c.dep in ("nsubj", "nsubjpass", "mark") for c in doc.children(j)):
            continue
        if tok.dep == "advcl":  # "..., ploughing through the UN lines": another act, told alongside
            continue
        if tok.dep == "conj" and tok.pos in ("VERB", "AUX"):  # "rejected the charge and [said ...]": another act
            continue
        if tok.dep == "prep" and (tok.lemma.lower() in _CIRCUMSTANCE or tok.lemma.lower() in skip_preps):
            continue
        order.append(j)
        if depth < _MAX_DEPTH:
            queue.extend((c.i, depth + 1) for c in doc.children(j))
    return order


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


def _implied(ctx: Context, raw: RawEvent, earlier: list[RawEvent], peers: list[RawEvent]) -> tuple[ActorMention, ...]:
    doc, source = ctx.doc, raw.source
    assert source is not None
    told = _coordinated(ctx, raw, earlier) or _response_to(ctx, raw, earlier) or _contained(ctx, raw, peers)
    if told is not None:
        return (told,)
    avoid = frozenset(range(source.first, source.last)) if source.first >= 0 else frozenset()
    # an actor after a placing preposition is where the act happens ("backing nations [in their disputes
    # with China]"), not whom it is aimed at: places are the next step
    munitions = ctx.patterns.words("munitions")

    def aimed_at(actor: ActorMention) -> bool:  # (the pattern's weapon is the act's means: "launched [artillery] fire")
        return _other_side(source, actor) and not _own_forces(ctx, raw, actor) and not (
            actor.head in raw.trigger and doc.tokens[actor.head].lemma.lower() in munitions)

    for j in _walk(doc, raw.scope, avoid, skip_preps=_PLACING):
        if backer(doc, j):
            continue  # "opposed the [US]-backed state": the state is opposed, not its backer
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
        for j in [k for h in scopes for k in _walk(doc, h, avoid | {raw.scope})]:
            tok = doc.tokens[j]
            prep = doc.tokens[tok.head]
            # a placing preposition, the act's own "of" ("an invasion of [South Lebanon]"), a bearing
            # ("20 km south of [Kabul]"), or the place the act's verb is done to ("jets struck [Rafah]")
            struck = (tok.dep == "dobj" and tok.head in raw.trigger and doc.tokens[tok.head].pos == "VERB"
                      and tok.pos == "PROPN")
            placing = tok.dep == "pobj" and (prep.lemma in ctx.patterns.place_preps
                                             or (prep.lemma == "of" and prep.head in raw.trigger)
                                             or (prep.lemma == "of" and doc.tokens[prep.head].lemma.lower() in COMPASS))
            if not (struck or placing):
                continue
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
    at_home = ctx.patterns.domestic_without_place(raw.code, raw.act_code) or source.role in _HOME_ORGANS
    if role is not None and source.country and at_home:
        if source.role != role:
            return (_people_of(source, source.country, role, None),)
    return ()


def _organ_at_home(raw: RawEvent) -> RawEvent:
    """A court or the police of unsaid country acting on a country's officials or politicians are that
    country's: "Judge Rivera opened investigations against 28 Chilean officials" -> CHLJUD -> CHLGOV."""
    s, t = raw.source, raw.target
    if (s is None or t is None or not countryless_group(s) or s.role not in _HOME_ORGANS or not t.country
            or t.role not in _POLITICAL_ROLES):
        return raw
    return replace(raw, source=replace(s, code=t.country + (s.role or ""), country=t.country, via="domestic"))


def _at_home(ctx: Context, raw: RawEvent) -> RawEvent:
    """A domestic act between a group whose country is unsaid and an actor of a known country is
    within that country: "Chilean police detained four students" -> CHLCOP -> CHLEDU; "Iraqi troops
    clashed with insurgents" -> IRQMIL <-> IRQREB, both ways."""
    s, t = raw.source, raw.target
    if s is None or t is None or ctx.patterns.domestic_role(raw.code, raw.act_code) is None:
        return raw
    if s.country and countryless_group(t):
        # of the place named in its own phrase or the act's ("a missile attack killed eight people [from a
        # village in North Waziristan]"), else of the source's country
        country = (_place_country(ctx, [t.head]) if t.head >= 0 else None) or (
            _place_country(ctx, [raw.scope]) if raw.scope >= 0 else None) or s.country
        return replace(raw, target=replace(t, code=country + (t.role or ""), country=country, via="domestic"))
    abroad = 0 <= t.head < len(ctx.doc.tokens) and ctx.doc.tokens[t.head].lemma.lower() in _MISSIONS
    if (t.country and countryless_group(s) and (t.code or "")[:3] not in ("IGO", "NGO") and s.via != "unidentified"
            and not abroad):  # (a country's embassy stands in another's: "militias attacked the US embassy")
        # (unidentified attackers of a known side are not its own: "Chinese engineers were killed")
        return replace(raw, source=replace(s, code=t.country + (s.role or ""), country=t.country, via="domestic"))
    return raw


def _own_forces(ctx: Context, raw: RawEvent, actor: ActorMention) -> bool:
    s = raw.source
    # troops, or whoever the pattern's own noun names: "trained 500 [hackers]" are its hackers
    return (s is not None and ctx.patterns.moves_own_forces(raw.code) and (actor.role == "MIL" or actor.head in raw.trigger)
            and actor.country in (None, s.country))


def _settled(ctx: Context, raw: RawEvent) -> RawEvent:
    """A side of unsaid country placed by its own phrase, or by the other side: a domestic act's group,
    a home organ."""
    return _organ_at_home(_at_home(ctx, _own_place(ctx, raw)))


def _own_place(ctx: Context, raw: RawEvent) -> RawEvent:
    """A group or state organ of unsaid country is of the town or region its own phrase places it in:
    "police in [Northern Ireland]", "militias in [Tripoli]", "workers from [Basra]", else (soldiers
    apart) of the act's place: "a militia attacked villagers [in Darfur]" (the actor resolver knows
    only countries and capitals; this reads the gazetteer's towns and regions too)."""
    def placed(actor: ActorMention | None) -> ActorMention | None:
        if actor is None or actor.head < 0 or actor.role not in PLACED_ROLES or not countryless_group(actor):
            return actor
        country = _place_country(ctx, [actor.head], preps=_OWN_PLACING) or _named_by_place(ctx, actor)
        if country is None and actor.role not in _POSTED and raw.scope >= 0:
            # or of the act's place ("a militia attacked villagers [in Darfur]"); soldiers are posted abroad
            country = _place_country(ctx, [raw.scope], preps=_PLACING)
        return replace(actor, code=country + (actor.role or ""), country=country, via="place") if country else actor

    s, t = placed(raw.source), placed(raw.target)
    return raw if (s is raw.source and t is raw.target) else replace(raw, source=s, target=t)


def _named_by_place(ctx: Context, actor: ActorMention) -> str | None:
    """The country of a town or region named in front of a group: "[Darfur] rebels", "[Basra] workers"."""
    if ctx.places is None:
        return None
    doc = ctx.doc
    names = [c.i for c in doc.children(actor.head) if c.dep == "compound" and c.i < actor.head
             and c.pos == "PROPN" and c.ent_type in ("GPE", "LOC")]
    return next((p.country for p in ctx.places.find(doc, names) if p.country), None) if names else None


_ATTACK_PLACING = _PLACING | {"outside", "along", "on"}
_SHARED_PLACES = frozenset({"border", "frontier", "boundary"})  # "on the Thai border": of two sides
_OWN_PLACING = _ATTACK_PLACING | {"from"}
_POSTED = frozenset({"MIL", "UAF"})  # where troops are says nothing of whose they are


def _placed_doers(ctx: Context, raw: RawEvent) -> RawEvent:
    """Unsaid doers are of the country where they act, as careful coders code them: "three US servicemen
    were killed by a bomb outside [the Iraqi city of Basra]" -> IRQUAF -> USAMIL, "two journalists were
    arrested in [Zimbabwe]" -> ZWECOP; with no place said they stay of unknown country."""
    s = raw.source
    if s is None or s.via != "unidentified" or s.country or raw.scope < 0:
        return raw
    # the act's phrase, then its subject's ("a bombing [near Samarra] killed ...")
    subjects = [c.i for c in ctx.doc.children(raw.scope) if c.dep in ("nsubj", "nsubjpass")]
    # and the thing that did it ("killed by a roadside bomb [north of Baghdad]")
    subjects += [g.i for c in ctx.doc.children(raw.scope) if c.dep == "agent" for g in ctx.doc.children(c.i)
                 if g.dep == "pobj"]
    country = _place_country(ctx, [raw.scope, *subjects])
    return replace(raw, source=replace(s, code=country + (s.role or ""), country=country)) if country else raw


def _place_country(ctx: Context, heads: list[int], *, preps: frozenset[str] = _ATTACK_PLACING) -> str | None:
    """The country of the first place named below ``heads`` after a placing preposition, never in a
    phrase of time or circumstance ("since the start of the war [in Iraq]")."""
    if ctx.places is None:
        return None
    doc = ctx.doc
    for j in [k for h in heads for k in _walk(doc, h, frozenset())]:
        tok = doc.tokens[j]
        prep = doc.tokens[tok.head]
        of_a_place = False
        if prep.lemma == "of" and prep.dep == "prep":  # "outside of [the city]", "north of [Baghdad]"
            # "the streets [of Cairo]", "the outskirts of [Kabul]": a part of a place is in it
            of_a_place = doc.tokens[prep.head].lemma.lower() in ctx.patterns.words("place_parts")
            prep = doc.tokens[prep.head]
        placing = of_a_place or prep.lemma in preps or prep.lemma.lower() in COMPASS  # "north of [Baghdad]"
        if tok.dep != "pobj" or not placing or tok.lemma in _SHARED_PLACES:
            continue
        named = np_tokens(doc, j) + [m for k in of_phrase(doc, j) for m in np_tokens(doc, k)]
        country = next((p.country for p in ctx.places.find(doc, named) if p.country), None)
        if country:
            return country
    return None


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


_HARM_ROOTS = frozenset({"18", "19", "20"})


def _toll_of(ctx: Context, raw: RawEvent, peers: list[RawEvent]) -> RawEvent:
    """The toll of an attack falls on the side attacked: "a camp for [Congolese refugees] was attacked by
    Burundian militiamen, [killing] at least 156 people" -> the people killed are Congolese (CODCVL), not
    of the attackers' country.  The toll is a participle clause below the attack's verb whose victims
    have no country said; the attack's target gives it."""
    t = raw.target
    if t is None or not countryless_group(t) or raw.scope < 0 or raw.code[:2] not in _HARM_ROOTS:
        return raw
    tok = ctx.doc.tokens[raw.scope]
    if tok.dep != "advcl" or not tok.tag.startswith("VBG"):
        return raw
    for other in peers:
        o = other.target
        if (other is not raw and other.sentence == raw.sentence and other.code[:2] in _HARM_ROOTS
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
    raws = [_foe_in_fight(ctx, r, raws) for r in raws]
    raws = [_toll_of(ctx, r, raws) for r in raws]
    for raw in map(lambda r: _own_people(ctx, _the_people(ctx, _settled(ctx, _placed_doers(ctx, r)))), raws):
        if raw.target is not None or raw.source is None or raw.source.code is None or raw.scope < 0 or raw.negated:
            out.append(raw)
            continue
        targets = [t for t in _implied(ctx, raw, out, raws) if not self_dyad(raw.source.code, t.code)]
        conf = round(max(raw.confidence - 0.1, 0.05), 2)
        # a group of unsaid country the act falls on is within the source's ("police dispersed demonstrators")
        out.extend([_settled(ctx, replace(raw, target=t, confidence=conf)) for t in targets] or [raw])
    # a group placed by one act is of that country in the others, which may settle their other side too
    return [_settled(ctx, r) for r in placed_alike(out)]

