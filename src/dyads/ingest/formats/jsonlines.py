"""JSON Lines (one record a line) and JSON documents (one record or a list of them)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from dyads.errors import InputError, MalformedInput
from dyads.ingest.formats.records import article_from_record
from dyads.ingest.notes import InputNote
from dyads.records.article import Article
from dyads.settings import FieldMap

_MAX_INT_DIGITS = 4000  # below sys.int_info.default_max_str_digits


def read_json_lines(text: str, *, source: str, fields: FieldMap) -> Iterator[Article | InputError | InputNote]:
    """An article per line; a line that does not parse is an error naming ``file:line``."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        origin = f"{source}:{number}"
        try:
            record = _loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedInput(origin, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            yield MalformedInput(origin, "JSON nested too deeply")
            continue
        if not isinstance(record, dict):
            yield MalformedInput(origin, f"a JSON {_kind(record)}, not an object")
            continue
        yield from article_from_record(record, fields=fields, origin=origin)


def read_json_document(text: str, *, source: str, fields: FieldMap) -> Iterator[Article | InputError | InputNote]:
    """A JSON object (one article) or an array of objects (``file[i]`` names an item)."""
    try:
        document = _loads(text)
    except json.JSONDecodeError as exc:
        yield MalformedInput(f"{source}:{exc.lineno}", f"not valid JSON ({exc.msg} at column {exc.colno})")
        return
    except RecursionError:
        yield MalformedInput(source, "JSON nested too deeply")
        return
    if isinstance(document, dict):
        yield from article_from_record(document, fields=fields, origin=source)
        return
    if not isinstance(document, list):
        yield MalformedInput(source, f"a JSON {_kind(document)}, not an object or a list of objects")
        return
    for index, record in enumerate(document):
        origin = f"{source}[{index}]"
        if isinstance(record, dict):
            yield from article_from_record(record, fields=fields, origin=origin)
        else:
            yield MalformedInput(origin, f"a JSON {_kind(record)}, not an object")


def _integer(digits: str) -> int | str:
    """A JSON integer; one too long for Python's int conversion limit stays its digits."""
    return int(digits) if len(digits) <= _MAX_INT_DIGITS else digits


def _loads(text: str) -> object:
    return json.loads(text, parse_int=_integer)


def _kind(value: object) -> str:
    match value:
        case list():
            return "array"
        case str():
            return "string"
        case bool():
            return "boolean"
        case int() | float():
            return "number"
        case None:
            return "null"
        case _:
            return type(value).__name__
