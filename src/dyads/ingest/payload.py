"""Raw bytes of an input: size limits, gzip streams, binary detection.

Every function here raises an :class:`~dyads.errors.InputError` subclass naming the
input; the caller turns it into a yielded error.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from pathlib import Path
from typing import BinaryIO

from dyads.errors import BinaryInput, EmptyInput, InputError, MalformedInput, TooLarge
from dyads.ingest.text.normalise import utf16_without_bom

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 16
_SAMPLE = 8192
_CONTROL_SHARE = 0.10  # more control bytes than this in the sample: binary

# Leading bytes of common binary formats, and what to call them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", "a Zstandard archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O binary"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O binary"),
    (b"\x00asm", "a WebAssembly module"),
    (b"OggS", "an Ogg media file"),
    (GZIP_MAGIC, "gzip data"),
)
_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")
_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def read_file_bytes(path: Path, *, source: str, max_bytes: int) -> bytes:
    """The bytes of a file, refusing it before reading when it is over ``max_bytes``."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise TooLarge(source, f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(source, f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:  # the file grew after stat
        raise TooLarge(source, f"file is over the limit of {max_bytes:,} bytes")
    if not data:
        raise EmptyInput(source, "file is empty")
    return data


def read_stream_bytes(stream: BinaryIO, *, source: str, max_bytes: int) -> bytes:
    """Up to ``max_bytes`` from a stream such as standard input."""
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(source, f"cannot be read ({exc.strerror or exc})") from exc
    if isinstance(data, str):  # a text stream was passed: take its characters as UTF-8
        data = data.encode("utf-8", "surrogateescape")
    if len(data) > max_bytes:
        raise TooLarge(source, f"input is over the limit of {max_bytes:,} bytes")
    if not data:
        raise EmptyInput(source, "input is empty")
    return data


def is_gzip(data: bytes) -> bool:
    return data.startswith(GZIP_MAGIC)


def gunzip(data: bytes, *, source: str, max_bytes: int) -> bytes:
    """Decompress gzip data in chunks, stopping as soon as it passes ``max_bytes``."""
    out = io.BytesIO()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data), mode="rb") as stream:
            while chunk := stream.read(_CHUNK):
                out.write(chunk)
                if out.tell() > max_bytes:
                    raise TooLarge(source, f"gzip data expands beyond {max_bytes:,} bytes")
    except (OSError, EOFError, zlib.error) as exc:
        raise MalformedInput(source, f"broken gzip data ({exc})") from exc
    result = out.getvalue()
    if not result:
        raise EmptyInput(source, "gzip data decompresses to nothing")
    return result


def check_not_binary(data: bytes, *, source: str) -> None:
    """Raise :class:`BinaryInput` for known binary formats and data with NUL bytes."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise BinaryInput(source, f"binary data ({kind}), not text")
    if _BZIP2.match(data):
        raise BinaryInput(source, "binary data (a bzip2 archive), not text")
    if data.startswith(_UTF16_32_BOMS) or utf16_without_bom(data):
        return  # UTF-16 and UTF-32 text is full of NUL bytes
    if b"\x00" in data:
        raise BinaryInput(source, "binary data (contains NUL bytes), not text")
    sample = data[:_SAMPLE]
    controls = len(_CONTROL_BYTES.findall(sample))
    if controls > _CONTROL_SHARE * len(sample):
        raise BinaryInput(source, f"binary data ({controls} control bytes in the first {len(sample)}), not text")
