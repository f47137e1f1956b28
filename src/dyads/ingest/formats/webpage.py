"""HTML pages: main text and metadata through trafilatura.

The page's nesting depth is checked first with a linear scan, so that
pathological markup never reaches lxml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dyads.errors import InputError, MalformedInput, MissingText
from dyads.ingest.dates import parse_date
from dyads.ingest.text.nesting import tag_depth
from dyads.ingest.text.normalise import normalise_line, normalise_text
from dyads.records.article import Article

MAX_TAG_DEPTH = 2000
_HEAD_CHARS = 4096
_DOCUMENT_TAG = re.compile(r"<(?:html|body)\b", re.IGNORECASE)


def read_html(html: str, *, source: str, max_depth: int = MAX_TAG_DEPTH) -> Iterator[Article | InputError]:
    """One article from an HTML page."""
    depth = tag_depth(html)
    if depth > max_depth:
        yield MalformedInput(source, f"HTML nested {depth:,} levels deep (the limit is {max_depth:,})")
        return
    import trafilatura  # imported here: heavy, and only HTML needs it

    if not _DOCUMENT_TAG.search(html[:_HEAD_CHARS]):
        html = f"<html><body>{html}</body></html>"  # a fragment: trafilatura wants a whole page
    try:
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,  # tables come out as "| cell |" rows, not prose
            deduplicate=False,
        )
    except (ValueError, TypeError, RecursionError) as exc:  # lxml and trafilatura failures
        yield MalformedInput(source, f"HTML that cannot be parsed ({type(exc).__name__}: {exc})")
        return
    if document is None or isinstance(document, dict) or not (document.text or "").strip():
        yield MissingText(source, "no article text found in the HTML page")
        return
    title = _field(document.title)
    text = normalise_text((document.text or "").replace("\n", "\n\n"))
    if title and text.startswith(title + "\n"):  # trafilatura repeats the headline
        text = text[len(title):].lstrip("\n")
    if not text:
        yield MissingText(source, "no article text found in the HTML page")
        return
    yield Article.create(
        text=text,
        title=title,
        byline=_field(document.author),
        published=parse_date(document.date) if document.date else None,
        outlet=_field(document.sitename),
        url=_field(document.url),
        origin=source,
    )


def _field(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return normalise_line(value) or None
