"""SIGKILL `dyads ingest` at random points, rerun, and compare with a clean run: every article and
event exactly once, nothing half-written after any kill, and `dyads stats` the same.

The short runs are in every `make test`; the long ones (``-m long``, in `.ci/run`) kill at least
50 text-only and 12 coding ingests (and 8 recodes).  Set ``DYADS_KILLS_TEXT`` / ``DYADS_KILLS_CODED`` to change
the counts; every test prints its figures (``pytest -s``).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from dyads.errors import StoreError
from dyads.store import AccessMode, open_store
from dyads.store.access.integrity import verify_store

from .clirun import run, start, stats, write_jsonl

SENTENCES = [
    "Iran accused Israel of sabotaging the talks in Vienna.",
    "Turkish Foreign Minister Mevlut Cavusoglu met his Iranian counterpart in Ankara.",
    "Russia criticised China over new trade rules.",
    "The United Nations called for a ceasefire in Yemen.",
    "France and Germany signed an agreement on border security.",
    "Police arrested protesters outside the parliament in Nairobi.",
]


def _text_corpus(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    half = n // 5 * 2
    records = [{"id": f"j{i}", "title": f"Round {i}", "date": f"2012-03-{1 + i % 28:02d}", "source": "Wire",
                "text": f"Envoys met in Vienna, round {i}. " * 30} for i in range(2 * half)]  # fmt: skip
    paths = [write_jsonl(folder / "a.jsonl", records[:half]), write_jsonl(folder / "b.jsonl", records[half:])]
    for i in range(n - 2 * half):
        (folder / f"t{i:03d}.txt").write_text(f"Talks resume {i}\n\nDelegates met in Oslo, day {i}.\n", encoding="utf-8")
    return [*paths, folder]


def _coded_corpus(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    records = [{"id": f"c{i}", "date": f"2015-06-{1 + i % 28:02d}", "title": f"Day {i}",
                "text": " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(3)) + f" Talks resume on day {i}."}
               for i in range(n)]  # fmt: skip
    return [write_jsonl(folder / "coded.jsonl", records)]


@dataclass
class Snapshot:
    articles: dict[str, str]  # doc_id -> content hash
    events: Counter[tuple[str, str]]  # (doc_id, event_id) -> times stored


def _close(proc: subprocess.Popen[str]) -> None:
    for stream in (proc.stdout, proc.stderr):
        if stream:
            stream.close()


def _snapshot(db: Path) -> Snapshot:
    """What the store holds, checked whole; nothing yet when the run died before creating it."""
    try:
        store = open_store(db, mode=AccessMode.READ_ONLY)
    except StoreError as exc:
        assert "no store here" in str(exc), exc
        return Snapshot({}, Counter())
    with store:
        verify_store(store)
        articles = dict(store.con.execute("SELECT doc_id, content_hash FROM articles").fetchall())
        events = Counter(store.con.execute("SELECT doc_id, event_id FROM events").fetchall())
    return Snapshot(articles, events)


def _check_whole(partial: Snapshot, clean: Snapshot) -> None:
    """Every stored article is a clean-run article with exactly its events, each once."""
    assert set(partial.articles.items()) <= set(clean.articles.items())
    assert all(count == 1 for count in partial.events.values())
    stored = set(partial.articles)
    assert set(partial.events) == {key for key in clean.events if key[0] in stored}


def _kill_loop(
    tmp_path: Path, inputs: list[Path], args: tuple[str, ...], *, kills: int, label: str, earliest: float = 0.0
) -> None:
    """``earliest``: the share of a clean run's time before which no kill comes (a coding run
    spends its first seconds loading the model, where a kill tests little)."""
    clean_db = tmp_path / "clean.duckdb"
    began = time.monotonic()
    done = run(clean_db, "ingest", *args, *map(str, inputs))
    full_run = time.monotonic() - began
    assert done.returncode == 0, done.stderr
    clean, clean_stats = _snapshot(clean_db), stats(clean_db)
    assert clean.articles
    rng = random.Random(int(os.environ.get("DYADS_KILL_SEED", "9")))
    killed = rounds = mid_ingest = 0
    while killed < kills:
        rounds += 1
        db = tmp_path / f"crash{rounds}.duckdb"
        completed = False
        while killed < kills and not completed:  # kill and rerun; a run that completes ends the round
            proc = start(db, "ingest", *args, *map(str, inputs))
            try:
                proc.wait(timeout=rng.uniform(max(0.2, earliest * full_run), full_run))
                completed = True
            except subprocess.TimeoutExpired:  # still running: the kill comes now
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                killed += 1
                after = _snapshot(db)
                _check_whole(after, clean)
                mid_ingest += 0 < len(after.articles) < len(clean.articles)
                if len(after.articles) == len(clean.articles):
                    break  # all stored: later kills would only hit reruns with nothing to do
            finally:
                _close(proc)
            assert proc.returncode in (0, -signal.SIGKILL), proc.returncode
        if not completed:  # the last rerun, left to finish (it adds what the kills left out, or nothing)
            done = run(db, "ingest", *args, *map(str, inputs))
            assert done.returncode == 0, done.stderr
        final = _snapshot(db)
        assert final.articles == clean.articles and final.events == clean.events
        assert stats(db) == clean_stats
    print(f"\n{label}: {killed} SIGKILLs over {rounds} rounds ({mid_ingest} left a partly filled store; "
          f"a clean run takes {full_run:.1f} s); "
          f"{len(clean.articles)} articles and {sum(clean.events.values())} events each time, exactly once")  # fmt: skip


def test_text_only_ingest_survives_kills(tmp_path):
    _kill_loop(tmp_path, _text_corpus(tmp_path / "in", 300), ("--stage", "articles", "--batch-size", "10"),
               kills=4, label="text-only")  # fmt: skip


@pytest.mark.model
def test_coding_ingest_survives_kills(tmp_path):
    _kill_loop(tmp_path, _coded_corpus(tmp_path / "in", 40), ("--batch-size", "4"), kills=1, label="coded",
               earliest=0.5)  # fmt: skip


@pytest.mark.long
def test_text_only_ingest_survives_many_kills(tmp_path):
    _kill_loop(tmp_path, _text_corpus(tmp_path / "in", 300), ("--stage", "articles", "--batch-size", "10"),
               kills=int(os.environ.get("DYADS_KILLS_TEXT", "50")), label="text-only (long)")  # fmt: skip


@pytest.mark.long
@pytest.mark.model
def test_coding_ingest_survives_many_kills(tmp_path):
    _kill_loop(tmp_path, _coded_corpus(tmp_path / "in", 80), ("--batch-size", "4"),
               kills=int(os.environ.get("DYADS_KILLS_CODED", "12")), label="coded (long)", earliest=0.4)  # fmt: skip


def _recode_kill_loop(tmp_path: Path, inputs: list[Path], *, kills: int, label: str) -> None:
    """``dyads recode`` killed at random over a store of text-only articles: after every kill each
    article has either no events yet or exactly a clean run's, each once; a rerun completes it."""
    import shutil

    text_db = tmp_path / "text.duckdb"
    done = run(text_db, "ingest", "--stage", "articles", *map(str, inputs))
    assert done.returncode == 0, done.stderr
    clean_db = tmp_path / "clean.duckdb"
    shutil.copy(text_db, clean_db)
    began = time.monotonic()
    done = run(clean_db, "recode", "--batch-size", "4")
    full_run = time.monotonic() - began
    assert done.returncode == 0, done.stderr
    clean, clean_stats = _snapshot(clean_db), stats(clean_db)
    assert sum(clean.events.values()) > 0

    def each_article_none_or_all(after: Snapshot) -> None:
        assert after.articles == clean.articles  # recoding never touches the articles
        for doc_id in clean.articles:  # each article: nothing yet, or all of its events
            mine = {k for k in after.events if k[0] == doc_id}
            assert mine in (set(), {k for k in clean.events if k[0] == doc_id}), doc_id

    killed, rounds = _kill_copies(tmp_path, text_db, ("recode", "--batch-size", "4"), kills=kills, full_run=full_run,
                                  check=each_article_none_or_all)  # fmt: skip
    for db in tmp_path.glob("copy*.duckdb"):  # each rerun completed it
        assert _snapshot(db).events == clean.events and stats(db) == clean_stats
    print(f"\n{label}: {killed} SIGKILLs over {rounds} rounds; a clean recode takes {full_run:.1f} s")


