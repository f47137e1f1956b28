"""How many articles an ingest will read, told before it starts (for progress "N of M")."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from dyads.ingest import ReadOptions
from dyads.ingest.extent import expected_articles

FILES = [
    ("a.jsonl", '{"text": "one"}\n\n{"text": "two"}\n{"text": "three"}', 3),  # blank line, no final newline
    ("b.csv", "id,text\n1,one\n2,two\n", 2),  # the header is no article
    ("c.xml", "<rss><channel><item>a</item><item>b</item></channel></rss>", 2),
    ("d.txt", "One article of plain text.\n\nWith two paragraphs.", 1),
    ("e.html", "<html><body><p>One page.</p></body></html>", 1),
]


@pytest.mark.parametrize(("name", "content", "expected"), FILES)
def test_each_kind_of_file_counts_its_articles(tmp_path: Path, name: str, content: str, expected: int) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert expected_articles([path], options=ReadOptions()) == expected


def test_a_directory_counts_every_file_in_it(tmp_path: Path) -> None:
    for name, content, _ in FILES:
        (tmp_path / "in" / "sub").mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / "sub" / name).write_text(content, encoding="utf-8")
    assert expected_articles([tmp_path / "in"], options=ReadOptions()) == sum(n for _, _, n in FILES)


def test_standard_input_and_compressed_files_leave_the_total_unknown(tmp_path: Path) -> None:
    packed = tmp_path / "a.jsonl.gz"
    packed.write_bytes(gzip.compress(b'{"text": "one"}\n'))
    assert expected_articles(["-"], options=ReadOptions()) is None
    assert expected_articles([packed], options=ReadOptions()) is None


def test_a_missing_path_leaves_the_total_unknown(tmp_path: Path) -> None:
    assert expected_articles([tmp_path / "absent.txt"], options=ReadOptions()) is None
