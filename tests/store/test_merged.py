"""Events merged across articles (GDELT's counts, Phoenix's one-a-day filter), hand-computed."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.store.records import BEIJING, article, event

from dyads.export.gdelt import gdelt_line
from dyads.export.rows import ReportCounts
from dyads.store import open_store
from dyads.store.articles import plan_insert, write_articles
from dyads.store.events import EventQuery, write_events
from dyads.store.living.merged import MergeMode, count_merged, query_merged

MAR1, MAR2, MAR3 = dt.date(2014, 3, 1), dt.date(2014, 3, 2), dt.date(2014, 3, 3)
ARTICLES = [
    article("a1", published=MAR1, outlet="Wire A"),
    article("a2", published=MAR2, outlet="  wire a "),  # the same publisher as a1
    article("a3", published=MAR1, url="https://news.example.com/x"),  # no outlet: its host
    article("a4", published=MAR3),  # neither: a source of its own
]
EVENTS = [
    event("e1", "a1", "RUSGOV", "CHNGOV", "042", day=MAR1, place=BEIJING, mentions=2, tone=0.2),
    event("e2", "a2", "RUSGOV", "CHNGOV", "042", day=MAR1, place=BEIJING, tone=0.4),
    event("e3", "a3", "RUSGOV", "CHNGOV", "042", day=MAR1),  # no place
    event("e4", "a4", "RUSGOV", "CHNGOV", "042", day=MAR1, place=BEIJING, mentions=3, tone=0.6),
    event("e5", "a1", "RUSGOV", "CHNGOV", "042", day=MAR1, place=BEIJING, negated=True),
    event("e6", "a2", "RUSGOV", "CHNGOV", "043", day=MAR1, place=BEIJING),
    event("e7", "a3", "CHNGOV", "RUSGOV", "042", day=MAR1),
    event("e8", "a4", "RUSGOV", "CHNGOV", "042", day=None),  # undated: its article's day, March 3
    event("e9", "a1", "RUSGOV", "CHNGOV", "042", day=MAR2, place=BEIJING),
]


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "m.duckdb") as s:
        with s.transaction():
            write_articles(s, plan_insert(s, ARTICLES)[0])
            write_events(s, EVENTS)
        yield s


# merged events, mentions, sources, articles, first and latest report
GDELT = {
    (("e1", "e2", "e4"), 6, 2, 3, MAR1, MAR3),
    (("e3",), 1, 1, 1, MAR1, MAR1),
    (("e5",), 1, 1, 1, MAR1, MAR1),
    (("e6",), 1, 1, 1, MAR2, MAR2),
    (("e7",), 1, 1, 1, MAR1, MAR1),
    (("e8",), 1, 1, 1, MAR3, MAR3),
    (("e9",), 1, 1, 1, MAR1, MAR1),
}
DAILY = {
    (("e1", "e2", "e3", "e4", "e5"), 8, 3, 4, MAR1, MAR3),
    (("e6",), 1, 1, 1, MAR2, MAR2),
    (("e7",), 1, 1, 1, MAR1, MAR1),
    (("e8",), 1, 1, 1, MAR3, MAR3),
    (("e9",), 1, 1, 1, MAR1, MAR1),
}


@pytest.mark.parametrize(("mode", "expected"), [(MergeMode.GDELT, GDELT), (MergeMode.DAILY, DAILY)])
def test_merged_counts_match_the_hand_computed_ones(store, mode, expected):
    merged = query_merged(store, EventQuery(limit=None), mode=mode)
    got = {(m.event_ids, m.num_mentions, m.num_sources, m.num_articles, m.first_reported, m.last_reported)
           for m in merged}  # fmt: skip
    assert got == expected
    assert count_merged(store, EventQuery(limit=None), mode=mode) == len(expected)


def test_the_merged_event_is_the_first_report_with_the_summed_mentions_and_mean_tone(store):
    merged = {m.event_ids: m for m in query_merged(store, EventQuery(limit=None), mode=MergeMode.GDELT)}
    first = merged[("e1", "e2", "e4")]
    assert first.event.doc_id == "a1" and first.event.mentions == 6
    assert first.event.event_id.startswith("m") and len(first.event.event_id) == 17
    assert first.avg_tone == pytest.approx(0.4)


def test_per_article_events_are_kept_whole_under_the_merged_view(store):
    query_merged(store, EventQuery(limit=None), mode=MergeMode.DAILY)
    assert store.con.execute("SELECT count(*) FROM events").fetchone() == (len(EVENTS),)


def test_a_merged_id_stays_the_same_when_a_report_comes_in(store):
    before = {m.event_ids: m.event.event_id for m in query_merged(store, EventQuery(limit=None), mode=MergeMode.GDELT)}
    with store.transaction():
        write_articles(store, plan_insert(store, [article("a0", published=dt.date(2014, 2, 28), outlet="Early")])[0])
        write_events(store, [event("e0", "a0", "RUSGOV", "CHNGOV", "042", day=MAR1, place=BEIJING)])
    after = {m.event_ids: m for m in query_merged(store, EventQuery(limit=None), mode=MergeMode.GDELT)}
    grown = after[("e0", "e1", "e2", "e4")]
    assert grown.event.event_id == before[("e1", "e2", "e4")]
    assert (grown.event.doc_id, grown.num_sources, grown.first_reported) == ("a0", 3, dt.date(2014, 2, 28))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (EventQuery(code="043", limit=None), {("e6",)}),
        (EventQuery(source="CHN", limit=None), {("e7",)}),
        (EventQuery(since=MAR2, limit=None), {("e9",)}),  # the event's own day; e8 is undated
        (EventQuery(doc_id="a4", limit=None), {("e4",), ("e8",)}),
    ],
)
def test_filters_choose_the_events_before_they_merge(store, query, expected):
    assert {m.event_ids for m in query_merged(store, query, mode=MergeMode.GDELT)} == expected


def test_limit_and_offset_count_merged_events_in_day_order(store):
    query = EventQuery(limit=2, offset=1)
    merged = query_merged(store, query, mode=MergeMode.DAILY)
    assert [m.event_ids for m in merged] == [("e6",), ("e7",)]  # day, then first article (a1, a2, a3), then event


def test_the_gdelt_row_carries_the_merged_counts_and_the_first_report(store):
    merged = {m.event_ids: m for m in query_merged(store, EventQuery(limit=None), mode=MergeMode.GDELT)}
    m = merged[("e1", "e2", "e4")]
    counts = ReportCounts(m.num_mentions, m.num_sources, m.num_articles, m.first_reported, m.last_reported, m.avg_tone)
    cells = gdelt_line(m.event, published=MAR1, url=None, fips={"CHN": "CH"}, counts=counts).split("\t")
    assert cells[31:35] == ["6", "2", "3", "4.0000"]  # NumMentions NumSources NumArticles AvgTone
    assert cells[59] == "20140301000000"
    single = gdelt_line(EVENTS[2], published=MAR1, url=None, fips={}).split("\t")
    assert single[31:34] == ["1", "1", "1"]
