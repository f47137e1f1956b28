"""``/api/actors``: the actors the stored events name, by how often."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from dyads.server.api import paging
from dyads.server.api.errors import BAD_REQUEST
from dyads.server.api.models import ActorPage, ActorView
from dyads.server.services import Services, services
from dyads.server.settings import DEFAULT_PAGE, MAX_PAGE
from dyads.store.actors import ActorQuery, count_actors, query_actors
from dyads.store.filters import country_code

router = APIRouter(tags=["actors"])


@router.get("/actors", response_model=ActorPage, responses=BAD_REQUEST, summary="Actors in the events")
def list_actors(
    svc: Annotated[Services, Depends(services)],
    search: Annotated[str | None, Query(max_length=200, description="In the actor code or name.")] = None,
    country: Annotated[str | None, Query(max_length=200, description="ISO3 or a country name.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    cursor: Annotated[str | None, Query(max_length=200, description="`next_cursor` of the page before.")] = None,
) -> ActorPage:
    """Each actor code in dyadic events, with its country, its most frequent name and how many
    events it is the source and the target of; most frequent first."""
    start = paging.offset_position(cursor) if cursor else 0
    code = None if country is None else svc.resolving(lambda n: country_code(country, names=n, option="country"))
    query = ActorQuery(search=search, country=code, limit=limit + 1, offset=start)
    with svc.access.reader() as store:
        found = query_actors(store, query)
        total = count_actors(store, query)
    more = len(found) > limit
    items = [ActorView(code=a.code, country=a.country, name=a.name, as_source=a.as_source, as_target=a.as_target,
                       events=a.events) for a in found[:limit]]  # fmt: skip
    return ActorPage(items=items, total=total, limit=limit, next_cursor=paging.offset_cursor(start + limit) if more else None)

