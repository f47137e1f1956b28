"""User dictionary files: add or override actors, with dates, without touching code.

TSV (``.tsv``/``.txt``) with a header row, or YAML (``.yaml``/``.yml``) holding a
list of mappings (or ``{actors: [...]}``).  Columns / keys:

``name`` (required), ``code`` (CAMEO code such as ``NLDGOV`` or ``IGOWSTNAT``;
required unless ``country`` is given), ``aliases`` (``|``-separated in TSV, a list
in YAML), ``country``, ``role``, ``kind`` (``person``, ``organisation``,
``country``; default ``organisation``), ``valid_from``, ``valid_to``
(``YYYY[-MM[-DD]]``), ``kb_id`` (give a built-in id to replace that entry).

A row applies only on its dates; on other dates the built-in entries still apply.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dyads.errors import DictionaryError
from dyads.kb.entries import Entry, EntryKind, Spell, parse_date
from dyads.kb.tables import Row, header_of, read_rows

_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
_KINDS = {"person": EntryKind.PERSON, "organisation": EntryKind.ORGANISATION,
          "organization": EntryKind.ORGANISATION, "country": EntryKind.COUNTRY}
_KNOWN_KEYS = frozenset({"name", "code", "aliases", "country", "role", "kind", "valid_from", "valid_to", "kb_id"})


def read_user_file(path: Path, *, known_countries: frozenset[str]) -> list[Entry]:
    """Read one user dictionary; raise DictionaryError naming ``file:line`` and the reason."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(f"{path}: cannot be read ({exc})") from exc
    rows = list(_yaml_rows(path, text) if path.suffix.lower() in {".yaml", ".yml"} else _tsv_rows(path, text))
    return [_entry(row, known_countries) for row in rows]


def _tsv_rows(path: Path, text: str) -> Iterator[Row]:
    header = header_of(text)
    if "name" not in header:
        raise DictionaryError(f"{path}:1: the header row must have a 'name' column (got {list(header)})")
    unknown = [h for h in header if h not in _KNOWN_KEYS]
    if unknown:
        raise DictionaryError(f"{path}:1: unknown column(s) {unknown}; known: {sorted(_KNOWN_KEYS)}")
    yield from read_rows(text, name=str(path))


def _yaml_rows(path: Path, text: str) -> Iterator[Row]:
    import yaml  # PyYAML is a dependency; imported here so the TSV path never needs it

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise DictionaryError(f"{path}:{line}: not valid YAML ({getattr(exc, 'problem', exc)})") from exc
    if root is None:
        return
    if isinstance(root, yaml.MappingNode):
        found = [value for key, value in root.value if key.value == "actors"]
        if not found:
            raise DictionaryError(f"{path}:{root.start_mark.line + 1}: expected a list or an 'actors:' list")
        root = found[0]
    if not isinstance(root, yaml.SequenceNode):
        raise DictionaryError(f"{path}:{root.start_mark.line + 1}: expected a list of actors")
    for item in root.value:
        line = item.start_mark.line + 1
        if not isinstance(item, yaml.MappingNode):
            raise DictionaryError(f"{path}:{line}: each actor must be a mapping with at least 'name'")
        data: Any = yaml.SafeLoader("").construct_mapping(item, deep=True)
        unknown = [k for k in data if k not in _KNOWN_KEYS]
        if unknown:
            raise DictionaryError(f"{path}:{line}: unknown key(s) {unknown}; known: {sorted(_KNOWN_KEYS)}")
        cells = {str(k): _cell(v) for k, v in data.items()}
        yield Row(origin=f"{path}:{line}", cells=cells)


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def _entry(row: Row, known: frozenset[str]) -> Entry:
    name = row.get("name")
    if not name:
        raise DictionaryError(f"{row.origin}: 'name' is empty")
    kind_text = row.get("kind").lower() or "organisation"
    if kind_text not in _KINDS:
        raise DictionaryError(f"{row.origin}: unknown kind {kind_text!r}; use one of {sorted(set(_KINDS))}")
    code, country, role = _code_parts(row, known)
    try:
        start = parse_date(row.get("valid_from"))
        end = parse_date(row.get("valid_to"), end=True)
    except ValueError as exc:
        raise DictionaryError(f"{row.origin}: bad date ({exc}); use YYYY, YYYY-MM or YYYY-MM-DD") from exc
    if start and end and end < start:
        raise DictionaryError(f"{row.origin}: valid_to {end} is before valid_from {start}")
    kind = _KINDS[kind_text]
    spells = (Spell(country or "", role or "", "", start, end, source="user"),) if kind is EntryKind.PERSON and role else ()
    return Entry(
        kb_id=row.get("kb_id") or f"user:{row.origin}",
        kind=kind,
        name=name,
        aliases=row.items("aliases"),
        country=country,
        role=role,
        code=code,
        spells=spells,
        valid_from=start,
        valid_to=end,
        source=f"user {row.origin}",
    )


def _code_parts(row: Row, known: frozenset[str]) -> tuple[str | None, str | None, str | None]:
    code, country, role = row.get("code").upper(), row.get("country").upper(), row.get("role").upper()
    if not code and not country:
        raise DictionaryError(f"{row.origin}: give a 'code' (e.g. RUSGOV) or a 'country'")
    if code and not _CODE.match(code):
        raise DictionaryError(f"{row.origin}: bad CAMEO code {code!r} (letters in groups of three, e.g. RUSGOV)")
    if country and country not in known:
        raise DictionaryError(f"{row.origin}: unknown country code {country!r}")
    if code and not country:
        if code[:3] in known:
            country, role = code[:3], role or code[3:6]
        elif code.startswith(("IGO", "NGO", "MNC", "IMG", "UNO")):
            role = role or code[:3]
        else:
            raise DictionaryError(f"{row.origin}: code {code!r} starts with no known country or IGO/NGO/MNC/IMG")
    if not code:
        code = f"{country}{role}"
    return code, country or None, role or None
