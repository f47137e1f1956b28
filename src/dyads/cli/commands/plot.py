"""`dyads plot dyad A B -o FILE` and `dyads plot network -o FILE` (PNG or SVG)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dyads.analysis import Actors, Direction, History, Level, Period, Scale, dyad_series, find_blocs, tie_network
from dyads.cli.commands.relations import SideArgument
from dyads.cli.context import CliState
from dyads.cli.options import analysis as opt
from dyads.cli.terminal import say
from dyads.store.living.merged import MergeMode

PlotFile = Annotated[Path, typer.Option("--output", "-o", metavar="FILE", help="The picture: FILE.png or FILE.svg.")]

plot_app = typer.Typer(name="plot", help="Draw relations: a dyad's timeline or the network of ties.", no_args_is_help=True)


@plot_app.command("dyad")
def plot_dyad_command(
    ctx: typer.Context,
    source: SideArgument,
    target: SideArgument,
    output: PlotFile,
    by: Annotated[Period, typer.Option("--by", help="The step: day, week, month, quarter or year.")] = Period.MONTH,
    one_way: Annotated[bool, typer.Option("--one-way", help="Only A's acts towards B (default: both ways).")] = False,
    normalise: Annotated[bool, typer.Option("--normalise", help="Bars as shares of each period's events.")] = False,
    since: opt.SinceOption = None,
    until: opt.UntilOption = None,
    level: opt.LevelOption = Level.COUNTRY,
    actors: opt.ActorsOption = None,
    history: opt.HistoryOption = History.EXCLUDE,
    merge: opt.MergeOption = MergeMode.NONE,
) -> None:
    """A timeline of a dyad: quad classes stacked per period, the mean Goldstein score as a line."""
    from dyads.analysis.plots import check_plot_path, plot_dyad

    state: CliState = ctx.obj
    check_plot_path(output)
    a = opt.side(source, state=state, option="COUNTRY", level=level)
    b = opt.side(target, state=state, option="COUNTRY", level=level)
    selection = opt.selection(since=since, until=until, level=level, actors=actors, history=history,
                              default_actors=Actors.ALL, merge=merge)  # fmt: skip
    with opt.reading(state) as store:
        series = dyad_series(store, a, b, period=by, direction=Direction.DIRECTED if one_way else Direction.BOTH,
                             scale=Scale.SHARE if normalise else Scale.COUNT, selection=selection)  # fmt: skip
    plot_dyad(series, output)
    periods = len(series.points)
    say(state.errors, f"wrote {output}: {series.events} events in {periods} period{'' if periods == 1 else 's'}")


@plot_app.command("network")
def plot_network_command(
    ctx: typer.Context,
    output: PlotFile,
    since: opt.SinceOption = None,
    until: opt.UntilOption = None,
    min_events: opt.MinEventsOption = 2,
    level: opt.LevelOption = Level.COUNTRY,
    actors: opt.ActorsOption = None,
    history: opt.HistoryOption = History.EXCLUDE,
    merge: opt.MergeOption = MergeMode.NONE,
) -> None:
    """The network of ties: edges from red (conflict) to green (cooperation), nodes coloured by bloc."""
    from dyads.analysis.plots import check_plot_path, plot_network

    state: CliState = ctx.obj
    check_plot_path(output)
    selection = opt.selection(since=since, until=until, level=level, actors=actors, history=history,
                              default_actors=Actors.STATES, merge=merge)  # fmt: skip
    with opt.reading(state) as store:
        ties = tie_network(store, selection=selection, min_events=min_events)
        partition = find_blocs(store, selection=selection, min_events=min_events)
    plot_network(ties, output, partition=partition)
    say(state.errors, f"wrote {output}: {len(ties.nodes)} nodes, {len(ties.ties)} ties, {len(partition.blocs)} blocs")
