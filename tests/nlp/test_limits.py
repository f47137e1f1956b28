"""Parse limits: over-long articles are coded on their first part, over-long runs without a sentence
end are blanked; offsets stay where they were and each limit gives a note."""

from __future__ import annotations

import pytest

from dyads.nlp.limits import MAX_ARTICLE_CHARS, MAX_SENTENCE_CHARS, bound_text

PARAGRAPH = "Ministers from Kenya and Somalia met in Nairobi on Monday. They agreed to reopen the border.\n\n"


def test_ordinary_text_is_untouched() -> None:
    bounded = bound_text(PARAGRAPH * 20)
    assert bounded.text == PARAGRAPH * 20 and bounded.notes == ()


def test_an_over_long_article_is_cut_at_a_paragraph_with_a_note() -> None:
    text = PARAGRAPH * (2 * MAX_ARTICLE_CHARS // len(PARAGRAPH))
    bounded = bound_text(text)
    assert len(bounded.text) <= MAX_ARTICLE_CHARS and text.startswith(bounded.text)
    assert bounded.text.endswith("border.")
    [note] = bounded.notes
    assert note.startswith("coded the first ") and f"of {len(text):,} characters" in note


def test_a_run_without_a_sentence_end_is_blanked_keeping_offsets() -> None:
    gibberish = "qwerty uiop " * 8_000  # 96,000 characters, under the article limit
    text = "Russia accused China of spying. " + gibberish + ". Iran met Turkey."
    bounded = bound_text(text)
    assert bounded.text.startswith("Russia accused China of spying. ") and bounded.text.endswith(". Iran met Turkey.")
    middle = bounded.text[32 : 32 + len(gibberish)]
    assert not middle.strip()
    assert len(bounded.text) == len(text)
    [note] = bounded.notes
    assert "without a sentence end at offset 31" in note and f"limit {MAX_SENTENCE_CHARS:,}" in note


def test_bounding_is_idempotent() -> None:
    text = "Talks. " + "x" * (MAX_SENTENCE_CHARS + 10) + ". Done."
    once = bound_text(text)
    assert bound_text(once.text).text == once.text and bound_text(once.text).notes == ()


@pytest.mark.model
def test_the_parser_takes_an_article_over_spacys_limit(parser) -> None:  # type: ignore[no-untyped-def]
    text = PARAGRAPH * (1_200_000 // len(PARAGRAPH))
    doc = parser.parse("huge", text)
    assert doc.sentences and doc.text == bound_text(text).text


@pytest.mark.model
def test_the_parser_takes_a_megabyte_without_punctuation(parser) -> None:  # type: ignore[no-untyped-def]
    text = "Iran met Turkey. " + "alpha beta gamma delta " * 45_000
    doc = parser.parse("flat", text)
    words = [t for t in doc.tokens if t.text.strip()]
    assert [t.text for t in words] == ["Iran", "met", "Turkey", "."]
    assert all(t.start < len(text) for t in doc.tokens)


def test_a_lone_surrogate_becomes_the_replacement_character_keeping_offsets() -> None:
    text = "Russia \ud800attacked Georgia.\udfff"
    bounded = bound_text(text)
    assert bounded.text == "Russia \ufffdattacked Georgia.\ufffd" and len(bounded.text) == len(text)
