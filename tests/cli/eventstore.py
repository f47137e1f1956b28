"""A small store of hand-made events (no parser needed) for the query and table commands."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dyads.records import ActorMention, Article, DatePrecision, Event, EventDate, EventEvidence, Place, Quantity
from dyads.store import open_store
from dyads.store.articles import plan_insert, write_articles
from dyads.store.events import write_events


def actor(doc_id: str, code: str, country: str, name: str) -> ActorMention:
    return ActorMention(doc_id, name, 0, len(name), code, country, code[3:] or None, name)


def event(event_id: str, doc_id: str, source: ActorMention, target: ActorMention, code: str, name: str,
          *, day: dt.date | None, end: dt.date | None = None, place: Place | None = None,
          historical: bool = False) -> Event:  # fmt: skip
    sentence = f"{source.text} and {target.text}: {name.lower()}."
    return Event(
        event_id, doc_id, source, target, code, code[:2], name, 1.0, 1, None, None, None,
        (EventEvidence(sentence, 0, len(sentence), "met with the delegation", 9, 16, "visit"),),
        date=EventDate(day, end or day, DatePrecision.DAY, "on that day") if day else None, location=place,
        quantities=(Quantity(5e9, "USD", "money", "$5 billion"),), historical=historical,
    )  # fmt: skip


DOCS = [
    Article.create(text="Medvedev visited China.", doc_id="d1", title="Visit", published=dt.date(2010, 9, 26),
                   url="https://example.org/d1"),
    Article.create(text="Tokyo summoned the ambassador.", doc_id="d2", title="Summons", published=dt.date(2010, 10, 1)),
]  # fmt: skip
RUS = actor("d1", "RUSGOV", "RUS", "Dmitry Medvedev")
CHN = actor("d1", "CHNGOV", "CHN", "Hu Jintao")
JPN = actor("d2", "JPNGOV", "JPN", "Naoto Kan")
RUS2 = actor("d2", "RUSGOV", "RUS", "Dmitry Medvedev")
TIANJIN = Place("Tianjin", "CHN", "12", 39.14, 117.18, "city")
EVENTS = [
    event("e1", "d1", RUS, CHN, "042", "Make a visit", day=dt.date(2010, 9, 26), place=TIANJIN),
    event("e2", "d1", CHN, RUS, "036", "Express intent to meet or negotiate", day=dt.date(2010, 9, 27)),
    event("e3", "d2", JPN, RUS2, "114", "Complain officially", day=dt.date(2010, 10, 1)),
    event("e4", "d2", RUS2, JPN, "010", "Make statement, not specified below", day=None),
    event("e5", "d1", RUS, CHN, "057", "Sign formal agreement", day=dt.date(2001, 7, 16), historical=True),
]


def make_store(path: Path, events: list[Event] | None = None) -> Path:
    with open_store(path) as store:
        new, _ = plan_insert(store, DOCS)
        store.con.execute("BEGIN TRANSACTION")
        write_articles(store, new)
        write_events(store, EVENTS if events is None else events)
        store.con.execute("COMMIT")
    return path
