"""`dyads relations A B`, `dyads partners A` and `dyads shifts --from P --to Q`."""

from __future__ import annotations

from typing import Annotated

import typer

from dyads.analysis import Actors, Direction, History, Level, Period, Scale, Window, dyad_series, dyad_shifts, partners
from dyads.cli.context import CliState, row_limit
from dyads.cli.layout import Layout
from dyads.cli.options import analysis as opt
from dyads.cli.output import Format, emit
from dyads.store.filters import period_bounds
from dyads.store.living.merged import MergeMode

SideArgument = Annotated[str, typer.Argument(metavar="COUNTRY", help="A country code or name (RUS, Russia); RUSGOV with --level role.")]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table, jsonl (complete records) or csv.")]

_SERIES_TABLE = ("period", "events", "v_coop", "m_coop", "v_conf", "m_conf", "gs_mean", "gs_sum", "share", "total")
_SERIES_LAYOUT = Layout(required=("period", "events", "v_coop", "m_coop", "v_conf", "m_conf", "gs_mean"),
                        optional=("share", "gs_sum", "total"))  # fmt: skip
_SERIES_CSV = ("label", "start", "events", "goldstein_sum", "goldstein_mean", "verbal_cooperation",
               "material_cooperation", "verbal_conflict", "material_conflict", "period_total", "normalised")  # fmt: skip
_RANK_TABLE = ("rank", "kind", "country", "events", "net", "coop", "conflict", "out", "in", "gs_mean")
_RANK_LAYOUT = Layout(required=("rank", "kind", "country", "events", "net", "coop", "conflict"), optional=("gs_mean", "out", "in"))
_SHIFT_TABLE = ("dyad", "before", "coop_before", "after", "coop_after", "change", "z", "q", "flag")
_SHIFT_LAYOUT = Layout(required=("dyad", "before", "coop_before", "after", "coop_after", "change", "q", "flag"), optional=("z",))


