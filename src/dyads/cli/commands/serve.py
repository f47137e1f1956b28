"""`dyads serve`: the HTTP API and the web explorer over the store (read-only unless given a token)."""

from __future__ import annotations

from typing import Annotated

import typer

from dyads.cli.context import CliState
from dyads.cli.terminal import say
from dyads.server.settings import (
    DEFAULT_HOST,
    DEFAULT_PORT,
    MAX_BODY_BYTES,
    MEMORY_LIMIT,
    QUERY_SECONDS,
    ServerSettings,
    write_token,
)


def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(metavar="HOST", help="Address to listen on (loopback unless told otherwise).")] = DEFAULT_HOST,
    port: Annotated[int, typer.Option(min=0, max=65535, metavar="PORT", help="Port to listen on.")] = DEFAULT_PORT,
    token: Annotated[
        str | None,
        typer.Option("--write-token", metavar="TOKEN", help="Accept POST /api/articles with this bearer token (or $DYADS_WRITE_TOKEN); without it the server only reads."),
    ] = None,
    cors_origin: Annotated[
        list[str] | None, typer.Option("--cors-origin", metavar="ORIGIN", help="Let pages of this origin read the API (repeatable; default none).")
    ] = None,
    allowed_host: Annotated[
        list[str] | None, typer.Option("--allowed-host", metavar="NAME", help="A Host name to answer beyond the loopback names (behind a proxy; repeatable).")
    ] = None,
    max_body: Annotated[int, typer.Option(min=1024, metavar="BYTES", help="Largest request body.")] = MAX_BODY_BYTES,
    query_seconds: Annotated[float, typer.Option(min=0.1, metavar="SECONDS", help="A query running longer is stopped (503).")] = QUERY_SECONDS,
    memory_limit: Annotated[str, typer.Option(metavar="SIZE", help="DuckDB's memory limit (512MB, 2GB).")] = MEMORY_LIMIT,
) -> None:
    """Serve the JSON API (/api, documented at /api/openapi.json) and the explorer (/)."""
    import uvicorn

    from dyads.server.access import StoreAccess
    from dyads.server.app import create_app

    state: CliState = ctx.obj
    settings = ServerSettings(
        settings=state.settings, host=host, port=port, write_token=write_token(token),
        cors_origins=tuple(cors_origin or ()), allowed_hosts=tuple(allowed_host or ()), max_body_bytes=max_body,
        query_seconds=query_seconds, memory_limit=memory_limit,
    )  # fmt: skip
    access = StoreAccess(settings)
    access.open()  # a missing, busy, foreign or damaged store is one line before anything listens
    mode = "read-write (POST /api/articles with the token)" if settings.writable else "read-only"
    shown = f"[{host}]" if ":" in host else host
    say(state.errors, f"serving {settings.db_path} {mode} at http://{shown}:{port}/ (API: /api, schema: /api/openapi.json)")
    uvicorn.run(create_app(settings, access=access), host=host, port=port, log_level="warning", server_header=False,
                timeout_graceful_shutdown=5)  # fmt: skip
