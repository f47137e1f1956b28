"""`dyads ingest PATH...`"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from dyads.cli.context import CliState
from dyads.pipeline.coding import event_coder
from dyads.pipeline.resources import Stage, load_resources
from dyads.ingest import ReadOptions
from dyads.pipeline import ingest as run_ingest
from dyads.settings import FieldMap
from dyads.store import open_store


class IngestStage(StrEnum):
    ARTICLES = "articles"
    EVENTS = "events"


def ingest(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for standard input.")],
    fields: Annotated[
        str | None,
        typer.Option(help="JSON Lines/CSV field names: id,title,date,text,url,source or key=name pairs."),
    ] = None,
    max_bytes: Annotated[int | None, typer.Option(help="Largest file (and decompressed size) read.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per transaction.")] = 200,
    stage: Annotated[
        IngestStage, typer.Option(help="articles: store text only; events: also code and store events.")
    ] = IngestStage.EVENTS,
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
    coder = event_coder(load_resources(settings, upto=Stage.ATTRIBUTES)) if stage is IngestStage.EVENTS else None
    with open_store(settings.db_path) as store, progress:
        task = progress.add_task("ingest", total=None)
        summary = run_ingest(
            paths,
            store=store,
            options=options,
            coder=coder,
            batch_size=batch_size,
            on_error=lambda m: progress.console.print(f"error: {m}", markup=False, highlight=False),
            on_progress=lambda n: progress.advance(task, n),
        )
    state.errors.print(f"{settings.db_path}: {summary.line()}", markup=False, highlight=False)
    if summary.added == 0 and summary.read and summary.duplicates == summary.read:
        state.errors.print("nothing new: every article was already stored", markup=False)
    if not summary.ok:
        raise typer.Exit(1)
