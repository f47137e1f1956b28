"""A linear scan of HTML element depth, run before any tree is built.

Deeply nested markup (tens of thousands of unclosed ``<div>``) makes tree
builders slow or recursive code overflow; :func:`tag_depth` measures the deepest
nesting in one pass without building anything.  Void elements do not nest, an end
tag closes everything opened after its start tag, and elements whose end tag is
optional (``<p>``, ``<li>``, ``<td>`` ...) close a still-open sibling of their kind.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)")
_VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr basefont frame isindex".split()
)
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "plaintext"})
# Opening one of these closes an open element of the listed kinds at the top.
_AUTO_CLOSES: Mapping[str, frozenset[str]] = MappingProxyType({
    "p": frozenset({"p"}),
    "li": frozenset({"li"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
    "tr": frozenset({"tr", "td", "th"}),
    "td": frozenset({"td", "th"}),
    "th": frozenset({"td", "th"}),
    "option": frozenset({"option"}),
    "thead": frozenset({"tbody", "tfoot"}),
    "tbody": frozenset({"thead", "tbody", "tfoot", "tr", "td", "th"}),
})


def tag_depth(html: str) -> int:
    """The deepest element nesting in ``html`` (linear time, constant memory per open element)."""
    stack: list[str] = []
    open_counts: dict[str, int] = {}
    deepest = 0
    pos = 0
    end = len(html)
    while pos < end:
        pos = html.find("<", pos)
        if pos < 0:
            break
        if html.startswith("<!--", pos):
            close = html.find("-->", pos + 4)
            if close < 0:
                break
            pos = close + 3
            continue
        match = _TAG.match(html, pos)
        if match is None:
            pos += 1
            continue
        closing, name = match.group(1) == "/", match.group(2).lower()
        tag_end = html.find(">", match.end())
        if tag_end < 0:
            break
        self_closing = html[tag_end - 1] == "/"
        pos = tag_end + 1
        if closing:
            if open_counts.get(name):
                while stack:
                    top = stack.pop()
                    open_counts[top] -= 1
                    if top == name:
                        break
            continue
        if name in _VOID or self_closing:
            continue
        if name in _RAW_TEXT:
            ending = re.compile(f"</{name}", re.IGNORECASE).search(html, pos)
            pos = end if ending is None else ending.start()
            continue
        closes = _AUTO_CLOSES.get(name)
        while closes and stack and stack[-1] in closes:
            open_counts[stack.pop()] -= 1
        stack.append(name)
        open_counts[name] = open_counts.get(name, 0) + 1
        deepest = max(deepest, len(stack))
    return deepest
