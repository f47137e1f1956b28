"""Choosing the date that dates an event, without a parse (the parse-based choice is
covered on the seed article in test_seed_sentences.py)."""

from __future__ import annotations

import datetime as dt

from dyads.attributes.dates.dating import event_date, find_dates
from dyads.records.article import DatePrecision as P

PUB = dt.date(2010, 10, 6)


def _choose(sentence: str, trigger: str, *, published: dt.date | None = PUB, offset: int = 0):
    start = offset + sentence.index(trigger)
    dates = find_dates(sentence, offset=offset, published=published)
    return event_date(
        dates,
        trigger_start=start,
        trigger_end=start + len(trigger),
        published=published,
        sentence=sentence,
        sentence_start=offset,
    )


def test_nearest_date_to_the_trigger_wins() -> None:
    d = _choose("After talks in 2008, the two sides signed a pact on 3 May 2009.", "signed")
    assert (d.start, d.precision) == (dt.date(2009, 5, 3), P.DAY)


def test_date_before_the_trigger_is_used_when_nearest() -> None:
    d = _choose("In 2008, Russia waged a war with Georgia.", "waged")
    assert d.start == dt.date(2008, 1, 1) and d.precision is P.YEAR


def test_sentence_without_a_date_gets_the_publication_date() -> None:
    d = _choose("Russia and China signed a pipeline deal.", "signed")
    assert (d.start, d.end, d.precision, d.text) == (PUB, PUB, P.PUBLICATION, "")


def test_no_publication_date_and_no_date_gives_none() -> None:
    assert _choose("Russia and China signed a pipeline deal.", "signed", published=None) is None


def test_year_used_as_an_adjective_does_not_date_the_event() -> None:
    d = _choose("Disputes over prices have stalled a 2006 agreement to deliver gas.", "stalled")
    assert d.precision is P.PUBLICATION


def test_date_inside_a_who_clause_belongs_to_someone_else() -> None:
    d = _choose("The minister, who took office in 2007, visited Tokyo.", "visited")
    assert d.precision is P.PUBLICATION


def test_offsets_in_the_article_are_respected() -> None:
    d = _choose("Last month, the SCO held an exercise.", "held", offset=500)
    assert (d.start, d.char_start, d.char_end) == (dt.date(2010, 9, 1), 500, 510)


def test_future_range_stays_in_the_future() -> None:
    d = _choose("Gas supplies would start in 2015 for the ensuing 30 years.", "start")
    assert (d.start, d.end, d.precision) == (dt.date(2015, 1, 1), dt.date(2044, 12, 31), P.RANGE)


def test_date_in_brackets_belongs_to_the_aside() -> None:
    d = _choose("Poppy fields (three times the area in 2003) cover the valley, the report warns.", "warns")
    assert d.precision is P.PUBLICATION

