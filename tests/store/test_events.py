"""Events are stored with their article, read back exactly, and found by every filter."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.records import (
    ActorMention, Article, DatePrecision, Event, EventDate, EventEvidence, Place, Quantity, Tone,
)  # fmt: skip
from dyads.store import open_store
from dyads.store.articles import plan_insert, write_articles
from dyads.store.events import EventQuery, count_events, get_event, query_events, write_events


def _actor(code, country, name):
    return ActorMention("d1", name, 0, len(name), code, country, code[3:] or None, name)


def _event(event_id, source, target, code, *, day, place=None, sentence="Medvedev visited China."):
    return Event(
        event_id, "d1", source, target, code, code[:2], "n", 1.0, 1, None, None, None,
        (EventEvidence(sentence, 0, len(sentence), "visited", 9, 16, "visit"),),
        date=EventDate(day, day, DatePrecision.DAY, "on that day"), location=place,
        quantities=(Quantity(5e9, "USD", "money", "$5 billion"),), tone=Tone(0.2),
    )  # fmt: skip


RUS = _actor("RUSGOV", "RUS", "Dmitry Medvedev")
CHN = _actor("CHNGOV", "CHN", "Hu Jintao")
JPN = _actor("JPNGOV", "JPN", "Naoto Kan")
TIANJIN = Place("Tianjin", "CHN", "12", 39.14, 117.18, "city")
EVENTS = [
    _event("e1", RUS, CHN, "042", day=dt.date(2010, 9, 26), place=TIANJIN),
    _event("e2", CHN, RUS, "036", day=dt.date(2010, 9, 27)),
    _event("e3", JPN, RUS, "114", day=dt.date(2010, 10, 1), sentence="Tokyo summoned the ambassador."),
]


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "s.duckdb") as s:
        new, _ = plan_insert(s, [Article.create(text="x", doc_id="d1")])
        s.con.execute("BEGIN TRANSACTION")
        write_articles(s, new)
        write_events(s, EVENTS)
        s.con.execute("COMMIT")
        yield s


def test_an_event_reads_back_exactly(store):
    assert get_event(store, "e1") == EVENTS[0]


def test_writing_the_same_event_again_replaces_it(store):
    write_events(store, EVENTS[:1])
    assert count_events(store) == 3


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (EventQuery(actor="RUS"), ["e1", "e2", "e3"]),
        (EventQuery(source="JPN"), ["e3"]),
        (EventQuery(dyad=("CHN", "RUS")), ["e1", "e2"]),
        (EventQuery(code="04"), ["e1"]),
        (EventQuery(quad_class=1), ["e1", "e2", "e3"]),
        (EventQuery(since=dt.date(2010, 9, 27)), ["e2", "e3"]),
        (EventQuery(until=dt.date(2010, 9, 26)), ["e1"]),
        (EventQuery(search="ambassador"), ["e3"]),
        (EventQuery(country="CHN"), ["e1"]),
        (EventQuery(near=(39.0, 117.0, 50.0)), ["e1"]),
        (EventQuery(near=(55.7, 37.6, 50.0)), []),
        (EventQuery(actor="Hu Jintao"), ["e1", "e2"]),
    ],
)
def test_queries_filter_events(store, query, expected):
    assert [e.event_id for e in query_events(store, query)] == expected


def test_text_search_takes_percent_and_underscore_literally(store):
    assert query_events(store, EventQuery(search="Medvedev_visited")) == []  # "_" is not a wildcard
    assert [e.event_id for e in query_events(store, EventQuery(search="ambassador."))] == ["e3"]
