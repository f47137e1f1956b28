"""JSON Lines and JSON documents with the field map."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dyads.errors import MalformedInput, MissingText
from dyads.ingest.formats.jsonlines import read_json_document, read_json_lines
from dyads.records.article import Article
from dyads.settings import FieldMap

GOOD = {
    "id": "wire-17",
    "title": "Border talks stall",
    "date": "2012-05-14",
    "text": "Delegations from Sudan and South Sudan broke off talks in Addis Ababa on Monday.",
    "url": "https://example.org/17",
    "source": "Example Wire",
}


def _lines(*records: object) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records)


def test_record_fields_map_to_the_article() -> None:
    [article] = read_json_lines(_lines(GOOD), source="feed.jsonl", fields=FieldMap())
    assert article == Article.create(
        text=GOOD["text"],
        title="Border talks stall",
        doc_id="wire-17",
        published=dt.date(2012, 5, 14),
        outlet="Example Wire",
        url="https://example.org/17",
        origin="feed.jsonl:1",
    )


@pytest.mark.parametrize(
    ("record", "field", "expected"),
    [
        ({"text": "Talks resumed."}, "doc_id", Article.create(text="Talks resumed.").doc_id),
        ({"text": "Talks resumed.", "id": 42}, "doc_id", "42"),
        ({"text": "Talks resumed.", "date": "2012-05-14T08:00:00+02:00"}, "published", dt.date(2012, 5, 14)),
        ({"text": "Talks resumed.", "date": "14 May 2012"}, "published", dt.date(2012, 5, 14)),
        ({"text": "Talks resumed.", "date": "someday"}, "published", None),
        ({"text": "Talks resumed.", "date": 2012}, "published", None),
        ({"text": "Talks  resumed.\r\n\r\n\r\nMore\u200btext."}, "text", "Talks resumed.\n\nMore text."),
        ({"text": "x", "title": "  Border\ntalks  "}, "title", "Border talks"),
        ({"text": "x", "source": ""}, "outlet", None),
    ],
)
def test_record_values_are_cleaned(record: dict[str, object], field: str, expected: object) -> None:
    article, *_notes = read_json_lines(json.dumps(record), source="f.jsonl", fields=FieldMap())
    assert getattr(article, field) == expected


def test_custom_field_names() -> None:
    fields = FieldMap.parse("text=body,date=published,source=outlet")
    line = json.dumps({"body": "Parliament met.", "published": "2013-01-02", "outlet": "Gazette"})
    [article] = read_json_lines(line, source="f.jsonl", fields=fields)
    assert (article.text, article.published, article.outlet) == ("Parliament met.", dt.date(2013, 1, 2), "Gazette")


def test_bad_lines_are_named_and_good_lines_still_read() -> None:
    text = _lines(GOOD, "{not json", "", {"title": "no text here"}, {"text": "   "}, "[1, 2]", GOOD)
    items = list(read_json_lines(text, source="mix.jsonl", fields=FieldMap()))
    assert [type(i).__name__ for i in items] == [
        "Article", "MalformedInput", "MissingText", "MissingText", "MalformedInput", "Article"
    ]
    assert [str(i) for i in items if not isinstance(i, Article)] == [
        "mix.jsonl:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        "mix.jsonl:4: no text: field 'text' is missing",
        "mix.jsonl:5: no text: field 'text' is empty",
        "mix.jsonl:6: a JSON array, not an object",
    ]
    assert items[-1].origin == "mix.jsonl:7"


def test_json_document_list_and_object() -> None:
    listed = list(read_json_document(json.dumps([GOOD, 3]), source="a.json", fields=FieldMap()))
    assert isinstance(listed[0], Article) and listed[0].origin == "a.json[0]"
    assert isinstance(listed[1], MalformedInput) and str(listed[1]) == "a.json[1]: a JSON number, not an object"
    [single] = read_json_document(json.dumps(GOOD, indent=2), source="b.json", fields=FieldMap())
    assert isinstance(single, Article) and single.doc_id == "wire-17"
    [broken] = read_json_document('{\n  "text": \n}', source="c.json", fields=FieldMap())
    assert isinstance(broken, MalformedInput) and str(broken).startswith("c.json:3: not valid JSON")
    [missing] = read_json_document("{}", source="d.json", fields=FieldMap())
    assert isinstance(missing, MissingText)


def test_an_id_of_5000_digits_is_kept_as_text_not_a_traceback() -> None:
    digits = "7" * 5000
    line = '{"id": ' + digits + ', "text": "Talks resumed."}'
    [article] = read_json_lines(line + "\n", source="f.jsonl", fields=FieldMap())
    assert article.doc_id == digits


def test_a_long_number_in_a_document_is_read() -> None:
    from dyads.ingest.formats.jsonlines import read_json_document

    [article] = read_json_document('[{"id": ' + "9" * 4400 + ', "text": "Talks resumed."}]', source="f.json", fields=FieldMap())
    assert article.doc_id == "9" * 4400


@pytest.mark.parametrize("bad", ["2010-13-45", "someday", "2010-02-30", "31/31/2010"])
def test_an_invalid_date_is_reported_and_the_article_stored_undated(bad: str) -> None:
    from dyads.ingest.notes import InputNote

    line = json.dumps({"id": "d1", "text": "Talks resumed.", "date": bad})
    article, note = read_json_lines(line, source="f.jsonl", fields=FieldMap())
    assert isinstance(article, Article) and article.published is None
    assert isinstance(note, InputNote)
    assert str(note) == f"f.jsonl:1 (id d1): field 'date' {bad!r} is not a valid date; stored undated"


@pytest.mark.parametrize("absent", [None, "", "  "])
def test_an_absent_date_is_not_a_note(absent: object) -> None:
    line = json.dumps({"text": "Talks resumed.", "date": absent})
    assert len(list(read_json_lines(line, source="f.jsonl", fields=FieldMap()))) == 1
