"""``/api/stats`` (what `dyads stats` shows) and ``/api/info`` (what this server is and allows)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from dyads import __version__
from dyads.records.convert import to_plain
from dyads.server.api.errors import BAD_REQUEST
from dyads.server.api.models import Count, ServerInfo, StatsView
from dyads.server.services import Services, services
from dyads.server.settings import MAX_PAGE
from dyads.store.stats import event_profile, store_stats

router = APIRouter(tags=["store"])


@router.get("/stats", response_model=StatsView, responses=BAD_REQUEST, summary="What the store holds")
def stats(
    svc: Annotated[Services, Depends(services)],
    top: Annotated[int, Query(ge=1, le=100, description="How many top actors and dyads.")] = 10,
) -> StatsView:
    """Counts; the top actors (either side), directed dyads and CAMEO roots; dyadic events per month."""
    with svc.access.reader() as store:
        figures = store_stats(store)
        profile = event_profile(store, top=top)

    def counts(pairs: tuple[tuple[str, int], ...]) -> list[Count]:
        return [Count(key=k, events=n) for k, n in pairs]

    return StatsView(
        **to_plain(figures), top_actors=counts(profile.top_actors), top_dyads=counts(profile.top_dyads),
        roots=counts(profile.roots), months=counts(profile.months),
    )  # fmt: skip


@router.get("/info", response_model=ServerInfo, summary="This server: version, store, limits")
def info(svc: Annotated[Services, Depends(services)]) -> ServerInfo:
    s = svc.settings
    return ServerInfo(version=__version__, store=s.db_path.name, writable=s.writable, max_page=MAX_PAGE,
                      max_body_bytes=s.max_body_bytes, query_seconds=s.query_seconds)  # fmt: skip
