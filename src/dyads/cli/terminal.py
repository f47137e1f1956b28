"""Text from articles, feeds and file names, made safe to show on a terminal.

Whatever an article says is shown as the characters it is: never read as rich
markup (``[/]``, ``[link=…]``, ``[sic]`` print as written), never passed through
as escape or control sequences (ESC, CSI, OSC hyperlinks, bell, backspace,
carriage return, C1 controls) or as bidi overrides that reorder what is shown:
each such character is printed as its escape, ``\\x1b`` or ``\\u202e``.
"""

from __future__ import annotations

import re

from rich.console import Console
from rich.text import Text

# C0 controls but tab and line feed, DEL, C1 controls, and the bidi embeddings,
# overrides and isolates (marks are harmless; these reorder what the reader sees).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BREAKS = re.compile("[\t\n]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object, *, lines: bool = False) -> str:
    """``text`` with every unsafe character shown as its escape; with ``lines``, line
    breaks and tabs are kept, else they are escaped too (one line stays one line)."""
    value = str(text)
    value = _UNSAFE.sub(_escape, value)
    return value if lines else _BREAKS.sub(_escape, value)


def plain(text: object, *, lines: bool = False) -> Text:
    """A rich ``Text`` that is never parsed as markup."""
    return Text(printable(text, lines=lines))


def say(console: Console, message: object, *, lines: bool = False) -> None:
    """Print one message as plain text: no markup, no highlighting, no emoji codes."""
    console.print(plain(message, lines=lines), markup=False, highlight=False, emoji=False, soft_wrap=True)
