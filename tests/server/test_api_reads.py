"""Every read endpoint and each of its parameters, on the five hand-made events of
tests/cli/eventstore.py (expected answers worked out by hand from that file):

    e5 2001-07-16 RUS->CHN 057 (history retold)   e1 2010-09-26 RUS->CHN 042 at Tianjin
    e2 2010-09-27 CHN->RUS 036                     e3 2010-10-01 JPN->RUS 114
    e4 undated    RUS->JPN 010
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

EVERY = ["e5", "e1", "e2", "e3", "e4"]  # the listing order: by start day, undated last


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, EVERY),
        ({"actor": "JPN"}, ["e3", "e4"]),
        ({"actor": "Kan"}, ["e3", "e4"]),  # a name, matched in actors' names
        ({"source": "RUS"}, ["e5", "e1", "e4"]),
        ({"source": "RUSGOV"}, ["e5", "e1", "e4"]),
        ({"target": "RUS"}, ["e2", "e3"]),
        ({"dyad": "RUS,CHN"}, ["e5", "e1", "e2"]),
        ({"dyad": "China,Russia"}, ["e5", "e1", "e2"]),
        ({"code": "04"}, ["e1"]),
        ({"code": "036"}, ["e2"]),
        ({"quad": 1}, EVERY),
        ({"quad": 4}, []),
        ({"since": "2010-09-27"}, ["e2", "e3"]),
        ({"until": "2010-09"}, ["e5", "e1", "e2"]),
        ({"since": "2010", "until": "2010"}, ["e1", "e2", "e3"]),
        ({"search": "visit"}, ["e1"]),
        ({"search": "complain officially"}, ["e3"]),
        ({"country": "CHN"}, ["e1"]),
        ({"country": "China"}, ["e1"]),
        ({"near": "39.1,117.2"}, ["e1"]),
        ({"near": "0,0,10"}, []),
        ({"doc": "d2"}, ["e3", "e4"]),
        ({"scope": "monadic"}, []),
        ({"scope": "all"}, EVERY),
        ({"limit": 2}, ["e5", "e1"]),
    ],
)
def test_event_filters_match_the_cli_ones(client: TestClient, params: dict[str, object], expected: list[str]) -> None:
    answer = client.get("/api/events", params=params)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert [e["event_id"] for e in body["items"]] == expected
    if "limit" not in params:
        assert body["total"] == len(expected) and body["next_cursor"] is None


@pytest.mark.parametrize("size", [1, 2, 3, 5])
def test_cursor_pages_walk_every_event_once_in_order(client: TestClient, size: int) -> None:
    seen: list[str] = []
    cursor = None
    for _ in range(10):
        body = client.get("/api/events", params={"limit": size, **({"cursor": cursor} if cursor else {})}).json()
        assert body["total"] == 5 and len(body["items"]) <= size
        seen += [e["event_id"] for e in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == EVERY


def test_event_items_are_the_complete_stored_records(client: TestClient) -> None:
    (item,) = client.get("/api/events", params={"code": "042"}).json()["items"]
    assert item["source"]["code"] == "RUSGOV" and item["target"]["code"] == "CHNGOV"
    assert item["location"]["name"] == "Tianjin" and item["date"]["start"] == "2010-09-26"
    assert item["quantities"][0]["value"] == 5e9 and item["evidence"][0]["pattern"] == "visit"


def test_one_event_comes_with_its_article_and_marked_evidence(client: TestClient) -> None:
    body = client.get("/api/events/e1").json()
    assert body["event"]["code"] == "042" and body["event"]["goldstein"] == 1.0
    assert body["article"] == {"doc_id": "d1", "title": "Visit", "byline": None, "published": "2010-09-26",
                               "outlet": None, "url": "https://example.org/d1", "language": "en", "words": 3,
                               "tone": None}  # fmt: skip
    (evidence,) = body["evidence"]
    assert "".join(s["text"] for s in evidence["segments"]) == evidence["sentence"]
    assert [s["mark"] for s in evidence["segments"]] == [None, "trigger", None]
    assert evidence["segments"][1]["text"] == evidence["sentence"][9:16]


@pytest.mark.parametrize(
    ("params", "expected", "total", "more"),
    [
        ({}, ["d1", "d2"], 2, False),
        ({"since": "2010-10"}, ["d2"], 1, False),
        ({"until": "2010-09-30"}, ["d1"], 1, False),
        ({"search": "Tokyo ambassador"}, ["d2"], 1, False),
        ({"search": "Tokyo Medvedev"}, [], 0, False),
        ({"source": "Reuters"}, [], 0, False),
        ({"limit": 1}, ["d1"], 2, True),
    ],
)
def test_article_listing(client: TestClient, params: dict[str, object], expected: list[str], total: int, more: bool) -> None:
    body = client.get("/api/articles", params=params).json()
    assert [a["doc_id"] for a in body["items"]] == expected
    assert body["total"] == total and (body["next_cursor"] is not None) is more


def test_article_cursor_continues_after_the_last_one(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 1}).json()
    second = client.get("/api/articles", params={"limit": 1, "cursor": first["next_cursor"]}).json()
    assert [a["doc_id"] for a in second["items"]] == ["d2"] and second["next_cursor"] is None


def test_one_article_is_served_whole_as_text(client: TestClient) -> None:
    body = client.get("/api/articles/d2").json()
    assert body["text"] == "Tokyo summoned the ambassador." and body["events"] == 2 and body["title"] == "Summons"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, [("RUSGOV", 3, 2), ("CHNGOV", 1, 2), ("JPNGOV", 1, 1)]),
        ({"search": "jpn"}, [("JPNGOV", 1, 1)]),
        ({"search": "hu jin"}, [("CHNGOV", 1, 2)]),
        ({"country": "CHN"}, [("CHNGOV", 1, 2)]),
        ({"country": "Japan"}, [("JPNGOV", 1, 1)]),
        ({"limit": 1}, [("RUSGOV", 3, 2)]),
    ],
)
def test_actors_by_how_many_events_name_them(client: TestClient, params: dict[str, object], expected: list[tuple[str, int, int]]) -> None:
    body = client.get("/api/actors", params=params).json()
    assert [(a["code"], a["as_source"], a["as_target"]) for a in body["items"]] == expected


def test_actor_cursor_gives_the_next_ones(client: TestClient) -> None:
    first = client.get("/api/actors", params={"limit": 2}).json()
    second = client.get("/api/actors", params={"limit": 2, "cursor": first["next_cursor"]}).json()
    assert [a["code"] for a in second["items"]] == ["JPNGOV"] and second["next_cursor"] is None


def test_stats_are_those_of_dyads_stats(client: TestClient) -> None:
    body = client.get("/api/stats", params={"top": 1}).json()
    assert (body["articles"], body["events"], body["dyadic_events"], body["historical_events"]) == (2, 5, 5, 1)
    assert body["top_actors"] == [{"key": "RUSGOV", "events": 5}]
    assert body["months"] == [{"key": "2010-09", "events": 2}, {"key": "2010-10", "events": 1}]


def test_info_says_read_only_and_the_limits(client: TestClient) -> None:
    assert client.get("/api/info").json() == {"version": "0.1.0", "store": "small.duckdb", "writable": False,
                                              "max_page": 500, "max_body_bytes": 8388608, "query_seconds": 10.0}  # fmt: skip


# The analyses count dated, current (not historical) events: e1, e2 and e3.
@pytest.mark.parametrize(
    ("params", "ties"),
    [
        ({}, [("CHN", "RUS", 2, 2), ("JPN", "RUS", 1, 1)]),
        ({"history": "include"}, [("CHN", "RUS", 3, 3), ("JPN", "RUS", 1, 1)]),
        ({"since": "2010-10"}, [("JPN", "RUS", 1, 1)]),
        ({"until": "2010-09"}, [("CHN", "RUS", 2, 2)]),
        ({"min_events": 2}, [("CHN", "RUS", 2, 2)]),
        ({"level": "role"}, [("CHNGOV", "RUSGOV", 2, 2), ("JPNGOV", "RUSGOV", 1, 1)]),
        ({"actors": "all"}, [("CHN", "RUS", 2, 2), ("JPN", "RUS", 1, 1)]),
    ],
)
def test_network_of_ties(client: TestClient, params: dict[str, object], ties: list[tuple[str, str, int, int]]) -> None:
    body = client.get("/api/network", params=params).json()
    assert [(t["a"], t["b"], t["events"], t["net"]) for t in body["ties"]] == ties


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"a": "RUS", "b": "CHN"}, ["e1", "e2"]),
        ({"a": "Russia", "b": "China"}, ["e1", "e2"]),
        ({"a": "RUS", "b": "CHN", "history": "include"}, ["e5", "e1", "e2"]),
        ({"a": "RUS", "b": "CHN", "limit": 1}, ["e1"]),
        ({"a": "RUS", "b": "JPN"}, ["e3"]),
    ],
)
def test_events_behind_a_tie(client: TestClient, params: dict[str, object], expected: list[str]) -> None:
    assert [e["event_id"] for e in client.get("/api/network/tie", params=params).json()] == expected


@pytest.mark.parametrize(
    ("params", "points"),
    [
        ({"source": "RUS", "target": "CHN"}, [("2010-09", 1)]),
        ({"source": "RUS", "target": "CHN", "direction": "both"}, [("2010-09", 2)]),
        ({"source": "JPN", "target": "RUS", "period": "year"}, [("2010", 1)]),
        ({"source": "RUS", "target": "CHN", "direction": "both", "since": "2010-08", "until": "2010-10"},
         [("2010-08", 0), ("2010-09", 2), ("2010-10", 0)]),
        ({"source": "RUS", "target": "JPN"}, []),
    ],
)
def test_dyad_series(client: TestClient, params: dict[str, object], points: list[tuple[str, int]]) -> None:
    body = client.get("/api/series", params=params).json()
    assert [(p["label"], p["events"]) for p in body["points"]] == points


def test_partners_blocs_and_shifts_come_from_the_analysis_library(client: TestClient) -> None:
    partners = client.get("/api/partners", params={"key": "Russia"}).json()
    assert partners["key"] == "RUS" and [(p["key"], p["events"]) for p in partners["partners"]] == [("CHN", 2), ("JPN", 1)]
    blocs = client.get("/api/blocs", params={"resamples": 2}).json()
    assert [b["members"] for b in blocs["blocs"]] == [["CHN", "RUS"]]
    shifts = client.get("/api/shifts", params={"before_until": "2010-09-30", "after_since": "2010-10-01"}).json()
    assert {(s["a"], s["b"]) for s in shifts["shifts"]} == {("CHN", "RUS"), ("JPN", "RUS")}
