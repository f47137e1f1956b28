"""Raw bytes: size limits, gzip streams and binary detection."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from dyads.errors import BinaryInput, EmptyInput, MalformedInput, TooLarge
from dyads.ingest.payload import check_not_binary, gunzip, read_file_bytes, read_stream_bytes


def test_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(TooLarge) as caught:
        read_file_bytes(big, source=str(big), max_bytes=1000)
    assert str(caught.value) == f"{big}: file is 1,001 bytes, over the limit of 1,000 bytes"


def test_empty_file_is_empty_input(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(EmptyInput, match="file is empty"):
        read_file_bytes(empty, source=str(empty), max_bytes=1000)


def test_stream_over_the_limit_is_too_large() -> None:
    with pytest.raises(TooLarge, match="over the limit of 10 bytes"):
        read_stream_bytes(io.BytesIO(b"x" * 11), source="<stdin>", max_bytes=10)
    assert read_stream_bytes(io.BytesIO(b"x" * 10), source="<stdin>", max_bytes=10) == b"x" * 10


def test_gunzip_round_trip() -> None:
    text = "Parliament voted on Monday.".encode()
    assert gunzip(gzip.compress(text), source="a.gz", max_bytes=1000) == text
    assert gunzip(gzip.compress(text) + gzip.compress(text), source="a.gz", max_bytes=1000) == text * 2


def test_gzip_bomb_stops_at_the_limit() -> None:
    bomb = gzip.compress(b"\x00" * 50_000_000, compresslevel=9)
    assert len(bomb) < 100_000
    with pytest.raises(TooLarge) as caught:
        gunzip(bomb, source="bomb.gz", max_bytes=1_000_000)
    assert str(caught.value) == "bomb.gz: gzip data expands beyond 1,000,000 bytes"


@pytest.mark.parametrize(
    ("data", "error"),
    [(gzip.compress(b"some text")[:-12], MalformedInput), (b"\x1f\x8b\x08garbage", MalformedInput), (gzip.compress(b""), EmptyInput)],
    ids=["truncated", "garbage", "empty"],
)
def test_broken_gzip(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        gunzip(data, source="x.gz", max_bytes=1000)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x00\x00", "a ZIP archive"),
        (b"\x7fELF\x02\x01\x01\x00", "an ELF executable"),
        (b"GIF89a\x01\x00", "a GIF image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"BZh91AY&SY\x00", "a bzip2 archive"),
        (b"Hello\x00world", "contains NUL bytes"),
        (bytes(range(1, 9)) * 100, "control bytes"),
    ],
)
def test_binary_data_is_refused(data: bytes, kind: str) -> None:
    with pytest.raises(BinaryInput) as caught:
        check_not_binary(data, source="blob")
    assert kind in str(caught.value)
    assert str(caught.value).startswith("blob: binary data (")


@pytest.mark.parametrize(
    "data",
    [b"Plain English text.\n", "Zürich – “quoted”".encode(), "UTF-16 text".encode("utf-16"), b"Tabs\tand\x0cform feeds"],
)
def test_text_is_not_binary(data: bytes) -> None:
    check_not_binary(data, source="t")
