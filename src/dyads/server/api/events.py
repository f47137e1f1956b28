"""``/api/events``: every filter of ``dyads events``, keyset pages; one event with its evidence marked,
and the parse that explains it."""

from __future__ import annotations

import dataclasses
import json
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Response

from dyads.events.explain import Explanation, explain
from dyads.records.event import EventScope
from dyads.server.api import paging
from dyads.server.api.errors import BAD_REQUEST, NOT_FOUND
from dyads.server.api.models import EventDetail, EventPage
from dyads.server.api.records import article_summary, evidence_views
from dyads.server.services import Services, services
from dyads.server.settings import DEFAULT_PAGE, MAX_PAGE
from dyads.store import ArticleQuery
from dyads.store.articles import article_tones, query_articles
from dyads.store.events import EventQuery, count_events, get_event, query_event_records
from dyads.store.filters import CountryNames, actor_filter, cameo_code, country_code, day_bound, dyad_filter, near_point

router = APIRouter(tags=["events"])


def event_filters(
    svc: Annotated[Services, Depends(services)],
    actor: Annotated[str | None, Query(max_length=200, description="Actor code prefix (RUSGOV), country (RUS, Russia) or name, either side.")] = None,
    source: Annotated[str | None, Query(max_length=200, description="Source actor code prefix, country or name.")] = None,
    target: Annotated[str | None, Query(max_length=200, description="Target actor code prefix, country or name.")] = None,
    dyad: Annotated[str | None, Query(max_length=200, description="Two countries, both directions: RUS,CHN or China,Japan.")] = None,
    code: Annotated[str | None, Query(max_length=4, description="CAMEO code or root, leading zeros kept: 04, 042.")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="Quad class 1-4.")] = None,
    since: Annotated[str | None, Query(max_length=10, description="Events starting on or after this day, month or year.")] = None,
    until: Annotated[str | None, Query(max_length=10, description="Events starting on or before this day, or the end of this month or year.")] = None,
    search: Annotated[str | None, Query(max_length=500, description="Words in the event's sentence.")] = None,
    country: Annotated[str | None, Query(max_length=200, description="Where it happened: ISO3 or a country name.")] = None,
    near: Annotated[str | None, Query(max_length=60, description="LAT,LON[,KM]: within KM (default 100) of a point.")] = None,
    doc: Annotated[str | None, Query(max_length=512, description="Only this article's events.")] = None,
    scope: Annotated[EventScope, Query(description="dyadic (both sides known), monadic or all.")] = EventScope.DYADIC,
) -> EventQuery:
    """The filters of `dyads events`, checked the same way (store/filters.py)."""

    def build(names: CountryNames) -> EventQuery:
        def who(value: str | None) -> str | None:
            return None if value is None else actor_filter(value, names=names)

        return EventQuery(
            actor=who(actor), source=who(source), target=who(target),
            dyad=None if dyad is None else dyad_filter(dyad, names=names),
            code=None if code is None else cameo_code(code), quad_class=quad,
            since=day_bound(since, option="since", end=False), until=day_bound(until, option="until", end=True),
            search=search, country=None if country is None else country_code(country, names=names, option="country"),
            near=None if near is None else near_point(near), doc_id=doc, scope=scope, limit=None,
        )  # fmt: skip

    return svc.resolving(build)


@router.get("/events", response_model=EventPage, responses=BAD_REQUEST, summary="Query stored events")
def list_events(
    svc: Annotated[Services, Depends(services)],
    query: Annotated[EventQuery, Depends(event_filters)],
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Events on this page.")] = DEFAULT_PAGE,
    cursor: Annotated[str | None, Query(max_length=2000, description="`next_cursor` of the page before.")] = None,
) -> Response:
    """Events by the day they start (undated last), then article and event id: the order of
    `dyads events`; each item is the complete stored record (as `--format jsonl` writes it)."""
    page = dataclasses.replace(query, limit=limit + 1, after=paging.event_position(cursor) if cursor else None)
    with svc.access.reader() as store:
        found = query_event_records(store, page)
        total = count_events(store, query)
    more = len(found) > limit
    found = found[:limit]
    head = {"total": total, "limit": limit, "next_cursor": paging.event_cursor(found[-1][1]) if more and found else None}
    # the stored records are JSON already: passed on as they are, not rebuilt and checked again
    body = json.dumps(head, separators=(",", ":"))[:-1] + ',"items":[' + ",".join(r for r, _ in found) + "]}"
    return Response(body.encode(), media_type="application/json")


@router.get("/events/{event_id}", response_model=EventDetail, responses=NOT_FOUND, summary="One event and its evidence")
def one_event(svc: Annotated[Services, Depends(services)], event_id: str) -> EventDetail:
    """The event, its article, and each evidence sentence cut into plain and marked stretches
    (source, target, trigger) to show as text."""
    with svc.access.reader() as store:
        event = get_event(store, event_id)
        if event is None:
            raise HTTPException(404, f"event {event_id[:100]!r}: not in the store")
        articles = query_articles(store, ArticleQuery(doc_ids=(event.doc_id,), limit=1))
        tones = article_tones(store, [event.doc_id])
    article = article_summary(articles[0], tones.get(event.doc_id)) if articles else None
    return EventDetail(event=event, article=article, evidence=evidence_views(event))


@router.get(
    "/events/{event_id}/explanation", response_model=Explanation, responses=NOT_FOUND,
    summary="Why the coder found this event",
)  # fmt: skip
def explain_event(svc: Annotated[Services, Depends(services)], event_id: str) -> Explanation:
    """What `dyads explain` shows: the parse around the trigger, the pattern and how each actor was
    resolved (the article is parsed again: the first call loads the parser)."""
    with svc.access.reader() as store:
        event = get_event(store, event_id)
        if event is None:
            raise HTTPException(404, f"event {event_id[:100]!r}: not in the store")
        articles = query_articles(store, ArticleQuery(doc_ids=(event.doc_id,), limit=1))
    if not articles:
        raise HTTPException(404, f"event {event_id[:100]!r}: its article {event.doc_id!r} is not in the store")
    doc = svc.parser().parse(articles[0].doc_id, articles[0].text)
    return explain(event, doc)
