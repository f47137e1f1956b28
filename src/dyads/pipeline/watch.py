"""Feeds and folders as they land: poll each source, ingest and code what is new, again and again.

A poll visits every source in turn.  A feed (an ``http(s)`` URL) is fetched with the validators its
server sent last time, so an unchanged feed is a ``304`` and nothing more; a folder is listed and only
files that are new, or whose size or modification time changed, are read.  What a source brings goes
through :func:`dyads.pipeline.ingest.ingest_items` (short writer sessions, whole articles or nothing),
with ``on_change`` (``replace`` for feeds, which update their stories) deciding what a changed story
does.  The source's state (:mod:`dyads.store.living.feed_state`) is saved after its articles are committed.

A source that is down, answers an error, or sends a malformed feed is one line for that poll and the
poll goes on; a malformed feed keeps its old validators so that the next poll reads it again.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from dyads.errors import InputError, Interrupted
from dyads.ingest import InputNote, ReadOptions, read_inputs
from dyads.ingest.fetch import DEFAULT_TIMEOUT_SECONDS, Fetched, Validators, fetch, is_url
from dyads.ingest.sources import read_payload
from dyads.pipeline.ingest import Coder, IngestSummary, StoreOpener, ingest_items
from dyads.pipeline.interrupts import interrupts_held
from dyads.records.article import Article
from dyads.store.articles import OnChange
from dyads.store.clock import utc_now
from dyads.store.living.feed_state import SourceKind, SourceState, save_states, source_states

Fetcher = Callable[..., Fetched]


@dataclass(frozen=True, slots=True)
class PollSummary:
    number: int
    sources: int = 0
    not_modified: int = 0
    down: int = 0  # sources that could not be fetched or listed
    read: int = 0
    added: int = 0
    replaced: int = 0
    events: int = 0
    failed: int = 0  # inputs and articles that could not be read or coded

    @property
    def ok(self) -> bool:
        return self.down == 0 and self.failed == 0

    def line(self) -> str:
        parts = [f"poll {self.number}: {self.sources} sources"]
        if self.not_modified:
            parts.append(f"{self.not_modified} not modified")
        if self.down:
            parts.append(f"{self.down} down")
        parts.append(f"{self.read} read")
        parts.append(f"{self.added} added" + (f" ({self.replaced} replacing a stored version)" if self.replaced else ""))
        if self.events:
            parts.append(f"{self.events} events")
        parts.append(f"{self.failed} failed")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class WatchOptions:
    read: ReadOptions
    coder: Coder | None = None
    on_change: OnChange = OnChange.REPLACE
    batch_size: int = 200
    timeout: float = DEFAULT_TIMEOUT_SECONDS


def poll(
    sources: Sequence[str],
    *,
    store: StoreOpener,
    options: WatchOptions,
    number: int = 1,
    on_line: Callable[[str], None] = lambda _line: None,
    fetcher: Fetcher = fetch,
) -> PollSummary:
    """One pass over every source; each failure is one line to ``on_line``."""
    with interrupts_held(), store() as session:
        states = source_states(session)
    total = PollSummary(number, sources=len(sources))
    for source in sources:
        if is_url(source):
            total = _add(total, _poll_feed(source, states.get(source), store=store, options=options,
                                           on_line=on_line, fetcher=fetcher))  # fmt: skip
        else:
            total = _add(total, _poll_folder(Path(source), states, store=store, options=options, on_line=on_line))
    return total


def watch(
    sources: Sequence[str],
    *,
    store: StoreOpener,
    options: WatchOptions,
    interval: float,
    once: bool = False,
    on_line: Callable[[str], None] = lambda _line: None,
    on_poll: Callable[[PollSummary], None] = lambda _summary: None,
    fetcher: Fetcher = fetch,
    sleep: Callable[[float], None] = time.sleep,
) -> list[PollSummary]:
    """Poll every ``interval`` seconds until interrupted (or once); returns each poll's summary."""
    done: list[PollSummary] = []
    try:
        while True:
            summary = poll(sources, store=store, options=options, number=len(done) + 1, on_line=on_line, fetcher=fetcher)
            done.append(summary)
            on_poll(summary)
            if once:
                return done
            sleep(interval)
    except KeyboardInterrupt:
        added = sum(s.added for s in done)
        raise Interrupted(f"interrupted after {len(done)} polls: {added} articles stored are kept") from None


