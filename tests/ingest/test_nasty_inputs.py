"""A fixed corpus of hostile inputs: each is read into articles or gives one clear line, and never
stops the good input read after it."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from dyads.errors import InputError
from dyads.ingest import InputNote, ReadOptions, read_inputs
from dyads.records.article import Article

GOOD = "Ministers meet in Oslo\n\nForeign ministers from Norway and Sweden met in Oslo on Monday.\n"
SENTENCE = "Negotiators from Kenya and Somalia met in Nairobi on Monday to discuss the border."
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
    '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
    '<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>'
    '<rss version="2.0"><channel><title>Wire</title><item><guid>x</guid><title>&h;</title>'
    "<description>&h;</description></item></channel></rss>"
)
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    '<rss version="2.0"><channel><item><title>t</title><description>&xxe; Talks in Oslo.</description></item>'
    "</channel></rss>"
)


def _nasty() -> dict[str, bytes]:
    return {
        "huge_line.txt": ("word " * 2_000_000).encode(),  # 10 MB on one line
        "controls.txt": ("Talks\x07 in\x1b[31m Oslo\x08 met\x0c today.\x1b]8;;https://x.test\x07link\x1b]8;;\x07\n").encode(),
        "nul.txt": b"Talks in Oslo\x00 resumed on Monday.\n",
        "mixed_scripts.txt": "Talks in Москва, 北京 and القاهرة: ministers met. Ελλάδα agreed.\n".encode(),
        "rtl.txt": "\u202eTalks in Oslo\u202c \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 met.\u2067x\u2069\n".encode(),
        "no_punctuation.txt": ("alpha beta gamma delta " * 45_000).encode(),  # 1 MB sentence
        "nested.html": b"<html><body>" + b"<div>" * 100_000 + b"Talks" + b"</div>" * 100_000 + b"</body></html>",
        "laughs.rss": LAUGHS.encode(),
        "external_entity.rss": EXTERNAL_ENTITY.encode(),
        "utf16_bom.txt": GOOD.encode("utf-16"),
        "utf16le_no_bom.txt": GOOD.encode("utf-16-le"),
        "utf16be_no_bom.txt": GOOD.encode("utf-16-be"),
        "gzip_bomb.txt.gz": gzip.compress(b"\n" * 50_000_000),
        "truncated.gz": gzip.compress(GOOD.encode())[:20],
        "long_id.jsonl": ('{"id": ' + "9" * 5000 + ', "text": "Talks resumed."}\n').encode(),
        "deep.json": ("[" * 100_000 + "]" * 100_000).encode(),
        "bad_date.jsonl": (json.dumps({"id": "d", "text": SENTENCE, "date": "2010-13-45"}) + "\n").encode(),
        "empty.txt": b"",
        "spaces.txt": b" \n\t\n",
        "random.bin": os.urandom(4096),
    }


def _read(paths: list[str | Path]) -> list[Article | InputError | InputNote]:
    return list(read_inputs(paths, options=ReadOptions(max_bytes=12_000_000)))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("nasty")
    for name, data in _nasty().items():
        (folder / name).write_bytes(data)
    (folder / "zz_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "loop").symlink_to(folder / "loop")
    (folder / "dangling").symlink_to(folder / "nowhere")
    return folder


@pytest.mark.parametrize("name", sorted(_nasty()))
def test_a_nasty_input_gives_articles_or_one_clear_line(corpus: Path, name: str) -> None:
    items = _read([corpus / name])
    assert items
    for item in items:
        assert isinstance(item, (Article, InputError, InputNote))
        if not isinstance(item, Article):
            line = str(item)
            assert "\n" not in line and line.startswith(str(corpus / name)), line
            assert "Traceback" not in line


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("utf16_bom.txt", "Foreign ministers"),
        ("utf16le_no_bom.txt", "Foreign ministers"),
        ("utf16be_no_bom.txt", "Foreign ministers"),
        ("mixed_scripts.txt", "Москва, 北京 and القاهرة"),
        ("controls.txt", "Talks in"),
    ],
)
def test_nasty_but_readable_text_is_read(corpus: Path, name: str, expected: str) -> None:
    [article] = [i for i in _read([corpus / name]) if isinstance(i, Article)]
    assert expected in (article.title or "") + article.text
    assert "\x1b" not in article.text and "\x07" not in article.text and "\u202e" not in article.text


def test_entities_are_never_expanded_from_outside(corpus: Path) -> None:
    text = " ".join(i.text for i in _read([corpus / "external_entity.rss"]) if isinstance(i, Article))
    assert "root:" not in text


def test_the_whole_nasty_folder_still_yields_the_good_file(corpus: Path) -> None:
    items = _read([corpus])
    assert any(isinstance(i, Article) and "Norway and Sweden" in i.text for i in items)
    names = " ".join(str(i) for i in items if isinstance(i, InputError))
    assert "loop" in names and "dangling" in names


@pytest.mark.parametrize("missing", ["absent.txt", "no/such/dir/", ""])
def test_missing_paths_are_one_line(tmp_path: Path, missing: str) -> None:
    [error] = _read([tmp_path / missing] if missing else [tmp_path / "x" / ".." / "y"])
    assert isinstance(error, InputError) and "no such file or directory" in str(error)


def test_an_unreadable_file_is_one_line(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every file whatever its permissions; unreadable files cannot be made here")
    path = tmp_path / "secret.txt"
    path.write_text(GOOD)
    path.chmod(0)
    [error] = _read([path])
    assert "cannot be read (Permission denied)" in str(error)


def test_a_file_that_fails_on_read_is_one_line(tmp_path: Path) -> None:
    """/proc/self/mem opens but fails at offset 0 with EIO, even for root."""
    link = tmp_path / "mem.txt"
    link.symlink_to("/proc/self/mem")
    items = _read([link, tmp_path])
    assert str(items[0]) == f"{link}: cannot be read (Input/output error)"
