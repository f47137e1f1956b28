"""`dyads events` (query the store) and `dyads explain EVENT_ID`."""

from __future__ import annotations

from typing import Annotated

import typer

from dyads.cli.commands.coding import EventFormatOption, OutputOption, ScopeOption, print_events
from dyads.cli.context import CliState, fail, row_limit
from dyads.cli.terminal import say
from dyads.export import ArticleInfo, EventFormat
from dyads.export.rows import ReportCounts
from dyads.records.event import EventScope
from dyads.store import AccessMode, ArticleQuery, open_store
from dyads.store.articles import query_articles
from dyads.store.events import EventQuery, count_events, query_events
from dyads.store.filters import (
    CountryNames,
    actor_filter,
    cameo_code,
    country_code,
    day_bound,
    dyad_filter,
    near_point,
    time_bound,
)
from dyads.store.living.merged import MergeMode, count_merged, query_merged


def events(
    ctx: typer.Context,
    actor: Annotated[str | None, typer.Option(metavar="ACTOR", help="Actor code prefix (RUSGOV), country (RUS, Russia) or name, either side.")] = None,
    source: Annotated[str | None, typer.Option(metavar="ACTOR", help="Source actor code prefix, country or name.")] = None,
    target: Annotated[str | None, typer.Option(metavar="ACTOR", help="Target actor code prefix, country or name.")] = None,
    dyad: Annotated[str | None, typer.Option(metavar="A,B", help="Two countries, both directions: RUS,CHN or China,Japan.")] = None,
    code: Annotated[str | None, typer.Option(metavar="CODE", help="CAMEO code or root, leading zeros kept: 04, 042.")] = None,
    quad: Annotated[int | None, typer.Option(min=1, max=4, metavar="1-4", help="Quad class 1-4.")] = None,
    since: Annotated[str | None, typer.Option(metavar="DATE", help="Events starting on or after this day, month or year (YYYY-MM-DD, YYYY-MM, YYYY).")] = None,
    until: Annotated[str | None, typer.Option(metavar="DATE", help="Events starting on or before this day, or the end of this month or year.")] = None,
    search: Annotated[str | None, typer.Option("--search", "-s", metavar="WORDS", help="Words in the event's sentence.")] = None,
    country: Annotated[str | None, typer.Option(metavar="COUNTRY", help="Where it happened: ISO3 or a country name.")] = None,
    near: Annotated[
        str | None, typer.Option(metavar="LAT,LON[,KM]", help="Within KM (default 100) of a point.")
    ] = None,
    doc: Annotated[str | None, typer.Option(metavar="DOC_ID", help="Only this article's events.")] = None,
    changed_since: Annotated[
        str | None, typer.Option(metavar="TIME", help="Only events stored (added or rewritten) at or after TIME, UTC: YYYY-MM-DD[THH:MM[:SS]][Z|+HH:MM].")
    ] = None,
    merge: Annotated[
        MergeMode, typer.Option(help="none: as each article reported it; gdelt: one per day, dyad, code, negation, modality and place; daily: one per day, dyad and code (Phoenix).")
    ] = MergeMode.NONE,
    limit: Annotated[
        int | None, typer.Option(min=0, metavar="N", help="At most this many (0: all; default: 100 in a table, all in an export).")
    ] = None,
    scope: ScopeOption = EventScope.DYADIC,
    fmt: EventFormatOption = EventFormat.TABLE,
    output: OutputOption = None,
) -> None:
    """Query stored events (by default those with both a source and a target)."""
    state: CliState = ctx.obj
    names = CountryNames(actor_files=state.settings.actor_files)

    def who(value: str | None) -> str | None:
        return None if value is None else actor_filter(value, names=names)

    query = EventQuery(
        actor=who(actor), source=who(source), target=who(target),
        dyad=None if dyad is None else dyad_filter(dyad, names=names),
        code=None if code is None else cameo_code(code), quad_class=quad,
        since=day_bound(since, option="--since", end=False), until=day_bound(until, option="--until", end=True),
        search=search, country=None if country is None else country_code(country, names=names, option="--country"),
        near=None if near is None else near_point(near), doc_id=doc, scope=scope,
        added_since=time_bound(changed_since, option="--changed-since"),
        limit=row_limit(limit, table=fmt is EventFormat.TABLE, default=100),
    )  # fmt: skip
    counts: dict[str, ReportCounts] = {}
    with open_store(state.settings.db_path, mode=AccessMode.READ_ONLY, wait=state.settings.lock_timeout) as store:
        if merge is MergeMode.NONE:
            found = query_events(store, query)
            total = count_events(store, query) if query.limit is not None else len(found)
        else:
            merged = query_merged(store, query, mode=merge)
            total = count_merged(store, query, mode=merge) if query.limit is not None else len(merged)
            found = [m.event for m in merged]
            counts = {m.event.event_id: ReportCounts(m.num_mentions, m.num_sources, m.num_articles, m.first_reported,
                                                     m.last_reported, m.avg_tone, m.event_ids) for m in merged}  # fmt: skip
        doc_ids = tuple({e.doc_id for e in found})
        articles = query_articles(store, ArticleQuery(doc_ids=doc_ids, limit=None)) if doc_ids else []
    info = {a.doc_id: ArticleInfo(a.published, a.url, a.title) for a in articles}
    kind = "events" if merge is MergeMode.NONE else f"merged events ({merge})"
    print_events(state, found, fmt=fmt, output=output, info=info, title=f"{len(found)} of {total} {kind}", counts=counts)


def explain(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(help="An event id from `dyads events`.")],
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="text|json", help="text or json.")] = "text",
) -> None:
    """Show the sentence, the parse around the trigger, the actors and the pattern behind an event."""
    import json

    from dyads.events import explain as explain_event
    from dyads.nlp import load_parser
    from dyads.records.convert import to_plain
    from dyads.store.events import get_event

    state: CliState = ctx.obj
    if fmt not in ("text", "json"):
        fail(f"--format {fmt!r}: use text or json")
    with open_store(state.settings.db_path, mode=AccessMode.READ_ONLY, wait=state.settings.lock_timeout) as store:
        event = get_event(store, event_id)
        if event is None:
            fail(f"event {event_id!r}: not in {state.settings.db_path}")
        assert event is not None
        article = query_articles(store, ArticleQuery(doc_ids=(event.doc_id,), limit=1))[0]
    doc = load_parser(state.settings.model).parse(article.doc_id, article.text)
    explanation = explain_event(event, doc)
    if fmt == "json":
        typer.echo(json.dumps({"event": to_plain(event), "explanation": to_plain(explanation)}, ensure_ascii=False))
        return
    say(state.console, explanation.render(), lines=True)
    facts = [f"  article: {article.doc_id} {article.title or ''} ({article.published or 'undated'})"]
    if event.date:
        facts.append(f"  date: {event.date.start}..{event.date.end} ({event.date.precision}) from {event.date.text!r}")
    if event.location:
        p = event.location
        facts.append(f"  place: {p.name}, {p.country} ({p.lat}, {p.lon}) {p.feature} from {p.text!r}")
    facts += [f"  quantity: {q.value:g} {q.unit} {q.kind}{' per ' + q.rate if q.rate else ''} from {q.text!r}" for q in event.quantities]
    if event.tone:
        facts.append(f"  tone: {event.tone.compound:+.3f} ({event.tone.method})")
    say(state.console, "\n".join(facts), lines=True)
