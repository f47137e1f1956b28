"""Which reader an input needs: content first, file extension second."""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from dyads.settings import FieldMap


class Format(StrEnum):
    TEXT = "text"
    HTML = "html"
    FEED = "feed"
    JSON_LINES = "jsonl"
    JSON_DOCUMENT = "json"
    CSV = "csv"
    TSV = "tsv"


_HEAD_CHARS = 4096
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)\b", re.IGNORECASE)
_HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"<(?:p|div|br|span|article|section|h[1-6]|a\s+href|ul|ol|li|table|title|meta|script|style)\b[^<>]*>",
    re.IGNORECASE,
)
_LEADING_XML_NOISE = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*", re.DOTALL)

_BY_EXTENSION: Mapping[str, Format] = MappingProxyType({
    ".html": Format.HTML, ".htm": Format.HTML, ".xhtml": Format.HTML,
    ".xml": Format.FEED, ".rss": Format.FEED, ".atom": Format.FEED,
    ".jsonl": Format.JSON_LINES, ".ndjson": Format.JSON_LINES, ".json": Format.JSON_DOCUMENT,
    ".csv": Format.CSV, ".tsv": Format.TSV, ".tab": Format.TSV,
    ".txt": Format.TEXT, ".text": Format.TEXT, ".md": Format.TEXT,
})  # fmt: skip


def sniff_format(text: str, *, name: str, fields: FieldMap) -> Format:
    """Decide how to read ``text``; ``name`` is the file name (``.gz`` already removed)."""
    by_extension = _extension_format(name)
    head = text[:_HEAD_CHARS].lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        return _markup_format(head, by_extension)
    if head.startswith("["):
        return Format.JSON_DOCUMENT
    if head.startswith("{"):
        return _json_format(text)
    delimited = _delimited_format(head, fields=fields)
    if delimited is not None:
        return delimited
    if _HTML_TAG.search(head):
        return Format.HTML
    if by_extension is not None:
        return by_extension
    return Format.TEXT


def _json_format(text: str) -> Format:
    """JSON Lines when the whole first line (however long) closes its object, else one document."""
    start = len(text) - len(text.lstrip("\ufeff \t\r\n"))
    end = text.find("\n", start)
    first_line = text[start:] if end < 0 else text[start:end]
    return Format.JSON_LINES if first_line.rstrip().endswith("}") else Format.JSON_DOCUMENT


def _markup_format(head: str, by_extension: Format | None) -> Format:
    body = head[_LEADING_XML_NOISE.match(head).end():]  # type: ignore[union-attr]  # always matches
    if _HTML_ROOT.match(body):
        return Format.HTML
    if _FEED_ROOT.search(head) and not _HTML_ROOT.search(head):
        return Format.FEED
    if by_extension in (Format.HTML, Format.FEED):
        return by_extension
    return Format.HTML


def _delimited_format(head: str, *, fields: FieldMap) -> Format | None:
    first_line = head.split("\n", 1)[0]
    for delimiter, fmt in ((",", Format.CSV), ("\t", Format.TSV), (";", Format.CSV)):
        if delimiter not in first_line:
            continue
        try:
            header = next(csv.reader([first_line], delimiter=delimiter))
        except (csv.Error, StopIteration):
            continue
        names = {cell.strip() for cell in header}
        if fields.text in names and len(names) >= 2:
            return fmt
    return None


def delimiter_for(text: str, fmt: Format) -> str:
    """The field delimiter of a CSV or TSV input."""
    if fmt is Format.TSV:
        return "\t"
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    return ";" if first_line.count(";") > first_line.count(",") else ","


def _extension_format(name: str) -> Format | None:
    lower = name.lower()
    dot = lower.rfind(".")
    if dot < 0 or "/" in lower[dot:]:
        return None
    return _BY_EXTENSION.get(lower[dot:])
