"""Every failure as JSON ``{"error": "one line"}`` with a 4xx status for what the client sent, and a
503 for a store that is busy, too slow or failing; never a traceback."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from dyads.errors import ConfigError, DyadsError, StoreError
from dyads.server.api.models import ErrorBody
from dyads.server.writer import WriterBusy

_LOG = logging.getLogger("dyads.server")

# What the OpenAPI schema says a route may answer besides 200.
BAD_REQUEST: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "A parameter that is not valid, named with the reason."},
    503: {"model": ErrorBody, "description": "The store is busy, the query ran too long, or the store failed."},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    **BAD_REQUEST,
    404: {"model": ErrorBody, "description": "Nothing with that id in the store."},
}


def error(status: int, message: str, *, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def validation_line(exc: RequestValidationError) -> str:
    """The first problem, as ``where: what`` (``limit: Input should be less than or equal to 500``)."""
    problems = exc.errors()
    if not problems:
        return "the request is not valid"
    first = problems[0]
    where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body"))
    given = first.get("input")
    shown = f" (got {str(given)[:60]!r})" if isinstance(given, str | int | float) and where else ""
    more = f"; and {len(problems) - 1} more" if len(problems) > 1 else ""
    return f"{where or 'request'}: {first.get('msg', 'not valid')}{shown}{more}"


def install(app: FastAPI) -> None:
    async def on_http(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        return error(exc.status_code, str(exc.detail), headers=dict(exc.headers) if exc.headers else None)

    async def on_invalid(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return error(400, validation_line(exc))

    async def on_dyads(request: Request, exc: Exception) -> JSONResponse:
        message = str(exc).removeprefix("--")
        if isinstance(exc, ConfigError):
            return error(400, message)
        if isinstance(exc, WriterBusy):
            return error(429, message, headers={"Retry-After": "5"})
        if isinstance(exc, StoreError):
            return error(503, message, headers={"Retry-After": "5"})
        return error(400, message)

    async def on_other(request: Request, exc: Exception) -> JSONResponse:
        _LOG.exception("unforeseen failure on %s", request.url.path)
        return error(500, f"internal error: {type(exc).__name__}")

    app.add_exception_handler(HTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_invalid)
    app.add_exception_handler(DyadsError, on_dyads)
    app.add_exception_handler(Exception, on_other)
