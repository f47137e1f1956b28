"""What a running server is told: its store, its address, its limits, and the write token."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from dyads.errors import ConfigError
from dyads.settings import Settings

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
MAX_PAGE = 500  # the largest page any listing returns
DEFAULT_PAGE = 50
MAX_BODY_BYTES = 8 * 1024 * 1024  # the largest request body (POST /api/articles)
MAX_ARTICLES_PER_POST = 200
QUERY_SECONDS = 10.0  # a query still running after this is interrupted (503)
MEMORY_LIMIT = "1GB"  # DuckDB's memory limit for the whole process
TOKEN_MIN_LENGTH = 16


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """``write_token`` None: read-only (no write route accepts anything).  ``cors_origins`` empty: no
    CORS headers at all (browsers keep other sites' pages from reading the API)."""

    settings: Settings = field(default_factory=Settings)
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    write_token: str | None = None
    cors_origins: tuple[str, ...] = ()
    allowed_hosts: tuple[str, ...] = ()  # Host header values accepted beyond the loopback names and --host
    max_body_bytes: int = MAX_BODY_BYTES
    query_seconds: float = QUERY_SECONDS
    memory_limit: str = MEMORY_LIMIT

    @property
    def db_path(self) -> Path:
        return self.settings.db_path

    @property
    def writable(self) -> bool:
        return self.write_token is not None

    def trusted_hosts(self) -> tuple[str, ...]:
        """Host header values served: the loopback names, the bound host, and those given. Others get
        400, so that a page elsewhere cannot reach this server by rebinding its own name to 127.0.0.1."""
        hosts = {"127.0.0.1", "localhost", "::1", "[::1]", "testserver", *self.allowed_hosts}
        if self.host not in ("0.0.0.0", "::"):
            hosts.add(self.host)
        return tuple(sorted(hosts))


def write_token(given: str | None) -> str | None:
    """The write token from ``--write-token`` or ``$DYADS_WRITE_TOKEN``; a short one is refused."""
    token = given if given is not None else os.environ.get("DYADS_WRITE_TOKEN")
    if token is None or token == "":
        return None
    if len(token) < TOKEN_MIN_LENGTH or token.strip() != token:
        raise ConfigError(
            f"write token: at least {TOKEN_MIN_LENGTH} characters without surrounding spaces"
            " (make one with `python -c 'import secrets; print(secrets.token_urlsafe())'`)"
        )
    return token
