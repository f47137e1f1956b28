"""Storing and querying articles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from dyads.records.article import Article
from dyads.store.access.connection import Store
from dyads.store.clock import utc_now

_COLUMNS = ("doc_id", "content_hash", "title", "byline", "published", "outlet", "url", "language", "origin", "text")


class OnChange(StrEnum):
    """What an input does to a stored article with its id and other content (or a retracted one)."""

    KEEP = "keep"  # the stored version stays; the input is reported as a conflict
    REPLACE = "replace"  # the input is the article's new version: its events replace the old ones
    REVIVE = "revive"  # as replace, and a retracted article comes back (even with the same content)


@dataclass(frozen=True, slots=True)
class Conflict:
    """An article whose id is already stored with other content."""

    doc_id: str
    origin: str | None

    def message(self) -> str:
        return f"{self.origin or self.doc_id}: id {self.doc_id!r} is already stored with different content; not replaced (--on-change replace takes it as the new version)"


@dataclass(frozen=True, slots=True)
class InsertReport:
    added: tuple[str, ...] = ()
    duplicates: tuple[str, ...] = ()
    conflicts: tuple[Conflict, ...] = field(default_factory=tuple)
    replacing: tuple[str, ...] = ()  # ids among ``added`` that replace a stored version
    retracted: tuple[str, ...] = ()  # inputs left out because their article is retracted


def plan_insert(
    store: Store, articles: Sequence[Article], *, on_change: OnChange = OnChange.KEEP
) -> tuple[list[Article], InsertReport]:
    """Decide which articles are new, which replace a stored version, which are already stored,
    which conflict, and which are kept out because their article was retracted.

    Same content (by hash) is always already stored, except that ``REVIVE`` brings a retracted
    article back; the same id with other content is a conflict under ``KEEP`` and the article's
    new version otherwise (within one batch, the later version wins).
    """
    if not articles:
        return [], InsertReport()
    hashes = [a.content_hash for a in articles]
    ids = [a.doc_id for a in articles]
    known_hashes = {
        row[0]: row[1]
        for row in store.con.execute(
            "SELECT content_hash, doc_id FROM articles WHERE content_hash IN (SELECT unnest(?))", [hashes]
        ).fetchall()
    }
    stored = {
        row[0]: row[1]
        for row in store.con.execute(
            "SELECT doc_id, retracted_at IS NOT NULL FROM articles WHERE doc_id IN (SELECT unnest(?))", [ids]
        ).fetchall()
    }
    planned: dict[str, Article] = {}  # by id, in input order
    planned_hashes: set[str] = set()
    duplicates: list[str] = []
    conflicts: list[Conflict] = []
    retracted: list[str] = []
    for article in articles:
        doc_id = article.doc_id
        if stored.get(doc_id) and doc_id not in planned:  # a retracted article
            if on_change is OnChange.REVIVE:
                planned[doc_id] = article
                planned_hashes.add(article.content_hash)
            else:
                retracted.append(doc_id)
            continue
        if article.content_hash in known_hashes or article.content_hash in planned_hashes:
            if known_hashes.get(article.content_hash) == doc_id and doc_id in planned:  # back to the stored version
                planned_hashes.discard(planned.pop(doc_id).content_hash)
                if stored.get(doc_id):  # retracted, and revived by an earlier input: revived as stored
                    planned[doc_id] = article
                    planned_hashes.add(article.content_hash)
                    continue
            duplicates.append(doc_id)
            continue
        if doc_id in stored or doc_id in planned:
            if on_change is OnChange.KEEP:
                conflicts.append(Conflict(doc_id, article.origin))
                continue
            earlier = planned.pop(doc_id, None)  # the later version wins
            if earlier is not None:
                planned_hashes.discard(earlier.content_hash)
        planned[doc_id] = article
        planned_hashes.add(article.content_hash)
    new = list(planned.values())
    replacing = tuple(a.doc_id for a in new if a.doc_id in stored)
    report = InsertReport(tuple(a.doc_id for a in new), tuple(duplicates), tuple(conflicts), replacing, tuple(retracted))
    return new, report


def write_articles(store: Store, articles: Sequence[Article], *, tones: Sequence[float | None] | None = None) -> None:
    """Append articles (already planned as new) in the caller's transaction, with their tone if
    coded, and record each as added."""
    if not articles:
        return
    columns = {name: [getattr(a, name) for a in articles] for name in _COLUMNS}
    columns["tone"] = list(tones) if tones is not None else [None] * len(articles)
    import pyarrow as pa  # loaded when a store is written, not when the command line starts

    schema = pa.schema([(name, pa.date32() if name == "published" else pa.string()) for name in _COLUMNS])
    table = pa.Table.from_pydict(columns, schema=schema.append(pa.field("tone", pa.float64())))
    names = ", ".join((*_COLUMNS, "tone"))
    store.con.register("incoming_articles", table)
    try:
        store.con.execute(f"INSERT INTO articles ({names}) SELECT {names} FROM incoming_articles")
        store.con.execute(
            "INSERT INTO article_changes SELECT doc_id, 'added', NULL, content_hash, NULL, ? FROM incoming_articles",
            [utc_now()],
        )
    finally:
        store.con.unregister("incoming_articles")


class ArticleStatus(StrEnum):
    ANY = "any"
    LIVE = "live"  # not retracted
    RETRACTED = "retracted"


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = None  # substring of the outlet, case-insensitive
    search: str | None = None  # every word must occur in title or text
    doc_ids: tuple[str, ...] = ()
    status: ArticleStatus = ArticleStatus.ANY
    limit: int | None = 100
    offset: int = 0
    after: tuple[dt.date | None, str] | None = None  # keyset paging: (published, doc_id) of the last one listed


def query_articles(store: Store, query: ArticleQuery) -> list[Article]:
    where, params = _where(query)
    sql = f"SELECT {', '.join(_COLUMNS)} FROM articles{where} ORDER BY published NULLS LAST, doc_id"
    if query.limit is not None:
        sql += f" LIMIT {int(query.limit)} OFFSET {int(query.offset)}"
    rows = store.con.execute(sql, params).fetchall()
    return [Article(**dict(zip(_COLUMNS, row, strict=True))) for row in rows]


def article_ids(store: Store, query: ArticleQuery) -> list[str]:
    """The ids of the articles ``query`` matches, in listing order (its limit and offset apply)."""
    where, params = _where(query)
    sql = f"SELECT doc_id FROM articles{where} ORDER BY published NULLS LAST, doc_id"
    if query.limit is not None:
        sql += f" LIMIT {int(query.limit)} OFFSET {int(query.offset)}"
    return [row[0] for row in store.con.execute(sql, params).fetchall()]


def set_tone(store: Store, doc_id: str, tone: float | None) -> None:
    """Store an article's tone, in the caller's transaction (after it is coded again)."""
    store.con.execute("UPDATE articles SET tone = ? WHERE doc_id = ?", [tone, doc_id])


def article_tones(store: Store, doc_ids: Sequence[str]) -> dict[str, float | None]:
    """The stored tone of each article (None where it was not coded)."""
    rows = store.con.execute("SELECT doc_id, tone FROM articles WHERE doc_id IN (SELECT unnest(?))", [list(doc_ids)])
    return dict(rows.fetchall())


def count_articles(store: Store, query: ArticleQuery | None = None) -> int:
    where, params = _where(query or ArticleQuery())
    row = store.con.execute(f"SELECT count(*) FROM articles{where}", params).fetchone()
    return int(row[0]) if row else 0


def _where(query: ArticleQuery) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if query.since:
        clauses.append("published >= ?")
        params.append(query.since)
    if query.until:
        clauses.append("published <= ?")
        params.append(query.until)
    if query.source:
        clauses.append("outlet ILIKE ? ESCAPE '\\'")
        params.append(f"%{escape_like(query.source)}%")
    if query.search:
        for word in query.search.split():
            clauses.append("(title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\')")
            pattern = f"%{escape_like(word)}%"
            params.extend([pattern, pattern])
    if query.doc_ids:
        clauses.append("doc_id IN (SELECT unnest(?))")
        params.append(list(query.doc_ids))
    if query.status is not ArticleStatus.ANY:
        clauses.append(f"retracted_at IS {'NOT ' if query.status is ArticleStatus.RETRACTED else ''}NULL")
    if query.after is not None:  # after it in the listing order: by publication day, undated last
        day, doc_id = query.after
        if day is None:
            clauses.append("(published IS NULL AND doc_id > ?)")
            params.append(doc_id)
        else:
            clauses.append("(published IS NULL OR published > ? OR (published = ? AND doc_id > ?))")
            params.extend([day, day, doc_id])
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def escape_like(text: str) -> str:
    """``text`` as a literal inside a LIKE pattern (with ``ESCAPE '\\'``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
