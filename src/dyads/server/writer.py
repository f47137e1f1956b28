"""The server's one writer: a thread that ingests posted articles, one request after another.

Requests wait for their own batch (coded, written in one transaction,
committed) and get its summary; readers go on meanwhile on their own cursors.
At most :data:`MAX_PENDING` requests queue; one more is told to retry later.
The coding resources (spaCy model, knowledge base, patterns) are loaded by the
writer thread on the first request that codes, once.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum

from dyads.errors import DyadsError, InputError
from dyads.ingest import InputNote
from dyads.pipeline.coding import event_coder
from dyads.pipeline.ingest import Coder, IngestSummary, ingest_items
from dyads.pipeline.resources import Stage, load_resources
from dyads.records.article import Article
from dyads.server.access import StoreAccess
from dyads.store import AccessMode, Store

MAX_PENDING = 8


class IngestStage(StrEnum):
    ARTICLES = "articles"  # store the text only
    EVENTS = "events"  # code and store the events too


class WriterBusy(DyadsError):
    """Too many ingest requests are waiting already."""


@dataclass(frozen=True, slots=True)
class IngestJob:
    items: tuple[Article | InputError | InputNote, ...]
    stage: IngestStage


class Writer:
    """The single writer thread of a server whose store is open read-write."""

    def __init__(self, access: StoreAccess) -> None:
        self._access = access
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dyads-writer")
        self._pending = 0
        self._guard = threading.Lock()
        self._coder: Coder | None = None
        self._store: Store | None = None

    def submit(self, items: Sequence[Article | InputError | InputNote], *, stage: IngestStage) -> Future[IngestSummary]:
        with self._guard:
            if self._pending >= MAX_PENDING:
                raise WriterBusy(f"{self._pending} ingest requests are waiting already; retry shortly")
            self._pending += 1
        try:
            future = self._pool.submit(self._run, IngestJob(tuple(items), stage))
        except RuntimeError as exc:  # shutting down
            self._done()
            raise WriterBusy("the server is stopping") from exc
        future.add_done_callback(lambda _: self._done())
        return future

    def _done(self) -> None:
        with self._guard:
            self._pending -= 1

    def _run(self, job: IngestJob) -> IngestSummary:
        if self._store is None:
            self._store = self._access.cursor(mode=AccessMode.READ_WRITE)
        coder = self._events_coder() if job.stage is IngestStage.EVENTS else None
        return ingest_items(job.items, store=self._store, coder=coder, batch_size=max(len(job.items), 1))

    def _events_coder(self) -> Coder:
        if self._coder is None:
            self._coder = event_coder(load_resources(self._access.settings.settings, upto=Stage.ATTRIBUTES))
        return self._coder

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        if self._store is not None:
            self._store._close_quietly()
            self._store = None
