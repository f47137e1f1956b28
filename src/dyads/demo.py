"""`make demo`: ingest the bundled example articles into ./demo.duckdb and show them, then their
main relations and one plot (./demo_japan_korea.png).

Every step is an ordinary `dyads` command, printed before it runs, so the demo
doubles as a tour of the command line.
"""

from __future__ import annotations

import shlex
from importlib import resources
from pathlib import Path

from rich.console import Console

from dyads.cli.app import app

DEMO_DB = Path("demo.duckdb")
DEMO_PLOT = Path("demo_japan_korea.png")


def _run(console: Console, args: list[str]) -> int:
    console.rule(f"[bold]$ dyads {shlex.join(args)}")
    try:
        app(args, prog_name="dyads", standalone_mode=False)
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def _first_event(path: Path) -> str | None:
    from dyads.store import AccessMode, open_store
    from dyads.store.events import EventQuery, query_events

    with open_store(path, mode=AccessMode.READ_ONLY) as store:
        found = query_events(store, EventQuery(code="114", limit=1)) or query_events(store, EventQuery(limit=1))
    return found[0].event_id if found else None


def main() -> None:
    console = Console()
    examples = resources.files("dyads") / "examples"
    with resources.as_file(examples) as folder:
        for suffix in ("", ".wal"):
            Path(f"{DEMO_DB}{suffix}").unlink(missing_ok=True)
        db = ["--db", str(DEMO_DB)]
        steps = [
            [*db, "ingest", str(folder)],
            [*db, "ingest", str(folder)],  # again: adds nothing
            [*db, "stats"],
            [*db, "articles", "--limit", "20"],
            [*db, "articles", "--search", "ambassador", "--format", "jsonl", "--limit", "1"],
            [*db, "events", "--dyad", "JPN,KOR", "--limit", "15"],
            [*db, "events", "--code", "04", "--limit", "10"],
            [*db, "events", "--actor", "CHN", "--format", "plover", "--limit", "2"],
        ]
        for step in steps:
            status = _run(console, step)
            if status not in (0, None):
                raise SystemExit(status)
        first = _first_event(DEMO_DB)
        if first:
            _run(console, [*db, "explain", first])
        # the main relations of the example articles, and one picture
        for step in (
            [*db, "network"],
            [*db, "partners", "China"],
            [*db, "relations", "Japan", "South Korea", "--both-ways", "--by", "week"],
            [*db, "plot", "dyad", "Japan", "South Korea", "--by", "week", "-o", str(DEMO_PLOT)],
        ):
            status = _run(console, step)
            if status not in (0, None):
                raise SystemExit(status)
    console.print(f"\nThe demo store is {DEMO_DB.resolve()}, the plot {DEMO_PLOT.resolve()};"
                  f" try `.venv/bin/dyads --db {DEMO_DB} --help`.")
    console.print(
        f"Open the explorer: run `.venv/bin/dyads --db {DEMO_DB} serve` and browse http://127.0.0.1:8000/"
        " (the JSON API is under /api, its schema at /api/openapi.json; Ctrl-C stops it).",
        highlight=False,
    )


if __name__ == "__main__":
    main()
