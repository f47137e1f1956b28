"""The app factory: the API under ``/api``, the explorer at ``/``, the safety layers around both."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from dyads import __version__
from dyads.server.access import StoreAccess
from dyads.server.api import actors, articles, errors, events, stats, writes
from dyads.server.security import BodyLimit, SecurityHeaders
from dyads.server.services import Services
from dyads.server.settings import ServerSettings
from dyads.server.writer import Writer

STATIC = Path(__file__).resolve().parent / "web" / "static"

_DESCRIPTION = """Event data from international news, read-only unless the server was started with a
write token. Listings page by `cursor` (pass back `next_cursor`); every failure is
`{"error": "one line"}` with a 4xx status for a bad parameter. The explorer at `/` reads only this API."""


def create_app(settings: ServerSettings, *, access: StoreAccess | None = None) -> FastAPI:
    """The server's app. ``access`` may be opened already (``dyads serve`` opens it first, so that a
    missing or busy store is one line before anything listens); otherwise it opens at start-up."""
    given = access or StoreAccess(settings)
    svc = Services(settings=settings, access=given)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if not given.is_open:
            given.open()
        svc.writer = Writer(given) if settings.writable else None
        try:
            yield
        finally:
            if svc.writer is not None:
                svc.writer.close()
            given.close()

    app = FastAPI(
        title="dyads", version=__version__, description=_DESCRIPTION, lifespan=lifespan,
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
    )  # fmt: skip
    app.state.services = svc
    errors.install(app)
    for module in (articles, events, actors, stats, writes):
        app.include_router(module.router, prefix="/api")
    _add_analysis(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def explorer() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    # outermost last: hosts are checked first, every answer (errors included) gets the headers
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET"],
                           allow_credentials=False)  # fmt: skip
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.trusted_hosts()))
    app.add_middleware(SecurityHeaders)
    return app


def _add_analysis(app: FastAPI) -> None:
    from dyads.server.api import analysis

    app.include_router(analysis.router, prefix="/api")
