"""Recoding stored articles: their events are replaced per batch, a failure keeps the old ones, twice is once."""

from __future__ import annotations

from contextlib import nullcontext

import pytest

from dyads.pipeline.ingest import ArticleCoding, CodingFailure
from dyads.pipeline.recode import recode
from dyads.records import Article
from dyads.store import ArticleQuery, open_store
from dyads.store.articles import article_tones, plan_insert, write_articles
from dyads.store.events import EventQuery, query_events, write_events
from tests.cli.eventstore import CHN, RUS, event

ARTICLES = [Article.create(text=f"Envoys met, round {i}.", doc_id=f"a{i}") for i in range(5)]


def _coder(fail=()):
    def code(articles):
        return [CodingFailure("events", "boom") if a.doc_id in fail else
                ArticleCoding((event(f"{a.doc_id}-new", a.doc_id, RUS, CHN, "042", "Make a visit", day=None),), 0.5)
                for a in articles]  # fmt: skip

    return code


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "s.duckdb") as s:
        new, _ = plan_insert(s, ARTICLES)
        with s.transaction():
            write_articles(s, new)
            write_events(s, [event("a0-old", "a0", RUS, CHN, "036", "Express intent to meet", day=None)])
        yield s


def _ids(store):
    return sorted(e.event_id for e in query_events(store, EventQuery(limit=None)))


@pytest.mark.parametrize("batch_size", [1, 2, 200])
def test_every_article_gets_its_new_events_in_place_of_the_old(store, batch_size):
    summary = recode(ArticleQuery(), store=lambda: nullcontext(store), coder=_coder(), batch_size=batch_size)
    assert (summary.matched, summary.recoded, summary.failed) == (5, 5, 0)
    assert (summary.events_before, summary.events_after) == (1, 5)
    assert _ids(store) == [f"a{i}-new" for i in range(5)]
    assert article_tones(store, ["a0", "a4"]) == {"a0": 0.5, "a4": 0.5}


def test_recoding_twice_changes_nothing(store):
    recode(ArticleQuery(), store=lambda: nullcontext(store), coder=_coder())
    first = query_events(store, EventQuery(limit=None))
    second_run = recode(ArticleQuery(), store=lambda: nullcontext(store), coder=_coder())
    assert query_events(store, EventQuery(limit=None)) == first
    assert second_run.events_before == second_run.events_after == 5


def test_a_filter_recodes_only_the_articles_it_matches(store):
    summary = recode(ArticleQuery(doc_ids=("a1", "a2")), store=lambda: nullcontext(store), coder=_coder())
    assert summary.matched == 2
    assert _ids(store) == ["a0-old", "a1-new", "a2-new"]


def test_an_article_that_fails_to_code_keeps_its_events(store):
    errors: list[str] = []
    summary = recode(ArticleQuery(), store=lambda: nullcontext(store), coder=_coder(fail={"a0"}), on_error=errors.append)
    assert summary.failed == 1 and "a0" in errors[0] and "events are kept" in errors[0]
    assert "a0-old" in _ids(store) and "a0-new" not in _ids(store)
