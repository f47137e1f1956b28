"""Golden rows: a date, place or figure attaches only to the event of its own clause
(the nearest governing verb or event noun in the parse), plus the date, place and
quantity cues the hand check of the Wikinews sample found wrong.  Sentences are
invented; the publication date is Wednesday 18 March 2009."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.attributes import AttributeResources, attach_attributes, find_dates
from dyads.attributes.quantities.roles import local_dollar
from dyads.records.article import DatePrecision as P
from dyads.records.attributes import Quantity
from dyads.records.event import Event, EventDate, EventEvidence

PUB = dt.date(2009, 3, 18)
pytestmark = pytest.mark.model


def _attach(parser, resources: AttributeResources, sentence: str, trigger: str) -> Event:
    doc = parser.parse("t", sentence)
    k = sentence.index(trigger)
    ev = EventEvidence(sentence, 0, len(sentence), trigger, k, k + len(trigger), "test")
    event = Event(
        event_id="e", doc_id="t", source=None, target=None, code="010", root="01", name="x", goldstein=0.0,
        quad_class=1, plover_type=None, plover_mode=None, plover_context=None, evidence=(ev,),
    )  # fmt: skip
    return attach_attributes((event,), doc, published=PUB, resources=resources)[0]


def _span(d: EventDate | None) -> tuple[dt.date, dt.date] | None:
    return None if d is None or d.precision is P.PUBLICATION else (d.start, d.end)


D = dt.date
DATES = [
    # the date of a reporting verb is not the date of the reported act, and the reverse
    ("Officials claimed on Saturday that rebels had seized the customs post.", "seized", None),
    ("Officials claimed on Saturday that rebels had seized the customs post.", "claimed", (D(2009, 3, 14),) * 2),
    ("The ambassador announced that she will join a university in September after signing a deal with the ministry.", "signing", None),
    ("Police arrested two activists on Monday, officials said.", "arrested", (D(2009, 3, 16),) * 2),
    ("The minister resigned in 2002, three years before the May 2005 election.", "resigned", (D(2002, 1, 1), D(2002, 12, 31))),
    ("The envoy met rebel leaders on Tuesday and signed a truce.", "signed", (D(2009, 3, 17),) * 2),
    # a state that holds when it is reported shares the report's date; a scene on film does not
    ("On Monday prosecutors announced that they were considering charges against the officer.", "considering", (D(2009, 3, 16),) * 2),
    ("The footage, released on Monday, shows soldiers beating two prisoners.", "beating", None),
    # a verb that continues the clause shares its date ("stormed ..., burnt down ...")
    ("Protesters stormed the parliament on Tuesday, burnt down a police station and seized the airport.", "seized", (D(2009, 3, 17),) * 2),
    # an event noun that is the verb's object, or coordinated with it, shares the verb's date
    ("The cabinet approved the plan and the evacuation of settlers on Monday, Feb. 16.", "approved", (D(2009, 2, 16),) * 2),
    ("The envoys held talks on Tuesday.", "held", (D(2009, 3, 17),) * 2),
    ("The premier quit in 2002, before the March 2005 election.", "quit", (D(2002, 1, 1), D(2002, 12, 31))),
    # a deadline is not the event's date
    ("The junta has promised elections by June 2010.", "promised", None),
    ("The council must approve the budget by Friday, the mayor said on Monday.", "said", (D(2009, 3, 16),) * 2),
    ("The government extended the ceasefire until March 2010.", "extended", None),
    # "since 2004" runs up to the publication date
    ("The group has received $3 million in aid since 2004.", "received", (D(2004, 1, 1), PUB)),
    ("Troops have patrolled the border since January.", "patrolled", (D(2009, 1, 1), PUB)),
    ("Troops patrolled the border in 2004.", "patrolled", (D(2004, 1, 1), D(2004, 12, 31))),
    # "the Sept. 11 attacks" name a day of 2001
    ("The law was passed after the Sept. 11 attacks.", "attacks", (D(2001, 9, 11),) * 2),
    ("The September 11 attacks killed nearly 3,000 people.", "attacks", (D(2001, 9, 11),) * 2),
    ("The talks will resume on September 11.", "resume", (D(2009, 9, 11),) * 2),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), DATES)
def test_event_date_comes_from_the_triggers_clause(parser, resources, sentence, trigger, expected) -> None:
    assert _span(_attach(parser, resources, sentence, trigger).date) == expected


QUOTED = [
    ('Yesterday the spokesman said: "The convoy was attacked today."', "today", D(2009, 3, 17)),
    ("On Monday the minister said: “We signed the accord yesterday.”", "yesterday", D(2009, 3, 15)),
    ('The minister said: "We signed the accord yesterday."', "yesterday", D(2009, 3, 17)),
    ('Yesterday the spokesman said the convoy was attacked today.', "today", D(2009, 3, 18)),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), QUOTED)
def test_today_inside_a_quote_is_the_day_the_quote_was_said(sentence, word, expected) -> None:
    found = {d.text: d.start for d in find_dates(sentence, published=PUB)}
    assert found[word] == expected


PLACES = [
    # the destination of a requested act is not where the request was made
    ("Student groups urged the government to send aid to Gaza.", "urged the government to send aid to", None),
    ("Italy sent 2,000 troops to Lebanon.", "sent", "Lebanon"),
    ("The president flew to Cairo on Monday.", "flew", "Cairo"),
    # what the event acts on is not a place, unless the verb acts on places
    ("Syria has never recognized the state of Israel.", "recognized", None),
    ("Troops entered the city of Hebron.", "entered", "Hebron"),
    ("Thousands of villagers are fleeing to seek shelter in neighbouring Chad.", "seek", "Chad"),
    # every item of a list hangs where the first does
    ("The minister condemned Iran's support for militants in Iraq, Lebanon and Gaza.", "condemned", None),
    ("The envoys held talks in Geneva and Vienna.", "held", "Geneva"),
    # a place inside an organisation's name
    ("The head of the UN Assistance Mission in Afghanistan criticized the raid.", "criticized", None),
    # an event noun that frames the act ("during a visit to India") places it
    ("The premier signed the accord during a state visit to India.", "signed", "India"),
    ("Officials said in Nairobi that the rebels had attacked in Darfur on Sunday.", "attacked", "Darfur"),
    ("Officials said in Nairobi that the rebels had attacked in Darfur on Sunday.", "said", "Nairobi"),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), PLACES)
def test_event_place_is_where_the_triggers_act_happened(parser, resources, sentence, trigger, expected) -> None:
    loc = _attach(parser, resources, sentence, trigger).location
    assert (loc.name if loc else None) == expected


QUANTITIES = [
    # another clause's figures
    ("Smith, who gave £50,000 last year, and Jones, who gave £80,000, were named.", "gave", [(50000, "money")]),
    ("The president pardoned a journalist who had been sentenced to 30 days in prison.", "pardoned", []),
    ("The army held an exercise that included 4,000 troops.", "held", [(4000, "force")]),
    ("Police detained 40 protesters after the rally, which drew 3,000 people.", "detained", [(40, "count")]),
    # a lead-up or a gap is not the event's duration
    ("The rebels surrendered to the army after three weeks of talks.", "surrendered", []),
    ("The king gave his first televised speech in twenty years.", "gave", []),
    ("The talks lasted three weeks.", "lasted", [(3, "duration")]),
    # a legal threshold is not a head count
    ("The junta banned gatherings of more than five people.", "banned", []),
    ("Police dispersed a crowd of more than 500 people.", "dispersed", [(500, "count")]),
    # scale words, and the people killed are casualties
    ("Six hundred soldiers took part in the drill.", "took part", [(600, "force")]),
    ("At least 8,000 protesters blocked the roads, burnt tyres and occupied the airport.", "occupied", [(8000, "count")]),
    ("Four soldiers were killed when a bomb hit their convoy.", "hit", [(4, "casualties")]),
    ("Four soldiers guarded the convoy.", "guarded", [(4, "force")]),
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), QUANTITIES)
def test_event_quantities_belong_to_the_triggers_clause(parser, resources, sentence, trigger, expected) -> None:
    out = _attach(parser, resources, sentence, trigger).quantities
    assert [(q.value, q.kind) for q in out] == expected


def _usd(text: str) -> Quantity:
    return Quantity(value=45000.0, unit="USD", kind="money", text=text, rate=None, char_start=0, char_end=len(text))


@pytest.mark.parametrize(
    ("text", "countries", "unit"),
    [
        ("$45,000", frozenset({"CAN"}), "CAD"),
        ("$45,000", frozenset({"CAN", "USA"}), "USD"),
        ("US$45,000", frozenset({"CAN"}), "USD"),
        ("$45,000", frozenset({"AUS"}), "AUD"),
        ("$45,000", frozenset({"AUS", "CAN"}), "USD"),
    ],
)
def test_a_bare_dollar_sign_is_the_articles_own_dollar(text, countries, unit) -> None:
    assert local_dollar(_usd(text), text, countries).unit == unit


def test_a_canadian_court_fine_is_in_canadian_dollars(parser, resources) -> None:
    out = _attach(parser, resources, "A court in Toronto fined the company $45,000.", "fined")
    assert [(q.value, q.unit) for q in out.quantities] == [(45000, "CAD")]
