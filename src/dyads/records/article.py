"""The article: one piece of news as it was read, before any coding."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from enum import StrEnum


class DatePrecision(StrEnum):
    """How much of a date the text really said."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"
    DECADE = "decade"
    PUBLICATION = "publication"  # nothing in the sentence: the article's own date


HASH_ID_LENGTH = 16  # an id made from the content hash: 64 bits, short enough to type


def content_hash(title: str | None, text: str) -> str:
    """The identity of an article's content: sha256 over title and body (any Python text: a lone
    surrogate, which the readers never let through, hashes as its code point instead of failing)."""
    digest = hashlib.sha256()
    digest.update((title or "").strip().encode("utf-8", "surrogatepass"))
    digest.update(b"\x00")
    digest.update(text.strip().encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Article:
    """A news article.

    ``doc_id`` is the input's own id where it has one (a JSON Lines or CSV ``id``
    field, a feed item's guid); otherwise the first 16 hex digits of the content
    hash.  Identity (re-ingest adds nothing) is always the full content hash.  Every later
    record names its article by this id.
    """

    doc_id: str
    content_hash: str
    text: str
    title: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = "en"
    origin: str | None = None  # the file, file:line or feed item it came from

    @classmethod
    def create(
        cls,
        *,
        text: str,
        title: str | None = None,
        doc_id: str | None = None,
        byline: str | None = None,
        published: dt.date | None = None,
        outlet: str | None = None,
        url: str | None = None,
        language: str | None = "en",
        origin: str | None = None,
    ) -> Article:
        """Build an article, deriving the content hash and, if needed, the id."""
        chash = content_hash(title, text)
        return cls(
            doc_id=doc_id or chash[:HASH_ID_LENGTH],
            content_hash=chash,
            text=text,
            title=title,
            byline=byline,
            published=published,
            outlet=outlet,
            url=url,
            language=language,
            origin=origin,
        )
