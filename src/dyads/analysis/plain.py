"""Results as JSON: every analysis result is a frozen dataclass with ``to_json()``."""

from __future__ import annotations

from typing import Any

from dyads.records.convert import to_plain


class JsonResult:
    """A frozen dataclass that turns into JSON-ready dicts, lists and scalars (dates as ISO text,
    enums as their values) through :func:`dyads.records.convert.to_plain`."""

    __slots__ = ()

    def to_json(self) -> dict[str, Any]:
        plain = to_plain(self)
        assert isinstance(plain, dict)
        return plain
