"""`dyads`: the command-line entry point."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dyads import __version__
from dyads.cli.articles_cmd import articles, migrate, stats
from dyads.cli.coding_cmd import actors, code
from dyads.cli.context import CliState, fail
from dyads.cli.events_cmd import events, explain
from dyads.cli.ingest_cmd import ingest
from dyads.errors import DyadsError
from dyads.settings import Settings

app = typer.Typer(
    name="dyads",
    help="Event data from international news: who did what to whom, with evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dyads {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: Annotated[
        Path | None, typer.Option("--db", help="The store (default ./dyads.duckdb, or $DYADS_DB).")
    ] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy model package or path.")] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    ctx.obj = CliState(settings=Settings.from_env(db_path=db, model=model))


app.command()(ingest)
app.command()(articles)
app.command()(stats)
app.command()(actors)
app.command()(code)
app.command()(events)
app.command()(explain)
app.command()(migrate)


def main() -> None:
    try:
        app()
    except DyadsError as exc:
        fail(str(exc))
