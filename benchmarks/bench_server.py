"""The HTTP server: requests per second and latency of ``GET /api/events`` on a store of the whole
Wikinews politics corpus, with 16 concurrent clients on loopback, and the server's peak memory.

The coded store is built once by ``dyads ingest`` (minutes) and kept in bench-out/politics.duckdb;
delete it to build it again.  Targets: p99 latency under 1 s and the server's peak resident memory
under 1.5 GB (its DuckDB memory limit is 512 MB), at any request rate.
"""

from __future__ import annotations

import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews_politics.jsonl"
STORE = ROOT / "bench-out" / "politics.duckdb"
CLIENTS = 16
SECONDS = 20.0
P99_TARGET = 1.0
MEMORY_TARGET_MB = 1536
QUERIES = [
    "limit=50", "limit=500", "dyad=RUS,CHN", "actor=USA&limit=100", "code=04", "quad=4&limit=200",
    "since=2008&until=2009", "search=talks", "country=IRQ", "scope=all&limit=100", "source=GBR&target=USA",
]  # fmt: skip


def env() -> dict[str, str]:
    values = dict(os.environ)
    values["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), values.get("PYTHONPATH")) if p)
    return values


def dyads(*args: str) -> list[str]:
    return [sys.executable, "-m", "dyads", "--db", str(STORE), *args]


def build_store() -> None:
    STORE.parent.mkdir(exist_ok=True)
    print(f"building {STORE} from {CORPUS.name} (coded: minutes, once)", flush=True)
    done = subprocess.run(dyads("ingest", str(CORPUS)), env=env(), capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"ingest failed: {done.stderr.strip().splitlines()[-1:]}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def client(port: int, stop: threading.Event, latencies: list[float], failures: list[str], seed: int) -> None:
    rng = random.Random(seed)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    cursors: list[str] = []
    while not stop.is_set():
        query = rng.choice(QUERIES)
        if cursors and rng.random() < 0.3:  # the next page of an earlier answer
            query = f"limit=50&cursor={cursors.pop()}"
        began = time.perf_counter()
        try:
            connection.request("GET", f"/api/events?{query}")
            answer = connection.getresponse()
            body = answer.read()
        except (OSError, http.client.HTTPException) as exc:
            failures.append(f"{query}: {exc}")
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            continue
        latencies.append(time.perf_counter() - began)
        if answer.status != 200:
            failures.append(f"{query}: HTTP {answer.status}")
        elif (cursor := json.loads(body).get("next_cursor")) is not None:
            cursors.append(cursor)
    connection.close()


def main() -> None:
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent (../shared beside the project)")
        return
    if not STORE.exists():
        build_store()
    port = free_port()
    server = subprocess.Popen(dyads("serve", "--port", str(port), "--memory-limit", "512MB"), env=env(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                probe = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                probe.request("GET", "/api/stats")
                stats = json.loads(probe.getresponse().read())
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    sys.exit(f"dyads serve did not start: {server.stderr.read() if server.stderr else ''}")
                time.sleep(0.2)
        latencies: list[float] = []
        failures: list[str] = []
        stop = threading.Event()
        threads = [threading.Thread(target=client, args=(port, stop, latencies, failures, i)) for i in range(CLIENTS)]
        began = time.perf_counter()
        for t in threads:
            t.start()
        time.sleep(SECONDS)
        stop.set()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - began
        memory = peak_rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    ordered = sorted(latencies)
    p50 = statistics.median(ordered)
    p99 = ordered[int(0.99 * (len(ordered) - 1))]
    print(f"store: {stats['articles']:,} articles, {stats['events']:,} events ({STORE.stat().st_size / 2**20:,.0f} MB)")
    print(f"GET /api/events, {CLIENTS} clients on loopback for {elapsed:.0f} s: {len(latencies):,} requests = "
          f"{len(latencies) / elapsed:,.1f} requests/s; latency p50 {p50 * 1000:,.0f} ms, p99 {p99 * 1000:,.0f} ms "
          f"(target p99 < {P99_TARGET * 1000:,.0f} ms)")  # fmt: skip
    print(f"server peak memory: {memory:,.0f} MB (target < {MEMORY_TARGET_MB:,} MB); failures: {len(failures)}")
    for line in failures[:5]:
        print(f"  {line}")
    if failures or p99 > P99_TARGET or memory > MEMORY_TARGET_MB:
        print("FAILED: target not met", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
