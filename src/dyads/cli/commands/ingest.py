"""`dyads ingest PATH...`

Order matters to the analyst: the writer lock is taken and the store opened,
migrated and read through once (so a busy, foreign or damaged store is one line
at once) before the spaCy model loads; then each batch holds the store only
while it is planned and written.
"""

from __future__ import annotations

from contextlib import nullcontext
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from dyads.cli.context import CliState
from dyads.cli.options.engine import EngineOption, SchedulerOption, WorkersOption, engine_options
from dyads.cli.terminal import say
from dyads.errors import ConfigError
from dyads.ingest import Format, ReadOptions
from dyads.ingest.extent import expected_articles
from dyads.pipeline.choice import Engine
from dyads.settings import FieldMap
from dyads.store import open_store
from dyads.store.access.integrity import verify_store
from dyads.store.access.locking import WriterLock, side_files
from dyads.store.access.sessions import writer_session
from dyads.store.articles import OnChange


class IngestStage(StrEnum):
    ARTICLES = "articles"
    EVENTS = "events"


class InputFormat(StrEnum):
    AUTO = "auto"
    TEXT = "text"
    HTML = "html"
    FEED = "feed"
    JSONL = "jsonl"
    JSON = "json"
    CSV = "csv"
    TSV = "tsv"


class ArticleRate(ProgressColumn):
    """Articles a second, once there is a rate to show."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.1f} articles/s" if task.speed else "")


def ingest(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for standard input.")],
    fields: Annotated[
        str | None,
        typer.Option(metavar="FIELDS", help="JSON Lines/CSV field names: id,title,date,text,url,source or key=name pairs."),
    ] = None,
    max_bytes: Annotated[int | None, typer.Option(metavar="BYTES", help="Largest file (and decompressed size) read.")] = None,
    batch_size: Annotated[int, typer.Option(min=1, metavar="N", help="Articles per transaction.")] = 200,
    stage: Annotated[
        IngestStage, typer.Option(help="articles: store text only; events: also code and store events.")
    ] = IngestStage.EVENTS,
    input_format: Annotated[
        InputFormat, typer.Option("--input-format", help="Read every input as this (auto: by content, then extension).")
    ] = InputFormat.AUTO,
    on_change: Annotated[
        OnChange,
        typer.Option(help="An id stored before with other content: keep the stored version (reported), replace it (its events too), or revive (replace, and bring back a retracted article)."),
    ] = OnChange.KEEP,
    server: Annotated[
        str | None,
        typer.Option(metavar="URL", help="Post the articles to a running `dyads serve --write-token` (which owns its store) instead of writing --db."),
    ] = None,
    token: Annotated[
        str | None, typer.Option("--write-token", metavar="TOKEN", help="The server's write token (or $DYADS_WRITE_TOKEN).")
    ] = None,
    workers: WorkersOption = 1,
    engine: EngineOption = Engine.PROCESSES,
    scheduler: SchedulerOption = None,
    dataset: Annotated[
        Path | None,
        typer.Option("--dataset", metavar="DIR", help="Workers write each coded partition as a Parquet file in DIR (for `dyads import DIR`) instead of the store."),
    ] = None,
) -> None:
    """Read news into the store; re-reading the same content adds nothing."""
    state: CliState = ctx.obj
    settings = state.settings
    where = engine_options(workers=workers, engine=engine, scheduler=scheduler)
    db, wait = settings.db_path, settings.lock_timeout
    options = ReadOptions(
        max_bytes=max_bytes or settings.max_bytes,
        fields=FieldMap.parse(fields) if fields else settings.fields,
        stdin=typer.get_binary_stream("stdin"),
        format=None if input_format is InputFormat.AUTO else Format(input_format.value),
        skip=side_files(db),
    )
    if dataset is not None:
        _check_dataset_options(server=server, stage=stage, on_change=on_change)
        from dyads.cli.commands.dataset import ingest_to_dataset

        ingest_to_dataset(state, paths, directory=dataset, options=options, where=where, batch_size=batch_size)
        return
    if server is not None:
        from dyads.cli.remote_ingest import ingest_remote

        if on_change is not OnChange.KEEP:
            raise ConfigError(f"--on-change {on_change.value}: applies to a store written here; a server keeps the stored version")

        ingest_remote(state, paths, server=server, token=token, options=options, batch_size=min(batch_size, 200),
                      stage=stage.value)  # fmt: skip
        return
    from dyads.pipeline.engines import open_coder  # the pipeline loads when a command codes
    from dyads.pipeline.ingest import ingest as run_ingest

    progress = Progress(
        SpinnerColumn(), TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), ArticleRate(),
        TimeElapsedColumn(), TimeRemainingColumn(), console=state.errors, transient=True,
    )  # fmt: skip
    with WriterLock(db):
        with open_store(db, wait=wait) as store:
            verify_store(store)
        coding = open_coder(settings, where) if stage is IngestStage.EVENTS else nullcontext(None)
        with coding as coder, progress:
            # articles done of the total (known for files), a rate and the time left, updated per article
            task = progress.add_task("ingest", total=expected_articles(paths, options=options))
            summary = run_ingest(
                paths,
                store=lambda: writer_session(db, wait=wait),
                options=options,
                coder=coder,
                batch_size=batch_size,
                on_change=on_change,
                on_error=lambda m: say(progress.console, f"error: {m}"),
                on_note=lambda m: say(progress.console, f"note: {m}"),
                on_progress=lambda n: progress.advance(task, n),
            )
    say(state.errors, f"{db}: {summary.line()}")
    if summary.added == 0 and summary.read and summary.duplicates == summary.read:
        say(state.errors, "nothing new: every article was already stored")
    if not summary.ok:
        raise typer.Exit(1)


def _check_dataset_options(*, server: str | None, stage: IngestStage, on_change: OnChange) -> None:
    if server is not None:
        raise ConfigError("--dataset DIR and --server URL: the articles go to one of them, not both")
    if stage is not IngestStage.EVENTS:
        raise ConfigError("--dataset DIR holds coded articles: --stage articles stores text only, without it")
    if on_change is not OnChange.KEEP:
        raise ConfigError(f"--on-change {on_change.value}: applies when the dataset is stored (dyads import DIR --on-change)")
