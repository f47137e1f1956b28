"""Fetching a feed over HTTP with a conditional request (``If-None-Match`` / ``If-Modified-Since``).

A feed that answers ``304 Not Modified`` costs one round trip and no parsing.  Every way a fetch can
fail (no answer, a refused connection, an HTTP error, a body over the size limit) is one
:class:`~dyads.errors.InputError` naming the URL and the reason.
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from dataclasses import dataclass

from dyads import __version__
from dyads.errors import InputError

DEFAULT_TIMEOUT_SECONDS = 20.0


@dataclass(frozen=True, slots=True)
class Validators:
    """What a server said identifies the version it sent (sent back to ask "changed since?")."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    validators: Validators
    body: bytes | None  # None: not modified since the validators sent

    @property
    def modified(self) -> bool:
        return self.body is not None


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def fetch(
    url: str, *, validators: Validators = Validators(), max_bytes: int, timeout: float = DEFAULT_TIMEOUT_SECONDS
) -> Fetched:
    """GET ``url``, conditionally on ``validators``; raises :class:`InputError` when it fails."""
    headers = {"User-Agent": f"dyads/{__version__}", "Accept": "application/rss+xml, application/atom+xml, */*"}
    if validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http(s) only: is_url)
            body = response.read(max_bytes + 1)
            answer = Validators(response.headers.get("ETag"), response.headers.get("Last-Modified"))
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(url, validators, None)
        raise InputError(url, f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise InputError(url, f"cannot be fetched ({exc.reason})") from None
    except (TimeoutError, OSError, http.client.HTTPException) as exc:  # a read that times out, a connection reset mid-body
        raise InputError(url, f"cannot be fetched ({type(exc).__name__}: {exc})") from None
    if len(body) > max_bytes:
        raise InputError(url, f"larger than {max_bytes} bytes; not read")
    return Fetched(url, answer, body)
