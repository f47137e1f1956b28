"""RSS and Atom feeds through feedparser: one article per item."""

from __future__ import annotations

import datetime as dt
import io
import re
import time
from collections.abc import Iterator, Mapping

from dyads.errors import EmptyInput, InputError, MalformedInput, MissingText
from dyads.ingest.dates import parse_date
from dyads.ingest.text.markup import html_to_text
from dyads.ingest.text.normalise import normalise_line
from dyads.records.article import Article

_XML_ENCODING = re.compile(r"""(<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']""", re.IGNORECASE)
_UTF8_CONTENT_TYPE = "application/xml; charset=utf-8"


def read_feed(text: str, *, source: str) -> Iterator[Article | InputError]:
    """One article per feed item; items without text are errors naming the item."""
    import feedparser  # imported here: only feeds need it

    # The text is already decoded: re-encode it as UTF-8 and say so, and pass a
    # stream so that feedparser never treats the content as a URL or file name.
    data = _XML_ENCODING.sub(r"\1", text, count=1).encode("utf-8", "replace")  # "replace": lone surrogates
    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-type": _UTF8_CONTENT_TYPE})
    except (ValueError, OverflowError, LookupError) as exc:  # e.g. "&#2000000;": chr() out of range
        yield MalformedInput(source, f"malformed feed ({type(exc).__name__}: {_one_line(exc)})")
        return
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception")
            yield MalformedInput(source, f"malformed feed ({_one_line(reason)})")
        else:
            yield EmptyInput(source, "feed has no items")
        return
    feed_info = parsed.get("feed") or {}
    outlet = _text(feed_info.get("title"))
    for number, entry in enumerate(entries, start=1):
        yield _article(entry, number=number, source=source, outlet=outlet)


def _article(entry: Mapping[str, object], *, number: int, source: str, outlet: str | None) -> Article | InputError:
    guid = _plain(entry.get("id"))
    link = _plain(entry.get("link"))
    item = f"{source} item {number}" + (f" ({guid})" if guid else "")
    text = _entry_text(entry)
    if not text:
        return MissingText(item, "no text in the item's content or summary")
    return Article.create(
        text=text,
        title=_text(entry.get("title")),
        doc_id=guid,
        published=_entry_date(entry),
        outlet=outlet,
        url=link,
        origin=guid or link or item,
    )


def _entry_text(entry: Mapping[str, object]) -> str:
    contents = entry.get("content")
    if isinstance(contents, list):
        for content in contents:
            value = content.get("value") if isinstance(content, Mapping) else None
            if isinstance(value, str) and (text := html_to_text(value)):
                return text
    summary = entry.get("summary")
    return html_to_text(summary) if isinstance(summary, str) else ""


def _entry_date(entry: Mapping[str, object]) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
            except ValueError:
                continue
    for key in ("published", "updated"):
        value = entry.get(key)
        if isinstance(value, str) and (date := parse_date(value)) is not None:
            return date
    return None


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return normalise_line(html_to_text(value) if "<" in value or "&" in value else value) or None


def _plain(value: object) -> str | None:
    return (normalise_line(value) or None) if isinstance(value, str) else None


def _one_line(value: object) -> str:
    return " ".join(str(value).split()) or "no details"
