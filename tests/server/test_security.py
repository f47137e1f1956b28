"""What the server promises in SECURITY.md: headers and a strict CSP on every answer, no CORS unless
asked, only known Host names, bounded bodies and pages, writes only with the token."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dyads.errors import ConfigError
from dyads.server.app import create_app
from dyads.server.settings import write_token
from tests.server.conftest import TOKEN, server_settings


@pytest.mark.parametrize("url", ["/", "/api/events", "/api/events?code=4", "/api/nothing", "/static/explorer.js"])
def test_every_answer_carries_the_security_headers(client: TestClient, url: str) -> None:
    headers = client.get(url).headers
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp and "frame-ancestors 'none'" in csp
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"


def test_the_explorer_page_has_no_inline_script_or_style(client: TestClient) -> None:
    page = client.get("/").text
    assert "<style" not in page and " style=" not in page and "javascript:" not in page
    for line in page.splitlines():
        if "<script" in line:
            assert 'src="/static/' in line and "></script>" in line


def test_the_explorer_sets_no_html_from_data() -> None:
    source = (Path(__file__).parents[2] / "src/dyads/server/web/static/explorer.js").read_text()
    for unsafe in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", ".html("):
        assert unsafe not in source


def test_the_openapi_schema_documents_every_route(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    assert set(paths) == {"/api/articles", "/api/articles/{doc_id}", "/api/events", "/api/events/{event_id}",
                          "/api/events/{event_id}/explanation", "/api/actors", "/api/stats", "/api/info",
                          "/api/series", "/api/network", "/api/network/tie", "/api/blocs", "/api/shifts",
                          "/api/partners"}  # fmt: skip
    assert "400" in paths["/api/events"]["get"]["responses"]


def test_no_cors_headers_by_default(client: TestClient) -> None:
    answer = client.get("/api/events", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in answer.headers
    preflight = client.options("/api/events", headers={"Origin": "https://elsewhere.example",
                                                       "Access-Control-Request-Method": "GET"})  # fmt: skip
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_only_for_the_origins_given(small_store: Path) -> None:
    app = create_app(server_settings(small_store, cors_origins=("https://team.example",)))
    with TestClient(app) as c:
        allowed = c.get("/api/events", headers={"Origin": "https://team.example"})
        other = c.get("/api/events", headers={"Origin": "https://elsewhere.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://team.example"
    assert "access-control-allow-origin" not in other.headers


@pytest.mark.parametrize(("host", "status"), [("127.0.0.1:8000", 200), ("localhost", 200), ("evil.example", 400)])
def test_only_known_host_names_are_answered(client: TestClient, host: str, status: int) -> None:
    assert client.get("/api/info", headers={"Host": host}).status_code == status


def test_a_host_named_for_a_proxy_is_answered(small_store: Path) -> None:
    with TestClient(create_app(server_settings(small_store, allowed_hosts=("events.example.org",)))) as c:
        assert c.get("/api/info", headers={"Host": "events.example.org"}).status_code == 200


def test_a_body_over_the_limit_is_refused_by_its_length(small_store: Path) -> None:
    with TestClient(create_app(server_settings(small_store, write_token=TOKEN, max_body_bytes=2048))) as c:
        answer = c.post("/api/articles", content=b"{" + b" " * 4096 + b"}",
                        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})  # fmt: skip
    assert answer.status_code == 413 and "larger than this server accepts (2,048 bytes)" in answer.json()["error"]


def test_a_streamed_body_over_the_limit_is_cut_off(small_store: Path) -> None:
    def chunks():  # no Content-Length: chunked transfer
        for _ in range(10):
            yield b" " * 1024

    with TestClient(create_app(server_settings(small_store, write_token=TOKEN, max_body_bytes=2048))) as c:
        answer = c.post("/api/articles", content=chunks(),
                        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})  # fmt: skip
    assert answer.status_code == 413


ARTICLE = {"articles": [{"id": "n1", "title": "Talks", "date": "2011-05-02", "text": "Russia and China held talks."}],
           "stage": "articles"}  # fmt: skip


def test_a_read_only_server_refuses_writes(client: TestClient) -> None:
    answer = client.post("/api/articles", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 403 and "read-only" in answer.json()["error"]


@pytest.mark.parametrize("authorization", [None, "Bearer ", "Bearer wrong-token-of-some-length", TOKEN, f"Bearer {TOKEN}x"])
def test_writes_need_the_exact_token(writer: TestClient, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization is not None else {}
    answer = writer.post("/api/articles", json=ARTICLE, headers=headers)
    if authorization == TOKEN:  # the bare token, without "Bearer ", is accepted as the same token
        assert answer.status_code == 200
    else:
        assert answer.status_code == 401 and "write token missing or wrong" in answer.json()["error"]
    assert writer.get("/api/articles").json()["total"] == (3 if authorization == TOKEN else 2)


@pytest.mark.parametrize(("given", "ok"), [(None, True), ("", True), ("short", False), (" " + TOKEN, False), (TOKEN, True)])
def test_write_tokens_must_be_long(given: str | None, ok: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DYADS_WRITE_TOKEN", raising=False)
    if ok:
        assert write_token(given) == (given or None)
    else:
        with pytest.raises(ConfigError, match="at least 16 characters"):
            write_token(given)


def test_the_token_may_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DYADS_WRITE_TOKEN", TOKEN)
    assert write_token(None) == TOKEN
