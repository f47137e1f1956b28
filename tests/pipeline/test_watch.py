"""`watch`: feeds served from loopback by the test, and folders, polled again and again."""

from __future__ import annotations

import pytest
from tests.pipeline.feedserver import Route, closed_port_url, rss, serve

from dyads.ingest import ReadOptions
from dyads.pipeline.watch import PollSummary, WatchOptions, poll, watch
from dyads.store.articles import ArticleQuery, query_articles
from dyads.store.living.changes import ChangeKind, changes_since
from dyads.store.living.feed_state import SourceKind, source_states
from dyads.store.access.sessions import writer_session

OPTIONS = WatchOptions(ReadOptions(), timeout=5)
ITEMS = (("g1", "Summit", "Russia and China met in Beijing."), ("g2", "Talks", "Japan and Korea held talks."))


@pytest.fixture
def server():
    with serve() as s:
        yield s


@pytest.fixture
def opener(tmp_path):
    db = tmp_path / "w.duckdb"
    return lambda: writer_session(db, wait=5)


def run(sources, opener, lines=None) -> PollSummary:  # type: ignore[no-untyped-def]
    return poll(sources, store=opener, options=OPTIONS, on_line=(lines.append if lines is not None else print))


def texts(opener) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with opener() as store:
        return {a.doc_id: a.text for a in query_articles(store, ArticleQuery(limit=None))}


def test_new_items_are_ingested_once_and_a_304_is_honoured(server, opener):
    server.routes["/feed.xml"] = Route(rss(*ITEMS), etag='"v1"')
    first = run([server.url("/feed.xml")], opener)
    second = run([server.url("/feed.xml")], opener)
    assert (first.added, second.added, second.not_modified, server.not_modified) == (2, 0, 1, 1)
    assert server.headers_of("/feed.xml")[1].get("If-None-Match") == '"v1"'
    assert set(texts(opener)) == {"g1", "g2"}


def test_last_modified_is_sent_back_as_if_modified_since(server, opener):
    stamp = "Tue, 13 May 2014 16:53:20 GMT"
    server.routes["/lm.xml"] = Route(rss(*ITEMS), last_modified=stamp)
    run([server.url("/lm.xml")], opener)
    again = run([server.url("/lm.xml")], opener)
    assert server.headers_of("/lm.xml")[1].get("If-Modified-Since") == stamp
    assert again.not_modified == 1 and again.read == 0


def test_an_updated_story_replaces_the_stored_one_and_a_new_one_is_added(server, opener):
    server.routes["/feed.xml"] = Route(rss(*ITEMS), etag='"v1"')
    run([server.url("/feed.xml")], opener)
    corrected = ("g1", "Summit", "Russia and China met in Shanghai, not Beijing.")
    server.routes["/feed.xml"] = Route(rss(corrected, ITEMS[1], ("g3", "Visit", "India hosted Brazil.")), etag='"v2"')
    summary = run([server.url("/feed.xml")], opener)
    assert (summary.read, summary.added, summary.replaced) == (3, 2, 1)
    assert texts(opener)["g1"] == corrected[2]
    with opener() as store:
        assert [c.doc_id for c in changes_since(store) if c.kind is ChangeKind.REPLACED] == ["g1"]


def test_a_down_feed_and_a_malformed_feed_do_not_stop_the_others(server, opener):
    server.routes["/feed.xml"] = Route(rss(*ITEMS), etag='"v1"')
    server.routes["/down.xml"] = Route(b"", status=503)
    server.routes["/bad.xml"] = Route(b"<rss><channel><item><title>unclosed", etag='"b1"')
    sources = [closed_port_url(), server.url("/down.xml"), server.url("/bad.xml"), server.url("/feed.xml")]
    lines: list[str] = []
    summary = run(sources, opener, lines)
    assert (summary.added, summary.down) == (2, 2)
    assert summary.failed >= 1 and not summary.ok
    assert len(lines) == 3 and all("\n" not in line for line in lines)
    assert any("503" in line for line in lines) and any("bad.xml" in line for line in lines)
    again: list[str] = []
    run(sources, opener, again)  # each failure is one line per poll; a malformed feed is read again
    assert len(again) == 3
    assert "If-None-Match" not in server.headers_of("/bad.xml")[1]


def test_the_state_of_each_feed_survives_a_restart(server, tmp_path):
    server.routes["/feed.xml"] = Route(rss(*ITEMS), etag='"v1"')
    db = tmp_path / "r.duckdb"
    watch([server.url("/feed.xml")], store=lambda: writer_session(db, wait=5), options=OPTIONS, interval=1, once=True)
    # a new run, as after a restart: nothing held in memory
    polls = watch([server.url("/feed.xml")], store=lambda: writer_session(db, wait=5), options=OPTIONS, interval=1,
                  once=True)  # fmt: skip
    assert (polls[0].added, polls[0].not_modified) == (0, 1)
    with writer_session(db, wait=5) as store:
        state = source_states(store)[server.url("/feed.xml")]
    assert (state.kind, state.etag, state.status, state.added) == (SourceKind.FEED, '"v1"', "not modified", 2)


def test_a_folder_source_picks_up_new_and_changed_files_only(tmp_path, opener):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Russia and China met in Beijing.\n", encoding="utf-8")
    first = run([str(inbox)], opener)
    (inbox / "b.txt").write_text("Japan and Korea held talks.\n", encoding="utf-8")
    second = run([str(inbox)], opener)
    third = run([str(inbox)], opener)
    (inbox / "a.txt").write_text("Russia and China met in Shanghai.\n", encoding="utf-8")
    fourth = run([str(inbox)], opener)
    assert [(p.read, p.added) for p in (first, second, third, fourth)] == [(1, 1), (1, 1), (0, 0), (1, 1)]


def test_a_missing_folder_is_one_line_per_poll(tmp_path, opener):
    lines: list[str] = []
    summary = run([str(tmp_path / "nowhere")], opener, lines)
    assert summary.down == 1 and len(lines) == 1 and "nowhere" in lines[0]


def test_watch_polls_on_its_interval_until_interrupted(server, opener):
    from dyads.errors import Interrupted

    server.routes["/feed.xml"] = Route(rss(*ITEMS), etag='"v1"')
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 2:
            raise KeyboardInterrupt

    with pytest.raises(Interrupted, match="after 2 polls: 2 articles stored are kept"):
        watch([server.url("/feed.xml")], store=opener, options=OPTIONS, interval=7, sleep=sleep)
    assert waits == [7, 7]
