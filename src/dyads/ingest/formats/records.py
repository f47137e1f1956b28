"""One record of JSON Lines or CSV (a mapping of field names to values) to an article."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from dyads.errors import InputError, MissingText
from dyads.ingest.dates import parse_date
from dyads.ingest.notes import InputNote
from dyads.ingest.text.normalise import normalise_line, normalise_text
from dyads.records.article import Article
from dyads.settings import FieldMap

_SHOWN_CHARS = 40


def article_from_record(
    record: Mapping[str, object], *, fields: FieldMap, origin: str
) -> Iterator[Article | InputError | InputNote]:
    """The article of one record, or :class:`MissingText` naming ``origin`` (``file:line``).

    A date field that is present but is not a date is kept out of the article
    (stored undated) and reported by an :class:`InputNote` after it.
    """
    raw_text = record.get(fields.text)
    text = normalise_text(raw_text) if isinstance(raw_text, str) else ""
    if not text:
        what = "is empty" if isinstance(raw_text, str) else "is missing" if raw_text is None else "is not a string"
        yield MissingText(origin, f"no text: field {fields.text!r} {what}")
        return
    raw_date = record.get(fields.date)
    published = parse_date(raw_date) if isinstance(raw_date, str) else None
    article = Article.create(
        text=text,
        title=_line(record.get(fields.title)),
        doc_id=_identifier(record.get(fields.id)),
        published=published,
        outlet=_line(record.get(fields.source)),
        url=_line(record.get(fields.url)),
        origin=origin,
    )
    yield article
    if published is None and _given(raw_date):
        shown = str(raw_date)
        shown = shown if len(shown) <= _SHOWN_CHARS else shown[:_SHOWN_CHARS] + "…"
        yield InputNote(
            f"{origin} (id {article.doc_id})", f"field {fields.date!r} {shown!r} is not a valid date; stored undated"
        )


def _given(value: object) -> bool:
    if value is None or value is False:
        return False
    return not (isinstance(value, str) and not value.strip())


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
