"""Text normalisation: golden cases, encodings and hypothesis properties."""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dyads.errors import EncodingError
from dyads.ingest.text.normalise import decode_bytes, normalise_line, normalise_text, paragraphs

NORMALISED = [
    ("plain", "Talks resumed in Geneva.", "Talks resumed in Geneva."),
    ("crlf", "First line\r\nsecond line\r\n\r\nNext paragraph", "First line\nsecond line\n\nNext paragraph"),
    ("lone cr", "One\rTwo", "One\nTwo"),
    ("space runs", "The  envoy   met\t\tthe minister", "The envoy met the minister"),
    ("nbsp", "10\u00a0000 troops", "10 000 troops"),
    ("narrow nbsp", "12\u202f500 tonnes", "12 500 tonnes"),
    ("many blank lines", "One.\n\n\n\n\nTwo.", "One.\n\nTwo."),
    ("blank line with spaces", "One.\n   \n \nTwo.", "One.\n\nTwo."),
    ("trailing spaces", "One.   \nTwo.  ", "One.\nTwo."),
    ("outer blank lines", "\n\n  Title\n\n", "Title"),
    ("zero-width space between words", "Kabul\u200bairport", "Kabul airport"),
    ("zero-width space beside space", "Kabul \u200b airport", "Kabul airport"),
    ("zwj dropped", "peace\u200dkeeping", "peacekeeping"),
    ("zwnj dropped", "Tehr\u200can", "Tehran"),
    ("soft hyphen dropped", "inter\u00adnational", "international"),
    ("lrm rlm dropped", "\u200eGaza\u200f City", "Gaza City"),
    ("embedding controls dropped", "\u202aHamas\u202c said", "Hamas said"),
    ("isolates dropped", "\u2066Fatah\u2069 said", "Fatah said"),
    ("bom dropped", "\ufeffSanctions were lifted", "Sanctions were lifted"),
    ("c0 controls dropped", "Vote\x07 count\x1b", "Vote count"),
    ("c1 controls dropped", "Vote\x9b count", "Vote count"),
    ("nfc composed", "Zu\u0308rich", "Zürich"),
    ("nfc after dropped joiner", "Cafe\u200d\u0301 talks", "Café talks"),
    ("line separator", "One\u2028Two", "One\nTwo"),
    ("paragraph separator", "One\u2029Two", "One\n\nTwo"),
    ("ideographic space", "Tokyo\u3000talks", "Tokyo talks"),
]


@pytest.mark.parametrize(("case", "raw", "expected"), NORMALISED, ids=[c[0] for c in NORMALISED])
def test_normalise_text_golden(case: str, raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("China and\nRussia", "China and Russia"),
        ("  Summit\n\nends  ", "Summit ends"),
        ("", ""),
    ],
)
def test_normalise_line_joins_lines(raw: str, expected: str) -> None:
    assert normalise_line(raw) == expected


def test_paragraphs_split_on_blank_lines() -> None:
    assert paragraphs("One.\nStill one.\n\nTwo.") == ["One.\nStill one.", "Two."]


ARTICLE = "The foreign minister said on Monday that talks with Zürich officials – and Łódź – had “gone well”."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (ARTICLE.encode("utf-8"), ARTICLE),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), ARTICLE),
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), ARTICLE),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), ARTICLE),
        (codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le"), ARTICLE),
        ("Talks in Zürich and Montréal were “constructive”.".encode("cp1252"), "Talks in Zürich and Montréal were “constructive”."),
        ("Le président a déclaré à Genève que les négociations reprendraient.".encode("latin-1"),
         "Le président a déclaré à Genève que les négociations reprendraient."),
        ("Переговоры в Москве завершились без соглашения, сообщили официальные лица.".encode("cp1251"),
         "Переговоры в Москве завершились без соглашения, сообщили официальные лица."),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "cp1252", "latin1", "cp1251"],
)
def test_decode_bytes_finds_the_encoding(data: bytes, expected: str) -> None:
    assert decode_bytes(data, source="x.txt") == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ('<meta charset="windows-1251"><p>Переговоры в Москве</p>'.encode("cp1251"), "Переговоры в Москве"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>Выборы</p>'.encode("koi8-r"), "Выборы"),
        ('<?xml version="1.0" encoding="ISO-8859-1"?><title>Café “news”</title>'.encode("cp1252"), "Café “news”"),
        ('<meta charset="no-such-codec"><p>Zürich talks</p>'.encode("cp1252"), "Zürich talks"),
    ],
    ids=["meta-charset", "http-equiv", "xml-declaration-latin1-as-cp1252", "unknown-label"],
)
def test_decode_bytes_honours_declared_charset(data: bytes, expected: str) -> None:
    assert expected in decode_bytes(data, source="page.html")


@pytest.mark.parametrize(
    "data",
    [bytes(range(0x80, 0x100)) * 3, codecs.BOM_UTF8 + b"caf\xe9"],
    ids=["high-bytes-noise", "bom-then-invalid"],
)
def test_decode_bytes_undecodable_is_encoding_error(data: bytes) -> None:
    with pytest.raises(EncodingError) as caught:
        decode_bytes(data, source="bad.txt")
    message = str(caught.value)
    assert message.startswith("bad.txt: ") and "\n" not in message


# --- properties --------------------------------------------------------------

_any_text = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(list(" \t\n\r\u00a0\u200b\u200c\u200d\u00ad\u200e\u200f\u202a\u202e\u2066\u2069\ufeff\u2028\u2029\u0301")),
    ),
    max_size=200,
)
_word = st.text(alphabet=st.characters(categories=("Lu", "Ll", "Lo", "Nd")), min_size=1, max_size=12)


@given(_any_text)
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once


@given(_any_text)
def test_normalise_never_yields_control_or_format_characters(text: str) -> None:
    for char in normalise_text(text):
        category = unicodedata.category(char)
        assert char == "\n" or category not in ("Cc", "Cf", "Cs", "Zl", "Zp"), (char, category)
        assert category != "Zs" or char == " "


@given(_any_text)
def test_normalise_is_nfc_with_clean_whitespace(text: str) -> None:
    out = normalise_text(text)
    assert unicodedata.is_normalized("NFC", out)
    assert "  " not in out and "\n\n\n" not in out and " \n" not in out and "\n " not in out
    assert out == out.strip(" \n")


@given(_word, _word)
def test_zero_width_space_never_merges_words(left: str, right: str) -> None:
    out = normalise_text(f"{left}\u200b{right}")
    assert out == normalise_text(f"{left} {right}")
    assert len(out.split(" ")) == 2


@given(_any_text)
def test_normalise_line_has_no_newlines(text: str) -> None:
    assert "\n" not in normalise_line(text)
