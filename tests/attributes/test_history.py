"""History retold in the news keeps its own date and is flagged; it never takes the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.attributes.dates.history import is_historical, load_periods, period_dates
from dyads.records.article import DatePrecision
from dyads.records.attributes import EventDate

PERIODS = load_periods()
DAY = dt.date(2010, 10, 6)

NAMED = [
    ("Soviet troops fought Japan during World War II.", "World War II", dt.date(1939, 9, 1), dt.date(1945, 9, 2)),
    ("The two sides met often during the Cold War.", "Cold War", dt.date(1947, 3, 12), dt.date(1991, 12, 26)),
    ("Veterans of the Second World War marched.", "Second World War", dt.date(1939, 9, 1), dt.date(1945, 9, 2)),
    ("Iraq used gas in the Iran-Iraq war.", "Iran-Iraq war", dt.date(1980, 9, 22), dt.date(1988, 8, 20)),
]


@pytest.mark.parametrize(("sentence", "text", "start", "end"), NAMED)
def test_named_period_is_a_date(sentence, text, start, end):  # type: ignore[no-untyped-def]
    (d,) = period_dates(sentence, offset=10, periods=PERIODS)
    assert (d.text, d.start, d.end, d.precision) == (text, start, end, DatePrecision.RANGE)
    assert sentence[d.char_start - 10 : d.char_end - 10] == text


def test_words_that_only_contain_a_period_name_are_not_periods() -> None:
    assert period_dates("The WWIIx fan club met.", offset=0, periods=PERIODS) == ()


def _date(start: dt.date, end: dt.date, precision: DatePrecision = DatePrecision.YEAR) -> EventDate:
    return EventDate(start=start, end=end, precision=precision, text="x")


def test_an_event_dated_years_before_the_article_is_historical() -> None:
    assert is_historical(_date(dt.date(1971, 1, 1), dt.date(1971, 12, 31)), DAY, past_perfect=False, sentence_dates=())


def test_an_event_of_last_month_is_news() -> None:
    assert not is_historical(_date(dt.date(2010, 9, 1), dt.date(2010, 9, 30)), DAY, past_perfect=False,
                             sentence_dates=())


def test_an_undated_past_perfect_act_beside_an_old_date_is_historical() -> None:
    old = (_date(dt.date(1945, 1, 1), dt.date(1945, 12, 31)),)
    publication = EventDate(start=DAY, end=DAY, precision=DatePrecision.PUBLICATION)
    assert is_historical(publication, DAY, past_perfect=True, sentence_dates=old)
    assert not is_historical(publication, DAY, past_perfect=False, sentence_dates=old)


@pytest.mark.model
def test_history_in_an_article_keeps_its_own_date_and_flag(parser, kb, patterns, codebook, towns):  # type: ignore[no-untyped-def]
    from dyads.attributes import load_attribute_resources
    from dyads.pipeline.coding import code_parsed
    from dyads.pipeline.resources import Resources
    from dyads.records.article import Article

    text = ("Russia and Japan signed a fisheries agreement on Monday. "
            "In 1945 the Soviet army invaded Manchuria, which Japan held.")
    article = Article.create(text=text, title="t", published=DAY)
    res = Resources(parser, kb, codebook, patterns, load_attribute_resources(gazetteer=towns.gazetteer), towns)
    events = code_parsed(article, parser.parse(article.doc_id, text), res).events
    invasion = [e for e in events if e.code.startswith("19")]
    assert invasion and all(e.historical and e.date is not None and e.date.start.year == 1945 for e in invasion)
    news = [e for e in events if e.code == "057"]
    assert news and not any(e.historical for e in news)


@pytest.mark.model
def test_a_year_before_another_noun_does_not_date_the_act(parser, kb, patterns, codebook):  # type: ignore[no-untyped-def]
    from dyads.attributes import load_attribute_resources
    from dyads.pipeline.coding import code_parsed
    from dyads.pipeline.resources import Resources
    from dyads.records.article import Article

    # (a treaty broken is no cut in relations: "..relation" is never sought inside the treaty's relative clause)
    text = "Japan said on Friday that South Korea had cut ties with Japan over the 1965 treaty."
    article = Article.create(text=text, title="t", published=dt.date(2019, 7, 19))
    res = Resources(parser, kb, codebook, patterns, load_attribute_resources())
    events = [e for e in code_parsed(article, parser.parse(article.doc_id, text), res).events if e.code == "161"]
    assert events and all(not e.historical and (e.date is None or e.date.start.year == 2019) for e in events)


SETTINGS = [
    # a year before the noun that sets the act: the war it happened in, the revolution it was part of
    ("During the 1980 war, Iraq invaded Iran.", "19", 1980),
    ("Iran and the United States have had no relations since the 1979 revolution in which 52 Americans were "
     "held hostage in Tehran.", "18", 1979),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "root", "year"), SETTINGS)
def test_a_year_of_the_acts_setting_dates_the_act(parser, kb, patterns, codebook, towns, text, root, year):  # type: ignore[no-untyped-def]
    from dyads.attributes import load_attribute_resources
    from dyads.pipeline.coding import code_parsed
    from dyads.pipeline.resources import Resources
    from dyads.records.article import Article

    article = Article.create(text=text, title="t", published=dt.date(2006, 6, 2))
    res = Resources(parser, kb, codebook, patterns, load_attribute_resources(gazetteer=towns.gazetteer), towns)
    events = [e for e in code_parsed(article, parser.parse(article.doc_id, text), res).events if e.code[:2] == root]
    assert events and all(e.historical and e.date is not None and e.date.start.year == year for e in events)
