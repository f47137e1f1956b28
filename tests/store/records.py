"""Hand-made articles and events for the store's tests (no parser needed)."""

from __future__ import annotations

import datetime as dt

from dyads.records import ActorMention, Article, DatePrecision, Event, EventDate, EventEvidence, Place
from dyads.records.attributes import Tone

BEIJING = Place("Beijing", "CHN", "CN.22", 39.9, 116.4, "city")


def actor(doc_id: str, code: str) -> ActorMention:
    return ActorMention(doc_id, code, 0, len(code), code, code[:3], code[3:] or None, code)


def article(doc_id: str, *, published: dt.date | None = None, outlet: str | None = None, url: str | None = None,
            text: str | None = None) -> Article:  # fmt: skip
    return Article.create(text=text or f"Story {doc_id}.", doc_id=doc_id, title=doc_id, published=published,
                          outlet=outlet, url=url)  # fmt: skip


def event(event_id: str, doc_id: str, source: str, target: str, code: str, *, day: dt.date | None,
          place: Place | None = None, mentions: int = 1, negated: bool = False, tone: float | None = None) -> Event:  # fmt: skip
    sentence = f"{source} {code} {target}."
    return Event(
        event_id, doc_id, actor(doc_id, source), actor(doc_id, target), code, code[:2], f"code {code}", 1.0, 1,
        None, None, None, (EventEvidence(sentence, 0, len(sentence), code, 4, 7, code),),
        negated=negated, mentions=mentions,
        date=EventDate(day, day, DatePrecision.DAY, "that day") if day else None, location=place,
        tone=Tone(tone) if tone is not None else None,
    )  # fmt: skip
