"""`dyads articles` and `dyads stats`."""

from __future__ import annotations

from typing import Annotated

import typer

from dyads.cameo import load_codebook
from dyads.cli.context import CliState, row_limit
from dyads.cli.output import Format, emit
from dyads.cli.terminal import say
from dyads.records.convert import to_plain
from dyads.store import AccessMode, ArticleQuery, open_store
from dyads.store.access.locking import WriterLock
from dyads.store.articles import ArticleStatus, article_tones, count_articles, query_articles
from dyads.store.filters import day_bound
from dyads.store.stats import event_profile, store_stats

_EVERY_MONTH_UP_TO = 36  # a longer span lists only the months with events
_COLUMNS = ("doc_id", "published", "outlet", "title", "words", "tone")


def _rounded(tone: float | None) -> float | None:
    return None if tone is None else round(tone, 3)


def articles(
    ctx: typer.Context,
    since: Annotated[str | None, typer.Option(metavar="DATE", help="Published on or after this day, month or year (YYYY-MM-DD, YYYY-MM, YYYY).")] = None,
    until: Annotated[str | None, typer.Option(metavar="DATE", help="Published on or before this day, or the end of this month or year.")] = None,
    source: Annotated[str | None, typer.Option(metavar="TEXT", help="Outlet contains this text.")] = None,
    search: Annotated[str | None, typer.Option("--search", "-s", metavar="WORDS", help="Every word occurs in title or text.")] = None,
    limit: Annotated[
        int | None, typer.Option(min=0, metavar="N", help="At most this many (0: all; default: 50 in a table, all otherwise).")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table, jsonl (complete records) or csv.")] = Format.TABLE,
    status: Annotated[
        ArticleStatus, typer.Option(help="any, live (not retracted) or retracted (`dyads retract`).")
    ] = ArticleStatus.ANY,
) -> None:
    """List stored articles."""
    state: CliState = ctx.obj
    query = ArticleQuery(
        since=day_bound(since, option="--since", end=False), until=day_bound(until, option="--until", end=True),
        source=source, search=search, status=status, limit=row_limit(limit, table=fmt is Format.TABLE, default=50),
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
    top: Annotated[int, typer.Option(min=1, metavar="N", help="How many top actors and dyads.")] = 10,
) -> None:
    """Counts of what the store holds; the top actors, dyads and roots; events per month."""
    state: CliState = ctx.obj
    with open_store(state.settings.db_path, mode=AccessMode.READ_ONLY, wait=state.settings.lock_timeout) as store:
        figures = store_stats(store)
        profile = event_profile(store, top=top)
    rows: list[dict[str, object]] = [{"measure": k, "value": v} for k, v in to_plain(figures).items()]
    if fmt is not Format.TABLE:
        rows += [
            {"measure": name, "value": [{"key": key, "events": n} for key, n in pairs]}
            for name, pairs in (("top_actors", profile.top_actors), ("top_dyads", profile.top_dyads),
                                ("roots", profile.roots), ("months", profile.months))
        ]  # fmt: skip
        emit(rows, fmt=fmt, columns=("measure", "value"), console=state.console)
        return
    emit(rows, fmt=fmt, columns=("measure", "value"), console=state.console, title=str(state.settings.db_path))
    names = {e.code: e.name for e in load_codebook() if e.level == "root"}
    for title, column, pairs in (
        (f"top {top} actors (either side)", "actor", profile.top_actors),
        (f"top {top} dyads (source->target)", "dyad", profile.top_dyads),
    ):
        emit([{column: k, "events": n} for k, n in pairs], fmt=fmt, columns=(column, "events"), console=state.console,
             title=title)  # fmt: skip
    emit([{"root": k, "name": names.get(k, ""), "events": n} for k, n in profile.roots], fmt=fmt,
         columns=("root", "name", "events"), console=state.console, title="CAMEO roots")  # fmt: skip
    months = profile.months
    sparse = len(months) > _EVERY_MONTH_UP_TO
    if sparse:
        months = tuple((k, n) for k, n in months if n)
    widest = max((n for _, n in months), default=0)
    emit([{"month": k, "events": n, "": histogram_bar(n, widest)} for k, n in months], fmt=fmt,
         columns=("month", "events", ""), console=state.console,
         title=f"events per {'month with events' if sparse else 'month'} (dated news; history and undated left out)")  # fmt: skip


def histogram_bar(count: int, widest: int, *, width: int = 40) -> str:
    """A bar of ``#`` as long as ``count`` is to ``widest``; any count above zero shows one."""
    if widest <= 0 or count <= 0:
        return ""
    return "#" * max(1, round(width * count / widest))


def migrate(ctx: typer.Context) -> None:
    """Bring the store's schema up to this version of dyads."""
    state: CliState = ctx.obj
    with WriterLock(state.settings.db_path), open_store(state.settings.db_path, wait=state.settings.lock_timeout) as store:
        version = store.schema_version()
    say(state.errors, f"{state.settings.db_path}: schema version {version}")
