"""``POST /api/articles``: ingest and code new articles, only with the write token.

The articles are read as ``dyads ingest`` reads a JSON Lines record (the same
normalisation, dates and ids), then handed to the server's one writer thread;
the request waits for its batch to be committed and answers its summary.
"""

from __future__ import annotations

import dataclasses
import hmac
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException

from dyads.errors import InputError
from dyads.ingest import InputNote
from dyads.ingest.formats.records import article_from_record
from dyads.ingest.text.normalise import normalise_line
from dyads.records.article import Article
from dyads.server.api.errors import BAD_REQUEST
from dyads.server.api.models import ErrorBody, IngestResult, PostArticles
from dyads.server.services import Services, services
from dyads.settings import FieldMap

router = APIRouter(tags=["ingest"])

WRITE_ERRORS = {
    **BAD_REQUEST,
    401: {"model": ErrorBody, "description": "No write token, or not the right one."},
    403: {"model": ErrorBody, "description": "This server is read-only (started without a write token)."},
    413: {"model": ErrorBody, "description": "The request body is larger than the server accepts."},
    429: {"model": ErrorBody, "description": "Too many ingest requests are waiting; retry after a few seconds."},
}


def require_token(
    svc: Annotated[Services, Depends(services)],
    authorization: Annotated[str | None, Header(description="Bearer WRITE_TOKEN")] = None,
) -> None:
    """The write token, compared in constant time; a read-only server accepts no writes at all."""
    expected = svc.settings.write_token
    if expected is None or svc.writer is None:
        raise HTTPException(403, "this server is read-only: start it with --write-token (or $DYADS_WRITE_TOKEN) to ingest")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "write token missing or wrong: send `Authorization: Bearer TOKEN`",
                            headers={"WWW-Authenticate": "Bearer"})  # fmt: skip


def posted_items(body: PostArticles) -> list[Article | InputError | InputNote]:
    """Each posted article read as a JSON Lines record is; named by its ``origin``, else ``request:N``."""
    items: list[Article | InputError | InputNote] = []
    for number, posted in enumerate(body.articles, start=1):
        record = posted.model_dump(exclude={"byline", "origin"})
        origin = normalise_line(posted.origin or "") or f"request:{number}"
        for item in article_from_record(record, fields=FieldMap(), origin=origin):
            if isinstance(item, Article) and posted.byline:
                item = dataclasses.replace(item, byline=normalise_line(posted.byline) or None)
            items.append(item)
    return items


@router.post(
    "/articles", response_model=IngestResult, responses=WRITE_ERRORS, dependencies=[Depends(require_token)],
    summary="Ingest and code articles (needs the write token)",
)  # fmt: skip
def post_articles(svc: Annotated[Services, Depends(services)], body: PostArticles) -> IngestResult:
    """Store the articles not stored yet (by content hash) and code their events, in one
    transaction; readers keep being served meanwhile. Bad articles are listed in `errors`, the
    others are stored."""
    assert svc.writer is not None  # require_token refused a read-only server
    summary = svc.writer.submit(posted_items(body), stage=body.stage).result()
    return IngestResult(
        read=summary.read, added=summary.added, duplicates=summary.duplicates, failed=summary.failed,
        events=summary.events, errors=list(summary.errors), notes=list(summary.notes), line=summary.line(),
    )  # fmt: skip
