"""`dyads actors PATH...` and `dyads code PATH...`: code without storing."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dyads.cli.context import CliState
from dyads.cli.layout import Layout
from dyads.cli.options.engine import EngineOption, SchedulerOption, WorkersOption, engine_options
from dyads.cli.output import Format, emit
from dyads.cli.reading import read_articles
from dyads.cli.terminal import say
from dyads.export import ArticleInfo, EventFormat, Written, write_events
from dyads.export.rows import SHORT, ReportCounts, short_row
from dyads.pipeline.choice import Engine
from dyads.records.convert import to_plain
from dyads.records.event import Event, EventScope

if TYPE_CHECKING:  # the pipeline loads when a command codes, not when the command line starts
    from dyads.pipeline.coding import CodedArticle
    from dyads.pipeline.resources import Stage

Paths = Annotated[list[str], typer.Argument(help="Files, directories, or - for standard input.")]
EventFormatOption = Annotated[
    EventFormat, typer.Option("--format", "-f", help="table, jsonl, csv, parquet, gdelt or plover.")
]
OutputOption = Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write here (needed for parquet).")]
# who did what to whom always shows; the id, place, trigger and quantities join as the terminal allows
EVENT_LAYOUT = Layout(
    required=("date", "source", "code", "target", "name"),
    optional=("event_id", "place", "trigger", "quantities"),
    caps={"source": 16, "target": 16, "name": 36, "place": 20, "trigger": 20, "quantities": 24},
    flexible=frozenset({"name"}),
    floor=12,
)
ScopeOption = Annotated[
    EventScope,
    typer.Option("--scope", help="dyadic (source and target known, the default), monadic (a side missing) or all."),
]


def _coded(state: CliState, paths: list[str], stage: Stage) -> tuple[list[CodedArticle], int]:
    """Every article that codes; one that makes a stage fail is one line on stderr and counted."""
    from dyads.pipeline.coding import code_each
    from dyads.pipeline.ingest import CodingFailure, article_label
    from dyads.pipeline.resources import load_resources

    resources = load_resources(state.settings, upto=stage)
    articles, failed = read_articles(paths, state=state)
    coded: list[CodedArticle] = []
    for article, outcome in zip(articles, code_each(articles, resources), strict=True):
        if isinstance(outcome, CodingFailure):
            failed += 1
            say(state.errors, f"error: {article_label(article)}: {outcome.stage} failed: {outcome.reason}")
        else:
            coded.append(outcome)
    return coded, failed


def actors(
    ctx: typer.Context,
    paths: Paths,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table, jsonl or csv.")] = Format.TABLE,
) -> None:
    """Every resolved actor mention, with its offsets and the knowledge-base entry behind it."""
    from dyads.actors import MENTION_COLUMNS, mentions_table
    from dyads.pipeline.resources import Stage

    state: CliState = ctx.obj
    coded, failed = _coded(state, paths, Stage.ACTORS)
    mentions = [m for c in coded for m in c.actors]
    rows = [dict(zip(MENTION_COLUMNS, row, strict=True)) for row in mentions_table(mentions)]
    emit(rows, fmt=fmt, columns=MENTION_COLUMNS, console=state.console, records=[to_plain(m) for m in mentions],
         title=f"{len(mentions)} actor mentions")  # fmt: skip
    if failed:
        raise typer.Exit(1)


def code(
    ctx: typer.Context,
    paths: Paths,
    scope: ScopeOption = EventScope.DYADIC,
    fmt: EventFormatOption = EventFormat.TABLE,
    output: OutputOption = None,
    workers: WorkersOption = 1,
    engine: EngineOption = Engine.PROCESSES,
    scheduler: SchedulerOption = None,
) -> None:
    """Code events without storing them (by default those with both a source and a target)."""
    from dyads.pipeline.engines import open_coder
    from dyads.pipeline.ingest import CodingFailure, article_label

    state: CliState = ctx.obj
    where = engine_options(workers=workers, engine=engine, scheduler=scheduler)
    events: list[Event] = []
    info: dict[str, ArticleInfo] = {}
    with open_coder(state.settings, where) as coder:
        articles, failed = read_articles(paths, state=state)
        for article, outcome in zip(articles, coder(articles), strict=True):
            if isinstance(outcome, CodingFailure):
                failed += 1
                say(state.errors, f"error: {article_label(article)}: {outcome.stage} failed: {outcome.reason}")
                continue
            events += (e for e in outcome.events if scope.admits(e))
            info[article.doc_id] = ArticleInfo(article.published, article.url, article.title)
    print_events(state, events, fmt=fmt, output=output, info=info, title=f"{len(events)} events")
    if failed:
        raise typer.Exit(1)


def print_events(
    state: CliState,
    events: Sequence[Event],
    *,
    fmt: EventFormat,
    output: Path | None,
    info: Mapping[str, ArticleInfo],
    title: str,
    counts: Mapping[str, ReportCounts] | None = None,
) -> None:
    """Events to standard output (or ``output``) in ``fmt``; ``info`` maps doc_id to its article's facts,
    ``counts`` a merged event's id to how widely it was reported."""
    if fmt is EventFormat.TABLE:
        emit([short_row(e) for e in events], fmt=Format.TABLE, columns=SHORT, console=state.console, title=title,
             layout=EVENT_LAYOUT)  # fmt: skip
        return
    written: Written
    if fmt is EventFormat.PARQUET or output is None:
        written = write_events(events, fmt=fmt, out=sys.stdout, article_info=info, parquet_path=output, counts=counts)
    else:
        with output.open("w", encoding="utf-8", newline="") as stream:
            written = write_events(events, fmt=fmt, out=stream, article_info=info, counts=counts)
    if written.left_out:
        say(state.errors, f"note: {written.left_out} events with no date (nor a dated article) left out: "
                          f"a {fmt} row needs a date")  # fmt: skip
