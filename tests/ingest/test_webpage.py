"""HTML pages through trafilatura, with the nesting check first."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.errors import MalformedInput, MissingText
from dyads.ingest.formats.webpage import read_html
from dyads.records.article import Article

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <title>Talks resume in Geneva - World Ledger</title>
  <meta name="author" content="Jane Roe">
  <meta property="og:site_name" content="World Ledger">
  <meta property="article:published_time" content="2011-03-04T09:15:00Z">
  <link rel="canonical" href="https://example.org/world/talks-resume">
</head>
<body>
  <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
  <article>
    <h1>Talks resume in Geneva</h1>
    <p>Negotiators from Iran and six world powers resumed talks in Geneva on Thursday, officials said,
       after a pause of three months.</p>
    <p>The European Union foreign policy chief said the meeting had been constructive and that both
       sides had agreed to meet again in April in Istanbul.</p>
  </article>
  <footer>Copyright 2011 World Ledger</footer>
</body>
</html>"""


def test_read_html_extracts_text_and_metadata() -> None:
    [article] = read_html(PAGE, source="pages/talks.html")
    assert isinstance(article, Article)
    assert article.title == "Talks resume in Geneva"
    assert article.byline == "Jane Roe"
    assert article.published == dt.date(2011, 3, 4)
    assert article.outlet == "World Ledger"
    assert article.url == "https://example.org/world/talks-resume"
    assert article.origin == "pages/talks.html"
    assert article.text.split("\n\n") == [
        "Negotiators from Iran and six world powers resumed talks in Geneva on Thursday, officials said, "
        "after a pause of three months.",
        "The European Union foreign policy chief said the meeting had been constructive and that both "
        "sides had agreed to meet again in April in Istanbul.",
    ]
    assert "Home" not in article.text and "Copyright" not in article.text


@pytest.mark.parametrize("depth", [2_001, 50_000])
def test_deeply_nested_html_is_rejected_before_parsing(depth: int) -> None:
    html = "<html><body>" + "<div>" * depth + "text" + "</div>" * depth + "</body></html>"
    [error] = read_html(html, source="deep.html")
    assert isinstance(error, MalformedInput)
    assert str(error) == f"deep.html: HTML nested {depth + 2:,} levels deep (the limit is 2,000)"


def test_html_without_text_is_missing_text() -> None:
    [error] = read_html("<html><head><title>Empty</title></head><body><nav></nav></body></html>", source="e.html")
    assert isinstance(error, MissingText)
    assert str(error) == "e.html: no article text found in the HTML page"


def test_html_fragment_is_read_as_a_page() -> None:
    fragment = "<p>Union leaders and the government resumed wage talks in Lagos on Friday, both sides said.</p>"
    [article] = read_html(fragment, source="fragment.html")
    assert isinstance(article, Article)
    assert article.text == "Union leaders and the government resumed wage talks in Lagos on Friday, both sides said."
