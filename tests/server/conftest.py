"""Fixtures of the server tests: apps over the hand-made store, a store of the example articles,
and a live server (uvicorn in a thread on a free loopback port) for browsers and concurrent readers."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

from dyads.server.app import create_app
from dyads.server.settings import ServerSettings
from dyads.settings import Settings
from tests.cli.eventstore import make_store

TOKEN = "a-write-token-for-tests-only"


@pytest.fixture
def small_store(tmp_path: Path) -> Path:
    """The five hand-made events of tests/cli/eventstore.py (two articles, RUS, CHN, JPN)."""
    return make_store(tmp_path / "small.duckdb")


def server_settings(db: Path, **given: object) -> ServerSettings:
    return ServerSettings(settings=Settings(db_path=db, lock_timeout=5.0), **given)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A read-only app over the hand-made store, shared by a module's tests (none of them writes)."""
    store = make_store(tmp_path_factory.mktemp("small") / "small.duckdb")
    with TestClient(create_app(server_settings(store))) as c:
        yield c


@pytest.fixture
def writer(small_store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(server_settings(small_store, write_token=TOKEN))) as c:
        yield c


@pytest.fixture(scope="session")
def examples_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the bundled example articles (src/dyads/examples), coded once for the session."""
    from dyads.ingest import ReadOptions
    from dyads.pipeline.ingest import ingest
    from dyads.pipeline.coding import event_coder
    from dyads.pipeline.resources import load_resources
    from dyads.store import open_store

    db = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    with resources.as_file(resources.files("dyads") / "examples") as folder, open_store(db) as store:
        summary = ingest([folder], store=store, options=ReadOptions(), coder=event_coder(load_resources(Settings())))
    assert summary.added >= 6 and summary.events > 20, summary.line()
    return db


@dataclass(frozen=True)
class LiveServer:
    url: str
    db: Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run_server(settings: ServerSettings) -> Iterator[LiveServer]:
    port = free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield LiveServer(f"http://127.0.0.1:{port}", settings.db_path)
    finally:
        server.should_exit = True
        thread.join(timeout=20)


@pytest.fixture
def live_examples(examples_store: Path, tmp_path: Path) -> Iterator[LiveServer]:
    """A read-only server over a copy of the examples store."""
    db = tmp_path / "examples.duckdb"
    shutil.copy(examples_store, db)
    yield from run_server(server_settings(db))


def chromium_path() -> str:
    found = shutil.which("chromium")
    if found is None:
        pytest.fail("chromium is not installed: `apt-get install -y chromium` (.ci/run does it where absent)")
    return found
