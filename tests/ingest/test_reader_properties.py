"""Property tests: every reader, on arbitrary input, yields articles, notes or one-line errors of
its own, and never raises."""

from __future__ import annotations

import gzip
import io
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyads.errors import InputError
from dyads.ingest import InputNote, ReadOptions, read_inputs
from dyads.ingest.formats.delimited import read_delimited
from dyads.ingest.formats.feeds import read_feed
from dyads.ingest.formats.jsonlines import read_json_document, read_json_lines
from dyads.ingest.formats.plaintext import read_plain_text
from dyads.ingest.formats.webpage import read_html
from dyads.records.article import Article
from dyads.settings import FieldMap

FUZZ = settings(max_examples=int(os.environ.get("DYADS_FUZZ_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow])

_any_text = st.text(st.characters(), max_size=400)
_markupish = st.lists(
    st.sampled_from(["<", ">", "</", "/>", "&", ";", "&amp;", "&#0;", "&#x110000;", "<!--", "-->", "<![CDATA[", "]]>",
                     "<p>", "</p>", "<div>", "<script>", "<rss>", "<item>", "<channel>", "<title>", "<feed>", "<entry>",
                     "<?xml version='1.0'?>", "<!DOCTYPE x [<!ENTITY e 'ha'>]>", "&e;", '"', "'", "=", " ", "\n",
                     "Talks in Oslo.", "\x00", "\ufeff", "\u202e", "é"]),
    max_size=60,
).map("".join)
_jsonish = st.lists(
    st.sampled_from(['{', '}', '[', ']', '"', ':', ',', '"text"', '"id"', '"date"', '"title"', '1e999', '-0', 'null',
                     'true', '"Talks in Oslo."', '"2010-13-45"', "9" * 30, '\\u0000', '\\ud800', '\n', ' ', 'NaN']),
    max_size=60,
).map("".join)
_csvish = st.lists(
    st.sampled_from(["id", "text", "title", "date", ",", ";", "\t", '"', '""', "\n", "\r\n", "Talks in Oslo.",
                     "2010-13-45", "\x00", " ", "é"]),
    max_size=60,
).map("".join)


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # lone surrogates too: invalid UTF-8 is input like any other


def _check(items: object, source: str) -> None:
    for item in items:  # type: ignore[attr-defined]
        assert isinstance(item, (Article, InputError, InputNote))
        if isinstance(item, Article):
            assert item.text.strip()
        else:
            assert "\n" not in str(item)


@FUZZ
@given(st.one_of(_any_text, _markupish))
def test_plain_text_reader_never_raises(text: str) -> None:
    _check(read_plain_text(text, source="t.txt"), "t.txt")


@FUZZ
@given(st.one_of(_any_text, _markupish))
def test_html_reader_never_raises(text: str) -> None:
    _check(read_html(text, source="p.html"), "p.html")


@FUZZ
@given(st.one_of(_any_text, _markupish))
def test_feed_reader_never_raises(text: str) -> None:
    _check(read_feed(text, source="f.rss"), "f.rss")


@pytest.mark.parametrize("text", ["<>&#2000000;", "<rss><channel><item><title>&#x110000;</title></item></channel></rss>",
                                  "<rss>\ud800</rss>"])
def test_feed_reader_turns_out_of_range_characters_into_one_line(text: str) -> None:
    items = list(read_feed(text, source="f.rss"))
    assert items and all(isinstance(i, (Article, InputError)) for i in items)


@FUZZ
@given(st.one_of(_any_text, _jsonish))
def test_json_lines_reader_never_raises(text: str) -> None:
    _check(read_json_lines(text, source="r.jsonl", fields=FieldMap()), "r.jsonl")
    _check(read_json_document(text, source="r.json", fields=FieldMap()), "r.json")


@FUZZ
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                        st.sampled_from(["id", "text", "title", "date", "url", "source", "x"]), inner, max_size=6),
                    max_leaves=20))
def test_any_json_value_as_a_record_never_raises(value: object) -> None:
    line = json.dumps(value)
    _check(read_json_lines(line, source="r.jsonl", fields=FieldMap()), "r.jsonl")
    _check(read_json_document(line, source="r.json", fields=FieldMap()), "r.json")


@FUZZ
@given(st.one_of(_any_text, _csvish), st.sampled_from([",", ";", "\t"]))
def test_csv_reader_never_raises(text: str, delimiter: str) -> None:
    _check(read_delimited("id,title,text\n" + text, source="c.csv", fields=FieldMap(), delimiter=delimiter), "c.csv")
    _check(read_delimited(text, source="c.csv", fields=FieldMap(), delimiter=delimiter), "c.csv")


@FUZZ
@given(st.binary(max_size=600))
def test_any_bytes_on_standard_input_never_raise(data: bytes) -> None:
    options = ReadOptions(stdin=io.BytesIO(data), max_bytes=10_000)
    _check(read_inputs(["-"], options=options), "<stdin>")


@FUZZ
@given(st.one_of(st.binary(max_size=300), _any_text.map(_utf8), _jsonish.map(_utf8)), st.integers(0, 40))
def test_gzip_data_whole_or_cut_never_raises(data: bytes, cut: int) -> None:
    packed = gzip.compress(data)
    for blob in (packed, packed[: max(2, len(packed) - cut)], packed[:10] + bytes(reversed(packed[10:]))):
        _check(read_inputs(["-"], options=ReadOptions(stdin=io.BytesIO(blob), max_bytes=10_000)), "<stdin>")
