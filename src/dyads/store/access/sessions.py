"""Short writer sessions: open, write one batch, close, and leave a gap for readers.

A reader waiting for the file lock polls every few milliseconds
(:mod:`dyads.store.access.connection`); after each session the writer sleeps
:data:`READER_TURN_SECONDS` so that a waiting reader gets in even when the
next batch is ready at once (text-only ingest of JSON Lines).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dyads.store.access.connection import Store, open_store
from dyads.store.access.locking import DEFAULT_WAIT_SECONDS

READER_TURN_SECONDS = 0.03


@contextmanager
def writer_session(path: Path, *, wait: float = DEFAULT_WAIT_SECONDS) -> Iterator[Store]:
    with open_store(path, wait=wait) as store:
        yield store
    time.sleep(READER_TURN_SECONDS)
