"""Trailing boilerplate of plain-text articles: contact lines, subscription
calls, copyright notices, sharing prompts and bare links after the last paragraph.
"""

from __future__ import annotations

import re

_MAX_FOOTER_CHARS = 300

_FOOTER = re.compile(
    r"""^(?:
        to\ contact\b
      | contact\ us\b
      | (?:please\ )?subscribe\b
      | sign\ up\b
      | (?:click|tap)\ here\b
      | follow\ us\b
      | share\ (?:this|on)\b
      | read\ more\b
      | related\ (?:articles|stories|coverage|links)\b
      | more\ (?:on\ this|stories)\b
      | advertisement$
      | ©
      | \(c\)\s*(?:\d{4}|[A-Z])
      | copyright\b
      | all\ rights\ reserved
      | \(?(?:additional\ )?(?:reporting|writing|editing)\ by\b
      | (?:https?://|www\.)\S+$
      | [\w.-]+\.(?:org|com|net|info|co\.uk|int|gov)(?:/\S*)?$
      | [\w.+-]+@[\w-]+\.[\w.]+$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_FOOTER_ANYWHERE = re.compile(
    r"all rights reserved|\bvisit:?$|\bsubscribe (?:to|now|today)\b|\bnewsletter\b|©\s*\d{4}",
    re.IGNORECASE,
)


def is_footer(text: str) -> bool:
    """Whether a short paragraph or line is site boilerplate rather than news."""
    text = text.strip().strip("*_").strip()
    if not text or len(text) > _MAX_FOOTER_CHARS:
        return False
    return bool(_FOOTER.match(text) or _FOOTER_ANYWHERE.search(text))


def strip_footer(blocks: list[list[str]]) -> list[list[str]]:
    """Drop trailing boilerplate paragraphs (lists of lines), and trailing boilerplate
    lines of the last paragraph; the first paragraph is never dropped whole."""
    kept = [list(block) for block in blocks]
    while kept:
        last = kept[-1]
        if len(kept) > 1 and is_footer(last[0]) and is_footer(" ".join(last)):
            kept.pop()
        elif len(last) > 1 and is_footer(last[-1]):
            last.pop()
        else:
            break
    return kept
