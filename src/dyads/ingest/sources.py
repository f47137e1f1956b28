"""Inputs to articles: files, directories, ``-`` for standard input.

:func:`read_inputs` yields an :class:`Article` for every article, an
:class:`~dyads.errors.InputError` for every input or record that cannot be read
and an :class:`~dyads.ingest.notes.InputNote` for an article kept with a caveat;
errors are yielded, never raised, so that good inputs beside bad ones still flow.
A reader that fails in a way nobody foresaw ends only its own input, reported
as an error naming it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from dyads.errors import EmptyInput, InputError
from dyads.ingest.formats.delimited import read_delimited
from dyads.ingest.formats.feeds import read_feed
from dyads.ingest.formats.jsonlines import read_json_document, read_json_lines
from dyads.ingest.formats.plaintext import read_plain_text
from dyads.ingest.formats.sniff import Format, delimiter_for, sniff_format
from dyads.ingest.formats.webpage import read_html
from dyads.ingest.notes import InputNote
from dyads.ingest.payload import check_not_binary, gunzip, is_gzip, read_file_bytes, read_stream_bytes
from dyads.ingest.text.normalise import decode_bytes
from dyads.records.article import Article
from dyads.settings import DEFAULT_MAX_BYTES, FieldMap

STDIN_NAME = "<stdin>"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are read."""

    max_bytes: int = DEFAULT_MAX_BYTES  # per file, and for decompressed size
    fields: FieldMap = field(default_factory=FieldMap)  # JSON Lines / CSV field names
    stdin: BinaryIO | None = None  # read when a path is "-"
    format: Format | None = None  # force one reader; None: chosen by content, then extension
    skip: frozenset[Path] = frozenset()  # resolved paths never read (the store and its side files)


Item = Article | InputError | InputNote


def read_inputs(paths: Iterable[str | Path], *, options: ReadOptions) -> Iterator[Item]:
    """Articles and errors from every path, in order; directories are read recursively."""
    for raw in paths:
        name = str(raw)
        if name == "-":
            yield from _read_stdin(options)
            continue
        path = Path(raw)
        if _skipped(path, options):
            yield InputError(name, "is the store being written, not an input")
        elif path.is_dir():
            yield from _read_directory(path, options)
        elif path.is_file():
            yield from _read_file(path, options)
        elif path.exists():
            yield InputError(name, "not a regular file or directory")
        elif path.is_symlink():
            yield InputError(name, "a symbolic link that loops or points nowhere")
        else:
            yield InputError(name, "no such file or directory")


def _skipped(path: Path, options: ReadOptions) -> bool:
    if not options.skip:
        return False
    try:
        return path.resolve() in options.skip
    except (OSError, RuntimeError):  # a symlink loop resolves to nothing
        return False


def _read_stdin(options: ReadOptions) -> Iterator[Item]:
    if options.stdin is None:
        yield InputError(STDIN_NAME, "standard input is not available")
        return
    try:
        data = read_stream_bytes(options.stdin, source=STDIN_NAME, max_bytes=options.max_bytes)
    except InputError as error:
        yield error
        return
    yield from _read_bytes(data, source=STDIN_NAME, name="", options=options)


def _read_directory(root: Path, options: ReadOptions) -> Iterator[Item]:
    """Every non-hidden file under ``root``, in sorted order of their relative paths."""
    errors: list[OSError] = []
    files: list[Path] = []
    for directory, subdirectories, names in os.walk(root, onerror=errors.append):
        subdirectories[:] = [d for d in subdirectories if not d.startswith(".")]
        files.extend(
            Path(directory) / name
            for name in names
            if not name.startswith(".") and not _skipped(Path(directory) / name, options)
        )
    for error in errors:
        yield InputError(str(error.filename or root), f"cannot be read ({error.strerror or error})")
    if not files:
        yield EmptyInput(str(root), "directory holds no files")
        return
    for path in sorted(files, key=lambda p: p.relative_to(root).parts):
        yield from _read_file(path, options)


def _read_file(path: Path, options: ReadOptions) -> Iterator[Item]:
    source = str(path)
    try:
        data = read_file_bytes(path, source=source, max_bytes=options.max_bytes)
    except InputError as error:
        yield error
        return
    yield from _read_bytes(data, source=source, name=path.name, options=options)


def read_payload(data: bytes, *, source: str, name: str, options: ReadOptions) -> Iterator[Item]:
    """Articles and errors from bytes fetched from ``source`` (a URL), read as a file called ``name``."""
    return _read_bytes(data, source=source, name=name, options=options)


def _read_bytes(data: bytes, *, source: str, name: str, options: ReadOptions) -> Iterator[Item]:
    try:
        if is_gzip(data):
            data = gunzip(data, source=source, max_bytes=options.max_bytes)
            name = name[:-3] if name.lower().endswith(".gz") else name
        check_not_binary(data, source=source)
        text = decode_bytes(data, source=source)
    except InputError as error:
        yield error
        return
    if not text.strip():
        yield EmptyInput(source, "holds only whitespace")
        return
    fmt = options.format or sniff_format(text, name=name, fields=options.fields)
    try:
        yield from _read_text(text, fmt=fmt, source=source, options=options)
    except InputError as error:
        yield error
    except Exception as exc:  # isolation boundary: one input never ends the run
        detail = str(exc).splitlines()[0][:200] if str(exc) else ""
        yield InputError(source, f"cannot be read as {fmt.value} ({type(exc).__name__}{': ' + detail if detail else ''})")


def _read_text(text: str, *, fmt: Format, source: str, options: ReadOptions) -> Iterator[Item]:
    match fmt:
        case Format.JSON_LINES:
            yield from read_json_lines(text, source=source, fields=options.fields)
        case Format.JSON_DOCUMENT:
            yield from read_json_document(text, source=source, fields=options.fields)
        case Format.CSV | Format.TSV:
            delimiter = delimiter_for(text, fmt)
            yield from read_delimited(text, source=source, fields=options.fields, delimiter=delimiter)
        case Format.FEED:
            yield from read_feed(text, source=source)
        case Format.HTML:
            yield from read_html(text, source=source)
        case Format.TEXT:
            yield from read_plain_text(text, source=source)
