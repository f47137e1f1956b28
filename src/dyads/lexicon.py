"""Read the packaged word lists of ``dyads/data/lexicon`` (YAML), naming ``file:line`` in every error.

Each list has its own loader beside the code that uses it (``load_quantity_words``,
``load_calendar_words``, ``load_region_words``); this module only reads a file into
checked values.  A missing file, invalid YAML or a malformed entry raises
:class:`~dyads.errors.ResourceError` whose message starts with the file and line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType

import yaml

from dyads.errors import ResourceError

PACKAGE_DIR = ("data", "lexicon")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML was built with it


@dataclass(frozen=True, slots=True)
class LexiconFile:
    """One lexicon file: its top-level sections, and where each value was written."""

    name: str  # the path errors name
    sections: Mapping[str, yaml.Node]

    def error(self, node: yaml.Node, message: str) -> ResourceError:
        return ResourceError(f"{self.name}:{node.start_mark.line + 1}: {message}")

    def section(self, key: str) -> yaml.Node:
        if key not in self.sections:
            raise ResourceError(f"{self.name}: no section {key!r}")
        return self.sections[key]

    def scalar(self, node: yaml.Node, what: str) -> str:
        if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
            raise self.error(node, f"{what} must be a plain, non-empty value")
        return str(node.value).strip()

    def number(self, node: yaml.Node, what: str) -> float:
        text = self.scalar(node, what)
        try:
            return float(text)
        except ValueError:
            raise self.error(node, f"{what} must be a number, got {text!r}") from None

    def integer(self, node: yaml.Node, what: str) -> int:
        text = self.scalar(node, what)
        try:
            return int(text)
        except ValueError:
            raise self.error(node, f"{what} must be a whole number, got {text!r}") from None

    def items(self, node: yaml.Node, what: str) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, f"{what} must be a list")
        return list(node.value)

    def words(self, node: yaml.Node, what: str) -> list[tuple[str, yaml.Node]]:
        """A list of plain words, none twice, each with its node."""
        out: list[tuple[str, yaml.Node]] = []
        for item in self.items(node, what):
            word = self.scalar(item, f"an entry of {what}")
            if any(word == w for w, _ in out):
                raise self.error(item, f"{word!r} is listed twice in {what}")
            out.append((word, item))
        return out

    def pairs(self, node: yaml.Node, what: str) -> list[tuple[str, yaml.Node, yaml.Node]]:
        """The entries of a mapping in file order, each key once: (key, its node, its value's node)."""
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, f"{what} must be a mapping")
        out: list[tuple[str, yaml.Node, yaml.Node]] = []
        seen: set[str] = set()
        for key_node, value in node.value:
            key = self.scalar(key_node, f"a key of {what}")
            if key in seen:
                raise self.error(key_node, f"{key!r} is given twice in {what}")
            seen.add(key)
            out.append((key, key_node, value))
        return out


def read_lexicon(file: str, *, path: Path | None = None) -> LexiconFile:
    """Read ``file`` from the package's lexicon directory, or the file at ``path`` instead."""
    name = str(path) if path is not None else "/".join((*PACKAGE_DIR, file))
    try:
        if path is not None:
            text = Path(path).read_text(encoding="utf-8")
        else:
            text = resources.files("dyads").joinpath(*PACKAGE_DIR, file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"{name}: cannot be read: {exc}") from exc
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise ResourceError(f"{name}{line}: not valid YAML ({getattr(exc, 'problem', exc)})") from exc
    if not isinstance(root, yaml.MappingNode):
        raise ResourceError(f"{name}: expected a mapping of sections")
    sections = {key: value for key, _, value in LexiconFile(name, MappingProxyType({})).pairs(root, "the file")}
    return LexiconFile(name, MappingProxyType(sections))
