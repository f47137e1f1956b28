"""RSS and Atom feeds: one article per item."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.errors import EmptyInput, MalformedInput, MissingText
from dyads.ingest.formats.feeds import read_feed
from dyads.records.article import Article

RSS = """<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0">
  <channel>
    <title>Harbour Times &amp; Gazette</title>
    <link>https://example.org/</link>
    <description>World news</description>
    <item>
      <title>Ports reopen after strike</title>
      <link>https://example.org/ports</link>
      <guid>urn:example:ports-1</guid>
      <pubDate>Tue, 05 Oct 2010 10:00:00 GMT</pubDate>
      <description>&lt;p&gt;Dock workers in Rotterdam ended a &lt;b&gt;three-day&lt;/b&gt; strike.&lt;/p&gt;&lt;p&gt;Shipping resumed on Monday.&lt;/p&gt;</description>
    </item>
    <item>
      <title>Empty item</title>
      <link>https://example.org/empty</link>
      <guid>urn:example:empty-2</guid>
    </item>
    <item>
      <title>Minister resigns</title>
      <link>https://example.org/minister</link>
      <description>The Dutch finance minister resigned on Tuesday over the budget dispute.</description>
    </item>
  </channel>
</rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Continental Wire</title>
  <id>urn:example:wire</id>
  <updated>2011-03-04T12:00:00Z</updated>
  <entry>
    <title>Leaders meet in Brussels</title>
    <id>tag:example.org,2011:brussels</id>
    <link href="https://example.org/brussels"/>
    <updated>2011-03-04T12:00:00Z</updated>
    <published>2011-03-03T08:30:00Z</published>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;European leaders met in Brussels to discuss the debt crisis in Zürich and Athens.&lt;/p&gt;</content>
  </entry>
</feed>"""


def test_rss_items_become_articles() -> None:
    first, empty, third = read_feed(RSS, source="feeds/harbour.xml")
    assert isinstance(first, Article)
    assert first.doc_id == "urn:example:ports-1"
    assert first.origin == "urn:example:ports-1"
    assert first.title == "Ports reopen after strike"
    assert first.text == "Dock workers in Rotterdam ended a three-day strike.\n\nShipping resumed on Monday."
    assert first.published == dt.date(2010, 10, 5)
    assert first.outlet == "Harbour Times & Gazette"
    assert first.url == "https://example.org/ports"
    assert isinstance(empty, MissingText)
    assert str(empty) == (
        "feeds/harbour.xml item 2 (urn:example:empty-2): no text in the item's content or summary"
    )
    assert isinstance(third, Article)
    assert third.content_hash.startswith(third.doc_id)  # no guid: from the content hash
    assert third.origin == "https://example.org/minister"
    assert third.published is None


def test_atom_entry_uses_content_and_published_date() -> None:
    [entry] = read_feed(ATOM, source="wire.atom")
    assert isinstance(entry, Article)
    assert entry.doc_id == "tag:example.org,2011:brussels"
    assert entry.text == "European leaders met in Brussels to discuss the debt crisis in Zürich and Athens."
    assert entry.published == dt.date(2011, 3, 3)
    assert entry.outlet == "Continental Wire"
    assert entry.url == "https://example.org/brussels"


@pytest.mark.parametrize(
    "broken",
    [
        "<rss version='2.0'><channel><title>Half a feed</title",
        "<?xml version='1.0'?><report><summit>Geneva</venue></report>",
    ],
)
def test_malformed_feed_without_entries_is_malformed_input(broken: str) -> None:
    [error] = read_feed(broken, source="broken.rss")
    assert isinstance(error, MalformedInput)
    message = str(error)
    assert message.startswith("broken.rss: malformed feed (") and "\n" not in message


def test_feed_without_items_is_empty_input() -> None:
    [error] = read_feed('<rss version="2.0"><channel><title>Quiet</title></channel></rss>', source="quiet.rss")
    assert isinstance(error, EmptyInput)
    assert str(error) == "quiet.rss: feed has no items"
