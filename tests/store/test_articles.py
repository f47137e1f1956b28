"""The store keeps each article once, whole, and finds it again."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyads.errors import SchemaError, StoreError
from dyads.records.article import Article
from dyads.store import AccessMode, ArticleQuery, open_store
from dyads.store.articles import count_articles, plan_insert, query_articles, write_articles
from dyads.store.schema import SCHEMA_VERSION


def _store_all(store, articles):
    new, report = plan_insert(store, articles)
    store.con.execute("BEGIN TRANSACTION")
    write_articles(store, new)
    store.con.execute("COMMIT")
    return report


def _article(i: int, **kw) -> Article:
    defaults = dict(text=f"Body of article {i}.", title=f"Title {i}", published=dt.date(2010, 1, 1 + i % 28))
    defaults.update(kw)
    return Article.create(**defaults)


def test_reingesting_the_same_content_adds_nothing(tmp_path):
    with open_store(tmp_path / "s.duckdb") as store:
        first = _store_all(store, [_article(i) for i in range(20)])
        second = _store_all(store, [_article(i) for i in range(20)])
        assert (len(first.added), len(second.added), len(second.duplicates)) == (20, 0, 20)
        assert count_articles(store) == 20


def test_duplicates_within_one_batch_are_stored_once(tmp_path):
    with open_store(tmp_path / "s.duckdb") as store:
        report = _store_all(store, [_article(1), _article(1), _article(2)])
        assert len(report.added) == 2 and len(report.duplicates) == 1


def test_same_id_with_other_content_is_a_conflict_and_keeps_the_stored_text(tmp_path):
    with open_store(tmp_path / "s.duckdb") as store:
        _store_all(store, [_article(1, doc_id="x")])
        report = _store_all(store, [_article(2, doc_id="x", origin="feed.xml")])
        assert report.added == () and report.conflicts[0].doc_id == "x"
        assert "feed.xml" in report.conflicts[0].message()
        assert query_articles(store, ArticleQuery())[0].text == "Body of article 1."


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (ArticleQuery(since=dt.date(2010, 1, 10)), 3),
        (ArticleQuery(until=dt.date(2010, 1, 2)), 2),
        (ArticleQuery(source="wire"), 1),
        (ArticleQuery(search="pipeline siberia"), 1),
        (ArticleQuery(search="100%"), 1),
        (ArticleQuery(search="nothing-like-this"), 0),
    ],
)
def test_queries_filter_by_date_source_and_words(tmp_path, query, expected):
    articles = [
        _article(0),
        _article(1),
        _article(9, text="A pipeline from East Siberia.", outlet="World Wire"),
        _article(10, text="Up 100% on the year."),
        _article(11),
    ]
    with open_store(tmp_path / "s.duckdb") as store:
        _store_all(store, articles)
        assert len(query_articles(store, query)) == expected


def test_an_interrupted_transaction_leaves_no_half_batch(tmp_path):
    with open_store(tmp_path / "s.duckdb") as store:
        new, _ = plan_insert(store, [_article(i) for i in range(5)])
        store.con.execute("BEGIN TRANSACTION")
        write_articles(store, new)
        store.con.execute("ROLLBACK")
        assert count_articles(store) == 0


def test_schema_is_migrated_and_versioned(tmp_path):
    path = tmp_path / "s.duckdb"
    with open_store(path) as store:
        version = store.schema_version()
    assert version >= 2
    with open_store(path, mode=AccessMode.READ_ONLY) as store:
        assert store.schema_version() == version


def test_a_store_from_a_newer_dyads_is_refused(tmp_path):
    path = tmp_path / "s.duckdb"
    with open_store(path) as store:
        store.con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(SchemaError, match="newer"):
        open_store(path)


def test_reading_a_missing_store_names_it(tmp_path):
    with pytest.raises(StoreError, match="no store here"):
        open_store(tmp_path / "absent.duckdb", mode=AccessMode.READ_ONLY)


def test_a_file_that_is_not_a_store_is_refused_with_a_reason(tmp_path):
    path = tmp_path / "junk.duckdb"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="junk.duckdb"):
        open_store(path)


_texts = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80).filter(str.strip)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(_texts, st.none() | _texts), min_size=1, max_size=12))
def test_any_articles_round_trip_and_are_never_duplicated(tmp_path_factory, items):
    path = tmp_path_factory.mktemp("prop") / "s.duckdb"
    articles = [Article.create(text=text, title=title) for text, title in items]
    with open_store(path) as store:
        _store_all(store, articles)
        _store_all(store, list(reversed(articles)))
        stored = {a.content_hash: a for a in query_articles(store, ArticleQuery(limit=None))}
    assert set(stored) == {a.content_hash for a in articles}
    for article in articles:
        assert stored[article.content_hash].text == article.text


def test_an_older_store_is_migrated_without_losing_articles(tmp_path, older_store):  # type: ignore[no-untyped-def]
    path = older_store(tmp_path / "s.duckdb", 3)
    with pytest.raises(SchemaError, match="dyads migrate"):
        open_store(path, mode=AccessMode.READ_ONLY)
    with open_store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert count_articles(store) == 3
