"""Load dyads' CAMEO codebook table (built by scripts/build_codebook.py)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from dyads.errors import ResourceError

_COLUMNS = frozenset(
    {"code", "root", "level", "parent", "name", "goldstein", "goldstein_origin", "quad_class",
     "plover_type", "plover_mode", "plover_context", "plover_origin"}
)


@dataclass(frozen=True, slots=True)
class CodeEntry:
    """One CAMEO event code. ``code`` keeps its leading zeros (``"042"``)."""

    code: str
    root: str
    level: str  # root, base or sub
    parent: str | None
    name: str
    goldstein: float | None
    goldstein_origin: str
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None


@dataclass(frozen=True, slots=True)
class Codebook:
    """All CAMEO codes, looked up by code string."""

    entries: tuple[CodeEntry, ...]
    _index: dict[str, CodeEntry]

    def __getitem__(self, code: str) -> CodeEntry:
        try:
            return self._index[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def __contains__(self, code: object) -> bool:
        return code in self._index

    def __iter__(self) -> Iterator[CodeEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, code: str) -> CodeEntry | None:
        return self._index.get(code)

    def roots(self) -> tuple[str, ...]:
        return tuple(e.code for e in self.entries if e.level == "root")


def _none(value: str) -> str | None:
    return value or None


def load_codebook(path: Path | None = None) -> Codebook:
    """Read the codebook TSV (the packaged one unless ``path`` is given)."""
    if path is None:
        source = resources.files("dyads") / "data" / "cameo" / "codebook.tsv"
        try:
            text = source.read_text(encoding="utf-8")
        except (OSError, FileNotFoundError) as exc:
            raise ResourceError(f"CAMEO codebook missing from the package: {exc}") from exc
        name = "codebook.tsv"
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ResourceError(f"{path}: cannot read the CAMEO codebook ({exc})") from exc
        name = str(path)
    reader = csv.DictReader(text.splitlines(), delimiter="\t")
    if not _COLUMNS <= set(reader.fieldnames or ()):
        raise ResourceError(f"{name}: missing columns {sorted(_COLUMNS - set(reader.fieldnames or ()))}")
    entries = []
    for line, row in enumerate(reader, start=2):
        try:
            entries.append(
                CodeEntry(
                    code=row["code"],
                    root=row["root"],
                    level=row["level"],
                    parent=_none(row["parent"]),
                    name=row["name"],
                    goldstein=float(row["goldstein"]) if row["goldstein"] else None,
                    goldstein_origin=row["goldstein_origin"],
                    quad_class=int(row["quad_class"]),
                    plover_type=_none(row["plover_type"]),
                    plover_mode=_none(row["plover_mode"]),
                    plover_context=_none(row["plover_context"]),
                )
            )
        except ValueError as exc:
            raise ResourceError(f"{name}:{line}: {exc}") from exc
    return Codebook(entries=tuple(entries), _index={e.code: e for e in entries})