@pytest.mark.model
def test_recode_survives_kills(tmp_path):
    _recode_kill_loop(tmp_path, _coded_corpus(tmp_path / "in", 24), kills=1, label="recode")


@pytest.mark.long
@pytest.mark.model
def test_recode_survives_many_kills(tmp_path):
    _recode_kill_loop(tmp_path, _coded_corpus(tmp_path / "in", 40),
                      kills=int(os.environ.get("DYADS_KILLS_RECODE", "8")), label="recode (long)")


def _kill_copies(
    tmp_path: Path, base: Path, args: tuple[str, ...], *, kills: int, full_run: float,
    check: Callable[[Snapshot], None],
) -> tuple[int, int]:
    """Run ``args`` on copies of ``base``, killing each at a random time in the later part of a clean
    run; after a kill, every event is stored once and ``check`` holds; each copy is then run again
    to the end (its snapshot is the caller's to compare). Returns kills and rounds."""
    import shutil

    rng = random.Random(int(os.environ.get("DYADS_KILL_SEED", "9")))
    killed = rounds = 0
    while killed < kills and rounds < 5 * kills:  # a run that finishes before its kill ends its round
        rounds += 1
        db = tmp_path / f"copy{rounds}.duckdb"
        shutil.copy(base, db)
        proc = start(db, *args)
        try:
            proc.wait(timeout=rng.uniform(0.4 * full_run, full_run))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            killed += 1
            after = _snapshot(db)
            assert all(count == 1 for count in after.events.values())
            check(after)
        finally:
            _close(proc)
        done = run(db, *args)
        assert done.returncode == 0, done.stderr
    assert killed > 0, f"no kill landed while {args[0]} ran"
    return killed, rounds


