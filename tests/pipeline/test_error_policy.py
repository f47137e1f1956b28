"""One article that makes a stage fail is reported and left out whole; the batch and the run go on."""

from __future__ import annotations

import dataclasses
import importlib
import json
from pathlib import Path

import pytest

import dyads.pipeline.coding as coding
from dyads.ingest import ReadOptions
from dyads.pipeline.ingest import ingest
from dyads.pipeline.coding import event_coder
from dyads.pipeline.resources import load_resources
from dyads.settings import Settings
from dyads.store import ArticleQuery, open_store
from dyads.store.articles import count_articles, query_articles
from dyads.store.events import EventQuery, count_events, query_events

pytestmark = pytest.mark.model
pipeline_ingest = importlib.import_module("dyads.pipeline.ingest")  # the module, not the function of that name

GOOD = [
    "Iran accused Israel of sabotaging the talks in Vienna on Monday.",
    "Turkish Foreign Minister Mevlut Cavusoglu met his Iranian counterpart in Ankara on Thursday.",
]
POISON = "Russia criticised China over POISON trade rules on Tuesday."


@pytest.fixture(scope="module")
def resources():
    return load_resources(Settings())


def _records(folder: Path, texts: list[str]) -> Path:
    path = folder / "wire.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": t, "date": "2015-06-12"}) for i, t in enumerate(texts)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(tmp_path: Path, paths: list[Path], resources, **options):  # type: ignore[no-untyped-def]
    db = tmp_path / "s.duckdb"
    errors: list[str] = []
    summary = ingest(
        paths, store=lambda: open_store(db), options=ReadOptions(**options), coder=event_coder(resources),
        on_error=errors.append,
    )  # fmt: skip
    return db, summary, errors


def test_an_article_that_breaks_the_event_coder_is_reported_and_the_rest_stored(tmp_path, resources, monkeypatch):
    real = coding.code_events

    def fragile(doc, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "POISON" in doc.text:
            raise IndexError("tuple index out of range")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(coding, "code_events", fragile)
    src = _records(tmp_path, [GOOD[0], POISON, GOOD[1]])
    db, summary, errors = _run(tmp_path, [src], resources)
    assert (summary.read, summary.added, summary.failed) == (3, 2, 1)
    assert errors == [f"{src}:2 (id a1): events failed: IndexError: tuple index out of range; not stored"]
    with open_store(db) as store:
        assert sorted(a.doc_id for a in query_articles(store, ArticleQuery(limit=None))) == ["a0", "a2"]
        assert {e.doc_id for e in query_events(store, EventQuery(limit=None))} <= {"a0", "a2"}


def test_a_parse_failure_names_the_parse_stage(tmp_path, resources):
    class Brittle:
        def __init__(self, inner):  # type: ignore[no-untyped-def]
            self.inner = inner

        def parse(self, doc_id, text):  # type: ignore[no-untyped-def]
            if "POISON" in text:
                raise ValueError("[E088] Text of length 1000001 exceeds maximum")
            return self.inner.parse(doc_id, text)

        def parse_many(self, items, **kwargs):  # type: ignore[no-untyped-def]
            for doc_id, text in items:
                yield self.parse(doc_id, text)

    brittle = dataclasses.replace(resources, parser=Brittle(resources.parser))
    src = _records(tmp_path, [GOOD[0], POISON, GOOD[1]])
    db, summary, errors = _run(tmp_path, [src], brittle)
    assert (summary.added, summary.failed) == (2, 1)
    assert errors[0].startswith(f"{src}:2 (id a1): parse failed: ValueError: [E088]")


def test_a_record_the_store_refuses_is_reported_alone(tmp_path, resources, monkeypatch):
    real = pipeline_ingest.write_events

    def refusing(store, events):  # type: ignore[no-untyped-def]
        if any(e.doc_id == "a1" for e in events):
            store.con.execute("SELECT CAST('not a number' AS INTEGER)")
        real(store, events)

    monkeypatch.setattr(pipeline_ingest, "write_events", refusing)
    src = _records(tmp_path, [GOOD[0], "Russia criticised China over trade rules on Tuesday.", GOOD[1]])
    db, summary, errors = _run(tmp_path, [src], resources)
    assert (summary.added, summary.failed) == (2, 1)
    assert errors[0].startswith(f"{src}:2 (id a1): store failed: Conversion Error") and errors[0].endswith("not stored")
    with open_store(db) as store:
        assert count_articles(store) == 2
        assert all(e.doc_id != "a1" for e in query_events(store, EventQuery(limit=None)))


def test_poison_files_in_a_folder_do_not_stop_the_good_ones(tmp_path, resources):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(30):
        (folder / f"good{i:02d}.txt").write_text(f"Talks {i}\n\n{GOOD[i % 2]} Round {i}.\n", encoding="utf-8")
    huge = "Ministers met in Nairobi on Monday. " * 34_000  # 1.2 MB: over spaCy's 1,000,000 characters
    (folder / "huge.txt").write_text("Huge\n\n" + huge + "\n", encoding="utf-8")
    (folder / "flat.txt").write_text("Flat\n\nIran met Turkey. " + "alpha beta gamma delta " * 45_000 + "\n")
    (folder / "long_id.jsonl").write_text('{"id": ' + "7" * 5000 + ', "text": "Iran met Turkey in Ankara."}\n')
    db, summary, errors = _run(tmp_path, [folder], resources)
    assert errors == [] and summary.added == 33, summary
    assert any("coded the first" in n for n in summary.notes)
    assert any("without a sentence end" in n for n in summary.notes)
    rerun = _run(tmp_path, [folder], resources)[1]
    assert rerun.added == 0 and rerun.duplicates == 33
    with open_store(db) as store:
        flat = query_articles(store, ArticleQuery(search="alpha beta", limit=None))
        assert len(flat) == 1
        flat_events = query_events(store, EventQuery(doc_id=flat[0].doc_id, limit=None))
        assert all("alpha" not in (e.evidence[0].sentence if e.evidence else "") for e in flat_events)
        assert count_events(store) > 0


def test_progress_follows_each_coded_article_not_the_batch(tmp_path):  # type: ignore[no-untyped-def]
    from dyads.pipeline.ingest import ArticleCoding

    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": f"a{i}", "text": f"Article number {i} about talks."}) + "\n"
                              for i in range(7)), encoding="utf-8")  # fmt: skip
    seen: list[int] = []

    def coder(articles):  # type: ignore[no-untyped-def]
        for _ in articles:
            seen.append(-1)  # an article is coded...
            yield ArticleCoding((), None, ())

    with open_store(tmp_path / "s.duckdb") as store:
        summary = ingest([source], store=store, options=ReadOptions(), coder=coder, batch_size=5,
                         on_progress=seen.append)  # fmt: skip
    assert summary.added == 7
    # ...and progress hears of it at once: one step per article, never a whole batch at a time
    assert seen == [-1, 1] * 5 + [0] + [-1, 1] * 2 + [0]
