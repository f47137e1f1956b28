"""The seed article's expectations (issue 5), sentence by sentence.

Publication date 2010-10-06.  The first group works on the words alone; the
second parses the article and runs ``attach_attributes`` on events built here
(the events coder is written separately).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from dyads.attributes import (
    AttributeResources,
    PlaceContext,
    attach_attributes,
    event_date,
    event_place,
    find_dates,
    find_place_mentions,
    find_quantities,
)
from dyads.records.article import DatePrecision as P
from dyads.records.event import Event, EventEvidence

PUB = dt.date(2010, 10, 6)


@pytest.fixture(scope="module")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


def _sentence(text: str, needle: str) -> tuple[str, int]:
    """The sentence holding ``needle`` and its offset (a plain splitter is enough here)."""
    for m in re.finditer(r"[^.!?]*(?:[.!?](?![\d])|$)", text, flags=re.S):
        if needle in m.group(0):
            raw = m.group(0)
            lead = len(raw) - len(raw.lstrip())
            return raw.strip(), m.start() + lead
    raise AssertionError(f"{needle!r} not in the seed")


# needle, trigger, start, end, precision
DATES = [
    ("Medvedev's visit to China on September", "visit", dt.date(2010, 9, 26), dt.date(2010, 9, 28), P.RANGE),
    ("Last month, the SCO held", "held", dt.date(2010, 9, 1), dt.date(2010, 9, 30), P.MONTH),
    ("agreement that China signed last year", "signed", dt.date(2009, 1, 1), dt.date(2009, 12, 31), P.YEAR),
    ("In 2008, Russia waged", "waged", dt.date(2008, 1, 1), dt.date(2008, 12, 31), P.YEAR),
    ("In July, Russia conducted", "conducted", dt.date(2010, 7, 1), dt.date(2010, 7, 31), P.MONTH),
    ("gas supplies would start in 2015", "start", dt.date(2015, 1, 1), dt.date(2044, 12, 31), P.RANGE),
]


@pytest.mark.parametrize(("needle", "trigger", "start", "end", "precision"), DATES)
def test_seed_event_dates(seed_text: str, needle: str, trigger: str, start: dt.date, end: dt.date, precision: P) -> None:
    sentence, offset = _sentence(seed_text, needle)
    t = offset + sentence.index(trigger)
    dates = find_dates(sentence, offset=offset, published=PUB)
    d = event_date(dates, trigger_start=t, trigger_end=t + len(trigger), published=PUB, sentence=sentence, sentence_start=offset)
    assert (d.start, d.end, d.precision) == (start, end, precision)
    assert seed_text[d.char_start : d.char_end] == d.text


# needle, trigger, place name, country
PLACES = [
    ("Last month, the SCO held", "held", "Kazakhstan", "KAZ"),
    ("attended a groundbreaking ceremony", "attended", "Tianjin", "CHN"),
    ("a joint venture was planned", "manufacture", "Urals", "RUS"),
    ("Medvedev began his trip", "visiting", "Dalian", "CHN"),
    ("The naval manoeuvres took place", "took", "Kuril Islands", "RUS"),
]


@pytest.mark.parametrize(("needle", "trigger", "name", "country"), PLACES)
def test_seed_event_places(seed_text: str, resources: AttributeResources, needle: str, trigger: str, name: str, country: str) -> None:
    sentence, offset = _sentence(seed_text, needle)
    t = offset + sentence.index(trigger)
    mentions = find_place_mentions(sentence, offset=offset, gazetteer=resources.gazetteer)
    place = event_place(
        mentions, trigger_start=t, trigger_end=t + len(trigger), context=PlaceContext(), sentence=sentence, sentence_start=offset
    )
    assert place is not None
    assert (place.name, place.country) == (name, country)


# needle, [(value, unit, kind, rate)]
QUANTITIES = [
    ("which included around 5,000 troops", [(5000, "troop", "force", None), (1600, "tank and armoured vehicle", "equipment", None), (50, "aircraft", "equipment", None)]),
    ("loans for oil", [(25e9, "USD", "money", None)]),
    ("groundbreaking ceremony in Tianjin", [(5e9, "USD", "money", None)]),
    ("15 million tonnes of oil", [(15e6, "tonne", "mass", "year"), (20, "year", "duration", None)]),
    ("60 billion cubic metres", [(60e9, "m3", "volume", "year")]),
    ("16-day joint military exercise", [(16, "day", "duration", None)]),
]


@pytest.mark.parametrize(("needle", "expected"), QUANTITIES)
def test_seed_quantities(seed_text: str, needle: str, expected: list[tuple[float, str, str, str | None]]) -> None:
    sentence, offset = _sentence(seed_text, needle)
    found = [(q.value, q.unit, q.kind, q.rate) for q in find_quantities(sentence, offset=offset)]
    assert found == expected


def _event(doc, i: int, needle: str, trigger: str) -> Event:
    s = next(s for s in doc.sentences if needle in s.text)
    k = s.text.index(trigger, s.text.index(needle)) if trigger in s.text[s.text.index(needle) :] else s.text.index(trigger)
    ev = EventEvidence(
        sentence=s.text,
        sentence_start=s.start,
        sentence_end=s.end,
        trigger=trigger,
        trigger_start=s.start + k,
        trigger_end=s.start + k + len(trigger),
        pattern="test",
    )
    return Event(
        event_id=f"e{i}", doc_id=doc.doc_id, source=None, target=None, code="040", root="04", name="consult",
        goldstein=1.0, quad_class=1, plover_type=None, plover_mode=None, plover_context=None, evidence=(ev,),
    )  # fmt: skip


@pytest.mark.model
def test_seed_article_end_to_end(seed_text: str, parser, resources: AttributeResources) -> None:
    doc = parser.parse("seed", seed_text)
    cases = [
        ("Medvedev's visit to China", "visit"),
        ("In 2008, Russia waged", "waged"),
        ("Last month, the SCO held", "held"),
        ("agreement that China signed last year", "signed"),
        ("In July, Russia conducted", "conducted"),
        ("attended a groundbreaking ceremony", "attended"),
        ("marked the completion of an oil pipeline", "deliver"),
        ("a joint venture was planned", "planned"),
        ("Medvedev began his trip", "visiting"),
    ]
    events = tuple(_event(doc, i, n, t) for i, (n, t) in enumerate(cases))
    out = {e.evidence[0].trigger: e for e in attach_attributes(events, doc, published=PUB, resources=resources)}
    assert (out["visit"].date.start, out["visit"].date.end) == (dt.date(2010, 9, 26), dt.date(2010, 9, 28))
    assert out["visit"].location.country == "CHN"
    assert out["waged"].date.start.year == 2008 and out["waged"].date.precision is P.YEAR
    assert (out["held"].date.start, out["held"].date.precision) == (dt.date(2010, 9, 1), P.MONTH)
    assert out["held"].location.country == "KAZ"
    # the next sentence's "the exercise, which included ..." gives its size
    assert [(q.value, q.kind) for q in out["held"].quantities] == [
        (16, "duration"), (5000, "force"), (1600, "equipment"), (50, "equipment")
    ]
    assert out["signed"].date.start.year == 2009
    assert [(q.value, q.unit) for q in out["signed"].quantities] == [(25e9, "USD")]
    assert (out["conducted"].date.start, out["conducted"].date.precision) == (dt.date(2010, 7, 1), P.MONTH)
    assert out["attended"].location.name == "Tianjin"
    assert [(q.value, q.unit) for q in out["attended"].quantities] == [(5e9, "USD")]
    assert [(q.value, q.unit, q.rate) for q in out["deliver"].quantities] == [(15e6, "tonne", "year"), (20, "year", None)]
    assert out["planned"].location.name == "Urals"
    assert out["visiting"].location.name == "Dalian"
    # Dalian's clause says nothing of when: the 1945 date belongs to the soldiers who died
    assert out["visiting"].date.precision is P.PUBLICATION
    assert all(e.tone is not None and -1 <= e.tone.compound <= 1 for e in out.values())
