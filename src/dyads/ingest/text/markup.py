"""HTML fragments (feed item content and summaries) to plain text.

The standard library's tolerant HTML tokenizer is enough for fragments: block
elements become paragraph breaks, ``<br>`` a line break, script and style are
skipped and character references are decoded.
"""

from __future__ import annotations

from html.parser import HTMLParser

from dyads.ingest.text.normalise import normalise_text

_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
_SKIPPED = frozenset({"script", "style", "template", "noscript"})


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data.replace("\n", " "))


def html_to_text(fragment: str) -> str:
    """The normalised text of an HTML fragment (plain text passes through)."""
    if "<" not in fragment and "&" not in fragment:
        return normalise_text(fragment)
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    return normalise_text("".join(collector.parts))
