"""Holding Ctrl-C back while the store is in use for a batch.

A Ctrl-C that lands between a batch's COMMIT and the count of what was stored
would make "N articles stored before it are kept" one short, and one that lands
inside a DuckDB call makes DuckDB abandon the query with an error of its own.
While a batch is planned, written and counted, SIGINT only sets a flag (in the
main thread, where Python takes signals); a Ctrl-C pressed meanwhile becomes a
KeyboardInterrupt the moment the store is closed and the count is right.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


@contextmanager
def interrupts_held() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGINT)
    if previous is signal.SIG_IGN or previous is None:
        yield
        return
    caught: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        caught.append(signum)

    signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt
