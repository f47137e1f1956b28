"""Choosing a reader: content first, extension second."""

from __future__ import annotations

import pytest

from dyads.ingest.formats.sniff import Format, delimiter_for, sniff_format
from dyads.settings import FieldMap


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Talks resume\n\nNegotiators met.", "a.txt", Format.TEXT),
        ("Talks resume\n\nNegotiators met.", "", Format.TEXT),
        ("Talks resume\n\nNegotiators met.", "a.html", Format.HTML),
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "page", Format.HTML),
        ("<?xml version='1.0'?>\n<rss version='2.0'><channel/></rss>", "feed.txt", Format.FEED),
        ("<feed xmlns='http://www.w3.org/2005/Atom'></feed>", "", Format.FEED),
        ("<rdf:RDF xmlns:rdf='x'></rdf:RDF>", "", Format.FEED),
        ("<?xml version='1.0'?><report/>", "r.xml", Format.FEED),
        ("<?xml version='1.0'?><report/>", "r", Format.HTML),
        ("Some text with <p>paragraph markup</p> inside", "notes", Format.HTML),
        ('{"text": "a"}\n{"text": "b"}', "x.txt", Format.JSON_LINES),
        ('{\n  "text": "a"\n}', "x", Format.JSON_DOCUMENT),
        ('[{"text": "a"}]', "x", Format.JSON_DOCUMENT),
        ("id,title,text\n1,a,b\n", "x", Format.CSV),
        ("id;title;text\n1;a;b\n", "x", Format.CSV),
        ("title\ttext\na\tb\n", "x", Format.TSV),
        ("a,b\n1,2\n", "data.csv", Format.CSV),
        ("Peace, order, and good government", "x", Format.TEXT),
    ],
)
def test_sniff_format(text: str, name: str, expected: Format) -> None:
    assert sniff_format(text, name=name, fields=FieldMap()) is expected


def test_sniff_uses_the_field_map_text_name() -> None:
    assert sniff_format("head,body\nx,y\n", name="", fields=FieldMap.parse("text=body")) is Format.CSV


@pytest.mark.parametrize(
    ("text", "fmt", "expected"),
    [("a,b;c\n", Format.CSV, ","), ("a;b;c\n", Format.CSV, ";"), ("a,b\n", Format.TSV, "\t")],
)
def test_delimiter_for(text: str, fmt: Format, expected: str) -> None:
    assert delimiter_for(text, fmt) == expected


@pytest.mark.parametrize("first_length", [100, 4_095, 4_096, 5_000, 200_000])
def test_json_lines_are_sniffed_whatever_the_first_record_length(first_length: int) -> None:
    long_record = '{"text": "' + "x" * first_length + '"}'
    text = long_record + '\n{"text": "short"}\n'
    assert sniff_format(text, name="", fields=FieldMap()) is Format.JSON_LINES
