"""Dictionary matching, bylines, coreference details and the mentions table."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.actors import MENTION_COLUMNS, mentions_table, resolve_actors
from dyads.actors.mentions.matcher import fold_tokens, match_names
from dyads.actors.mentions.nuclei import byline_keys

pytestmark = pytest.mark.model
DAY = dt.date(2010, 10, 6)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The FARC sent a letter to the XI Foro de Sao Paulo.", "XI"),  # a numeral, not Xi Jinping
        ("Pope Benedict XVI visited Cuba.", "XVI"),
    ],
)
def test_roman_numeral_in_capitals_is_no_name(parse, kb, sentence: str, word: str) -> None:  # type: ignore[no-untyped-def]
    mentions = resolve_actors(parse(sentence), kb=kb, published=DAY)
    assert not [m for m in mentions if m.text == word]


def test_longest_name_wins(parse, kb) -> None:  # type: ignore[no-untyped-def]
    doc = parse("The Shanghai Cooperation Organisation met in Shanghai.")
    spans = [(m.first, m.last) for m in match_names(doc, kb, fold_tokens(doc))]
    assert (1, 4) in spans  # not "Shanghai" alone


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Let us talk about it.", "us"),  # the pronoun is not the United States
        ("The talks were a total failure.", "total"),
    ],
)
def test_lowercase_words_do_not_match_acronyms_or_names(parse, kb, sentence: str, word: str) -> None:  # type: ignore[no-untyped-def]
    mentions = resolve_actors(parse(sentence), kb=kb, published=DAY)
    assert not [m for m in mentions if m.text.lower() == word]


@pytest.mark.parametrize(
    ("byline", "keys"),
    [
        ("By John Chan", {("john", "chan"), ("chan",)}),
        ("Ann Lee and Omar Farouk, Reuters", {("ann", "lee"), ("lee",), ("omar", "farouk"), ("farouk",), ("reuters",)}),
        (None, set()),
    ],
)
def test_byline_keys(byline: str | None, keys: set[tuple[str, ...]]) -> None:
    assert byline_keys(byline) == keys


def test_byline_author_is_not_an_actor_but_others_are(parse, kb) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Reporter Anna Petrova said Chan met Russian President Dmitry Medvedev.")
    mentions = resolve_actors(doc, kb=kb, published=DAY, byline="By Anna Petrova")
    assert [m.code for m in mentions] == ["RUSGOV"]


def test_journalist_with_title_is_media(parse, kb) -> None:  # type: ignore[no-untyped-def]
    mentions = resolve_actors(parse("Russian journalist Anna Petrova was detained."), kb=kb, published=DAY)
    assert [(m.code, m.via) for m in mentions] == [("RUSMED", "title")]


def test_two_countries_gives_two_mentions_with_one_span(parse, kb) -> None:  # type: ignore[no-untyped-def]
    doc = parse("China signed a deal with Russia and China praised it. The two countries will cooperate.")
    pair = [m for m in resolve_actors(doc, kb=kb, published=DAY) if m.via == "pair"]
    assert [m.code for m in pair] == ["CHN", "RUS"]  # the more salient first
    assert pair[0].start == pair[1].start and pair[0].head == pair[1].head


def test_mentions_are_sorted_and_offsets_point_into_the_text(parse, kb) -> None:  # type: ignore[no-untyped-def]
    text = "Xinhua said Beijing and Tokyo agreed. Japanese troops left."
    doc = parse(text)
    mentions = resolve_actors(doc, kb=kb, published=DAY)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert all(m.first <= m.head < m.last for m in mentions)


def test_mentions_table_rows(parse, kb) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Xinhua said so.")
    rows = mentions_table(resolve_actors(doc, kb=kb, published=DAY))
    assert MENTION_COLUMNS[:5] == ("doc_id", "text", "start", "end", "code")
    assert rows == [(doc.doc_id, "Xinhua", "0", "6", "CHNMED", "CHN", "MED", "Xinhua", "med:XINHUA", "dictionary")]


def test_user_dictionary_changes_resolution(parse, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dyads.kb import load_knowledge_base

    path = tmp_path / "mine.tsv"
    path.write_text("name\tcode\tkind\nAnna Petrova\tRUSLEG\tperson\n", encoding="utf-8")
    kb = load_knowledge_base(extra_files=(path,))
    mentions = resolve_actors(parse("Anna Petrova voted against the bill."), kb=kb, published=DAY)
    assert [(m.text, m.code) for m in mentions] == [("Anna Petrova", "RUSLEG")]
