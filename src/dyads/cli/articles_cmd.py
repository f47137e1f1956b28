"""`dyads articles` and `dyads stats`."""

from __future__ import annotations

from typing import Annotated

import typer

from dyads.cli.context import CliState, row_limit
from dyads.cli.output import Format, emit
from dyads.cli.terminal import say
from dyads.records.convert import to_plain
from dyads.store import AccessMode, ArticleQuery, open_store
from dyads.store.articles import article_tones, count_articles, query_articles
from dyads.store.filters import day_bound
from dyads.store.locking import WriterLock
from dyads.store.stats import store_stats

_COLUMNS = ("doc_id", "published", "outlet", "title", "words", "tone")


def _rounded(tone: float | None) -> float | None:
    return None if tone is None else round(tone, 3)


def articles(
    ctx: typer.Context,
    since: Annotated[str | None, typer.Option(metavar="DATE", help="Published on or after this day, month or year (YYYY-MM-DD, YYYY-MM, YYYY).")] = None,
    until: Annotated[str | None, typer.Option(metavar="DATE", help="Published on or before this day, or the end of this month or year.")] = None,
    source: Annotated[str | None, typer.Option(help="Outlet contains this text.")] = None,
    search: Annotated[str | None, typer.Option("--search", "-s", help="Every word occurs in title or text.")] = None,
    limit: Annotated[
        int | None, typer.Option(min=0, help="At most this many (0: all; default: 50 in a table, all otherwise).")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table, jsonl (complete records) or csv.")] = Format.TABLE,
) -> None:
    """List stored articles."""
    state: CliState = ctx.obj
    query = ArticleQuery(
        since=day_bound(since, option="--since", end=False), until=day_bound(until, option="--until", end=True),
        source=source, search=search, limit=row_limit(limit, table=fmt is Format.TABLE, default=50),
    )  # fmt: skip
    with open_store(state.settings.db_path, mode=AccessMode.READ_ONLY, wait=state.settings.lock_timeout) as store:
        found = query_articles(store, query)
        total = count_articles(store, query)
        tones = article_tones(store, [a.doc_id for a in found])
    rows = [
        {"doc_id": a.doc_id, "published": a.published, "outlet": a.outlet, "title": a.title,
         "words": len(a.text.split()), "tone": _rounded(tones.get(a.doc_id))}
        for a in found
    ]  # fmt: skip
    records = [{**to_plain(a), "tone": tones.get(a.doc_id)} for a in found]
    emit(rows, fmt=fmt, columns=_COLUMNS, console=state.console, records=records,
         title=f"{len(found)} of {total} articles")  # fmt: skip


def stats(
    ctx: typer.Context,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table, jsonl or csv.")] = Format.TABLE,
) -> None:
    """Counts of what the store holds."""
    state: CliState = ctx.obj
    with open_store(state.settings.db_path, mode=AccessMode.READ_ONLY, wait=state.settings.lock_timeout) as store:
        figures = store_stats(store)
    rows = [{"measure": k, "value": v} for k, v in to_plain(figures).items()]
    emit(rows, fmt=fmt, columns=("measure", "value"), console=state.console, title=str(state.settings.db_path))


def migrate(ctx: typer.Context) -> None:
    """Bring the store's schema up to this version of dyads."""
    state: CliState = ctx.obj
    with WriterLock(state.settings.db_path), open_store(state.settings.db_path, wait=state.settings.lock_timeout) as store:
        version = store.schema_version()
    say(state.errors, f"{state.settings.db_path}: schema version {version}")
