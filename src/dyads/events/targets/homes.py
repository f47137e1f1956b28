"""Where the sides of an act are: a group, an organ or an unsaid doer of no country said is of the country
its own phrase, the act's place or the other side of a domestic act places it in ("police in Northern
Ireland", "a bomb outside the Iraqi city of Basra", "Chilean police detained four students")."""

from __future__ import annotations

from dataclasses import replace

from dyads.actors.focal import PLACED_ROLES
from dyads.events.context import Context
from dyads.events.roots import HARM_ROOTS
from dyads.events.sentence import RawEvent
from dyads.events.sides.arguments import np_tokens, of_phrase
from dyads.events.targets.places import COMPASS
from dyads.events.targets.reach import PLACING, walk
from dyads.records.actor import UNKNOWN_COUNTRY, ActorMention, countryless_group

HOME_ORGANS = frozenset({"JUD", "COP"})  # courts and police act within their own country
_MISSIONS = frozenset({"embassy", "consulate", "legation", "mission"})  # a country's posts in another
_POLITICAL_ROLES = frozenset({"GOV", "LEG", "JUD", "OPP", "ELI", "PTY"})
_STATE_SIDES = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})  # a state's organs are not held by its own police


def _organ_at_home(raw: RawEvent) -> RawEvent:
    """A court or the police of unsaid country acting on a country's officials or politicians are that
    country's: "Judge Rivera opened investigations against 28 Chilean officials" -> CHLJUD -> CHLGOV."""
    s, t = raw.source, raw.target
    if (s is None or t is None or not countryless_group(s) or s.role not in HOME_ORGANS or not t.country
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
    if s.country and countryless_group(t) and not (t.role in _POSTED and s.role in _IRREGULARS):
        # (soldiers attacked by insurgents or unknown gunmen may be anyone's: "a Marine convoy was attacked
        # near Fallujah" is no Iraqi convoy)
        # of the place named in its own phrase or the act's ("a missile attack killed eight people [from a
        # village in North Waziristan]"), else of the source's country
        country = (place_country(ctx, [t.head]) if t.head >= 0 else None) or (
            place_country(ctx, _with_governor(ctx, raw.scope)) if raw.scope >= 0 else None)
        if country is None and not (s.role in (None, "") and t.role == "CVL" and raw.code[:2] in HARM_ROOTS):
            # (a state's armed strike kills people anywhere: "a U.S. missile attack killed eight people" names
            # no American victims; its opponents at home are its own: "Iran assassinated opposition leaders")
            country = s.country
        if country is None:
            return raw
        return replace(raw, target=replace(t, code=country + (t.role or ""), country=country, via="domestic"))
    abroad = 0 <= t.head < len(ctx.doc.tokens) and ctx.doc.tokens[t.head].lemma.lower() in _MISSIONS
    if (t.country and countryless_group(s) and (t.code or "")[:3] not in ("IGO", "NGO") and s.via != "unidentified"
            and not abroad):  # (a country's embassy stands in another's: "militias attacked the US embassy")
        # (unidentified attackers of a known side are not its own: "Chinese engineers were killed")
        return replace(raw, source=replace(s, code=t.country + (s.role or ""), country=t.country, via="domestic"))
    return raw


def _with_governor(ctx: Context, scope: int) -> list[int]:
    """An act's words and, for a participle told alongside another act, that act's ("troops swept through
    [Nablus], arresting twelve militants": the arrests were in Nablus)."""
    tok = ctx.doc.tokens[scope]
    return [scope, tok.head] if tok.dep == "advcl" and tok.tag == "VBG" and tok.head != scope else [scope]


def settle(ctx: Context, raw: RawEvent) -> RawEvent:
    """A side of unsaid country placed by its own phrase, or by the other side: a domestic act's group,
    a home organ, a group facing another country's own in a sentence of that one country."""
    return _of_the_one_country(ctx, _organ_at_home(_at_home(ctx, _own_place(ctx, raw))))


# groups a sentence of one country places in it: not soldiers (posted anywhere), nor armed irregulars
# and unknown gunmen (their foes may be anyone's), nor refugees (of where they fled from)
_HOMED_GROUPS = frozenset({"GOV", "LEG", "JUD", "COP", "OPP", "PTY", "CVL", "EDU", "LAB", "BUS", "HLH", "MED", "REL",
                           "ELI", "AGR", "NGO", "HRI"})


def _of_the_one_country(ctx: Context, raw: RawEvent) -> RawEvent:
    """A group of unsaid country acting on, or acted on by, another country's own people or organs is of
    that country when the sentence names no other, as careful coders code it: "Demonstrators accused [Prime
    Minister Abhisit] of corruption" -> THACVL -> THAGOV, "the minister reassured worried [Australians]" -> AUSGOV.
    A bare country on the other side says nothing of the group ("the government suspended contact with
    [the United States]"), nor does a second country in the sentence ("US envoys met rebels in Libya")."""
    s, t = raw.source, raw.target
    if s is None or t is None:
        return raw
    # (a name nobody knows that does harm is not thereby of its victims' country: "Al-Masri killed a Pakistani
    # police officer")
    if s.code is None and raw.code[:2] in HARM_ROOTS:
        t = _unknown_person(ctx, t, s)
    else:
        s, t = _unknown_person(ctx, s, t), _unknown_person(ctx, t, s)
    if countryless_group(s) and not countryless_group(t):
        group, other = s, t
    elif countryless_group(t) and not countryless_group(s):
        group, other = t, s
    else:
        return raw
    if group is s and _travel(raw):
        return raw  # a visitor is not of the place it visits ("the president visited troops in Kabul")
    # a bare country places a group only by an act a state does to its own people ("Cuba released four
    # dissidents"), never by dealing with it ("Russia pledged to work with the opposition")
    home_act = group is t and not other.role and ctx.patterns.home_act(raw.code)
    if (group.role not in _HOMED_GROUPS or group.via == "unidentified" or not other.country
            or not (other.role or home_act)
            or (other.code or "")[:3] in ("IGO", "NGO") or other.code == other.country + group.role):
        return raw
    named = _sentence_countries(ctx, raw.sentence)
    if named != {other.country}:  # (an international body named leaves the group's country open: "rebels
        return raw  # will surrender to the court", said of the ICC in a sentence about the UN)
    placed = replace(group, code=other.country + group.role, country=other.country, via="one country")
    return replace(raw, source=placed) if group is s else replace(raw, target=placed)


_CITIZEN = "CVL"  # a person of no office known stands as a citizen (as ICEWS codes "Citizen (country)")
_COMPANY = "BUS"


def _unknown_person(ctx: Context, actor: ActorMention, other: ActorMention) -> ActorMention:
    """A name the knowledge base does not know, as the parser tags a person or an organisation: a citizen
    of unsaid country ("McKenna": ---CVL), whom a sentence of one country places in it; a name the parser
    calls an organisation that deals with a company is a company ("Siemens agreed to merge with [Talvane]");
    the name of a thing is no one ("the Kyoto Protocol")."""
    if actor.code is not None or actor.head < 0:
        return actor
    tok = ctx.doc.tokens[actor.head]
    if (tok.pos != "PROPN" or tok.ent_type not in ("PERSON", "ORG", "")
            or tok.lemma.lower() in ctx.patterns.words("thing_names")):
        return actor
    role = _COMPANY if tok.ent_type == "ORG" and other.role == _COMPANY else _CITIZEN
    return replace(actor, code=UNKNOWN_COUNTRY + role, role=role)


def _sentence_countries(ctx: Context, sentence: int) -> set[str]:
    """Every country sentence ``sentence`` names: its actors' and its places' (towns and regions too), and
    "IGO" for an international body."""
    doc = ctx.doc
    words = next((list(range(x.first, x.last)) for x in doc.sentences if x.index == sentence), [])
    actors = [a for i in words for a in ctx.index.at(i)]
    found = {a.country for a in actors if a.country}
    found |= {"IGO" for a in actors if (a.code or "").startswith("IGO")}
    if ctx.places is not None:
        found |= {p.country for p in ctx.places.find(doc, words) if p.country}
    return found


def _own_place(ctx: Context, raw: RawEvent) -> RawEvent:
    """A group or state organ of unsaid country is of the town or region its own phrase places it in:
    "police in [Northern Ireland]", "militias in [Tripoli]", "workers from [Basra]", else (soldiers
    apart) of the act's place: "a militia attacked villagers [in Darfur]" (the actor resolver knows
    only countries and capitals; this reads the gazetteer's towns and regions too)."""
    def placed(actor: ActorMention | None) -> ActorMention | None:
        if actor is None or actor.head < 0 or actor.role not in PLACED_ROLES or not countryless_group(actor):
            return actor
        country = (place_country(ctx, [actor.head], preps=_OWN_PLACING) or _named_by_place(ctx, actor)
                   or _of_place(ctx, actor))
        if country is None and actor.role not in _POSTED and raw.scope >= 0 and not _travel(raw):
            # or of the act's place ("a militia attacked villagers [in Darfur]"); soldiers are posted abroad,
            # and a visitor's place is where it went ("the foreign minister arrived [in Moscow]")
            country = place_country(ctx, [raw.scope], preps=PLACING)
        return replace(actor, code=country + (actor.role or ""), country=country, via="place") if country else actor

    s, t = placed(raw.source), placed(raw.target)
    return raw if (s is raw.source and t is raw.target) else replace(raw, source=s, target=t)


_TRAVEL = "042"  # a visit, a trip: its place is its destination


def _travel(raw: RawEvent) -> bool:
    return (raw.act_code or raw.code).startswith(_TRAVEL)


def _named_by_place(ctx: Context, actor: ActorMention) -> str | None:
    """The country of a town or region named in front of a group: "[Darfur] rebels", "[Basra] workers"; a
    province or state may be a name the parser gives no type ("the [Queensland] Premier", "the [Ontario]
    government")."""
    if ctx.places is None:
        return None
    doc = ctx.doc
    names = [c.i for c in doc.children(actor.head) if c.dep == "compound" and c.i < actor.head
             and c.pos == "PROPN" and c.ent_type in ("GPE", "LOC")]
    if names:
        return next((p.country for p in ctx.places.find(doc, names) if p.country), None)
    towns = ctx.places.towns
    if towns is None:
        return None
    untyped = [c.i for c in doc.children(actor.head) if c.dep == "compound" and c.i < actor.head
               and c.pos == "PROPN" and not c.ent_type]
    for i in untyped:
        span = np_tokens(doc, i)
        found = towns.province_of(doc.text[doc.tokens[span[0]].start:doc.tokens[span[-1]].end])
        if found:
            return ctx.places.kb.state_on(found, ctx.places.day)
    return None


def _of_place(ctx: Context, actor: ActorMention) -> str | None:
    """The country of a town or region a group or office is "of": "the mayor [of Cleveland]", "the
    governor [of Ohio]", "residents [of Gaza]" (a country itself the actor resolver has read already)."""
    if ctx.places is None or actor.via == "unidentified":  # (an unsaid doer stands at its act: "the invasion of Iraq")
        return None
    doc = ctx.doc
    for p in doc.children(actor.head):
        if p.dep != "prep" or p.lemma != "of":
            continue
        for o in doc.children(p.i):
            if o.dep == "pobj" and o.pos == "PROPN" and o.ent_type in ("GPE", "LOC"):
                found = next((m.country for m in ctx.places.find(doc, np_tokens(doc, o.i)) if m.country), None)
                if found:
                    return found
    return None


_ATTACK_PLACING = PLACING | {"outside", "along", "on"}
_SHARED_PLACES = frozenset({"border", "frontier", "boundary"})  # "on the Thai border": of two sides
_OWN_PLACING = _ATTACK_PLACING | {"from"}
_POSTED = frozenset({"MIL", "UAF"})  # where troops are says nothing of whose they are
_IRREGULARS = frozenset({"UAF", "REB", "INS"})  # insurgents and unknown gunmen: their foes may be anyone's


def placed_doers(ctx: Context, raw: RawEvent) -> RawEvent:
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
    # and, for an act told by its noun as a subject, the clause it is subject of ("protests against the
    # government continued [in Bangkok]")
    scope = ctx.doc.tokens[raw.scope]
    if scope.pos in ("NOUN", "PROPN") and scope.dep in ("nsubj", "nsubjpass") and scope.head != scope.i:
        subjects.append(scope.head)
    country = place_country(ctx, [raw.scope, *subjects])
    t = raw.target
    if country is None and s.role in HOME_ORGANS and t is not None and t.country and t.role not in _STATE_SIDES \
            and (t.code or "")[:3] not in ("IGO", "NGO"):
        # no place said: a court or the police that charge, try or hold someone are of that one's own country
        # ("Reinado, an East Timorese major, was charged with murder" -> TLSCOP -> TLS)
        country = t.country
    return replace(raw, source=replace(s, code=country + (s.role or ""), country=country)) if country else raw


def place_country(ctx: Context, heads: list[int], *, preps: frozenset[str] = _ATTACK_PLACING) -> str | None:
    """The country of the first place named below ``heads`` after a placing preposition, never in a
    phrase of time or circumstance ("since the start of the war [in Iraq]")."""
    if ctx.places is None:
        return None
    doc = ctx.doc
    for j in [k for h in heads for k in walk(doc, h, frozenset())]:
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
