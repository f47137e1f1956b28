"""HTML fragments (feed content) to text."""

from __future__ import annotations

import pytest

from dyads.ingest.text.markup import html_to_text


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("Plain summary text.", "Plain summary text."),
        ("<p>First paragraph.</p><p>Second &amp; last.</p>", "First paragraph.\n\nSecond & last."),
        ("Line one<br>line two", "Line one\nline two"),
        ("<div>Kept<script>alert('x')</script> text</div>", "Kept text"),
        ("<p>Talks in <b>Z&uuml;rich</b>\nresumed.</p>", "Talks in Zürich resumed."),
        ("<ul><li>one</li><li>two</li></ul>", "one\n\ntwo"),
        ("<p>unclosed <i>markup", "unclosed markup"),
        ("", ""),
    ],
)
def test_html_to_text(fragment: str, expected: str) -> None:
    assert html_to_text(fragment) == expected
