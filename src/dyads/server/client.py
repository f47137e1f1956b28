"""``dyads ingest --server URL``: post articles read here to a running server, in batches.

The server owns the store (one writer, see :mod:`dyads.server.access`), so a
second process never opens it: it sends what it read, and the server codes and
stores each batch in one transaction while it goes on answering readers.
Standard library only (``urllib``): the client needs nothing the CLI does not.
"""

from __future__ import annotations

import json
import re
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass

from dyads.errors import ConfigError, StoreBusy, StoreError
from dyads.records.article import Article

_RETRIES = 12  # a server with a full queue says 429: wait and try again, this many times


@dataclass(frozen=True, slots=True)
class BatchResult:
    read: int
    added: int
    duplicates: int
    failed: int
    events: int
    errors: tuple[str, ...]
    notes: tuple[str, ...]


def posted(article: Article) -> dict[str, object]:
    """An article as the server's POST body takes it (the fields of a JSON Lines record)."""
    return {
        "id": article.doc_id, "title": article.title, "text": article.text, "url": article.url,
        "date": article.published.isoformat() if article.published else None, "source": article.outlet,
        "byline": article.byline, "origin": article.origin,
    }  # fmt: skip


def endpoint(server: str) -> str:
    url = server.strip().rstrip("/")
    if not re.match(r"https?://[^/\s]+", url):
        raise ConfigError(f"--server {server!r}: give the server's address, e.g. http://127.0.0.1:8000")
    return url + "/api/articles"


def post_batch(server: str, articles: Sequence[Article], *, token: str | None, stage: str, timeout: float = 900.0) -> BatchResult:
    """Post one batch and wait for the server to code and commit it; its errors name the local inputs."""
    body = json.dumps({"articles": [posted(a) for a in articles], "stage": stage}, ensure_ascii=False).encode()
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    url = endpoint(server)
    for attempt in range(_RETRIES + 1):
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310 (http and https only)
                found = json.loads(answer.read())
            break
        except urllib.error.HTTPError as exc:
            message = _error_line(exc)
            if exc.code == 429 and attempt < _RETRIES:
                time.sleep(min(2.0 * (attempt + 1), 10.0))
                continue
            if exc.code in (401, 403, 413):
                raise ConfigError(f"{server}: {message}") from None
            if exc.code == 429:
                raise StoreBusy(f"{server}: {message}") from None
            raise StoreError(f"{server}: HTTP {exc.code}: {message}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{server}: cannot reach the server ({reason})") from None
    return BatchResult(found["read"], found["added"], found["duplicates"], found["failed"], found["events"],
                       tuple(found["errors"]), tuple(found["notes"]))  # fmt: skip


def _error_line(exc: urllib.error.HTTPError) -> str:
    try:
        found = json.loads(exc.read())
        return str(found.get("error", exc.reason))
    except (ValueError, AttributeError, OSError):
        return str(exc.reason)
