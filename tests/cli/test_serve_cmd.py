"""`dyads serve` (a thin command over dyads.server) and `dyads ingest --server URL` (its client)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dyads.cli.app import app
from dyads.server.access import StoreAccess
from tests.cli.clirun import write_jsonl
from tests.cli.eventstore import make_store
from tests.server.conftest import TOKEN, free_port, run_server, server_settings


def invoke(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """uvicorn.run replaced: what `dyads serve` would have served, and where."""
    import uvicorn

    seen: dict[str, Any] = {}

    def run(application: Any, **options: Any) -> None:
        seen.update(options, app=application)

    monkeypatch.setattr(uvicorn, "run", run)
    return seen


def test_serve_binds_loopback_port_8000_read_only_by_default(tmp_path: Path, served: dict[str, Any],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.delenv("DYADS_WRITE_TOKEN", raising=False)
    db = make_store(tmp_path / "s.duckdb")
    result = invoke("--db", str(db), "serve")
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"]) == ("127.0.0.1", 8000)
    assert f"serving {db} read-only at http://127.0.0.1:8000/" in result.output
    assert served["app"].state.services.settings.writable is False
    served["app"].state.services.access.close()


def test_serve_with_a_token_from_the_environment_writes(tmp_path: Path, served: dict[str, Any],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setenv("DYADS_WRITE_TOKEN", TOKEN)
    db = make_store(tmp_path / "s.duckdb")
    result = invoke("serve", "--db", str(db), "--host", "0.0.0.0", "--port", "9001")
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"]) == ("0.0.0.0", 9001) and "read-write" in result.output
    served["app"].state.services.access.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("serve",), "no store here (run `dyads ingest` first)"),
        (("serve", "--write-token", "short"), "write token: at least 16 characters"),
        (("serve", "--memory-limit", "lots"), "--memory-limit 'lots': give a size such as 512MB"),
        (("serve", "--port", "70000"), "less than or equal to 65535"),
    ],
)
def test_serve_refuses_with_one_line(tmp_path: Path, served: dict[str, Any], args: tuple[str, ...], message: str,
                                     monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.delenv("DYADS_WRITE_TOKEN", raising=False)
    db = make_store(tmp_path / "s.duckdb") if args != ("serve",) else tmp_path / "none.duckdb"
    result = invoke("--db", str(db), *args)
    assert result.exit_code == 2 and message in result.output and "app" not in served


def test_a_local_ingest_beside_a_writing_server_is_refused_at_once(tmp_path: Path) -> None:
    db = make_store(tmp_path / "s.duckdb")
    access = StoreAccess(server_settings(db, write_token=TOKEN))
    access.open()
    try:
        result = invoke("--db", str(db), "ingest", str(write_jsonl(tmp_path / "a.jsonl", [{"text": "Talks."}])))
    finally:
        access.close()
    assert result.exit_code == 2 and "is writing to it; one writer at a time" in result.output


def test_ingest_server_posts_the_articles_read_here(tmp_path: Path) -> None:
    db = make_store(tmp_path / "s.duckdb")
    source = write_jsonl(tmp_path / "a.jsonl", [{"id": "n1", "text": "Talks in Vienna."}, {"id": "n2", "text": ""},
                                                {"id": "d1", "text": "Other text under a stored id."}])  # fmt: skip
    for live in run_server(server_settings(db, write_token=TOKEN)):
        result = invoke("ingest", "--server", live.url, "--write-token", TOKEN, "--stage", "articles", str(source))
        again = invoke("ingest", "--server", live.url + "/", "--write-token", TOKEN, "--stage", "articles", str(source))
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert f"{source}:2: no text" in lines[0]
    assert f"{source}:3: id 'd1' is already stored with different content" in lines[1]
    assert lines[-1] == f"{live.url}: 2 read, 1 added, 0 already stored, 2 failed"
    assert again.output.strip().splitlines()[-1] == f"{live.url}/: 2 read, 0 added, 1 already stored, 2 failed"


def test_ingest_server_with_a_wrong_token_is_one_line(tmp_path: Path) -> None:
    db = make_store(tmp_path / "s.duckdb")
    source = write_jsonl(tmp_path / "a.jsonl", [{"text": "Talks in Vienna."}])
    for live in run_server(server_settings(db, write_token=TOKEN)):
        result = invoke("ingest", "--server", live.url, "--write-token", "x" * 20, str(source))
    assert result.exit_code == 2
    assert result.output.strip() == f"error: {live.url}: write token missing or wrong: send `Authorization: Bearer TOKEN`"


@pytest.mark.parametrize(
    ("server", "message"),
    [
        ("ftp://host", "--server 'ftp://host': give the server's address"),
        ("127.0.0.1:8000", "--server '127.0.0.1:8000': give the server's address"),
        ("http://127.0.0.1:{port}", "cannot reach the server"),
    ],
)
def test_ingest_server_that_cannot_be_reached_is_one_line(tmp_path: Path, server: str, message: str) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", [{"text": "Talks in Vienna."}])
    result = invoke("ingest", "--server", server.format(port=free_port()), str(source))
    assert result.exit_code == 2 and message in result.output and len(result.output.strip().splitlines()) == 1
