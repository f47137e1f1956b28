"""While 200 articles are ingested through the server (`dyads ingest --server`, coded by the server's
one writer), 16 concurrent readers on loopback keep getting answers, each seeing the store grow
batch by batch, never shrink.  The server and the ingest client are real processes (`dyads serve`).

The quick run codes 200 short generated articles; the long one (`make test-long`) codes the first
200 articles of the Wikinews politics corpus in ../shared.
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.cli.clirun import command, env, start, write_jsonl
from tests.server.conftest import TOKEN, free_port

READERS = 16
COUNTRIES = ["Russia", "China", "Japan", "France", "Germany", "India", "Brazil", "Turkey", "Iran", "Egypt"]


def generated(n: int) -> list[dict[str, object]]:
    return [{"id": f"g{i}", "title": f"Talks {i}", "date": f"2013-{1 + i % 12:02d}-{1 + i % 27:02d}",
             "text": f"{COUNTRIES[i % 10]} condemned {COUNTRIES[(i + 3) % 10]} on Monday over the talks, round {i}. "
                     f"{COUNTRIES[(i + 3) % 10]} accused {COUNTRIES[i % 10]} of lying."}
            for i in range(n)]  # fmt: skip


@dataclass
class Reader:
    url: str
    answers: int = 0
    failures: list[str] = field(default_factory=list)
    totals: list[int] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)

    def run(self, stop: threading.Event, number: int) -> None:
        paths = ["/api/events?limit=50", "/api/stats", "/api/network", "/api/articles?limit=5"]
        while not stop.is_set():
            path = paths[(number + self.answers) % len(paths)]
            began = time.perf_counter()
            try:
                with urllib.request.urlopen(self.url + path, timeout=30) as answer:
                    body = json.loads(answer.read())
            except Exception as exc:  # any failure of a read is what this test is looking for
                self.failures.append(f"{path}: {exc}")
                continue
            self.latencies.append(time.perf_counter() - began)
            self.answers += 1
            if path == "/api/stats":
                self.totals.append(int(body["articles"]))


def serve(db: Path, port: int) -> subprocess.Popen[str]:
    server = start(db, "serve", "--port", str(port), "--write-token", TOKEN)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "/api/info", timeout=5) as answer:
                assert json.loads(answer.read())["writable"] is True
            return server
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise RuntimeError(f"dyads serve did not start: {server.communicate()[1]}") from None
            time.sleep(0.2)


def ingest_while_reading(tmp_path: Path, records: list[dict[str, object]]) -> tuple[list[Reader], str, int]:
    db = tmp_path / "served.duckdb"
    subprocess.run(command(db, "migrate"), check=True, capture_output=True, env=env())
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = serve(db, port)
    try:
        source = write_jsonl(tmp_path / "incoming.jsonl", records)
        readers = [Reader(url) for _ in range(READERS)]
        stop = threading.Event()
        threads = [threading.Thread(target=r.run, args=(stop, i), daemon=True) for i, r in enumerate(readers)]
        for t in threads:
            t.start()
        ingest = subprocess.run(command(db, "ingest", "--server", url, "--write-token", TOKEN, "--batch-size", "20",
                                        str(source)), capture_output=True, text=True, env=env(), timeout=1800)  # fmt: skip
        time.sleep(0.5)
        stop.set()
        for t in threads:
            t.join(timeout=60)
        with urllib.request.urlopen(url + "/api/stats", timeout=30) as answer:
            stored = int(json.loads(answer.read())["articles"])
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert ingest.returncode in (0, 1), ingest.stderr  # 1: notes or a failed article, each one line
    return readers, ingest.stderr, stored


def check(readers: list[Reader], stderr: str, stored: int, *, expected: int) -> None:
    assert f"{expected} read, {expected} added" in stderr, stderr
    assert stored == expected
    assert [f for r in readers for f in r.failures] == []
    for reader in readers:
        assert reader.answers >= 3, "a reader got fewer than three answers while the ingest ran"
        assert reader.totals == sorted(reader.totals), "a reader saw the store shrink"
    seen = {t for r in readers for t in r.totals}
    assert len(seen) >= 3, f"the readers saw only {sorted(seen)} articles: they did not overlap the ingest"


def test_sixteen_readers_answered_while_200_articles_are_coded_through_the_server(tmp_path: Path) -> None:
    readers, stderr, stored = ingest_while_reading(tmp_path, generated(200))
    check(readers, stderr, stored, expected=200)


@pytest.mark.long
def test_sixteen_readers_answered_while_200_corpus_articles_are_coded(tmp_path: Path, shared: Path) -> None:
    corpus = shared / "corpora" / "wikinews_politics.jsonl"
    lines = corpus.read_text(encoding="utf-8").splitlines()[:200]
    readers, stderr, stored = ingest_while_reading(tmp_path, [json.loads(line) for line in lines])
    check(readers, stderr, stored, expected=200)