def _share(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def relations(
    ctx: typer.Context,
    source: SideArgument,
    target: SideArgument,
    by: Annotated[Period, typer.Option("--by", help="The step: day, week, month, quarter or year.")] = Period.MONTH,
    both_ways: Annotated[bool, typer.Option("--both-ways", help="Count B's acts towards A too.")] = False,
    normalise: Annotated[bool, typer.Option("--normalise", help="Also show the dyad's share of each period's events.")] = False,
    since: opt.SinceOption = None,
    until: opt.UntilOption = None,
    level: opt.LevelOption = Level.COUNTRY,
    actors: opt.ActorsOption = None,
    history: opt.HistoryOption = History.EXCLUDE,
    merge: opt.MergeOption = MergeMode.NONE,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """How A acted towards B, period by period: events, quad classes and Goldstein scores."""
    state: CliState = ctx.obj
    a = opt.side(source, state=state, option="COUNTRY", level=level)
    b = opt.side(target, state=state, option="COUNTRY", level=level)
    selection = opt.selection(since=since, until=until, level=level, actors=actors, history=history,
                              default_actors=Actors.ALL, merge=merge)  # fmt: skip
    with opt.reading(state) as store:
        series = dyad_series(store, a, b, period=by, direction=Direction.BOTH if both_ways else Direction.DIRECTED,
                             scale=Scale.SHARE if normalise else Scale.COUNT, selection=selection)  # fmt: skip
    rows = [
        {"period": p.label, "events": p.events, "v_coop": p.verbal_cooperation, "m_coop": p.material_cooperation,
         "v_conf": p.verbal_conflict, "m_conf": p.material_conflict,
         "gs_mean": "" if p.goldstein_mean is None else f"{p.goldstein_mean:+.2f}", "gs_sum": f"{p.goldstein_sum:+.1f}",
         "share": f"{p.normalised:.4f}", "total": p.period_total}
        for p in series.points
    ]  # fmt: skip
    columns = _SERIES_TABLE if normalise else tuple(c for c in _SERIES_TABLE if c != "share")
    arrow = "<->" if both_ways else "->"
    if fmt is not Format.TABLE:
        emit([p.to_json() for p in series.points], fmt=fmt, columns=_SERIES_CSV, console=state.console)
        return
    emit(rows, fmt=fmt, columns=columns, console=state.console, layout=_SERIES_LAYOUT,
         title=f"{a} {arrow} {b} by {by.value}: {series.events} events")  # fmt: skip


def partners_command(
    ctx: typer.Context,
    country: SideArgument,
    limit: Annotated[
        int | None, typer.Option(min=0, metavar="N", help="How many partners and how many rivals (0: all; default: 10 in a table, all otherwise).")
    ] = None,
    min_events: opt.MinEventsOption = 1,
    since: opt.SinceOption = None,
    until: opt.UntilOption = None,
    level: opt.LevelOption = Level.COUNTRY,
    actors: opt.ActorsOption = None,
    history: opt.HistoryOption = History.EXCLUDE,
    merge: opt.MergeOption = MergeMode.NONE,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """A country's partners (most net cooperation) and rivals (most net conflict), ranked."""
    state: CliState = ctx.obj
    key = opt.side(country, state=state, option="COUNTRY", level=level)
    selection = opt.selection(since=since, until=until, level=level, actors=actors, history=history,
                              default_actors=Actors.ALL, merge=merge)  # fmt: skip
    with opt.reading(state) as store:
        found = partners(store, key, selection=selection, limit=None, min_events=min_events)
    shown = row_limit(limit, table=fmt is Format.TABLE, default=10)
    best, worst = found.partners[:shown], found.rivals[:shown]
    ranked = [("partner", i + 1, c) for i, c in enumerate(best)] + [("rival", i + 1, c) for i, c in enumerate(worst)]
    if fmt is not Format.TABLE:
        emit([{"kind": kind, "rank": rank, **c.to_json()} for kind, rank, c in ranked], fmt=fmt, console=state.console,
             columns=("kind", "rank", "key", "events", "outgoing", "incoming", "cooperation", "conflict", "net",
                      "goldstein_mean"))  # fmt: skip
        return
    rows = [
        {"rank": rank, "kind": kind, "country": c.key, "events": c.events, "net": f"{c.net:+d}", "coop": c.cooperation,
         "conflict": c.conflict, "out": c.outgoing, "in": c.incoming, "gs_mean": f"{c.goldstein_mean:+.2f}"}
        for kind, rank, c in ranked
    ]  # fmt: skip
    emit(rows, fmt=fmt, columns=_RANK_TABLE, console=state.console, layout=_RANK_LAYOUT,
         title=f"{key}: {len(best)} of {len(found.partners)} partners, {len(worst)} of {len(found.rivals)} rivals"
               f" ({found.events} events)")  # fmt: skip


def shifts(
    ctx: typer.Context,
    before: Annotated[str, typer.Option("--from", metavar="PERIOD", help="The first window: 2006, 2006-03, 2006-01-01..2006-06-30.")],
    after: Annotated[str, typer.Option("--to", metavar="PERIOD", help="The second window, written the same way.")],
    limit: Annotated[
        int | None, typer.Option(min=0, metavar="N", help="How many dyads (0: all; default: 20 in a table, all otherwise).")
    ] = None,
    min_events: opt.MinEventsOption = 1,
    level: opt.LevelOption = Level.COUNTRY,
    actors: opt.ActorsOption = None,
    history: opt.HistoryOption = History.EXCLUDE,
    merge: opt.MergeOption = MergeMode.NONE,
    fmt: FormatOption = Format.TABLE,
) -> None:
    """The dyads whose relation changed most between two windows (share of cooperative events)."""
    state: CliState = ctx.obj
    first = Window(*period_bounds(before, option="--from"))
    second = Window(*period_bounds(after, option="--to"))
    selection = opt.selection(since=None, until=None, level=level, actors=actors, history=history,
                              default_actors=Actors.ALL, merge=merge)  # fmt: skip
    with opt.reading(state) as store:
        found = dyad_shifts(store, before=first, after=second, selection=selection, min_events=min_events,
                            limit=row_limit(limit, table=fmt is Format.TABLE, default=20))  # fmt: skip
    if fmt is not Format.TABLE:
        emit([{**s.to_json(), "before": s.before.to_json(), "after": s.after.to_json()} for s in found.shifts],
             fmt=fmt, console=state.console, columns=("a", "b", "change", "z", "p_value", "q_value", "significant"))  # fmt: skip
        return
    rows = [
        {"dyad": f"{s.a}-{s.b}", "before": s.before.events, "coop_before": _share(s.before.cooperative_share),
         "after": s.after.events, "coop_after": _share(s.after.cooperative_share), "change": f"{s.change:+.2f}",
         "z": f"{s.z:+.2f}", "q": f"{s.q_value:.3f}", "flag": "*" if s.significant else ""}
        for s in found.shifts
    ]  # fmt: skip
    emit(rows, fmt=fmt, columns=_SHIFT_TABLE, console=state.console, layout=_SHIFT_LAYOUT,
         title=f"Shifts {first.label} -> {second.label}: {len(rows)} of {found.compared} dyads (* q < 0.05)")  # fmt: skip
