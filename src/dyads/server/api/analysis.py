"""The analyses of :mod:`dyads.analysis`, served as they are computed there (never recomputed here):
dyad series, the network of ties and the events behind a tie, blocs, shifts, partners and rivals."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from dyads.analysis import (
    Actors,
    BlocPartition,
    Direction,
    DyadSeries,
    History,
    Level,
    Network,
    Partners,
    Period,
    Scale,
    Selection,
    Shifts,
    Window,
    dyad_series,
    dyad_shifts,
    find_blocs,
    partners,
    tie_events,
    tie_network,
)
from dyads.errors import ConfigError
from dyads.records.event import Event
from dyads.server.api.errors import BAD_REQUEST
from dyads.server.services import Services, services
from dyads.server.settings import MAX_PAGE
from dyads.store.filters import CountryNames, day_bound
from dyads.store.living.merged import MergeMode

router = APIRouter(tags=["analysis"])

_KEY = re.compile(r"[A-Z]{3}[A-Z0-9]*")
Since = Annotated[str | None, Query(max_length=10, description="Events starting on or after this day, month or year.")]
Until = Annotated[str | None, Query(max_length=10, description="Events starting on or before this day, or the end of this month or year.")]
KeyParam = Annotated[str, Query(min_length=1, max_length=100, description="A country (RUS, Russia) or, at level=role, a country and role (RUSGOV).")]


def _window(since: str | None, until: str | None, *, prefix: str = "") -> Window:
    window = Window(day_bound(since, option=f"{prefix}since", end=False), day_bound(until, option=f"{prefix}until", end=True))
    if window.since and window.until and window.since > window.until:
        raise ConfigError(f"{prefix}since {since!r} is after {prefix}until {until!r}")
    return window


def selection_of(default_actors: Actors) -> Callable[..., Selection]:
    def selection(
        since: Since = None,
        until: Until = None,
        level: Annotated[Level, Query(description="country (RUSGOV, RUSMIL -> RUS) or role (kept apart).")] = Level.COUNTRY,
        actors: Annotated[Actors, Query(description="states only, or all (sub-state actors rolled up, organisations by code).")] = default_actors,
        history: Annotated[History, Query(description="exclude history retold as background, or include it at its own date.")] = History.EXCLUDE,
        merge: Annotated[MergeMode, Query(description="none (every article's report), daily (one event a day per dyad and code) or gdelt (GDELT's key).")] = MergeMode.NONE,
    ) -> Selection:
        return Selection(_window(since, until), level, actors, history, merge)

    return selection


EveryActor = Annotated[Selection, Depends(selection_of(Actors.ALL))]
StatesOnly = Annotated[Selection, Depends(selection_of(Actors.STATES))]


def key(svc: Services, value: str, *, option: str) -> str:
    """A side's key as given (RUS, RUSGOV), or the code of a country name (Russia, Chinese)."""
    text = value.strip()
    if _KEY.fullmatch(text):
        return text

    def look_up(names: CountryNames) -> str | None:
        return names.country(text)

    found = svc.resolving(look_up)
    if found is None:
        raise ConfigError(f"{option} {value[:100]!r}: not a country code (RUS), an actor key (RUSGOV) or a country name")
    return found


@router.get("/series", response_model=DyadSeries, responses=BAD_REQUEST, summary="A dyad's events period by period")
def series(
    svc: Annotated[Services, Depends(services)],
    selection: EveryActor,
    source: KeyParam,
    target: KeyParam,
    period: Period = Period.MONTH,
    direction: Annotated[Direction, Query(description="directed: source towards target; both: either way.")] = Direction.DIRECTED,
    scale: Scale = Scale.COUNT,
) -> DyadSeries:
    """`dyads.analysis.dyad_series`: every period from the first to the last, empty ones as zeros,
    with counts per quad class, Goldstein sum and mean, and the share of all the period's events."""
    a, b = key(svc, source, option="source"), key(svc, target, option="target")
    with svc.access.reader() as store:
        return dyad_series(store, a, b, period=period, direction=direction, scale=scale, selection=selection)


@router.get("/network", response_model=Network, responses=BAD_REQUEST, summary="The network of ties")
def network(
    svc: Annotated[Services, Depends(services)],
    selection: StatesOnly,
    min_events: Annotated[int, Query(ge=1, le=1_000_000, description="Ties of fewer events are left out.")] = 1,
) -> Network:
    """`dyads.analysis.tie_network`: undirected ties, weighted by `net` (cooperative less
    conflictual events), and the nodes they join; states only unless `actors=all`."""
    with svc.access.reader() as store:
        return tie_network(store, selection=selection, min_events=min_events)


@router.get("/network/tie", response_model=list[Event], responses=BAD_REQUEST, summary="The events behind a tie")
def tie(
    svc: Annotated[Services, Depends(services)],
    selection: StatesOnly,
    a: KeyParam,
    b: KeyParam,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
) -> tuple[Event, ...]:
    """`dyads.analysis.tie_events`: the events between two sides, either way, in the store's order."""
    x, y = key(svc, a, option="a"), key(svc, b, option="b")
    with svc.access.reader() as store:
        return tie_events(store, x, y, selection=selection, limit=limit)


@router.get("/blocs", response_model=BlocPartition, responses=BAD_REQUEST, summary="Blocs of the network")
def blocs(
    svc: Annotated[Services, Depends(services)],
    selection: StatesOnly,
    min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 2,
    resamples: Annotated[int, Query(ge=0, le=50, description="Bootstrap resamples for stability.")] = 20,
    seed: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0,
) -> BlocPartition:
    """`dyads.analysis.find_blocs`: signed Leiden communities, each with its stability, and the
    partition's frustration."""
    with svc.access.reader() as store:
        return find_blocs(store, selection=selection, min_events=min_events, resamples=resamples, seed=seed)


@router.get("/shifts", response_model=Shifts, responses=BAD_REQUEST, summary="Dyads whose relations changed")
def shifts(
    svc: Annotated[Services, Depends(services)],
    selection: EveryActor,
    before_since: Since = None,
    before_until: Until = None,
    after_since: Since = None,
    after_until: Until = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 20,
    min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
) -> Shifts:
    """`dyads.analysis.dyad_shifts`: from the `before` window to the `after` one (the selection's
    own since/until are not used), ranked by the change of the cooperative share."""
    before = _window(before_since, before_until, prefix="before_")
    after = _window(after_since, after_until, prefix="after_")
    with svc.access.reader() as store:
        return dyad_shifts(store, before=before, after=after, selection=selection, limit=limit, min_events=min_events)


@router.get("/partners", response_model=Partners, responses=BAD_REQUEST, summary="A state's partners and rivals")
def partners_of(
    svc: Annotated[Services, Depends(services)],
    selection: EveryActor,
    key_: Annotated[str, Query(alias="key", min_length=1, max_length=100, description="A country (RUS, Russia), or RUSGOV at level=role.")],
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 10,
    min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
) -> Partners:
    """`dyads.analysis.partners`: the counterparts it cooperates with most, and those it is most in
    conflict with."""
    who = key(svc, key_, option="key")
    with svc.access.reader() as store:
        return partners(store, who, selection=selection, limit=limit, min_events=min_events)
