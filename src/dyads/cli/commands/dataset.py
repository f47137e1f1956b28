"""`dyads ingest --dataset DIR` (workers write coded partitions, the store untouched) and
`dyads import DIR` (the partitions into the store, through the single writer)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from dyads.cli.context import CliState
from dyads.cli.terminal import say
from dyads.ingest import ReadOptions
from dyads.ingest.extent import expected_articles
from dyads.pipeline.choice import EngineOptions
from dyads.store import open_store
from dyads.store.access.integrity import verify_store
from dyads.store.access.locking import WriterLock
from dyads.store.access.sessions import writer_session
from dyads.store.articles import OnChange


def _progress(state: CliState, what: str) -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn(what), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=state.errors, transient=True,
    )  # fmt: skip


def ingest_to_dataset(
    state: CliState, paths: Sequence[str], *, directory: Path, options: ReadOptions, where: EngineOptions,
    batch_size: int,
) -> None:
    """The workers code every article read into ``directory``; no store is opened."""
    from dyads.ingest import read_inputs
    from dyads.pipeline.dataset_run import write_dataset  # the pipeline loads when a command codes
    from dyads.pipeline.engines import open_runner

    progress = _progress(state, "coding into the dataset")
    with open_runner(where) as run, progress:
        task = progress.add_task("dataset", total=expected_articles(paths, options=options))
        summary = write_dataset(
            read_inputs(paths, options=options), directory=directory, settings=state.settings, run=run,
            partition=where.partition, batch_size=batch_size,
            on_error=lambda m: say(progress.console, f"error: {m}"),
            on_note=lambda m: say(progress.console, f"note: {m}"),
            on_progress=lambda n: progress.advance(task, n),
        )  # fmt: skip
    say(state.errors, f"{directory}: {summary.line()}")
    if summary.written:
        say(state.errors, f"store them with: dyads import {directory}")
    if not summary.ok:
        raise typer.Exit(1)


def import_command(
    ctx: typer.Context,
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="A dataset written by `dyads ingest --dataset DIR`.")],
    on_change: Annotated[
        OnChange,
        typer.Option(help="An id stored before with other content: keep the stored version (reported), replace it (its events too), or revive (replace, and bring back a retracted article)."),
    ] = OnChange.KEEP,
    batch_size: Annotated[
        int, typer.Option(min=1, metavar="N", help="Articles per transaction (whole partition files).")
    ] = 200,
) -> None:
    """Store a coded dataset (partition files from `ingest --dataset`); importing it again adds nothing."""
    state: CliState = ctx.obj
    settings = state.settings
    db, wait = settings.db_path, settings.lock_timeout
    from dyads.pipeline.dataset_import import import_dataset, open_dataset

    files = open_dataset(directory)  # a bad dataset is one line before the store is touched
    progress = _progress(state, "importing")
    with WriterLock(db):
        with open_store(db, wait=wait) as store:
            verify_store(store)
        with progress:
            task = progress.add_task("import", total=sum(f.articles for f in files))
            summary = import_dataset(
                files, store=lambda: writer_session(db, wait=wait), batch_size=batch_size, on_change=on_change,
                on_error=lambda m: say(progress.console, f"error: {m}"),
                on_note=lambda m: say(progress.console, f"note: {m}"),
                on_progress=lambda n: progress.advance(task, n),
            )  # fmt: skip
    say(state.errors, f"{db}: {summary.line()}")
    stored = summary.stored
    if stored.added == 0 and stored.read and stored.duplicates == stored.read:
        say(state.errors, "nothing new: every article was already stored")
    if not summary.ok:
        raise typer.Exit(1)
