"""`dyads ingest --server URL`: read here, post to the server in batches, report as a local ingest does."""

from __future__ import annotations

import os
from collections.abc import Iterator
from itertools import islice

import typer

from dyads.cli.context import CliState
from dyads.cli.terminal import say
from dyads.errors import InputError
from dyads.ingest import InputNote, ReadOptions, read_inputs
from dyads.records.article import Article
from dyads.server.client import post_batch


def ingest_remote(
    state: CliState, paths: list[str], *, server: str, token: str | None, options: ReadOptions, batch_size: int,
    stage: str,
) -> None:
    """Batches of ``batch_size`` articles, each coded and committed by the server before the next."""
    token = token if token is not None else os.environ.get("DYADS_WRITE_TOKEN")
    counts = {"read": 0, "added": 0, "duplicates": 0, "failed": 0, "events": 0, "notes": 0}

    def articles() -> Iterator[Article]:
        for item in read_inputs(paths, options=options):
            if isinstance(item, InputError):
                counts["failed"] += 1
                say(state.errors, f"error: {item}")
            elif isinstance(item, InputNote):
                counts["notes"] += 1
                say(state.errors, f"note: {item}")
            else:
                yield item

    stream = articles()
    while batch := list(islice(stream, batch_size)):
        result = post_batch(server, batch, token=token, stage=stage)
        for line in result.errors:
            say(state.errors, f"error: {line}")
        for line in result.notes:
            say(state.errors, f"note: {line}")
        for name in ("read", "added", "duplicates", "failed", "events"):
            counts[name] += getattr(result, name)
        counts["notes"] += len(result.notes)
    parts = [f"{counts['read']} read", f"{counts['added']} added", f"{counts['duplicates']} already stored"]
    if counts["events"]:
        parts.append(f"{counts['events']} events")
    if counts["notes"]:
        parts.append(f"{counts['notes']} notes")
    parts.append(f"{counts['failed']} failed")
    say(state.errors, f"{server}: {', '.join(parts)}")
    if counts["failed"] or counts["notes"]:
        raise typer.Exit(1)
