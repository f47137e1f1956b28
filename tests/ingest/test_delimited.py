"""CSV and TSV with a header row."""

from __future__ import annotations

import datetime as dt

from dyads.errors import MalformedInput, MissingText
from dyads.ingest.formats.delimited import read_delimited
from dyads.records.article import Article
from dyads.settings import FieldMap

CSV = (
    "id,title,date,text,url,source\n"
    'c1,Vote delayed,2014-09-18,"Scotland\'s parliament delayed the vote, officials said.",https://example.org/c1,Gazette\n'
    'c2,Multi-line,2014-09-19,"First paragraph.\n\nSecond paragraph.",,\n'
    "c3,No text,2014-09-20,,,\n"
    "c4,Too many,2014-09-21,text,url,src,extra\n"
    "c5,Last,2014-09-22,The count continued overnight.,,\n"
)


def test_csv_rows_become_articles_and_bad_rows_are_named() -> None:
    items = list(read_delimited(CSV, source="votes.csv", fields=FieldMap()))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "MissingText", "MalformedInput", "Article"]
    first, second, missing, wide, last = items
    assert isinstance(first, Article)
    assert (first.doc_id, first.title, first.published, first.outlet, first.url, first.origin) == (
        "c1", "Vote delayed", dt.date(2014, 9, 18), "Gazette", "https://example.org/c1", "votes.csv:2"
    )
    assert first.text == "Scotland's parliament delayed the vote, officials said."
    assert isinstance(second, Article) and second.text == "First paragraph.\n\nSecond paragraph."
    assert second.outlet is None and second.url is None
    assert isinstance(missing, MissingText) and str(missing) == "votes.csv:6: no text: field 'text' is empty"
    assert isinstance(wide, MalformedInput) and str(wide) == "votes.csv:7: 7 fields where the header has 6"
    assert isinstance(last, Article) and last.origin == "votes.csv:8"


def test_tsv_and_custom_fields() -> None:
    tsv = "headline\tbody\tday\nTalks end\tThe envoys left Oslo.\t2015-02-01\n"
    fields = FieldMap.parse("title=headline,text=body,date=day")
    [article] = read_delimited(tsv, source="t.tsv", fields=fields, delimiter="\t")
    assert isinstance(article, Article)
    assert (article.title, article.text, article.published) == ("Talks end", "The envoys left Oslo.", dt.date(2015, 2, 1))


def test_header_without_text_column_is_malformed() -> None:
    [error] = read_delimited("id,title\n1,x\n", source="h.csv", fields=FieldMap())
    assert isinstance(error, MalformedInput)
    assert str(error) == "h.csv:1: header has no 'text' column (columns: 'id', 'title')"


def test_a_field_over_131072_characters_is_read_as_json_lines_would() -> None:
    body = "Envoys met. " * 20_000  # 240,000 characters
    text = 'id,title,text\n1,Long,"' + body + '"\n2,Short,Envoys met again.\n'
    items = list(read_delimited(text, source="big.csv", fields=FieldMap()))
    assert [type(i).__name__ for i in items] == ["Article", "Article"]
    assert len(items[0].text) > 131_072


def test_an_invalid_date_in_a_row_is_reported() -> None:
    from dyads.ingest.notes import InputNote

    items = list(read_delimited("id,date,text\n1,2010-13-45,Envoys met.\n", source="d.csv", fields=FieldMap()))
    assert items[0].published is None and isinstance(items[1], InputNote)
    assert "2010-13-45" in str(items[1]) and "d.csv:2" in str(items[1])
