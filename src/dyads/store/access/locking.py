"""Who may hold the store, and for how long a command waits for it.

DuckDB lets one process open a file read-write, or any number read-only, never
both.  dyads keeps writers short: an ingest opens the store for each batch only
(plan, write, commit, close: well under a second) and codes with the store
closed, so readers get their turn between batches.  Readers and each batch of a
writer wait for the file lock, up to a timeout, instead of failing at once.

A whole ingest (or migrate) also holds the *writer lock*, an advisory ``flock``
on ``<store>.lock`` taken before any model is loaded, so that a second writer
is refused at once with one line naming the first.  The kernel drops the lock
when its process dies, SIGKILL included, so no stale lock ever needs clearing.
"""

from __future__ import annotations

import fcntl
import os
import re
from pathlib import Path
from types import TracebackType

from dyads.errors import StoreBusy, StoreError

DEFAULT_WAIT_SECONDS = 30.0
_PID = re.compile(r"\(PID (\d+)\)")


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".lock")


def side_files(store_path: Path) -> frozenset[Path]:
    """The store, its write-ahead log and its writer lock, resolved: never read as inputs."""
    base = store_path.resolve()
    return frozenset({base, base.with_name(base.name + ".wal"), lock_path(base)})


class WriterLock:
    """The one-writer lock of a store: ``with WriterLock(path):`` or :class:`StoreBusy`."""

    def __init__(self, store_path: Path) -> None:
        self.store_path = store_path
        self._fd: int | None = None

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()

    def acquire(self) -> None:
        path = lock_path(self.store_path)
        if self.store_path.is_dir():
            raise StoreError(f"{self.store_path}: is a directory, not a store file")
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"{self.store_path}: cannot write beside the store ({exc.strerror or exc})") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _read_pid(fd)
            os.close(fd)
            who = f"dyads process (PID {pid})" if pid else "dyads process"
            raise StoreBusy(f"{self.store_path}: another {who} is writing to it; one writer at a time") from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock; the file stays, harmlessly
            self._fd = None


def writer_pid(store_path: Path) -> int | None:
    """The PID of the process holding the writer lock, or None when nobody holds it."""
    path = lock_path(store_path)
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _read_pid(fd) or -1
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


def busy_message(store_path: Path, duckdb_reason: str, *, read_only: bool, waited: float) -> str:
    """One line saying who holds the store: the writer, or a reader."""
    writer = writer_pid(store_path)
    pid_match = _PID.search(duckdb_reason)
    pid = pid_match.group(1) if pid_match else "?"
    if "read-only mode" in duckdb_reason:  # DuckDB says so when the holder only reads
        holder = f"process {pid} is reading it"
    elif writer:
        holder = f"an ingest (PID {writer if writer > 0 else pid}) is writing to it"
    else:
        holder = f"process {pid} has it open for writing"
    action = "read" if read_only else "write"
    return f"{store_path}: busy: {holder}; gave up waiting to {action} after {waited:g} s (DYADS_LOCK_TIMEOUT)"


def _read_pid(fd: int) -> int | None:
    try:
        raw = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(raw) if raw.isdigit() else None
