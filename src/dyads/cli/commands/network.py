"""`dyads network` (the ties of a window, as a table or a file) and `dyads blocs`."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from dyads.analysis import (
    Actors,
    BlocChange,
    BlocPartition,
    BlocStep,
    History,
    Level,
    bloc_history,
    find_blocs,
    parse_span,
    tie_network,
)
from dyads.analysis.graphs import GraphFormat, network_json, write_network
from dyads.cli.context import CliState
from dyads.cli.layout import Layout
from dyads.cli.options import analysis as opt
from dyads.cli.output import Format, emit
from dyads.cli.terminal import say
from dyads.errors import ConfigError
from dyads.store.living.merged import MergeMode


class NetworkFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    GRAPHML = "graphml"
    GEXF = "gexf"
    PNG = "png"


_TIE_TABLE = ("a", "b", "events", "net", "coop", "conflict", "a_to_b", "b_to_a", "gs_mean")
_TIE_LAYOUT = Layout(required=("a", "b", "events", "net", "coop", "conflict"), optional=("gs_mean", "a_to_b", "b_to_a"))
_BLOC_TABLE = ("bloc", "size", "stability", "inside", "outside", "members")
_BLOC_LAYOUT = Layout(required=("bloc", "size", "stability", "members"), optional=("inside", "outside"),
                      flexible=frozenset({"members"}), floor=20)  # fmt: skip
_MEMBERS_A_LINE = 10  # codes of a bloc on one line of the table: 40 characters
OutputFile = Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write the file here.")]


def network(
    ctx: typer.Context,
    since: opt.SinceOption = None,
    until: opt.UntilOption = None,
    min_events: opt.MinEventsOption = 1,
    level: opt.LevelOption = Level.COUNTRY,
    actors: opt.ActorsOption = None,
    history: opt.HistoryOption = History.EXCLUDE,
    merge: opt.MergeOption = MergeMode.NONE,
    limit: Annotated[int, typer.Option(min=0, metavar="N", help="Ties in the table (0: all).")] = 30,
    fmt: Annotated[NetworkFormat, typer.Option("--format", "-f", help="table, json, graphml, gexf or png.")] = NetworkFormat.TABLE,
    output: OutputFile = None,
) -> None:
    """The network of ties of a window: states as nodes, edges weighted by cooperation less conflict."""
    state: CliState = ctx.obj
    if fmt is NetworkFormat.PNG and output is None:
        raise ConfigError("--format png: give the file with -o FILE.png")
    if output is not None and fmt is NetworkFormat.TABLE:
        raise ConfigError(f"-o {str(output)!r}: a table is printed; pick --format json, graphml, gexf or png")
    selection = opt.selection(since=since, until=until, level=level, actors=actors, history=history,
                              default_actors=Actors.STATES, merge=merge)  # fmt: skip
    if output is not None and not output.parent.is_dir():
        raise ConfigError(f"-o {str(output)!r}: {output.parent} is not a folder")
    with opt.reading(state) as store:
        ties = tie_network(store, selection=selection, min_events=min_events)
        partition = find_blocs(store, selection=selection, min_events=min_events) if fmt is NetworkFormat.PNG else None
    if fmt is NetworkFormat.TABLE:
        rows = [
            {"a": t.a, "b": t.b, "events": t.events, "net": f"{t.net:+d}", "coop": t.cooperation, "conflict": t.conflict,
             "a_to_b": t.a_to_b, "b_to_a": t.b_to_a, "gs_mean": f"{t.goldstein_mean:+.2f}"}
            for t in (ties.ties[:limit] if limit else ties.ties)
        ]  # fmt: skip
        emit(rows, fmt=Format.TABLE, columns=_TIE_TABLE, console=state.console, layout=_TIE_LAYOUT,
             title=f"{len(rows)} of {len(ties.ties)} ties, {len(ties.nodes)} nodes, {selection.window.label}")  # fmt: skip
        return
    if fmt is NetworkFormat.PNG:
        from dyads.analysis.plots import plot_network

        assert output is not None
        plot_network(ties, output, partition=partition)
    elif output is None and fmt is NetworkFormat.JSON:
        sys.stdout.write(json.dumps(network_json(ties, partition), ensure_ascii=False) + "\n")
        return
    elif output is None:
        raise ConfigError(f"--format {fmt.value}: give the file with -o FILE.{fmt.value}")
    else:
        write_network(ties, output, fmt=GraphFormat(fmt.value), partition=partition)
    say(state.errors, f"wrote {output}: {len(ties.nodes)} nodes, {len(ties.ties)} ties")


def blocs(
    ctx: typer.Context,
    since: opt.SinceOption = None,
    until: opt.UntilOption = None,
    window: Annotated[
        str | None, typer.Option("--window", metavar="SPAN", help="Cut the span into windows of this length (1y, 6m, 1q) and follow the blocs.")
    ] = None,
    min_events: opt.MinEventsOption = 2,
    resamples: Annotated[int, typer.Option(min=0, metavar="N", help="Bootstrap resamples for the stability score.")] = 20,
    level: opt.LevelOption = Level.COUNTRY,
    actors: opt.ActorsOption = None,
    history: opt.HistoryOption = History.EXCLUDE,
    merge: opt.MergeOption = MergeMode.NONE,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table, jsonl (complete records) or csv.")] = Format.TABLE,
) -> None:
    """Blocs: groups of states cooperating among themselves and conflicting with others (signed Leiden)."""
    state: CliState = ctx.obj
    selection = opt.selection(since=since, until=until, level=level, actors=actors, history=history,
                              default_actors=Actors.STATES, merge=merge)  # fmt: skip
    span = None if window is None else parse_span(window, option="--window")
    steps: list[tuple[BlocPartition, BlocStep | None]]
    with opt.reading(state) as store:
        if span is None:
            steps = [(find_blocs(store, selection=selection, min_events=min_events, resamples=resamples), None)]
        else:
            history_found = bloc_history(store, span=span, selection=selection, min_events=min_events, resamples=resamples)
            steps = [(s.partition, s) for s in history_found.steps]
    if fmt is Format.JSONL:
        emit([], fmt=fmt, columns=(), console=state.console,
             records=[(step.to_json() if step is not None else {"partition": p.to_json()}) for p, step in steps])  # fmt: skip
        return
    for number, (partition, step) in enumerate(steps):
        rows = _bloc_rows(partition, step if number else None)  # the first window has nothing to follow
        if fmt is Format.CSV:
            emit(rows, fmt=fmt, columns=("window", *_BLOC_TABLE), console=state.console)
        else:
            emit(rows, fmt=fmt, columns=_BLOC_TABLE, console=state.console, layout=_BLOC_LAYOUT, title=_title(partition))


def _bloc_rows(partition: BlocPartition, step: BlocStep | None) -> list[dict[str, object]]:
    """A bloc's row, then its members beyond the first line, then (in a history) what changed."""
    changes: dict[str, BlocChange] = {c.label: c for c in step.changes} if step is not None else {}
    rows: list[dict[str, object]] = []
    for bloc in partition.blocs:
        lines = [" ".join(bloc.members[i : i + _MEMBERS_A_LINE]) for i in range(0, len(bloc.members), _MEMBERS_A_LINE)]
        change = changes.get(bloc.label)
        if change is not None:
            lines.append(_change(change))
        rows.append({
            "window": partition.window.label, "bloc": bloc.label, "size": len(bloc.members),
            "stability": f"{bloc.stability:.2f}", "inside": f"{bloc.internal_net:+d}",
            "outside": f"{bloc.external_net:+d}", "members": lines[0],
        })  # fmt: skip
        rows += [{"window": partition.window.label, "members": more} for more in lines[1:]]
    if step is not None and step.ended:
        rows.append({"window": partition.window.label, "members": "ended: " + " ".join(step.ended)})
    if partition.unaligned:
        rows.append({"window": partition.window.label, "bloc": "-", "size": len(partition.unaligned),
                     "members": "unaligned: " + " ".join(partition.unaligned[:_MEMBERS_A_LINE - 2])
                     + (" …" if len(partition.unaligned) > _MEMBERS_A_LINE - 2 else "")})  # fmt: skip
    return rows


def _change(change: BlocChange) -> str:
    if change.previous is None:
        return "(new)"
    parts = [f"+{m}" for m in change.joined] + [f"-{m}" for m in change.left]
    return f"(from {change.previous}: {' '.join(parts) or 'the same'})"


def _title(partition: BlocPartition) -> str:
    return (f"Blocs {partition.window.label}: stability {partition.stability:.2f},"
            f" frustration {partition.frustration:.2f}")  # fmt: skip
