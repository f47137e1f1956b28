"""Plain-text articles: headline, byline and dateline up top, body, footer dropped.

The layout rules, in order:

* the first non-empty line is the title, unless it is a dateline or is plainly
  body text (very long, or the first line of a hard-wrapped paragraph);
* up to four lines after it that are a byline (``John Chan``, ``By ...``) or a
  dateline (``6 October 2010``, ``MOSCOW, Oct 6 -``) are metadata, not body;
* trailing contact, subscription and copyright lines are dropped;
* lines of a paragraph are joined; a paragraph cut mid-sentence by a blank line
  is joined back to the one before; Markdown escapes and emphasis are removed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from dyads.errors import InputError, MissingText
from dyads.ingest.dates import parse_dateline
from dyads.ingest.text.boilerplate import strip_footer
from dyads.ingest.text.bylines import parse_byline
from dyads.ingest.text.markdown import is_rule, strip_markdown
from dyads.ingest.text.normalise import normalise_text, paragraphs
from dyads.records.article import Article

_MAX_TITLE_CHARS = 200
_MAX_HEADER_LINES = 4
_TERMINAL = (".", "!", "?", "…", ":", ";", '"', "”", "’", "'", "»")
_LIST_ITEM = re.compile(r"^(?:[-*•–]\s|\d{1,3}[.)]\s)")
_HEADER_SEPARATORS = re.compile(r"\s+[|·•]\s+|\s+[-–—]{1,2}\s+")
_WIRE_PREFIX = re.compile(r"^(.{4,80}?)\s+[-–—]{1,2}\s+\S")
_FUNCTION_WORDS = frozenset(
    """a an the of to in on at by for from with into onto over under between among and or nor but
    that which who whom whose his her its their our your my this these those than as is are was were
    be been has have had will would could should may might must not no very more most such""".split()
)
_PROSE_WORDS = 5


@dataclass(frozen=True, slots=True)
class PlainText:
    """The parts of a plain-text article."""

    body: str
    title: str | None = None
    byline: str | None = None
    published: dt.date | None = None


def read_plain_text(text: str, *, source: str) -> Iterator[Article | InputError]:
    """One article from the text of a plain-text file."""
    parts = parse_plain_text(normalise_text(text))
    if not parts.body:
        yield MissingText(source, "no article text found")
        return
    yield Article.create(
        text=parts.body,
        title=parts.title,
        byline=parts.byline,
        published=parts.published,
        origin=source,
    )


def parse_plain_text(text: str) -> PlainText:
    """Split normalised text into title, byline, date and body."""
    blocks = [[line for line in block.split("\n") if not is_rule(line)] for block in paragraphs(text)]
    blocks = [block for block in blocks if block]
    published: dt.date | None = None
    byline: str | None = None
    title: str | None = None

    # A dateline above the headline.
    while blocks and (dateline := parse_dateline(blocks[0][0])) is not None:
        published = published or dateline.date
        _pop_line(blocks)
    if blocks and _looks_like_title(blocks[0]):
        title = strip_markdown(_pop_line(blocks)).strip() or None
    for _ in range(_MAX_HEADER_LINES):
        if not blocks:
            break
        found = _header_line(blocks[0][0])
        if found is None:
            break
        line_date, line_byline = found
        if (line_byline and byline) or (line_date and published):
            break
        published = published or line_date
        byline = byline or line_byline
        _pop_line(blocks)

    body_paragraphs = _body_paragraphs(strip_footer(blocks))
    if published is None and body_paragraphs:
        published = _wire_date(body_paragraphs[0])
    body = "\n\n".join(body_paragraphs)
    if not body and title:
        body, title = title, None
    return PlainText(body=body, title=title, byline=byline, published=published)


def _pop_line(blocks: list[list[str]]) -> str:
    line = blocks[0].pop(0)
    if not blocks[0]:
        blocks.pop(0)
    return line


def _looks_like_title(block: list[str]) -> bool:
    first = block[0]
    if len(first) > _MAX_TITLE_CHARS:
        return False
    if first.endswith(".") and len(first.split()) > 15:
        return False
    # the first line of a hard-wrapped paragraph runs on into a lowercase line
    if len(block) > 1 and not first.endswith(_TERMINAL) and block[1][:1].islower():
        return False
    return True


def _header_line(line: str) -> tuple[dt.date | None, str | None] | None:
    """(date, byline) when the line is a dateline, a byline or both joined by a separator."""
    pieces = _HEADER_SEPARATORS.split(line)
    if len(pieces) < 2 and "," in line:
        pieces = line.rsplit(",", 1)
    if len(pieces) == 2:
        names, when = parse_byline(pieces[0]), parse_dateline(pieces[1])
        if names is not None and when is not None:
            return when.date, names
    dateline = parse_dateline(line)
    if dateline is not None:
        return dateline.date, None
    byline = parse_byline(line)
    if byline is not None:
        return None, byline
    return None


def _body_paragraphs(blocks: list[list[str]]) -> list[str]:
    joined = [strip_markdown(_join_lines(block)).strip() for block in blocks]
    merged: list[str] = []
    for paragraph in joined:
        if not paragraph:
            continue
        if merged and _continues(merged[-1], paragraph):
            merged[-1] = f"{merged[-1]} {paragraph}"
        else:
            merged.append(paragraph)
    return merged


def _join_lines(lines: list[str]) -> str:
    """One paragraph from its lines; a list keeps one item a line."""
    out = lines[0]
    in_list = bool(_LIST_ITEM.match(lines[0]))
    for previous, line in zip(lines, lines[1:], strict=False):
        starts_item = bool(_LIST_ITEM.match(line)) and (in_list or previous.endswith(":"))
        in_list = in_list or starts_item
        if starts_item:
            out = f"{out}\n{line}"
        elif out.endswith("-") and out[-2:-1].isalpha() and line[:1].isalpha():
            out = f"{out}{line}"  # a word wrapped at its hyphen: "Asia-" / "Pacific"
        else:
            out = f"{out} {line}"
    return out


def _continues(previous: str, following: str) -> bool:
    """Whether ``following`` carries on the sentence ``previous`` broke off."""
    if previous.endswith(_TERMINAL) or _LIST_ITEM.match(following):
        return False
    first = following[0]
    if first.islower():
        return True
    words = previous.split()
    if previous.endswith(",") and len(words) >= 3:
        return True
    if len(words) >= 3 and words[-1].lower() in _FUNCTION_WORDS:
        return True
    return first in "[(" and len(words) >= _PROSE_WORDS


def _wire_date(paragraph: str) -> dt.date | None:
    """The date of a wire-style opening: ``MOSCOW, Oct. 6, 2010 (Reuters) - Russia said ...``."""
    prefix = _WIRE_PREFIX.match(paragraph)
    if prefix is None:
        return None
    dateline = parse_dateline(prefix.group(1))
    return dateline.date if dateline is not None else None
