"""A living dataset: new versions replace an article's events, retractions remove them, and every
change is recorded; any sequence of ingests and retractions leaves exactly the events of the latest
live version of each article."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.store.records import article, event

from dyads.pipeline.ingest import ArticleCoding, ingest_items
from dyads.store import open_store
from dyads.store.articles import OnChange, plan_insert
from dyads.store.living.changes import ChangeKind, changes_since, retract_article
from dyads.store.events import EventQuery, query_events

EXAMPLES = int(os.environ.get("DYADS_FUZZ_EXAMPLES", "40"))


def version(doc: str, v: int):  # type: ignore[no-untyped-def]
    return article(doc, published=dt.date(2020, 1, 1), text=f"Story {doc}, version {v}.")


def _events_of(doc: str, v: int) -> list[tuple[str, str, str]]:
    """What the coder finds in version ``v``: ids shared between versions, so some survive a change."""
    return [(f"{doc}-{i}", doc, f"04{v}") for i in range(v % 3 + 1)]


def coder(articles):  # type: ignore[no-untyped-def]
    for a in articles:
        v = int(a.text.rsplit(" ", 1)[1].rstrip("."))
        yield ArticleCoding(tuple(event(i, d, "RUSGOV", "CHNGOV", c, day=None) for i, d, c in _events_of(a.doc_id, v)))


def stored_events(store) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return sorted((e.event_id, e.doc_id, e.code) for e in query_events(store, EventQuery(limit=None)))


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "c.duckdb") as s:
        yield s


def ingest(store, *articles, on_change=OnChange.REPLACE):  # type: ignore[no-untyped-def]
    return ingest_items(list(articles), store=store, coder=coder, on_change=on_change)


@pytest.mark.parametrize(
    ("on_change", "expected_events", "conflicts"),
    [
        (OnChange.KEEP, _events_of("d1", 1), 1),  # the stored version stays; the input is a conflict
        (OnChange.REPLACE, _events_of("d1", 2), 0),
        (OnChange.REVIVE, _events_of("d1", 2), 0),
    ],
)
def test_a_new_version_replaces_the_events_only_when_asked(store, on_change, expected_events, conflicts):
    ingest(store, version("d1", 1))
    summary = ingest(store, version("d1", 2), on_change=on_change)
    assert stored_events(store) == sorted(expected_events)
    assert (len(summary.errors), summary.replaced) == (conflicts, 1 - conflicts)


def test_a_replacement_records_the_old_and_new_hash_and_the_events_it_removed(store):
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(seconds=1)
    ingest(store, version("d1", 2))  # events d1-0, d1-1, d1-2
    ingest(store, version("d1", 4))  # events d1-0, d1-1: d1-2 is removed, the others rewritten
    replaced = [c for c in changes_since(store, before) if c.kind is ChangeKind.REPLACED]
    assert len(replaced) == 1
    change = replaced[0]
    assert (change.old_hash, change.new_hash) == (version("d1", 2).content_hash, version("d1", 4).content_hash)
    assert change.removed_events == ("d1-2",)
    assert change.at >= before
    row = store.con.execute("SELECT content_hash, text FROM articles WHERE doc_id = 'd1'").fetchone()
    assert row == (version("d1", 4).content_hash, version("d1", 4).text)


def test_a_retraction_removes_the_events_and_keeps_why_and_when(store):
    ingest(store, version("d1", 2), version("d2", 0))
    with store.transaction():
        done = retract_article(store, "d1", reason="the agency withdrew the story")
    assert done.events_removed == 3 and not done.already
    assert stored_events(store) == _events_of("d2", 0)
    change = changes_since(store)[-1]
    assert (change.kind, change.doc_id, change.reason) == (ChangeKind.RETRACTED, "d1", "the agency withdrew the story")
    assert change.removed_events == ("d1-0", "d1-1", "d1-2")
    with store.transaction():
        again = retract_article(store, "d1", reason="twice")
    assert again.already and again.at == done.at


@pytest.mark.parametrize(
    ("on_change", "same_content", "live"),
    [
        (OnChange.KEEP, True, False), (OnChange.KEEP, False, False),
        (OnChange.REPLACE, True, False), (OnChange.REPLACE, False, False),
        (OnChange.REVIVE, True, True), (OnChange.REVIVE, False, True),
    ],
)  # fmt: skip
def test_a_retracted_article_ingested_again_stays_retracted_unless_revived(store, on_change, same_content, live):
    ingest(store, version("d1", 1))
    with store.transaction():
        retract_article(store, "d1", reason="wrong")
    again = version("d1", 1 if same_content else 2)
    summary = ingest(store, again, on_change=on_change)
    assert summary.retracted == (0 if live else 1)
    assert stored_events(store) == (sorted(_events_of("d1", 1 if same_content else 2)) if live else [])
    retracted = store.con.execute("SELECT retracted_at IS NOT NULL FROM articles WHERE doc_id = 'd1'").fetchone()
    assert retracted == (not live,)


def test_retracting_an_unknown_article_is_one_line_naming_it(store):
    from dyads.errors import ConfigError

    with pytest.raises(ConfigError, match="article 'nope': not in"):
        retract_article(store, "nope", reason="x")


def test_within_one_batch_the_later_version_wins_even_back_to_the_stored_one(store):
    ingest(store, version("d1", 1))
    new, plan = plan_insert(store, [version("d1", 2), version("d1", 1)], on_change=OnChange.REPLACE)
    assert new == [] and plan.duplicates == ("d1",)
    new, plan = plan_insert(store, [version("d1", 2), version("d1", 3)], on_change=OnChange.REPLACE)
    assert [a.content_hash for a in new] == [version("d1", 3).content_hash] and plan.replacing == ("d1",)


def test_events_changed_since_lists_only_what_was_written_after(store):
    ingest(store, version("d1", 0))
    cut = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    ingest(store, version("d2", 1))
    got = sorted(e.event_id for e in query_events(store, EventQuery(added_since=cut, limit=None)))
    assert got == ["d2-0", "d2-1"]


def test_a_store_of_the_last_schema_keeps_its_events_through_the_migration(tmp_path, older_store):
    import duckdb

    path = older_store(tmp_path / "old.duckdb", 2)
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO events (event_id, doc_id, code, root, record) VALUES ('x', 'd0', '042', '04', '{}')")
    con.close()
    with open_store(path) as s:
        assert s.con.execute("SELECT event_id, doc_id, added_at IS NOT NULL FROM events").fetchall() == [("x", "d0", True)]
        assert {c.doc_id for c in changes_since(s) if c.kind is ChangeKind.ADDED} == {"d0", "d1"}


DOCS = ("d0", "d1", "d2")
OPERATION = st.one_of(
    st.tuples(st.just("ingest"), st.lists(st.tuples(st.sampled_from(DOCS), st.integers(0, 3)), min_size=1, max_size=3),
              st.sampled_from(list(OnChange))),
    st.tuples(st.just("retract"), st.sampled_from(DOCS), st.just(None)),
)  # fmt: skip


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(OPERATION, max_size=8))
def test_any_sequence_leaves_the_events_of_the_latest_live_version_of_each_article(operations):
    model: dict[str, tuple[int, bool]] = {}  # doc -> (version, live)
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "p.duckdb") as s:
        for kind, what, on_change in operations:
            if kind == "retract":
                if what in model:
                    with s.transaction():
                        retract_article(s, what, reason="test")
                    model[what] = (model[what][0], False)
                continue
            ingest(s, *(version(doc, v) for doc, v in what), on_change=on_change)
            for doc, v in what:  # one after another, as the batch is read
                if doc not in model:
                    model[doc] = (v, True)
                elif not model[doc][1]:
                    if on_change is OnChange.REVIVE:
                        model[doc] = (v, True)
                elif model[doc][0] != v and on_change is not OnChange.KEEP:
                    model[doc] = (v, True)
        expected = sorted(e for doc, (v, live) in model.items() if live for e in _events_of(doc, v))
        got = stored_events(s)
        assert got == expected
        assert len({e[0] for e in got}) == len(got)
        hashes = dict(s.con.execute("SELECT doc_id, content_hash FROM articles").fetchall())
        assert hashes == {doc: version(doc, v).content_hash for doc, (v, _) in model.items()}