def _replace_kill_loop(tmp_path: Path, *, n: int, kills: int, label: str) -> None:
    """``dyads ingest --on-change replace`` of new versions of every article, killed at random: after
    every kill each article is its old version with exactly its old events, or its new version with
    exactly its new events; a rerun completes it."""
    import shutil

    old_db = tmp_path / "old.duckdb"
    done = run(old_db, "ingest", "--batch-size", "4", *map(str, _coded_corpus(tmp_path / "v1", n)))
    assert done.returncode == 0, done.stderr
    folder = tmp_path / "v2"
    folder.mkdir()
    lines = (tmp_path / "v1" / "coded.jsonl").read_text(encoding="utf-8").replace("Talks resume", "Talks stall")
    newer = [folder / "coded.jsonl"]
    newer[0].write_text(lines, encoding="utf-8")
    args = ("ingest", "--batch-size", "4", "--on-change", "replace", *map(str, newer))
    clean_db = tmp_path / "clean.duckdb"
    shutil.copy(old_db, clean_db)
    began = time.monotonic()
    done = run(clean_db, *args)
    full_run = time.monotonic() - began
    assert done.returncode == 0, done.stderr
    old, clean = _snapshot(old_db), _snapshot(clean_db)
    assert set(old.articles) == set(clean.articles) and not set(old.articles.items()) & set(clean.articles.items())
    def each_article_old_or_new(after: Snapshot) -> None:
        for doc_id, content in after.articles.items():  # each article: the old version or the new, whole
            version = old if old.articles[doc_id] == content else clean
            assert version.articles[doc_id] == content, doc_id
            mine = {k for k in after.events if k[0] == doc_id}
            assert mine == {k for k in version.events if k[0] == doc_id}, doc_id

    killed, rounds = _kill_copies(tmp_path, old_db, args, kills=kills, full_run=full_run, check=each_article_old_or_new)
    for db in tmp_path.glob("copy*.duckdb"):
        final = _snapshot(db)
        assert final.articles == clean.articles and final.events == clean.events
    print(f"\n{label}: {killed} SIGKILLs over {rounds} rounds; a clean replacement run takes {full_run:.1f} s")


@pytest.mark.model
def test_replacing_new_versions_survives_kills(tmp_path):
    _replace_kill_loop(tmp_path, n=16, kills=1, label="replace")


@pytest.mark.long
@pytest.mark.model
def test_replacing_new_versions_survives_many_kills(tmp_path):
    _replace_kill_loop(tmp_path, n=40, kills=int(os.environ.get("DYADS_KILLS_REPLACE", "6")), label="replace (long)")
