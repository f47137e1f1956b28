"""The actors the stored events name: each actor code with its country, a name, and its counts."""

from __future__ import annotations

from dataclasses import dataclass

from dyads.store.access.connection import Store
from dyads.store.articles import escape_like


@dataclass(frozen=True, slots=True)
class ActorCount:
    code: str
    country: str | None
    name: str | None  # the canonical name most often given to this code
    as_source: int  # dyadic events it is the source of
    as_target: int

    @property
    def events(self) -> int:
        return self.as_source + self.as_target


@dataclass(frozen=True, slots=True)
class ActorQuery:
    search: str | None = None  # in the code or the name, case-insensitive
    country: str | None = None  # ISO3
    limit: int | None = 100
    offset: int = 0


# every dyadic event twice: once for its source (s = 1), once for its target (t = 1)
_SIDES = (
    "SELECT source_code AS code, source_country AS country, source_name AS name, 1 AS s, 0 AS t FROM events"
    " WHERE dyadic AND source_code IS NOT NULL"
    " UNION ALL SELECT target_code, target_country, target_name, 0, 1 FROM events"
    " WHERE dyadic AND target_code IS NOT NULL"
)


def query_actors(store: Store, query: ActorQuery) -> list[ActorCount]:
    """Actors by how many dyadic events name them (either side), then by code."""
    sql = (
        f"SELECT code, any_value(country), mode(name), sum(s)::BIGINT, sum(t)::BIGINT FROM ({_SIDES}) {_where(query)}"
        " GROUP BY code ORDER BY sum(s) + sum(t) DESC, code"
    )
    params = _params(query)
    if query.limit is not None:
        sql += f" LIMIT {int(query.limit)} OFFSET {int(query.offset)}"
    return [ActorCount(*row) for row in store.con.execute(sql, params).fetchall()]


def count_actors(store: Store, query: ActorQuery) -> int:
    row = store.con.execute(
        f"SELECT count(DISTINCT code) FROM ({_SIDES}) {_where(query)}", _params(query)
    ).fetchone()
    return int(row[0]) if row else 0


def _where(query: ActorQuery) -> str:
    clauses = []
    if query.search:
        clauses.append("(code ILIKE ? ESCAPE '\\' OR name ILIKE ? ESCAPE '\\')")
    if query.country:
        clauses.append("country = ?")
    return " WHERE " + " AND ".join(clauses) if clauses else ""


def _params(query: ActorQuery) -> list[object]:
    params: list[object] = []
    if query.search:
        pattern = f"%{escape_like(query.search)}%"
        params += [pattern, pattern]
    if query.country:
        params.append(query.country.upper())
    return params
