"""Which events an analysis counts, and who stands on each side of them.

Every analysis reads the same selection of the store's events, written once here as SQL:

- only dyadic events (``dyadic``: a source and a target with actor codes) whose two sides, once
  rolled up, differ (``USAGOV -> USALEG`` is one country talking to itself and is left out);
- only dated events, at the day they start (``date_start``);
- only factual ones: a negated act ("did not sign") or a hypothetical one ("might strike") is not
  an act between the two sides;
- history retold as background (``historical``) is left out of "current relations" by default
  (:attr:`History.EXCLUDE`); :attr:`History.INCLUDE` counts it at its own date (a 1950 war told in a
  2006 article counts in 1950, never in 2006);
- with ``merge`` (:class:`~dyads.store.living.merged.MergeMode`), the reports of one event in several
  articles count once (``daily``: one event a day per source, target and code, the Phoenix filter;
  ``gdelt``: GDELT's key, with place and modality);
- each side becomes a *key*: its country (``RUSGOV``, ``RUSMIL`` and ``RUSOPP`` are all ``RUS``) at
  :attr:`Level.COUNTRY`, or its country and primary role (``RUSGOV`` apart from ``RUSMIL``) at
  :attr:`Level.ROLE`.  :attr:`Actors.STATES` keeps only states (the country itself and its
  government, military, legislature, judiciary, police and intelligence); :attr:`Actors.ALL` also
  rolls sub-state actors (opposition, rebels, business, media...) up to their country and keeps
  organisations without a country (``IGOUNO``, ``NGOHRIAMN``) as sides of their own.  Actors whose
  country is unknown (``---GOV``) never count.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from dyads.errors import ConfigError
from dyads.store.living.merged import MergeMode, merge_keys


class Period(StrEnum):
    """The step of a time series."""

    DAY = "day"
    WEEK = "week"  # ISO weeks, from Monday
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class Direction(StrEnum):
    DIRECTED = "directed"  # A's acts towards B only
    BOTH = "both"  # A towards B and B towards A


class Level(StrEnum):
    COUNTRY = "country"  # RUSGOV, RUSMIL, RUSOPP -> RUS
    ROLE = "role"  # RUSGOV and RUSMIL kept apart (country and primary role)


class Actors(StrEnum):
    STATES = "states"  # states and their organs only
    ALL = "all"  # also sub-state actors (rolled up to their country) and organisations (by their code)


class History(StrEnum):
    EXCLUDE = "exclude"  # current relations: history retold as background is left out
    INCLUDE = "include"  # history retold counts too, at its own date


STATE_ROLES = ("", "GOV", "MIL", "LEG", "JUD", "COP", "SPY")
ORGANISATION_ROLES = ("IGO", "NGO", "MNC")
QUAD_NAMES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


@dataclass(frozen=True, slots=True)
class Window:
    """Days from ``since`` to ``until``, both included; ``None`` leaves that end open."""

    since: dt.date | None = None
    until: dt.date | None = None

    @property
    def label(self) -> str:
        """``2006-01-01..2006-12-31``; an open end is left empty (``2006-01-01..``), both: ``all time``."""
        if self.since is None and self.until is None:
            return "all time"
        return f"{self.since or ''}..{self.until or ''}"

    def contains(self, day: dt.date) -> bool:
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)


@dataclass(frozen=True, slots=True)
class Selection:
    """Which events count and how their sides are keyed (see the module docstring)."""

    window: Window = Window()
    level: Level = Level.COUNTRY
    actors: Actors = Actors.ALL
    history: History = History.EXCLUDE
    merge: MergeMode = MergeMode.NONE  # daily: one event a day per source, target and code (Phoenix); gdelt


def side_key(side: str, *, level: Level, actors: Actors) -> str:
    """The SQL expression giving one side's key (``source`` or ``target``), NULL when it does not count."""
    country, role, code = f"{side}_country", f"coalesce({side}_role, '')", f"{side}_code"
    own = country if level is Level.COUNTRY else f"{country} || {role}"
    if actors is Actors.STATES:
        states = ", ".join(f"'{r}'" for r in STATE_ROLES)
        return f"(CASE WHEN {country} IS NOT NULL AND {country} <> '' AND {role} IN ({states}) THEN {own} END)"
    organisations = ", ".join(f"'{r}'" for r in ORGANISATION_ROLES)
    return (
        f"(CASE WHEN {country} IS NOT NULL AND {country} <> '' THEN {own}"
        f" WHEN {role} IN ({organisations}) AND {code} NOT LIKE '---%' THEN {code} END)"
    )


def selected_events(selection: Selection, *, columns: str = "*") -> tuple[str, list[object]]:
    """A SQL query over ``events`` giving ``a`` (source key), ``b`` (target key), ``day``,
    ``quad_class``, ``goldstein`` and ``event_id`` of every event the selection counts, plus
    ``columns`` of the events table when asked (``"record"``)."""
    a = side_key("source", level=selection.level, actors=selection.actors)
    b = side_key("target", level=selection.level, actors=selection.actors)
    clauses = ["dyadic", "date_start IS NOT NULL", "NOT negated", "modality <> 'hypothetical'"]
    params: list[object] = []
    if selection.history is History.EXCLUDE:
        clauses.append("NOT coalesce(historical, false)")
    if selection.window.since is not None:
        clauses.append("date_start >= ?")
        params.append(selection.window.since)
    if selection.window.until is not None:
        clauses.append("date_start <= ?")
        params.append(selection.window.until)
    extra = "" if columns == "*" else f", {columns}"
    once = ""
    if selection.merge is not MergeMode.NONE:  # the reports of one event count once: its first by id stands
        keys = ", ".join("date_start" if k == "day" else k for k in merge_keys(selection.merge))
        once = f" QUALIFY row_number() OVER (PARTITION BY {keys} ORDER BY event_id) = 1"
    inner = (
        f"SELECT {a} AS a, {b} AS b, date_start AS day, quad_class, goldstein, event_id{extra}"
        f" FROM events WHERE {' AND '.join(clauses)}{once}"
    )
    return f"SELECT * FROM ({inner}) WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b", params


QUAD_COUNTS = ", ".join(f"count(*) FILTER (WHERE quad_class = {i + 1}) AS {n}" for i, n in enumerate(QUAD_NAMES))

DEFAULT_SELECTION = Selection()  # every side rolled up to its country, current relations, all time
STATE_NETWORK = Selection(actors=Actors.STATES)  # the default of networks and blocs: states only


def check_key(key: str, *, level: Level, option: str) -> None:
    """A ConfigError when ``key`` cannot be a side at ``level``: an actor with a role (``RUSGOV``)
    at :attr:`Level.COUNTRY`, where it is rolled up into its country."""
    if level is Level.COUNTRY and len(key) > 3 and key[:3] not in ORGANISATION_ROLES:
        raise ConfigError(f"{option} {key!r}: an actor with a role; give its country ({key[:3]}) or add --level role")
