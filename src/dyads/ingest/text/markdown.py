"""Markdown left in plain text: escapes, emphasis markers, headings, links, rules."""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$<>|~&\"'])")
_STRONG_OR_EMPHASIS = re.compile(r"(?<![\w*\\])(\*{1,3})(?=[^\s*])(.+?)(?<=[^\s*\\])\1(?![\w*])")
_UNDERSCORE_EMPHASIS = re.compile(r"(?<![\w\\])(_{1,3})(?=[^\s_])(.+?)(?<=[^\s_\\])\1(?!\w)")
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|/|#)[^)\s]*\)")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)(?:\s+#+)?$")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")


def strip_markdown(line: str) -> str:
    """One line (or joined paragraph) without Markdown markup."""
    heading = _HEADING.match(line)
    if heading:
        line = heading.group(1)
    line = _LINK.sub(r"\1", line)
    line = _STRONG_OR_EMPHASIS.sub(r"\2", line)
    line = _UNDERSCORE_EMPHASIS.sub(r"\2", line)
    return _ESCAPE.sub(r"\1", line)


def is_rule(line: str) -> bool:
    """A horizontal rule such as ``---`` or ``* * *``."""
    return bool(_RULE.match(line.strip()))
