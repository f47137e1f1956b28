"""The attributes stage: date, place, quantities and tone for each coded event.

``attach_attributes`` is what the pipeline calls per article.  Everything is read
from the event's first evidence sentence; the article's other sentences and
actors only help to choose between places of the same name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from dyads.attributes.attachment import OTHER_EVENT, attached, in_parenthetical, token_index
from dyads.attributes.dates.dating import dates_another_noun, event_date, find_dates
from dyads.attributes.dates.history import Period, is_historical, load_periods, period_dates
from dyads.attributes.dates.tense import past_perfect, tense_at
from dyads.attributes.places.gazetteer import Gazetteer, load_gazetteer
from dyads.attributes.places.placing import PlaceContext, event_place, find_place_mentions, place_context
from dyads.attributes.quantities.amounts import find_quantities
from dyads.attributes.quantities.roles import as_casualties, is_threshold, is_time_gap, local_dollar
from dyads.attributes.tone import ToneAnalyzer, load_tone_analyzer, sentence_tone, weighted_tone
from dyads.records.actor import ActorMention
from dyads.records.article import DatePrecision
from dyads.records.attributes import Quantity, Tone
from dyads.records.event import Event, EventEvidence
from dyads.records.parse import ParsedDoc


@dataclass(frozen=True, slots=True)
class AttributeResources:
    """What the attributes stage loads once and passes around."""

    gazetteer: Gazetteer
    analyzer: ToneAnalyzer
    periods: tuple[Period, ...] = ()


def load_attribute_resources(*, gazetteer: Gazetteer | None = None) -> AttributeResources:
    """Load the gazetteer (unless one is given), the tone analyzer and the named periods (about a second)."""
    return AttributeResources(gazetteer=gazetteer or load_gazetteer(), analyzer=load_tone_analyzer(),
                              periods=load_periods())


def article_tone(doc: ParsedDoc, resources: AttributeResources) -> Tone:
    """The article's tone: length-weighted mean of its sentences' VADER compound scores."""
    return weighted_tone((s.text for s in doc.sentences), analyzer=resources.analyzer)


def article_place_context(
    doc: ParsedDoc, resources: AttributeResources, *, actors: Iterable[ActorMention | None] = ()
) -> PlaceContext:
    """Countries and regions the whole article is about, to choose between same-named places."""
    mentions = [
        m
        for s in doc.sentences
        for m in find_place_mentions(s.text, offset=s.start, gazetteer=resources.gazetteer, doc=doc)
    ]
    return place_context(mentions, actor_countries=(a.country for a in actors if a is not None))


def attach_attributes(
    events: tuple[Event, ...],
    doc: ParsedDoc,
    *,
    published: dt.date | None,
    resources: AttributeResources,
    actors: tuple[ActorMention, ...] = (),
) -> tuple[Event, ...]:
    """New events with ``date``, ``location``, ``quantities`` and ``tone`` filled in."""
    if not events:
        return ()
    people = [*actors, *(e.source for e in events), *(e.target for e in events)]
    context = article_place_context(doc, resources, actors=people)
    return tuple(_attach(e, doc, published, resources, context) for e in events)


def _attach(
    event: Event, doc: ParsedDoc, published: dt.date | None, resources: AttributeResources, context: PlaceContext
) -> Event:
    if not event.evidence:
        return event
    ev = event.evidence[0]
    parse = doc if _parse_fits(doc, ev) else None
    tense = tense_at(parse, token_index(parse, ev.trigger_start)) if parse is not None else None
    dates = find_dates(ev.sentence, offset=ev.sentence_start, published=published, tense=tense)
    named = period_dates(ev.sentence, offset=ev.sentence_start, periods=resources.periods)
    dates = tuple(sorted((*dates, *(p for p in named if all(p.char_end <= d.char_start or p.char_start >= d.char_end
                                                            for d in dates))), key=lambda d: d.char_start))
    date = event_date(
        dates,
        trigger_start=ev.trigger_start,
        trigger_end=ev.trigger_end,
        published=published,
        sentence=ev.sentence,
        sentence_start=ev.sentence_start,
        doc=parse,
    )
    mentions = find_place_mentions(
        ev.sentence, offset=ev.sentence_start, gazetteer=resources.gazetteer, doc=parse
    )
    location = event_place(
        mentions,
        trigger_start=ev.trigger_start,
        trigger_end=ev.trigger_end,
        context=context,
        sentence=ev.sentence,
        sentence_start=ev.sentence_start,
        # the source's own words ("officials in Moscow") do not place the event; a target
        # named after "to"/"in" does ("a visit to China")
        exclude=[ev.source_span] if ev.source_span is not None else [],
        doc=parse,
    )
    quantities = tuple(q for q in find_quantities(ev.sentence, offset=ev.sentence_start) if _belongs(q, ev, parse))
    if parse is not None:
        quantities = tuple(
            as_casualties(parse, q) for q in quantities if not is_threshold(parse, q) and not is_time_gap(parse, q)
        )
        quantities += _follow_up_quantities(parse, ev)
    quantities = tuple(local_dollar(q, q.text, context.countries) for q in quantities)
    tone = sentence_tone(ev.sentence, analyzer=resources.analyzer)
    trigger = token_index(parse, ev.trigger_start) if parse is not None else -1
    # a year before another noun ("had broken the 1965 treaty") says nothing of when the act was
    own_dates = tuple(d for d in dates if parse is None or not dates_another_noun(parse, d, ev.trigger_start))
    historical = is_historical(date, published, sentence_dates=own_dates,
                               past_perfect=parse is not None and trigger >= 0 and past_perfect(parse, trigger))
    if historical and date is not None and date.precision is DatePrecision.PUBLICATION:
        date = None  # history with no date of its own is not news of the article's day
    return dataclasses.replace(event, date=date, location=location, quantities=quantities, tone=tone,
                               historical=historical)


def _parse_fits(doc: ParsedDoc, ev: EventEvidence) -> bool:
    """Use the parse only if its text is the one the evidence offsets point into."""
    return bool(doc.tokens) and doc.text[ev.sentence_start : ev.sentence_end] == ev.sentence


def _belongs(q: Quantity, ev: EventEvidence, doc: ParsedDoc | None) -> bool:
    """A quantity belongs to the event unless it sits in another event's clause."""
    if doc is not None:
        return attached(
            doc,
            q.char_start,
            q.char_end,
            ev.trigger_start,
            noun_modifier_blocks=False,
            blocking=OTHER_EVENT,
            trigger_end=ev.trigger_end,
        )
    local = q.char_start - ev.sentence_start
    return not in_parenthetical(ev.sentence, local, ev.trigger_start - ev.sentence_start) or _descriptive(ev, local)


