"""`dyads recode [filters]`: code stored articles again, replacing their events batch by batch."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from dyads.cli.context import CliState
from dyads.cli.terminal import say
from dyads.store import ArticleQuery, open_store
from dyads.store.access.integrity import verify_store
from dyads.store.access.locking import WriterLock
from dyads.store.access.sessions import writer_session
from dyads.store.filters import day_bound


def recode(
    ctx: typer.Context,
    since: Annotated[str | None, typer.Option(metavar="DATE", help="Published on or after this day, month or year.")] = None,
    until: Annotated[str | None, typer.Option(metavar="DATE", help="Published on or before this day, month or year.")] = None,
    source: Annotated[str | None, typer.Option(metavar="TEXT", help="Outlet contains this text.")] = None,
    search: Annotated[
        str | None, typer.Option("--search", "-s", metavar="WORDS", help="Every word occurs in title or text.")
    ] = None,
    doc: Annotated[list[str] | None, typer.Option(metavar="DOC_ID", help="This article (repeatable).")] = None,
    batch_size: Annotated[int, typer.Option(min=1, metavar="N", help="Articles per transaction.")] = 200,
) -> None:
    """Code stored articles again (all, or those matching the filters) and replace their events."""
    state: CliState = ctx.obj
    settings = state.settings
    db, wait = settings.db_path, settings.lock_timeout
    query = ArticleQuery(
        since=day_bound(since, option="--since", end=False), until=day_bound(until, option="--until", end=True),
        source=source, search=search, doc_ids=tuple(doc or ()), limit=None,
    )  # fmt: skip
    from dyads.pipeline.coding import event_coder  # the pipeline loads when a command codes
    from dyads.pipeline.recode import recode as run_recode
    from dyads.pipeline.resources import Stage, load_resources

    progress = Progress(
        SpinnerColumn(), TextColumn("recoding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=state.errors, transient=True,
    )  # fmt: skip
    with WriterLock(db):
        with open_store(db, wait=wait) as store:
            verify_store(store)
        coder = event_coder(load_resources(settings, upto=Stage.ATTRIBUTES))
        with progress:
            task = progress.add_task("recode", total=None)
            summary = run_recode(
                query, store=lambda: writer_session(db, wait=wait), coder=coder, batch_size=batch_size,
                on_error=lambda m: say(progress.console, f"error: {m}"),
                on_progress=lambda n: progress.advance(task, n),
            )  # fmt: skip
    say(state.errors, f"{db}: {summary.line()}")
    if summary.failed:
        raise typer.Exit(1)
