"""`dyads ingest`, `dyads articles` and `dyads stats` as a user runs them."""

from __future__ import annotations

import gzip
import json

import pytest
from typer.testing import CliRunner

from dyads import __version__
from dyads.cli.app import app

runner = CliRunner()


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _records(n, start=0):
    return [
        {"id": f"a{i}", "title": f"Talks {i}", "date": f"2012-03-{1 + i:02d}", "text": f"Envoys met in Vienna, round {i}.",
         "url": f"https://example.org/{i}", "source": "Example Wire"}
        for i in range(start, start + n)
    ]  # fmt: skip


def invoke(db, *args, input=None):
    return runner.invoke(app, ["--db", str(db), *args], input=input)


def test_version_is_printed():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_ingest_then_again_adds_nothing(tmp_path):
    db, src = tmp_path / "s.duckdb", _jsonl(tmp_path / "a.jsonl", _records(5))
    first = invoke(db, "ingest", str(src))
    second = invoke(db, "ingest", str(src))
    assert first.exit_code == 0, first.output
    assert "5 added" in first.output
    assert second.exit_code == 0 and "0 added" in second.output and "5 already stored" in second.output


def test_a_bad_line_is_named_and_the_good_ones_are_stored(tmp_path):
    db = tmp_path / "s.duckdb"
    src = tmp_path / "mixed.jsonl"
    lines = [json.dumps(r) for r in _records(3)]
    lines.insert(1, "{not json")
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke(db, "ingest", str(src))
    assert result.exit_code == 1
    assert "mixed.jsonl:2" in result.output
    assert "3 added" in result.output and "1 failed" in result.output


def test_bad_files_beside_good_ones(tmp_path):
    db = tmp_path / "s.duckdb"
    good = _jsonl(tmp_path / "good.jsonl", _records(2))
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    result = invoke(db, "ingest", str(good), str(tmp_path / "empty.txt"), str(tmp_path / "image.png"))
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "image.png" in result.output
    assert "2 added" in result.output


def test_standard_input_and_gzip_are_read(tmp_path):
    db = tmp_path / "s.duckdb"
    packed = tmp_path / "b.jsonl.gz"
    packed.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in _records(2, 10)).encode()))
    piped = "".join(json.dumps(r) + "\n" for r in _records(2, 20))
    assert invoke(db, "ingest", str(packed)).exit_code == 0
    result = invoke(db, "ingest", "-", input=piped)
    assert result.exit_code == 0, result.output
    listed = invoke(db, "articles", "--format", "jsonl", "--limit", "0")
    assert len(listed.stdout.strip().splitlines()) == 4


def test_articles_jsonl_prints_complete_records(tmp_path):
    db = tmp_path / "s.duckdb"
    invoke(db, "ingest", str(_jsonl(tmp_path / "a.jsonl", _records(3))))
    result = invoke(db, "articles", "--search", "round 1", "--format", "jsonl")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc_id"] for r in records] == ["a1"]
    assert set(records[0]) >= {"doc_id", "content_hash", "title", "published", "outlet", "url", "text", "origin"}
    assert records[0]["published"] == "2012-03-02" and records[0]["outlet"] == "Example Wire"


@pytest.mark.parametrize(("option", "expected"), [("--since=2012-03-02", 2), ("--until=2012-03-01", 1)])
def test_articles_filter_by_date(tmp_path, option, expected):
    db = tmp_path / "s.duckdb"
    invoke(db, "ingest", str(_jsonl(tmp_path / "a.jsonl", _records(3))))
    result = invoke(db, "articles", option, "--format", "csv")
    assert len(result.stdout.strip().splitlines()) == expected + 1


def test_stats_counts_what_is_stored(tmp_path):
    db = tmp_path / "s.duckdb"
    invoke(db, "ingest", str(_jsonl(tmp_path / "a.jsonl", _records(4))))
    rows = [json.loads(x) for x in invoke(db, "stats", "--format", "jsonl").stdout.splitlines()]
    figures = {r["measure"]: r["value"] for r in rows}
    assert figures["articles"] == 4 and figures["first_published"] == "2012-03-01"


def test_a_bad_date_option_is_one_clear_line(tmp_path):
    db = tmp_path / "s.duckdb"
    invoke(db, "ingest", str(_jsonl(tmp_path / "a.jsonl", _records(1))))
    result = invoke(db, "articles", "--since", "yesterday")
    assert result.exit_code != 0 and "--since 'yesterday': not a date" in result.output


def test_reading_a_store_that_does_not_exist_says_so(tmp_path):
    result = invoke(tmp_path / "none.duckdb", "articles")
    assert result.exit_code != 0


def test_input_format_forces_the_reader(tmp_path):
    db = tmp_path / "s.duckdb"
    src = tmp_path / "records.txt"
    src.write_text("".join(json.dumps(r) + "\n" for r in _records(3)), encoding="utf-8")
    as_jsonl = invoke(db, "ingest", "--stage", "articles", "--input-format", "jsonl", str(src))
    assert as_jsonl.exit_code == 0 and "3 added" in as_jsonl.output
    as_text = invoke(tmp_path / "t.duckdb", "ingest", "--stage", "articles", "--input-format", "text", str(src))
    assert as_text.exit_code == 0 and "1 added" in as_text.output


def test_a_wikinews_file_whose_first_record_is_long_is_stored_whole(tmp_path):
    db = tmp_path / "s.duckdb"
    records = _records(4)
    records[0]["text"] = "Envoys met in Vienna. " * 300  # 6,600 characters on the first line
    result = invoke(db, "ingest", "--stage", "articles", str(_jsonl(tmp_path / "w.jsonl", records)))
    assert result.exit_code == 0, result.output
    assert "4 added" in result.output


def test_recode_codes_articles_stored_without_events_and_twice_changes_nothing(tmp_path):
    db = tmp_path / "s.duckdb"
    src = _jsonl(tmp_path / "a.jsonl", [{"id": "r1", "date": "2010-09-26", "title": "Visit",
                                         "text": "Russian President Dmitry Medvedev met Chinese President Hu Jintao in Beijing."}])  # fmt: skip
    assert invoke(db, "ingest", "--stage", "articles", str(src)).exit_code == 0

    def events():
        result = invoke(db, "events", "--scope", "all", "--format", "jsonl")
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.output.splitlines()]

    assert events() == []
    first = invoke(db, "recode")
    assert first.exit_code == 0, first.output
    assert "1 recoded" in first.output
    coded = events()
    assert coded and {e["doc_id"] for e in coded} == {"r1"}
    again = invoke(db, "recode", "--doc", "r1")
    assert again.exit_code == 0 and "1 recoded" in again.output
    assert events() == coded
