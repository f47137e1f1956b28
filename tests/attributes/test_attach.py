"""attach_attributes on events built in the test, with a parse that has no tokens
(the words-only path) and with the real parser."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.attributes import AttributeResources, attach_attributes
from dyads.records.article import DatePrecision as P
from dyads.records.event import Event, EventEvidence
from dyads.records.parse import ParsedDoc, Sentence

PUB = dt.date(2009, 3, 18)  # a Wednesday

TEXT = (
    "Troops clashed with rebels near Grozny on Monday. "
    "The blast killed 12 people and wounded dozens, officials in Moscow said. "
    "Beijing will lend Caracas $20 billion over the next five years."
)


def _doc(text: str) -> ParsedDoc:
    sentences, start = [], 0
    for i, part in enumerate(text.split(". ")):
        part = part if part.endswith(".") else part + "."
        begin = text.index(part[:-1], start)
        sentences.append(Sentence(index=i, first=0, last=0, start=begin, end=begin + len(part), text=part))
        start = begin + len(part)
    return ParsedDoc(doc_id="d", text=text, tokens=(), sentences=tuple(sentences), entities=())


def _event(doc: ParsedDoc, index: int, trigger: str, *, source: tuple[int, int] | None = None) -> Event:
    s = doc.sentences[index]
    k = s.start + s.text.index(trigger)
    ev = EventEvidence(s.text, s.start, s.end, trigger, k, k + len(trigger), "test", source_span=source)
    return Event(
        event_id=f"e{index}", doc_id=doc.doc_id, source=None, target=None, code="190", root="19", name="fight",
        goldstein=-10.0, quad_class=4, plover_type=None, plover_mode=None, plover_context=None, evidence=(ev,),
    )  # fmt: skip


def test_words_only_path_fills_every_attribute(resources: AttributeResources) -> None:
    doc = _doc(TEXT)
    events = (_event(doc, 0, "clashed"), _event(doc, 1, "killed"), _event(doc, 2, "lend"))
    clash, blast, loan = attach_attributes(events, doc, published=PUB, resources=resources)
    assert (clash.date.start, clash.date.precision) == (dt.date(2009, 3, 16), P.DAY)
    assert clash.location.name == "Grozny" and clash.location.country == "RUS"
    assert clash.quantities == ()
    assert blast.date.precision is P.PUBLICATION and blast.date.start == PUB
    assert [(q.value, q.unit, q.kind) for q in blast.quantities] == [(12, "killed", "casualties"), (24, "wounded", "casualties")]
    assert blast.tone.compound < 0
    assert (loan.date.start, loan.date.end, loan.date.precision) == (PUB, dt.date(2014, 3, 18), P.RANGE)
    assert [(q.value, q.unit) for q in loan.quantities] == [(20e9, "USD"), (5, "year")]


def test_events_come_back_as_new_records_in_order(resources: AttributeResources) -> None:
    doc = _doc(TEXT)
    events = (_event(doc, 2, "lend"), _event(doc, 0, "clashed"))
    out = attach_attributes(events, doc, published=PUB, resources=resources)
    assert [e.event_id for e in out] == ["e2", "e0"]
    assert events[0].date is None  # the input is untouched
    assert attach_attributes((), doc, published=PUB, resources=resources) == ()


def test_without_publication_date_relative_dates_stay_unresolved(resources: AttributeResources) -> None:
    doc = _doc(TEXT)
    (clash,) = attach_attributes((_event(doc, 0, "clashed"),), doc, published=None, resources=resources)
    assert clash.date is None


@pytest.mark.model
def test_parse_keeps_relative_clause_dates_off_the_event(parser, resources: AttributeResources) -> None:
    text = "The minister, who took office in 2007, visited Tokyo on Monday."
    doc = parser.parse("p", text)
    s = doc.sentences[0]
    k = text.index("visited")
    ev = EventEvidence(s.text, s.start, s.end, "visited", k, k + 7, "test")
    event = Event("e", "p", None, None, "042", "04", "visit", 1.9, 1, None, None, None, (ev,))
    (out,) = attach_attributes((event,), doc, published=PUB, resources=resources)
    assert (out.date.start, out.date.precision) == (dt.date(2009, 3, 16), P.DAY)
    assert out.location.name == "Tokyo"


@pytest.mark.model
def test_next_sentence_figures_attach_only_through_the_same_noun(parser, resources: AttributeResources) -> None:
    text = (
        "The army held an exercise near the border. The exercise involved 3,000 troops and 200 tanks. "
        "The navy held a parade in the port. Separately, police arrested 40 protesters."
    )
    doc = parser.parse("q", text)
    events = []
    for n, s in enumerate(doc.sentences[::2]):
        k = s.start + s.text.index("held")
        ev = EventEvidence(s.text, s.start, s.end, "held", k, k + 4, "test")
        events.append(Event(f"e{n}", "q", None, None, "150", "15", "posture", -7.2, 4, None, None, None, (ev,)))
    drill, parade = attach_attributes(tuple(events), doc, published=PUB, resources=resources)
    assert [(q.value, q.unit) for q in drill.quantities] == [(3000, "troop"), (200, "tank")]
    assert parade.quantities == ()


@pytest.mark.model
def test_passive_plan_points_to_the_coming_month(parser, resources: AttributeResources) -> None:
    text = "A general election is planned to be held in May."
    doc = parser.parse("t", text)
    s = doc.sentences[0]
    k = text.index("planned")
    ev = EventEvidence(s.text, s.start, s.end, "planned", k, k + 7, "test")
    event = Event("e", "t", None, None, "030", "03", "intend", 4.0, 1, None, None, None, (ev,))
    (out,) = attach_attributes((event,), doc, published=dt.date(2005, 4, 15), resources=resources)
    assert (out.date.start, out.date.precision) == (dt.date(2005, 5, 1), P.MONTH)


def test_target_after_a_destination_cue_places_a_visit(resources: AttributeResources) -> None:
    text = "Medvedev paid a visit to China on Sunday."
    doc = _doc(text)
    s = doc.sentences[0]
    k = text.index("visit")
    t = text.index("China")
    ev = EventEvidence(s.text, s.start, s.end, "visit", k, k + 5, "test", source_span=(0, 8), target_span=(t, t + 5))
    event = Event("e", "d", None, None, "042", "04", "visit", 1.9, 1, None, None, None, (ev,))
    (out,) = attach_attributes((event,), doc, published=PUB, resources=resources)
    assert out.location is not None and out.location.country == "CHN"

