"""Blank out text that only looks like words: URLs and markup.

Links such as ``/2005/mar/04/`` or ``WIDTH=25%`` would otherwise read as dates and
quantities.  The text keeps its length, so offsets stay valid.
"""

from __future__ import annotations

import re

_NOISE = re.compile(r"\[?(?:https?://|www\.)[^\s\]]+\]?|<[^<>\n]{1,200}>|\b[A-Z]+=\"?[\w#%.-]+\"?")


def mask_noise(text: str) -> str:
    """``text`` with URLs, tags and HTML attributes replaced by spaces of the same length."""
    return _NOISE.sub(lambda m: " " * len(m.group(0)), text)
