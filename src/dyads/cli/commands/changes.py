"""`dyads retract ID --reason TEXT` and `dyads changes --since TIME`: the living dataset."""

from __future__ import annotations

from typing import Annotated

import typer

from dyads.cli.context import CliState
from dyads.cli.output import Format, emit
from dyads.cli.terminal import say
from dyads.errors import ConfigError
from dyads.store import AccessMode, open_store
from dyads.store.access.locking import WriterLock
from dyads.store.filters import time_bound
from dyads.store.living.changes import changes_since, retract_article

_COLUMNS = ("at", "change", "doc_id", "removed", "reason")


def retract(
    ctx: typer.Context,
    doc_id: Annotated[str, typer.Argument(metavar="DOC_ID", help="The id of a stored article.")],
    reason: Annotated[str, typer.Option(metavar="TEXT", help="Why (kept with the retraction).")],
) -> None:
    """Remove an article's events and mark it retracted; ingesting it again leaves it retracted
    unless `--on-change revive`."""
    state: CliState = ctx.obj
    if not reason.strip():
        raise ConfigError("--reason: say why the article is retracted")
    db = state.settings.db_path
    with WriterLock(db), open_store(db, wait=state.settings.lock_timeout) as store, store.transaction():
        done = retract_article(store, doc_id, reason=reason.strip())
    if done.already:
        say(state.errors, f"{db}: article {doc_id!r} was already retracted at {done.at:%Y-%m-%d %H:%M:%S} UTC; nothing changed")
    else:
        say(state.errors, f"{db}: article {doc_id!r} retracted, {done.events_removed} events removed")


def changes(
    ctx: typer.Context,
    since: Annotated[
        str | None, typer.Option(metavar="TIME", help="Changes at or after TIME, UTC: YYYY-MM-DD[THH:MM[:SS]][Z|+HH:MM] (default: all).")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table, jsonl (with every removed event id) or csv.")] = Format.TABLE,
) -> None:
    """What changed in the store: articles added, replaced, revived and retracted, and the ids of the
    events each change removed (events added since: `dyads events --changed-since TIME`)."""
    state: CliState = ctx.obj
    bound = time_bound(since, option="--since")
    with open_store(state.settings.db_path, mode=AccessMode.READ_ONLY, wait=state.settings.lock_timeout) as store:
        found = changes_since(store, bound)
    rows = [
        {"at": c.at.isoformat(sep=" ", timespec="seconds"), "change": c.kind.value, "doc_id": c.doc_id,
         "removed": len(c.removed_events), "reason": c.reason}
        for c in found
    ]  # fmt: skip
    records = [
        {"at": c.at.isoformat(), "change": c.kind.value, "doc_id": c.doc_id, "old_hash": c.old_hash,
         "new_hash": c.new_hash, "reason": c.reason, "removed_events": list(c.removed_events)}
        for c in found
    ]  # fmt: skip
    emit(rows, fmt=fmt, columns=_COLUMNS, console=state.console, records=records, title=f"{len(found)} changes")
