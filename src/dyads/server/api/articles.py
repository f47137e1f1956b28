"""``/api/articles``: the stored articles, newest filters first, one page at a time; one article whole."""

from __future__ import annotations

import dataclasses
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query

from dyads.records.event import EventScope
from dyads.server.api import paging
from dyads.server.api.errors import BAD_REQUEST, NOT_FOUND
from dyads.server.api.models import ArticleFull, ArticlePage
from dyads.server.api.records import article_full, article_summary
from dyads.server.services import Services, services
from dyads.server.settings import DEFAULT_PAGE, MAX_PAGE
from dyads.store import ArticleQuery
from dyads.store.articles import article_tones, count_articles, query_articles
from dyads.store.events import EventQuery, count_events
from dyads.store.filters import day_bound

router = APIRouter(tags=["articles"])


@router.get("/articles", response_model=ArticlePage, responses=BAD_REQUEST, summary="List stored articles")
def list_articles(
    svc: Annotated[Services, Depends(services)],
    since: Annotated[str | None, Query(max_length=10, description="Published on or after this day, month or year.")] = None,
    until: Annotated[str | None, Query(max_length=10, description="Published on or before this day, or the end of this month or year.")] = None,
    source: Annotated[str | None, Query(max_length=500, description="The outlet contains this text.")] = None,
    search: Annotated[str | None, Query(max_length=500, description="Every word occurs in the title or the text.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Articles on this page.")] = DEFAULT_PAGE,
    cursor: Annotated[str | None, Query(max_length=2000, description="`next_cursor` of the page before.")] = None,
) -> ArticlePage:
    """Articles by publication day (undated last), then id, as `dyads articles` lists them."""
    query = ArticleQuery(
        since=day_bound(since, option="since", end=False), until=day_bound(until, option="until", end=True),
        source=source, search=search, limit=limit + 1,
        after=paging.article_position(cursor) if cursor else None,
    )  # fmt: skip
    with svc.access.reader() as store:
        found = query_articles(store, query)
        total = count_articles(store, dataclasses.replace(query, after=None))
        tones = article_tones(store, [a.doc_id for a in found])
    more = len(found) > limit
    found = found[:limit]
    last = found[-1] if more and found else None
    return ArticlePage(
        items=[article_summary(a, tones.get(a.doc_id)) for a in found], total=total, limit=limit,
        next_cursor=paging.article_cursor(last.published, last.doc_id) if last else None,
    )  # fmt: skip


@router.get("/articles/{doc_id}", response_model=ArticleFull, responses=NOT_FOUND, summary="One article, whole")
def get_article(svc: Annotated[Services, Depends(services)], doc_id: str) -> ArticleFull:
    """The article with its text (plain text, to be shown as text) and how many events it gave."""
    with svc.access.reader() as store:
        found = query_articles(store, ArticleQuery(doc_ids=(doc_id,), limit=1))
        if not found:
            raise HTTPException(404, f"article {doc_id[:100]!r}: not in the store")
        tone = article_tones(store, [doc_id]).get(doc_id)
        events = count_events(store, EventQuery(doc_id=doc_id, scope=EventScope.ALL, limit=None))
    return article_full(found[0], tone, events)
