"""read_inputs: files, directories, standard input, and every bad input beside good ones."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest

from dyads.errors import (
    BinaryInput,
    EmptyInput,
    EncodingError,
    InputError,
    MalformedInput,
    MissingText,
    TooLarge,
)
from dyads.ingest import ReadOptions, read_inputs
from dyads.records.article import Article

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEED = SHARED / "seed" / "000_95a2145abd261211.txt"
POLITICS = SHARED / "corpora" / "wikinews_politics.jsonl"

GOOD_TEXT = "Ministers meet in Oslo\n\nForeign ministers from Norway and Sweden met in Oslo on Monday to discuss fishing rights.\n"
HTML_PAGE = (
    "<html><head><title>Vote count begins</title></head><body><article>"
    "<p>Election officials in Nairobi began counting ballots on Tuesday evening after polls closed across the country.</p>"
    "<p>Observers from the African Union said voting had been largely peaceful despite long queues.</p>"
    "</article></body></html>"
)
RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
    "<item><guid>w-1</guid><title>Quake</title><description>A strong earthquake struck off Sumatra.</description></item>"
    "</channel></rss>"
)


def _read(paths: list[str | Path], **options: object) -> list[Article | InputError]:
    return list(read_inputs(paths, options=ReadOptions(**options)))  # type: ignore[arg-type]


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def test_directory_is_read_recursively_in_sorted_order_skipping_hidden(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", GOOD_TEXT)
    _write(tmp_path / "a.jsonl", json.dumps({"id": "j1", "text": "Talks resumed in Doha."}) + "\n")
    _write(tmp_path / "sub" / "c.html", HTML_PAGE)
    _write(tmp_path / "sub" / "d.rss", RSS)
    _write(tmp_path / "sub" / "e.csv.gz", gzip.compress(b"id,text\nc1,Troops withdrew from the border.\n"))
    _write(tmp_path / "z.txt", GOOD_TEXT)
    _write(tmp_path / ".hidden.txt", GOOD_TEXT)
    _write(tmp_path / ".git" / "notes.txt", GOOD_TEXT)
    items = _read([tmp_path])
    assert all(isinstance(i, Article) for i in items), items
    assert [i.origin for i in items] == [
        f"{tmp_path}/a.jsonl:1",
        str(tmp_path / "b.txt"),
        str(tmp_path / "sub" / "c.html"),
        "w-1",
        f"{tmp_path}/sub/e.csv.gz:2",
        str(tmp_path / "z.txt"),
    ]
    assert [i.doc_id for i in items if i.doc_id in ("j1", "w-1", "c1")] == ["j1", "w-1", "c1"]


def test_standard_input_is_sniffed_like_a_file() -> None:
    [article] = _read(["-"], stdin=io.BytesIO(GOOD_TEXT.encode()))
    assert isinstance(article, Article)
    assert article.title == "Ministers meet in Oslo"
    assert article.origin == "<stdin>"
    [feed_item] = _read(["-"], stdin=io.BytesIO(gzip.compress(RSS.encode())))
    assert isinstance(feed_item, Article) and feed_item.doc_id == "w-1"


def test_standard_input_missing_is_an_error() -> None:
    [error] = _read(["-"])
    assert type(error) is InputError and str(error) == "<stdin>: standard input is not available"


def _bad_inputs(tmp_path: Path) -> list[tuple[Path | str, type[InputError], str]]:
    """(path, error class, expected reason fragment) for every kind of bad input."""
    deep = "<html><body>" + "<div>" * 30_000 + "x" + "</div>" * 30_000 + "</body></html>"
    return [
        (tmp_path / "missing.txt", InputError, "no such file or directory"),
        (_write(tmp_path / "empty.txt", b""), EmptyInput, "file is empty"),
        (_write(tmp_path / "blank.txt", "  \n\n \t\n"), EmptyInput, "holds only whitespace"),
        (_write(tmp_path / "big.txt", "word " * 100_000), TooLarge, "500,000 bytes, over the limit of 400,000 bytes"),
        (_write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40), BinaryInput, "PNG image"),
        (_write(tmp_path / "report.pdf", b"%PDF-1.4\n" + b"\x00" * 40), BinaryInput, "PDF document"),
        (_write(tmp_path / "nul.txt", b"text\x00with nul"), BinaryInput, "NUL bytes"),
        (_write(tmp_path / "noise.txt", bytes(range(0x80, 0x100)) * 3), EncodingError, "no other text encoding fits"),
        (_write(tmp_path / "bomb.txt.gz", gzip.compress(b"\x00" * 5_000_000)), TooLarge, "expands beyond 400,000 bytes"),
        (_write(tmp_path / "broken.gz", b"\x1f\x8b\x08\x00broken"), MalformedInput, "broken gzip data"),
        (_write(tmp_path / "deep.html", deep), MalformedInput, "HTML nested 30,002 levels deep"),
        (_write(tmp_path / "bad.rss", "<rss version='2.0'><channel><title>Half"), MalformedInput, "malformed feed"),
        (_write(tmp_path / "invisible.txt", "\u200d\u200e"), MissingText, "no article text found"),
        (_write(tmp_path / "nohead.csv", "id,title\n1,x\n"), MalformedInput, "header has no 'text' column"),
    ]


def test_every_bad_input_is_one_line_naming_it_and_good_inputs_still_flow(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", GOOD_TEXT)
    bad = _bad_inputs(tmp_path)
    paths: list[str | Path] = [good]
    for path, _, _ in bad:
        paths += [path, good]
    items = _read(paths, max_bytes=400_000)
    assert len(items) == 1 + 2 * len(bad)
    for index, (path, error_class, reason) in enumerate(bad):
        error, after = items[1 + 2 * index], items[2 + 2 * index]
        assert type(error) is error_class, (path, error)
        message = str(error)
        assert "\n" not in message
        assert message.startswith(f"{path}:"), message
        assert reason in message, message
        assert isinstance(after, Article) and after.origin == str(good)


def test_bad_records_are_named_by_line_and_other_records_read(tmp_path: Path) -> None:
    lines = [json.dumps({"text": "Rebels took the town."}), "{broken", json.dumps({"title": "x"}), json.dumps({"text": "Talks."})]
    path = _write(tmp_path / "mix.jsonl", "\n".join(lines))
    items = _read([path])
    assert [type(i) for i in items] == [Article, MalformedInput, MissingText, Article]
    assert str(items[1]).startswith(f"{path}:2: not valid JSON")
    assert str(items[2]) == f"{path}:3: no text: field 'text' is missing"


def test_directory_without_files_is_empty_input(tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    _write(tmp_path / "nothing" / ".hidden", GOOD_TEXT)
    [error] = _read([tmp_path / "nothing"])
    assert isinstance(error, EmptyInput) and str(error) == f"{tmp_path / 'nothing'}: directory holds no files"


def test_non_utf8_text_file_is_decoded(tmp_path: Path) -> None:
    path = _write(tmp_path / "latin.txt", "Talks in Zürich\n\nThe envoys met in Zürich and Genève on Monday.".encode("cp1252"))
    [article] = _read([path])
    assert isinstance(article, Article)
    assert article.title == "Talks in Zürich" and "Genève" in article.text


@pytest.mark.skipif(not SEED.is_file(), reason=f"shared seed article not found at {SEED}")
def test_seed_article() -> None:
    [article] = _read([SEED])
    assert isinstance(article, Article)
    assert article.title == "China and Russia strengthen strategic ties"
    assert article.byline == "John Chan"
    assert article.published == dt.date(2010, 10, 6)
    assert article.text.startswith("Russian President Dmitry Medvedev")
    assert "wsws.org/contact" not in article.text and "To contact" not in article.text
    assert "the whole [Eurasian] continent" in article.text
    assert "a longstanding territorial disagreement over four of the Kuril Islands" in article.text
    assert "$US25 billion" in article.text and "\\$" not in article.text
    assert "The Yomiuri Shimbun warned" in article.text and "*" not in article.text
    assert article.origin == str(SEED) and article.language == "en"


@pytest.mark.skipif(not POLITICS.is_file(), reason=f"shared corpus not found at {POLITICS}")
def test_politics_corpus_reads_every_article_without_errors() -> None:
    items = _read([POLITICS])
    errors = [str(i) for i in items if not isinstance(i, Article)]
    assert errors == []
    assert len(items) == 3963
    assert len({i.doc_id for i in items if isinstance(i, Article)}) == 3963


def test_text_stream_on_standard_input_is_accepted() -> None:
    [article] = _read(["-"], stdin=io.StringIO(GOOD_TEXT))
    assert isinstance(article, Article) and article.title == "Ministers meet in Oslo"


def test_a_wikinews_style_file_with_a_long_first_line_stores_every_record(tmp_path: Path) -> None:
    records = [{"id": "long", "text": "Delegates met. " * 400}, {"id": "short", "text": "Talks resumed."}]
    path = _write(tmp_path / "w.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    items = _read([path])
    assert [i.doc_id for i in items if isinstance(i, Article)] == ["long", "short"]


def test_input_format_forces_a_reader(tmp_path: Path) -> None:
    from dyads.ingest import Format

    path = _write(tmp_path / "notes.txt", '{"text": "Talks resumed."}\n')
    [as_text] = _read([path], format=Format.TEXT)
    [as_json] = _read([path], format=Format.JSON_LINES)
    assert '"text"' in as_text.text and as_json.text == "Talks resumed."


def test_a_reader_that_breaks_ends_only_its_own_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dyads.ingest.sources as sources

    def broken(text: str, *, source: str) -> object:
        yield Article.create(text="First item.")
        raise KeyError("no such element")

    monkeypatch.setattr(sources, "read_feed", broken)
    bad = _write(tmp_path / "a.rss", RSS)
    good = _write(tmp_path / "b.txt", GOOD_TEXT)
    items = _read([bad, good])
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    assert str(items[1]) == f"{bad}: cannot be read as feed (KeyError: 'no such element')"


def test_the_store_inside_an_input_folder_is_not_read(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", GOOD_TEXT)
    store = _write(tmp_path / "s.duckdb", b"\x00" * 64)
    wal = _write(tmp_path / "s.duckdb.wal", b"\x00" * 64)
    skip = frozenset({store.resolve(), wal.resolve()})
    items = _read([tmp_path], skip=skip)
    assert [type(i).__name__ for i in items] == ["Article"]
    [named] = _read([store], skip=skip)
    assert str(named) == f"{store}: is the store being written, not an input"


def test_a_symlink_loop_is_one_line(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    [error] = _read([loop])
    assert str(error) == f"{loop}: a symbolic link that loops or points nowhere"
    _write(tmp_path / "good.txt", GOOD_TEXT)
    items = _read([tmp_path])
    assert [type(i).__name__ for i in items] == ["Article", "InputError"]  # good.txt sorts first
    assert "loop.txt: cannot be read" in str(items[1])


def test_politics_corpus_longest_line_first_reads_every_article(tmp_path: Path) -> None:
    """382 of its 3,963 lines are over 4,096 characters: the order of lines must not matter."""
    if not POLITICS.exists():
        pytest.skip(f"{POLITICS} is absent: the reference corpora live in ../shared")
    lines = sorted((line for line in POLITICS.read_text(encoding="utf-8").split("\n") if line.strip()), key=len, reverse=True)
    path = _write(tmp_path / "longest_first.jsonl", "\n".join(lines) + "\n")
    items = _read([path])
    assert len(lines[0]) > 4096
    assert sum(isinstance(i, Article) for i in items) == len(lines) and not any(isinstance(i, InputError) for i in items)
