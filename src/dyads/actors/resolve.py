"""resolve_actors: every actor mention of a parsed article, resolved as of its date."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from dyads.actors.compose import LOCATION_PREPS, Draft, compose
from dyads.actors.coref import (
    resolve_definite_bodies,
    resolve_owner_pronouns,
    resolve_pronouns,
    resolve_surnames,
    resolve_titles,
)
from dyads.actors.focal import assign_focal_country, sentence_countries
from dyads.actors.joint import split_joint_nationalities
from dyads.actors.mentions.acronyms import acronym_in_other_name
from dyads.actors.mentions.datelines import dateline_end
from dyads.actors.mentions.fragments import is_name_fragment
from dyads.actors.mentions.groups import bygone_qualifier, group_nuclei, stance_prefixed
from dyads.actors.mentions.matcher import NameMatch, fold_tokens, match_agents, match_names
from dyads.actors.mentions.nuclei import (
    Nucleus,
    agent_nuclei,
    byline_keys,
    is_byline,
    name_nuclei,
    unknown_nuclei,
)
from dyads.actors.pairs import resolve_definite_countries, resolve_pairs, resolve_plural_pronouns
from dyads.actors.refugees import refugees_origin
from dyads.kb import EntryKind, KnowledgeBase
from dyads.kb.names import FAMILY_NAME_FIRST
from dyads.records.actor import UNKNOWN_COUNTRY, ActorMention
from dyads.records.parse import ParsedDoc

_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame"})


def resolve_actors(
    doc: ParsedDoc, *, kb: KnowledgeBase, published: dt.date | None, byline: str | None = None
) -> tuple[ActorMention, ...]:
    """Resolve every actor mention in ``doc`` as of ``published``; sorted by start.

    ``via`` tells how: ``dictionary`` (a known name), ``title`` (a title gave the
    role), ``agent`` (an agent noun with its country), ``capital``, ``adjective``,
    ``ner`` (an unknown name with a nationality), ``coref`` (surname or definite
    title), ``pronoun``, ``pair`` ("the two countries": two mentions, same span).

    Choices: a person outside any dated role is their country alone before their
    first office and ``<country>ELI`` after it; with ``published=None`` a person
    takes their latest role.  Capitals and seats of power (Moscow, the Kremlin)
    are the government as subject, object or possessor ("Moscow said",
    "Beijing's claim", "talks with Tokyo") but nothing as a location ("in Moscow",
    "flew to Pyongyang") or a noun modifier ("the Moscow summit").  Country names
    are actors except after in/near/inside/across...  Names in ``byline`` (and
    any title attached to them: "reporter Anna Petrova") are never actors; other
    journalists with a title are ``MED``.  A wire dateline ("ADDIS ABABA —",
    "MOSCOW, Oct 6 (Reuters) -") is never an actor (see :mod:`dyads.actors.mentions.datelines`), nor is a
    known surname inside somebody else's name ("Dlamini-Zuma"; :mod:`dyads.actors.mentions.fragments`).
    """
    folded = fold_tokens(doc)
    taken = [False] * len(doc.tokens)
    nuclei: list[Nucleus] = []
    skip = byline_keys(byline)
    places = _place_entities(doc)
    dateline = dateline_end(doc)
    named: list[tuple[int, str]] = []  # countries, nationalities and capitals named, as actors or places
    owners: list[tuple[int, str]] = []  # people of known country named as possessors
    for i in range(dateline):
        taken[i] = True
    for n in name_nuclei(doc, kb, match_names(doc, kb, folded), published):
        if n.first < dateline or is_name_fragment(doc, n):
            continue
        _take(taken, n)
        if is_byline(doc, n, skip):
            nuclei.append(replace(n, via="byline"))  # kept so its title ("reporter X") goes too
        elif not _inside_place(n, places):
            nuclei.append(n)
            if n.entry is not None and n.entry.kind in _NAMED_KINDS and n.entry.country:
                named.append((n.head, n.entry.country))
            elif n.entry is not None and n.entry.kind is EntryKind.PERSON and doc.tokens[n.head].dep == "poss":
                # "[Akayev]'s regime": a possessor of known country names it, as the country acting
                country = kb.resolve(n.entry, published).country
                if country:
                    owners.append((n.head, country))
    nuclei.extend(_surname_nuclei(doc, kb, nuclei, taken, folded, published))
    for n in agent_nuclei(doc, match_agents(doc, kb, taken)):
        _take(taken, n)
        nuclei.append(n)
    nuclei.extend(n for n in _office_holder_nuclei(doc, kb, taken, folded, published) if not is_byline(doc, n, skip))
    for n in unknown_nuclei(doc, taken):
        _take(taken, n)
        nuclei.append(replace(n, via="byline") if is_byline(doc, n, skip) else n)
    nuclei = [n for n in nuclei if not acronym_in_other_name(doc, n, taken) and not stance_prefixed(doc, n)
              and not (n.last - n.first == 1 and n.entry is not None and n.entry.kind in _BYGONE_KINDS
                       and bygone_qualifier(doc, n.first))]
    nuclei.sort(key=lambda n: n.first)
    drafts: list[Draft] = []
    for group in group_nuclei(doc, nuclei):
        draft = compose(doc, group, kb, published)
        if draft is not None:
            drafts.append(draft)
    drafts.sort(key=lambda d: d.first)
    drafts = split_joint_nationalities(doc, drafts)
    drafts = resolve_surnames(doc, drafts)
    drafts = resolve_titles(drafts)
    drafts = resolve_definite_bodies(doc, drafts)
    drafts = resolve_pronouns(doc, drafts)
    drafts = resolve_pairs(doc, drafts)
    drafts = resolve_plural_pronouns(doc, drafts)
    drafts = resolve_definite_countries(doc, drafts)
    drafts = resolve_owner_pronouns(doc, drafts)
    drafts = [_ethnic(doc, d) for d in drafts]
    drafts = refugees_origin(doc, drafts, named)
    located = _not_the_speakers([(i, c) for i, c in named if _located(doc, i)], named, doc)
    acting = [(i, c) for i, c in named if _acting(doc, i)] + owners
    drafts = assign_focal_country(doc, drafts, sentence_countries(doc, acting),
                                  located=sentence_countries(doc, located))
    return tuple(_mention(doc, d) for d in drafts if d.code)


_ETHNIC = frozenset({"ethnic"})


def _ethnic(doc: ParsedDoc, d: Draft) -> Draft:
    """An ethnicity is a people, not a state: "ethnic Albanians in south Serbia", "ethnic Albanian
    guerrillas operating in Macedonia" are of the country where they live, which their sentence may say
    (else unknown), never the Albanian state."""
    if d.via not in ("adjective", "agent") or not d.country or not any(doc.tokens[i].text.lower() in _ETHNIC
                                            for i in range(max(d.first - 1, 0), d.last)):
        return d
    role = d.role or "CVL"
    return replace(d, country=None, role=role, code=UNKNOWN_COUNTRY + role, kb_id=None, name=None, via="agent")


def _located(doc: ParsedDoc, i: int) -> bool:
    """Whether token ``i`` names where something is ("a market in [Baghdad]"), not who acts."""
    tok = doc.tokens[i]
    for _ in range(4):  # through compounds, lists and "the city of": "in the city of [Gazipur]"
        if tok.dep == "pobj" and doc.tokens[tok.head].lemma in LOCATION_PREPS | {"at", "into", "of"}:
            prep = doc.tokens[tok.head]
            return prep.lemma != "of" or _located(doc, prep.head)
        if tok.dep not in ("compound", "amod", "nmod", "appos", "conj") or tok.head == tok.i:
            return False
        tok = doc.tokens[tok.head]
    return False


_PLACE_LABELS = frozenset({"GPE", "LOC"})
_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})


def _speaker_at(doc: ParsedDoc, i: int) -> int | None:
    """The speaker whose place ``i`` is: "relief officials [in Nairobi] said ...", the subject of a
    verb with a clausal complement (or of the verb the parser coordinated with the told clause)."""
    tok = doc.tokens[i]
    while tok.dep in ("compound", "conj", "appos") and tok.head != tok.i:
        tok = doc.tokens[tok.head]
    if tok.dep != "pobj":
        return None
    speaker = doc.tokens[doc.tokens[tok.head].head]
    if speaker.dep != "nsubj" or speaker.pos not in ("NOUN", "PROPN"):
        return None
    verb = doc.tokens[speaker.head]
    told = any(c.dep == "ccomp" for c in doc.children(verb.i)) or verb.dep in ("parataxis", "ccomp") and any(
        c.dep == "nsubj" and c.i != speaker.i for c in doc.children(verb.head))
    return speaker.i if told else None


def _not_the_speakers(located: list[tuple[int, str]], named: list[tuple[int, str]],
                      doc: ParsedDoc) -> list[tuple[int, str]]:
    """Drop the speaker's place ("killing 20 people, relief officials [in Nairobi] said") where the
    sentence names another place: the event is there, not where it is told. The speaker's own phrase
    ("the US Embassy in Cairo") and nationality words ("U.S. service members") name no other place."""
    speakers = {i: k for i, _ in located if (k := _speaker_at(doc, i)) is not None}
    if not speakers:
        return located
    told = {doc.tokens[i].sent for i in speakers}
    spoken_from = {k for s in set(speakers.values()) for k in doc.subtree(s)}
    countries = {j for j, _ in named}
    others = {t.sent for t in doc.tokens if t.sent in told and t.i not in spoken_from and t.pos == "PROPN"
              and t.dep not in _MODIFIERS and (t.ent_type in _PLACE_LABELS or t.i in countries)}
    return [(i, c) for i, c in located if i not in speakers or doc.tokens[i].sent not in others]


def _acting(doc: ParsedDoc, i: int) -> bool:
    """Whether token ``i`` names a country as the one acting or owning ("[Seoul] put its troops on
    alert", "[Sudan]'s army"), not one acted upon ("suspended contact with [the United States]")."""
    tok = doc.tokens[i]
    for _ in range(3):
        if tok.dep in ("nsubj", "nsubjpass", "poss"):
            return True
        if tok.dep not in ("compound", "conj", "appos", "flat") or tok.head == tok.i:
            return False
        tok = doc.tokens[tok.head]
    return False


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_KINDS = frozenset({EntryKind.COUNTRY, EntryKind.ADJECTIVE, EntryKind.SEAT})
_BYGONE_KINDS = frozenset({EntryKind.COUNTRY, EntryKind.ADJECTIVE})  # "the one-time [French] colony"
_NAMED_KINDS = frozenset({EntryKind.COUNTRY, EntryKind.SEAT})  # what names a sentence's country


def _place_entities(doc: ParsedDoc) -> dict[int, tuple[int, int]]:
    """Token → (first, last) of the GPE/LOC/FAC entity holding it."""
    spans: dict[int, tuple[int, int]] = {}
    for ent in doc.entities:
        if ent.label in _PLACE_LABELS:
            first, last = ent.first, ent.last
            while first < last and doc.tokens[first].pos in {"DET", "PUNCT"}:
                first += 1
            while last > first and doc.tokens[last - 1].pos in {"PART", "PUNCT"}:
                last -= 1
            for i in range(first, last):
                spans[i] = (first, last)
    return spans


def _inside_place(n: Nucleus, places: dict[int, tuple[int, int]]) -> bool:
    """A country word inside a longer place name: "British Columbia", "the South China Sea"."""
    if n.entry is None or n.entry.kind not in _PLACE_KINDS or n.first not in places:
        return False
    first, last = places[n.first]
    return first <= n.first and n.last <= last and (last - first) > (n.last - n.first)


def _take(taken: list[bool], n: Nucleus) -> None:
    for i in range(n.first, n.last):
        taken[i] = True


def _surname_nuclei(
    doc: ParsedDoc, kb: KnowledgeBase, nuclei: list[Nucleus], taken: list[bool], folded: tuple[str, ...], day: dt.date | None
) -> list[Nucleus]:
    """Later bare surnames of people the dictionary found in full ("Sechin" after "Igor Sechin")."""
    surnames: dict[str, tuple[int, str]] = {}
    for n in nuclei:
        if n.entry is None or n.entry.kind is not EntryKind.PERSON or n.last - n.first < 2 or n.via == "byline":
            continue
        words = [k for k in folded[n.first : n.last] if k.isalpha()]
        keys = words[-1:] + (words[:1] if (n.entry.country in FAMILY_NAME_FIRST) else [])
        for key in keys:
            surnames.setdefault(key, (n.last, n.entry.kb_id))
    if not surnames:
        return []
    found = []
    for tok in doc.tokens:
        hit = surnames.get(folded[tok.i])
        if hit is None or taken[tok.i] or tok.i < hit[0] or tok.pos != "PROPN" or not tok.text[:1].isupper():
            continue
        nuc = name_nuclei(doc, kb, [NameMatch(tok.i, tok.i + 1, (hit[1],))], day, via="coref")
        for n in nuc:
            taken[tok.i] = True
            found.append(n)
    return found


def _office_holder_nuclei(
    doc: ParsedDoc, kb: KnowledgeBase, taken: list[bool], folded: tuple[str, ...], day: dt.date | None
) -> list[Nucleus]:
    """A bare surname the text never gives in full, of the one person of that surname in office on the
    day ("Mukherjee" in 2008: India's foreign minister), as a reader of the news knows them; a surname
    some full name in the text ends with ("John Smith ... Smith") is that person's, whoever they are, and
    one after a title ("Opposition Leader Howard") is the title's to place (:mod:`dyads.actors.coref`); a
    word that is also someone's given name ("Gabriel scored twice") names nobody for sure, unless an
    honorific makes it a surname ("Mr Howard")."""
    if day is None:
        return []
    full = {folded[j] for j in range(len(doc.tokens)) if doc.tokens[j].ent_type == "PERSON" and doc.tokens[j].ent_iob == "I"}
    found = []
    for tok in doc.tokens:
        i = tok.i
        alone = tok.ent_type == "PERSON" and tok.ent_iob == "B" and (
            i + 1 >= len(doc.tokens) or doc.tokens[i + 1].ent_iob != "I")
        if not alone or taken[i] or (i > 0 and taken[i - 1]) or tok.pos != "PROPN" or not tok.text[:1].isupper() \
                or folded[i] in full or (folded[i] in kb.given_names and (i == 0 or folded[i - 1] not in _HONORIFICS)):
            continue
        entry = kb.office_holder(tok.text, day)
        if entry is None:
            continue
        for n in name_nuclei(doc, kb, [NameMatch(i, i + 1, (entry.kb_id,))], day, via="office"):
            taken[i] = True
            found.append(n)
    return found


def _mention(doc: ParsedDoc, d: Draft) -> ActorMention:
    start, end = doc.tokens[d.first].start, doc.tokens[d.last - 1].end
    code = d.code
    if not d.country and d.role and code in (None, d.role) and d.role not in ("IGO", "NGO"):
        code = UNKNOWN_COUNTRY + d.role  # a group whose country nothing establishes: ---REB
    return ActorMention(
        doc_id=doc.doc_id,
        text=doc.text[start:end],
        start=start,
        end=end,
        code=code,
        country=d.country,
        role=d.role,
        name=d.name,
        kb_id=d.kb_id,
        first=d.first,
        last=d.last,
        head=d.head,
        via=d.via,
    )