def _descriptive(ev: EventEvidence, local: int) -> bool:
    """A ", which included 5,000 troops," clause describes a participant: keep it."""
    head = ev.sentence[max(0, local - 40) : local].lower()
    return "which" in head or "who" in head


_FOLLOW_UP_KINDS = frozenset({"force", "equipment", "money", "mass", "volume", "casualties"})


def _follow_up_quantities(doc: ParsedDoc, ev: EventEvidence) -> tuple[Quantity, ...]:
    """Figures the next sentence gives about the event's object ("the SCO held an
    exercise. ... the exercise, which included 5,000 troops, ...")."""
    trigger = token_index(doc, ev.trigger_start)
    if trigger < 0:
        return ()
    tok = doc.tokens[trigger]
    nouns = [tok] if tok.pos == "NOUN" else [c for c in doc.children(trigger) if c.dep in ("dobj", "nsubjpass")]
    lemmas = {n.lemma for n in nouns if n.pos == "NOUN"}
    if not lemmas or tok.sent + 1 >= len(doc.sentences):
        return ()
    nxt = doc.sentences[tok.sent + 1]
    anchors = {
        t.i
        for t in doc.sentence_tokens(nxt.index)
        if t.lemma in lemmas and any(c.lemma == "the" for c in doc.children(t.i))
    }
    if not anchors:
        return ()
    # "the exercise involved 3,000 troops": the noun's own verb speaks of it too
    anchors |= {doc.tokens[a].head for a in anchors if doc.tokens[a].dep in ("nsubj", "nsubjpass")}
    out = []
    for q in find_quantities(nxt.text, offset=nxt.start):
        if q.kind not in _FOLLOW_UP_KINDS:
            continue
        i = token_index(doc, q.char_start)
        for _ in range(32):
            if i in anchors:
                out.append(q)
                break
            if doc.tokens[i].head == i:
                break
            i = doc.tokens[i].head
    return tuple(out)
