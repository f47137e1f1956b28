"""A living dataset: an article's new version replaces its events, a retraction removes them, and
every change is recorded.

Each function runs in the caller's transaction, so a replacement or a retraction is whole or absent.
``article_changes`` holds one row per change of an article (``added``, ``replaced``, ``revived``,
``retracted``) with the content hash before and after and when (UTC); ``event_removals`` holds the id
of every event a change took away (an event whose id comes back in the new version is not removed,
it is rewritten, and its ``added_at`` moves on).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from dyads.errors import ConfigError
from dyads.records.article import Article
from dyads.records.event import Event
from dyads.store.access.connection import Store
from dyads.store.clock import utc_now
from dyads.store.events import replace_article_events


class ChangeKind(StrEnum):
    ADDED = "added"
    REPLACED = "replaced"  # new content under the same id
    REVIVED = "revived"  # a retracted article ingested again on request
    RETRACTED = "retracted"
    RECODED = "recoded"  # events only (``dyads recode``): not an article change, only removals


@dataclass(frozen=True, slots=True)
class ArticleChange:
    """One recorded change of an article, with the ids of the events it removed."""

    doc_id: str
    kind: ChangeKind
    at: dt.datetime
    old_hash: str | None = None
    new_hash: str | None = None
    reason: str | None = None
    removed_events: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Retraction:
    doc_id: str
    events_removed: int
    at: dt.datetime
    already: bool = False  # it was retracted before: nothing changed


def replace_article(
    store: Store, article: Article, events: Sequence[Event], *, tone: float | None, at: dt.datetime | None = None
) -> ChangeKind:
    """Give a stored article its new version and ``events`` in place of its old ones."""
    when = at or utc_now()
    row = store.con.execute(
        "SELECT content_hash, retracted_at IS NOT NULL FROM articles WHERE doc_id = ?", [article.doc_id]
    ).fetchone()
    if row is None:
        raise ConfigError(f"article {article.doc_id!r}: not in {store.path}")
    old_hash, was_retracted = row
    kind = ChangeKind.REVIVED if was_retracted else ChangeKind.REPLACED
    replace_article_events(store, article.doc_id, events, change=kind.value, at=when)
    store.con.execute(
        "UPDATE articles SET content_hash = ?, title = ?, byline = ?, published = ?, outlet = ?, url = ?,"
        " language = ?, origin = ?, text = ?, tone = ?, retracted_at = NULL, retraction_reason = NULL"
        " WHERE doc_id = ?",
        [article.content_hash, article.title, article.byline, article.published, article.outlet, article.url,
         article.language, article.origin, article.text, tone, article.doc_id],
    )  # fmt: skip
    _record(store, article.doc_id, kind, old_hash, article.content_hash, None, when)
    return kind


def retract_article(store: Store, doc_id: str, *, reason: str, at: dt.datetime | None = None) -> Retraction:
    """Remove an article's events and mark it retracted, keeping why and when."""
    when = at or utc_now()
    row = store.con.execute(
        "SELECT content_hash, retracted_at FROM articles WHERE doc_id = ?", [doc_id]
    ).fetchone()
    if row is None:
        raise ConfigError(f"article {doc_id!r}: not in {store.path}")
    content, retracted_at = row
    if retracted_at is not None:
        return Retraction(doc_id, 0, retracted_at, already=True)
    removed = replace_article_events(store, doc_id, (), change=ChangeKind.RETRACTED.value, at=when)
    store.con.execute(
        "UPDATE articles SET retracted_at = ?, retraction_reason = ? WHERE doc_id = ?", [when, reason, doc_id]
    )
    _record(store, doc_id, ChangeKind.RETRACTED, content, None, reason, when)
    return Retraction(doc_id, removed, when)


def changes_since(store: Store, since: dt.datetime | None = None) -> list[ArticleChange]:
    """Every recorded change at or after ``since`` (all when ``None``), oldest first; event removals
    by ``recode`` come as ``recoded`` changes."""
    bound = since or dt.datetime.min
    rows = store.con.execute(
        """WITH removals AS (
               SELECT doc_id, change, removed_at, list(event_id ORDER BY event_id) AS ids
               FROM event_removals WHERE removed_at >= ? GROUP BY ALL
           )
           SELECT c.doc_id, c.change, c.changed_at, c.old_hash, c.new_hash, c.reason, r.ids
           FROM article_changes c
           LEFT JOIN removals r ON r.doc_id = c.doc_id AND r.change = c.change AND r.removed_at = c.changed_at
           WHERE c.changed_at >= ?
           UNION ALL
           SELECT r.doc_id, r.change, r.removed_at, NULL, NULL, NULL, r.ids FROM removals r
           WHERE r.change = 'recoded'
           ORDER BY 3, 1, 2""",
        [bound, bound],
    ).fetchall()
    return [
        ArticleChange(doc_id, ChangeKind(kind), at, old, new, reason, tuple(ids or ()))
        for doc_id, kind, at, old, new, reason, ids in rows
    ]


def _record(
    store: Store, doc_id: str, kind: ChangeKind, old: str | None, new: str | None, reason: str | None, at: dt.datetime
) -> None:
    store.con.execute("INSERT INTO article_changes VALUES (?, ?, ?, ?, ?, ?)", [doc_id, kind.value, old, new, reason, at])
