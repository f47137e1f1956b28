"""`dyads events` (query the store) and `dyads explain EVENT_ID`."""

from __future__ import annotations

from typing import Annotated

import typer

from dyads.cli.coding_cmd import EventFormatOption, OutputOption, ScopeOption, print_events
from dyads.cli.context import CliState, fail, parse_day, row_limit
from dyads.cli.terminal import say
from dyads.export import EventFormat
from dyads.records.event import EventScope
from dyads.store import AccessMode, ArticleQuery, open_store
from dyads.store.articles import query_articles
from dyads.store.events import EventQuery, count_events, query_events


def _near(value: str | None) -> tuple[float, float, float] | None:
    if value is None:
        return None
    try:
        lat, lon, *rest = (float(x) for x in value.split(","))
    except ValueError:
        fail(f"--near {value!r}: give LAT,LON[,KM]")
    return (lat, lon, rest[0] if rest else 100.0)


def events(
    ctx: typer.Context,
    actor: Annotated[str | None, typer.Option(help="Actor code prefix, country or name, either side.")] = None,
    source: Annotated[str | None, typer.Option(help="Source actor code prefix, country or name.")] = None,
    target: Annotated[str | None, typer.Option(help="Target actor code prefix, country or name.")] = None,
    dyad: Annotated[str | None, typer.Option(help="Two countries, both directions: RUS,CHN.")] = None,
    code: Annotated[str | None, typer.Option(help="CAMEO code or root prefix: 04, 042.")] = None,
    quad: Annotated[int | None, typer.Option(min=1, max=4, help="Quad class 1-4.")] = None,
    since: Annotated[str | None, typer.Option(help="Events on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before YYYY-MM-DD.")] = None,
    search: Annotated[str | None, typer.Option("--search", "-s", help="Words in the event's sentence.")] = None,
    country: Annotated[str | None, typer.Option(help="Where it happened (ISO3).")] = None,
    near: Annotated[str | None, typer.Option(help="LAT,LON[,KM]: within KM (default 100) of a point.")] = None,
    doc: Annotated[str | None, typer.Option(help="Only this article's events.")] = None,
    limit: Annotated[
        int | None, typer.Option(min=0, help="At most this many (0: all; default: 100 in a table, all in an export).")
    ] = None,
    scope: ScopeOption = EventScope.DYADIC,
    fmt: EventFormatOption = EventFormat.TABLE,
    output: OutputOption = None,
) -> None:
    """Query stored events (by default those with both a source and a target)."""
    state: CliState = ctx.obj
    pair = None
    if dyad:
        parts = [p.strip() for p in dyad.split(",") if p.strip()]
        if len(parts) != 2:
            fail(f"--dyad {dyad!r}: give two actors, e.g. RUS,CHN")
        pair = (parts[0], parts[1])
    query = EventQuery(
        actor=actor, source=source, target=target, dyad=pair, code=code, quad_class=quad,
        since=parse_day(since, option="--since"), until=parse_day(until, option="--until"),
        search=search, country=country, near=_near(near), doc_id=doc, scope=scope,
        limit=row_limit(limit, table=fmt is EventFormat.TABLE, default=100),
    )  # fmt: skip
    with open_store(state.settings.db_path, mode=AccessMode.READ_ONLY, wait=state.settings.lock_timeout) as store:
        found = query_events(store, query)
        total = count_events(store, query) if query.limit is not None else len(found)
        doc_ids = tuple({e.doc_id for e in found})
        articles = query_articles(store, ArticleQuery(doc_ids=doc_ids, limit=None)) if doc_ids else []
    info = {a.doc_id: (a.published, a.url) for a in articles}
    print_events(state, found, fmt=fmt, output=output, info=info, title=f"{len(found)} of {total} events")


def explain(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(help="An event id from `dyads events`.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
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