def _add(total: PollSummary, part: PollSummary) -> PollSummary:
    return replace(
        total, not_modified=total.not_modified + part.not_modified, down=total.down + part.down,
        read=total.read + part.read, added=total.added + part.added, replaced=total.replaced + part.replaced,
        events=total.events + part.events, failed=total.failed + part.failed,
    )  # fmt: skip


def _ingest(items: list[Article | InputError | InputNote], *, store: StoreOpener, options: WatchOptions,
            on_line: Callable[[str], None]) -> IngestSummary:  # fmt: skip
    return ingest_items(
        items, store=store, coder=options.coder, batch_size=options.batch_size, on_change=options.on_change,
        on_error=lambda m: on_line(f"error: {m}"), on_note=lambda m: on_line(f"note: {m}"),
    )  # fmt: skip


def _from_ingest(summary: IngestSummary) -> PollSummary:
    return PollSummary(0, read=summary.read, added=summary.added, replaced=summary.replaced, events=summary.events,
                       failed=summary.failed)  # fmt: skip


def _save(store: StoreOpener, states: Sequence[SourceState]) -> None:
    with interrupts_held(), store() as session, session.transaction():
        save_states(session, states)


def _poll_feed(url: str, state: SourceState | None, *, store: StoreOpener, options: WatchOptions,
               on_line: Callable[[str], None], fetcher: Fetcher) -> PollSummary:  # fmt: skip
    state = state or SourceState(url, SourceKind.FEED)
    state = replace(state, checked_at=utc_now())
    try:
        fetched = fetcher(url, validators=Validators(state.etag, state.last_modified),
                          max_bytes=options.read.max_bytes, timeout=options.timeout)  # fmt: skip
    except InputError as exc:
        on_line(f"note: {exc}; tried again at the next poll")
        _save(store, [replace(state, status=exc.reason)])
        return PollSummary(0, down=1)
    if fetched.body is None:
        _save(store, [replace(state, status="not modified")])
        return PollSummary(0, not_modified=1)
    name = Path(urlsplit(url).path).name or "feed"
    items = list(read_payload(fetched.body, source=url, name=name, options=options.read))
    summary = _ingest(items, store=store, options=options, on_line=on_line)
    readable = any(isinstance(item, Article) for item in items)
    if readable:  # remember what the server sent: the next poll asks whether it changed since
        state = replace(state, etag=fetched.validators.etag, last_modified=fetched.validators.last_modified,
                        status="ok")  # fmt: skip
    else:  # malformed or empty: keep the old validators, so that the next poll reads it again
        state = replace(state, status=next((e.reason for e in items if isinstance(e, InputError)), "no articles"))
    _save(store, [replace(state, added=state.added + summary.added)])
    return _from_ingest(summary)


def _poll_folder(root: Path, states: dict[str, SourceState], *, store: StoreOpener, options: WatchOptions,
                 on_line: Callable[[str], None]) -> PollSummary:  # fmt: skip
    if root.is_file():
        files = [root]
    elif root.is_dir():
        files = _files(root, options.read)
    else:
        on_line(f"note: {root}: no such feed URL, file or directory; tried again at the next poll")
        return PollSummary(0, down=1)
    changed: list[SourceState] = []
    for path in files:
        try:
            info = path.stat()
        except OSError as exc:
            on_line(f"note: {path}: cannot be read ({exc.strerror or exc}); tried again at the next poll")
            continue
        key = str(path.resolve())
        fingerprint = f"{info.st_mtime_ns}:{info.st_size}"
        known = states.get(key)
        if known is None or known.last_modified != fingerprint:
            changed.append(replace(known or SourceState(key, SourceKind.FILE), last_modified=fingerprint))
    if not changed:
        return PollSummary(0)
    summary = _ingest(list(read_inputs([s.source for s in changed], options=options.read)), store=store,
                      options=options, on_line=on_line)  # fmt: skip
    now = utc_now()
    _save(store, [replace(s, checked_at=now, status="read") for s in changed])
    return _from_ingest(summary)


def _files(root: Path, options: ReadOptions) -> list[Path]:
    """Every non-hidden file under ``root``, sorted, leaving out the store and its side files."""
    found: list[Path] = []
    for directory, subdirectories, names in os.walk(root):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        for name in names:
            path = Path(directory) / name
            if not name.startswith(".") and path.resolve() not in options.skip:
                found.append(path)
    return sorted(found)
