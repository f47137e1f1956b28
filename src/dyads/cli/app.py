"""`dyads`: the command-line entry point."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import duckdb
import typer
from typer.core import TyperCommand, TyperGroup

from dyads import __version__
from dyads.cli.commands.articles import articles, migrate, stats
from dyads.cli.commands.changes import changes, retract
from dyads.cli.commands.coding import actors, code
from dyads.cli.commands.dataset import import_command
from dyads.cli.commands.events import events, explain
from dyads.cli.commands.ingest import ingest
from dyads.cli.commands.network import blocs, network
from dyads.cli.commands.plot import plot_app
from dyads.cli.commands.recode import recode
from dyads.cli.commands.relations import partners_command, relations, shifts
from dyads.cli.commands.serve import serve
from dyads.cli.commands.watch import watch
from dyads.cli.context import CliState, fail, quiet_stdout, stopped
from dyads.errors import DyadsError, Interrupted
from dyads.settings import Settings

# Options of the whole program, each taking a value; they may come before or after the command name.
GLOBAL_OPTIONS = frozenset({"--db", "--model", "--actors", "--patterns"})


def hoist_global_options(args: list[str]) -> list[str]:
    """``args`` with every global option found after the command name moved before it
    (``events --db x.duckdb`` reads as ``--db x.duckdb events``); nothing after ``--`` moves."""
    command = None
    index = 0
    while index < len(args):
        token = args[index]
        if token in GLOBAL_OPTIONS:
            index += 2
            continue
        if token == "--" or not token.startswith("-"):
            command = index
            break
        index += 1
    if command is None:
        return list(args)
    moved: list[str] = []
    kept: list[str] = []
    index = command + 1
    while index < len(args):
        token = args[index]
        if token == "--":
            kept.extend(args[index:])
            break
        name = token.split("=", 1)[0]
        if token in GLOBAL_OPTIONS and index + 1 < len(args):
            moved.extend(args[index : index + 2])
            index += 2
            continue
        if name in GLOBAL_OPTIONS and "=" in token:
            moved.append(token)
        else:
            kept.append(token)
        index += 1
    return [*args[:command], *moved, args[command], *kept]


def _plain_flags(params: list[Any]) -> list[Any]:
    """Flags (``--help``, ``--version``) take no value: their help shows no ``<bool>`` after them."""
    for param in params:
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""
    return params


class _Command(TyperCommand):
    def get_params(self, ctx: Any) -> list[Any]:
        return _plain_flags(super().get_params(ctx))


class _Group(TyperGroup):
    """Every DyadsError a command raises becomes one line on stderr and exit status 2; the global
    options may follow the command name."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_global_options(args))

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain_flags(super().get_params(ctx))

    def invoke(self, ctx: Any) -> Any:  # typer's own click context type
        try:
            return super().invoke(ctx)
        except Interrupted as exc:
            stopped(str(exc))
        except (KeyboardInterrupt, duckdb.InterruptException):
            stopped(f"interrupted: {ctx.invoked_subcommand or 'dyads'} stopped before writing anything")
        except DyadsError as exc:
            fail(str(exc))


app = typer.Typer(
    cls=_Group,
    name="dyads",
    help="Event data from international news: who did what to whom, with evidence.",
    no_args_is_help=True,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
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
        Path | None, typer.Option("--db", metavar="PATH", help="The store (default ./dyads.duckdb, or $DYADS_DB).")
    ] = None,
    model: Annotated[str | None, typer.Option("--model", metavar="MODEL", help="spaCy model package or path.")] = None,
    actor_files: Annotated[
        list[Path] | None,
        typer.Option("--actors", metavar="FILE", help="Your own actor dictionary (TSV or YAML); repeatable. Or $DYADS_ACTORS."),
    ] = None,
    pattern_files: Annotated[
        list[Path] | None,
        typer.Option("--patterns", metavar="FILE", help="Your own verb/noun pattern file (YAML); repeatable. Or $DYADS_PATTERNS."),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    ctx.obj = CliState(
        settings=Settings.from_env(
            db_path=db, model=model, actor_files=tuple(actor_files or ()), pattern_files=tuple(pattern_files or ())
        )
    )


app.command(cls=_Command)(ingest)
app.command(cls=_Command)(recode)
app.command("import", cls=_Command)(import_command)
app.command(cls=_Command)(articles)
app.command(cls=_Command)(stats)
app.command(cls=_Command)(actors)
app.command(cls=_Command)(code)
app.command(cls=_Command)(events)
app.command(cls=_Command)(explain)
app.command(cls=_Command)(migrate)
app.command(cls=_Command)(relations)
app.command("partners", cls=_Command)(partners_command)
app.command(cls=_Command)(network)
app.command(cls=_Command)(blocs)
app.command(cls=_Command)(shifts)
app.add_typer(plot_app, name="plot")
app.command(cls=_Command)(retract)
app.command(cls=_Command)(changes)
app.command(cls=_Command)(watch)
app.command(cls=_Command)(serve)


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        quiet_stdout()
        raise SystemExit(1) from None
    except DyadsError as exc:
        fail(str(exc))
