"""One record of JSON Lines or CSV (a mapping of field names to values) to an article."""

from __future__ import annotations

from collections.abc import Mapping

from dyads.errors import InputError, MissingText
from dyads.ingest.dates import parse_date
from dyads.ingest.normalise import normalise_line, normalise_text
from dyads.records.article import Article
from dyads.settings import FieldMap


def article_from_record(record: Mapping[str, object], *, fields: FieldMap, origin: str) -> Article | InputError:
    """The article of one record, or :class:`MissingText` naming ``origin`` (``file:line``)."""
    raw_text = record.get(fields.text)
    text = normalise_text(raw_text) if isinstance(raw_text, str) else ""
    if not text:
        what = "is empty" if isinstance(raw_text, str) else "is missing" if raw_text is None else "is not a string"
        return MissingText(origin, f"no text: field {fields.text!r} {what}")
    raw_date = record.get(fields.date)
    return Article.create(
        text=text,
        title=_line(record.get(fields.title)),
        doc_id=_identifier(record.get(fields.id)),
        published=parse_date(raw_date) if isinstance(raw_date, str) else None,
        outlet=_line(record.get(fields.source)),
        url=_line(record.get(fields.url)),
        origin=origin,
    )


def _line(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return normalise_line(value) or None


def _identifier(value: object) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return str(value)
    return _line(value)
