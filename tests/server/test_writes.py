"""POST /api/articles: articles read as `dyads ingest` reads JSON Lines, stored once, coded by the
server's one writer; readers see a batch whole or not at all."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.server.conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def post(c: TestClient, articles: list[dict[str, object]], stage: str = "articles") -> dict[str, object]:
    answer = c.post("/api/articles", json={"articles": articles, "stage": stage}, headers=AUTH)
    assert answer.status_code == 200, answer.text
    body: dict[str, object] = answer.json()
    return body


def test_new_articles_are_stored_and_listed(writer: TestClient) -> None:
    body = post(writer, [{"id": "n1", "title": "Talks", "date": "2011-05-02", "text": "Russia and China held talks.",
                          "url": "https://example.org/n1", "source": "Wire", "byline": "By Ann Lee"}])  # fmt: skip
    assert (body["read"], body["added"], body["duplicates"], body["failed"]) == (1, 1, 0, 0)
    assert body["line"] == "1 read, 1 added, 0 already stored, 0 failed"
    stored = writer.get("/api/articles/n1").json()
    assert (stored["published"], stored["outlet"], stored["byline"], stored["text"]) == (
        "2011-05-02", "Wire", "By Ann Lee", "Russia and China held talks.")


def test_the_same_content_twice_adds_nothing(writer: TestClient) -> None:
    article = {"title": "Talks", "text": "Russia and China held talks."}
    assert post(writer, [article])["added"] == 1
    again = post(writer, [article, article])
    assert (again["added"], again["duplicates"]) == (0, 2)
    assert writer.get("/api/articles").json()["total"] == 3


@pytest.mark.parametrize(
    ("article", "error"),
    [
        ({"id": "d1", "text": "Other content under a stored id."}, "id 'd1' is already stored with different content"),
        ({"id": "x", "text": "   "}, "request:1: no text: field 'text' is empty"),
        ({"id": "x", "text": "", "origin": "feed.xml:4"}, "feed.xml:4: no text"),
    ],
)
def test_a_bad_article_is_one_error_line_and_the_others_are_stored(writer: TestClient, article: dict[str, object], error: str) -> None:
    body = post(writer, [article, {"id": "good", "text": "Japan and Korea met."}])
    assert body["added"] == 1 and body["failed"] == 1
    assert any(error in line for line in body["errors"]), body["errors"]  # type: ignore[attr-defined]


def test_a_date_that_is_not_a_date_is_a_note_and_the_article_is_stored_undated(writer: TestClient) -> None:
    body = post(writer, [{"id": "u1", "date": "soon", "text": "Japan and Korea met."}])
    assert body["added"] == 1 and "'soon' is not a valid date; stored undated" in body["notes"][0]  # type: ignore[index]
    assert writer.get("/api/articles/u1").json()["published"] is None


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"articles": []}, "articles: List should have at least 1 item"),
        ({"articles": [{"title": "no text"}]}, "articles.0.text: Field required"),
        ({"articles": [{"text": "x"}], "stage": "later"}, "stage: Input should be 'articles' or 'events'"),
        ({"articles": [{"text": "x"}] * 201}, "articles: List should have at most 200 items"),
        ({"articles": [{"text": 5}]}, "articles.0.text: Input should be a valid string"),
    ],
)
def test_a_bad_body_is_a_400_line(writer: TestClient, payload: dict[str, object], message: str) -> None:
    answer = writer.post("/api/articles", json=payload, headers=AUTH)
    assert answer.status_code == 400 and message in answer.json()["error"], answer.text


def test_a_body_that_is_not_json_is_a_400_line(writer: TestClient) -> None:
    answer = writer.post("/api/articles", content=b"{not json", headers={**AUTH, "Content-Type": "application/json"})
    assert answer.status_code == 400 and "JSON decode error" in answer.json()["error"]


@pytest.mark.model
def test_posted_articles_are_coded_and_their_events_served(writer: TestClient) -> None:
    body = post(writer, [{"id": "c1", "title": "Visit", "date": "2012-04-02",
                          "text": "Russian President Vladimir Putin visited Beijing on Monday. China and Russia signed an energy agreement."}],
                stage="events")  # fmt: skip
    assert body["added"] == 1 and body["events"] >= 1, body
    events = writer.get("/api/events", params={"doc": "c1"}).json()["items"]
    assert events and {e["source"]["country"] for e in events} <= {"RUS", "CHN"}
    explained = writer.get(f"/api/events/{events[0]['event_id']}/explanation").json()
    assert explained["event_id"] == events[0]["event_id"] and explained["mentions"][0]["parse"]


def test_posted_markup_is_stored_and_served_as_the_text_it_is(writer: TestClient) -> None:
    text = 'Russia <script>alert(1)</script> condemned <img src=x onerror=alert(2)> China <a href="javascript:x">x</a>.'
    post(writer, [{"id": "hx", "title": "<b>t</b>", "text": text, "url": "javascript:alert(3)"}])
    answer = writer.get("/api/articles/hx")
    assert answer.headers["content-type"] == "application/json"
    assert (answer.json()["text"], answer.json()["title"], answer.json()["url"]) == (text, "<b>t</b>", "javascript:alert(3)")
