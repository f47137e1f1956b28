"""Reading inputs for commands that code without storing."""

from __future__ import annotations

import typer

from dyads.cli.context import CliState
from dyads.cli.terminal import say
from dyads.errors import InputError
from dyads.ingest import InputNote, ReadOptions, read_inputs
from dyads.records.article import Article


def read_articles(paths: list[str], *, state: CliState) -> tuple[list[Article], int]:
    """Every readable article; bad inputs are reported one line each and counted, notes shown."""
    options = ReadOptions(
        max_bytes=state.settings.max_bytes, fields=state.settings.fields, stdin=typer.get_binary_stream("stdin")
    )
    articles: list[Article] = []
    failed = 0
    for item in read_inputs(paths, options=options):
        if isinstance(item, InputError):
            failed += 1
            say(state.errors, f"error: {item}")
        elif isinstance(item, InputNote):
            say(state.errors, f"note: {item}")
        else:
            articles.append(item)
    return articles, failed
