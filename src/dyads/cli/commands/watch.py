"""`dyads watch SOURCE...`: poll feeds and folders, ingest and code what is new.

Like ingest, watch is the store's writer: it takes the writer lock for as long as it runs, checks the
store once, loads the model once, then holds the store only while each source's articles are
planned and written, so readers get their turn between polls and between sources.
"""

from __future__ import annotations

from typing import Annotated

import typer

from dyads.cli.commands.ingest import IngestStage
from dyads.cli.context import CliState
from dyads.cli.terminal import say
from dyads.ingest import ReadOptions
from dyads.ingest.fetch import DEFAULT_TIMEOUT_SECONDS
from dyads.store import open_store
from dyads.store.access.integrity import verify_store
from dyads.store.access.locking import WriterLock, side_files
from dyads.store.access.sessions import writer_session
from dyads.store.articles import OnChange


def watch(
    ctx: typer.Context,
    sources: Annotated[list[str], typer.Argument(metavar="SOURCE...", help="RSS/Atom feed URLs (http, https), folders or files.")],
    interval: Annotated[float, typer.Option(min=1, metavar="SECONDS", help="Time between polls.")] = 300.0,
    once: Annotated[bool, typer.Option("--once", help="One poll, then stop (exit 1 if a source failed).")] = False,
    stage: Annotated[
        IngestStage, typer.Option(help="articles: store text only; events: also code and store events.")
    ] = IngestStage.EVENTS,
    on_change: Annotated[
        OnChange, typer.Option(help="A story stored before with other content: replace it (default: feeds update their stories), keep the stored one, or revive (replace, even a retracted one).")
    ] = OnChange.REPLACE,
    timeout: Annotated[float, typer.Option(min=0.1, metavar="SECONDS", help="Longest wait for a feed's answer.")] = DEFAULT_TIMEOUT_SECONDS,
    max_bytes: Annotated[int | None, typer.Option(metavar="BYTES", help="Largest feed or file read.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, metavar="N", help="Articles per transaction.")] = 200,
) -> None:
    """Poll feeds and folders on an interval; ingest and code what is new (Ctrl-C stops)."""
    from dyads.pipeline.coding import event_coder  # the pipeline loads when a command codes
    from dyads.pipeline.resources import Stage, load_resources
    from dyads.pipeline.watch import WatchOptions
    from dyads.pipeline.watch import watch as run_watch

    state: CliState = ctx.obj
    settings = state.settings
    db, wait = settings.db_path, settings.lock_timeout
    read = ReadOptions(max_bytes=max_bytes or settings.max_bytes, fields=settings.fields, skip=side_files(db))
    with WriterLock(db):
        with open_store(db, wait=wait) as store:
            verify_store(store)
        coder = event_coder(load_resources(settings, upto=Stage.ATTRIBUTES)) if stage is IngestStage.EVENTS else None
        polls = run_watch(
            sources,
            store=lambda: writer_session(db, wait=wait),
            options=WatchOptions(read, coder=coder, on_change=on_change, batch_size=batch_size, timeout=timeout),
            interval=interval,
            once=once,
            on_line=lambda line: say(state.errors, line),
            on_poll=lambda summary: say(state.errors, f"{db}: {summary.line()}"),
        )
    if not all(p.ok for p in polls):
        raise typer.Exit(1)
