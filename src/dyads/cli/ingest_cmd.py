"""`dyads ingest PATH...`"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from dyads.cli.context import CliState
from dyads.ingest import ReadOptions
from dyads.pipeline import ingest as run_ingest
from dyads.settings import FieldMap
from dyads.store import open_store


def ingest(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for standard input.")],
    fields: Annotated[
        str | None,
        typer.Option(help="JSON Lines/CSV field names: id,title,date,text,url,source or key=name pairs."),
    ] = None,
    max_bytes: Annotated[int | None, typer.Option(help="Largest file (and decompressed size) read.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per transaction.")] = 500,
) -> None:
    """Read news into the store; re-reading the same content adds nothing."""
    state: CliState = ctx.obj
    settings = state.settings
    options = ReadOptions(
        max_bytes=max_bytes or settings.max_bytes,
        fields=FieldMap.parse(fields) if fields else settings.fields,
        stdin=typer.get_binary_stream("stdin"),
    )
    progress = Progress(
        SpinnerColumn(), TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=state.errors, transient=True,
    )  # fmt: skip
    with open_store(settings.db_path) as store, progress:
        task = progress.add_task("ingest", total=None)
        summary = run_ingest(
            paths,
            store=store,
            options=options,
            batch_size=batch_size,
            on_error=lambda m: progress.console.print(f"error: {m}", markup=False, highlight=False),
            on_progress=lambda n: progress.advance(task, n),
        )
    state.errors.print(f"{settings.db_path}: {summary.line()}", markup=False, highlight=False)
    if summary.added == 0 and summary.read and summary.duplicates == summary.read:
        state.errors.print("nothing new: every article was already stored", markup=False)
    if not summary.ok:
        raise typer.Exit(1)
