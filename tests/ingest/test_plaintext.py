"""Plain-text articles: title, byline, dateline, footer and paragraph repair."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyads.errors import MissingText
from dyads.ingest.text.normalise import normalise_text
from dyads.ingest.formats.plaintext import PlainText, parse_plain_text, read_plain_text
from dyads.records.article import Article

SEED_LIKE = """

Ceasefire holds in border region

Anna Kovacs
March 3, 2011

Troops from both countries stayed in their positions on Thursday as a ceasefire brokered by the African Union entered its third day.

Observers from the mission said the whole

[northern] frontier had been quiet since Tuesday, and that supply convoys were moving again along the

main road to the capital.


To contact the editors
visit:

example.org/contact"""

WIRE = """Iran and EU agree to resume nuclear talks

BRUSSELS, Oct. 6, 2010 (Reuters) - Iran and the European Union agreed on Wednesday to resume talks on Tehran's nuclear programme, an EU spokeswoman said.

The talks, which stalled last year, could begin in November.

(Reporting by Jan Dvorak; Editing by Sarah Lee)
© 2010 Example Wire. All rights reserved."""

MARKDOWN = """# Parliament approves \\$2 billion aid package

By Mary O'Neil | 2011-03-04

The **lower house** voted 310 to 120 in favour of the package, which the *Daily Ledger* called "a lifeline". The [finance ministry](https://example.org/fin) welcomed the vote.

* * *

Subscribe to our newsletter for daily updates."""

HARD_WRAPPED = """Government forces retook the northern town of Kidal on Sunday after
two days of fighting, a military spokesman said.

The rebels withdrew towards the desert."""

DATE_FIRST = """6 October 2010
Opposition leader arrested in Minsk
Police detained the opposition leader outside his home on Tuesday night, his party said."""

WITH_HEADING = """Summit ends without deal

Leaders failed to agree on a climate text on Friday.

Background

The talks began in 2009 under pressure from
small island states."""

LONG_OPENING = (
    "The United Nations Security Council voted on Thursday to extend its peacekeeping mission in "
    "South Sudan for another year, after three days of negotiations between the United States, "
    "China and Russia over the size of the force and the mandate it should carry."
)

PLAIN = [
    (
        "seed-like",
        SEED_LIKE,
        PlainText(
            title="Ceasefire holds in border region",
            byline="Anna Kovacs",
            published=dt.date(2011, 3, 3),
            body=(
                "Troops from both countries stayed in their positions on Thursday as a ceasefire brokered by "
                "the African Union entered its third day.\n\n"
                "Observers from the mission said the whole [northern] frontier had been quiet since Tuesday, "
                "and that supply convoys were moving again along the main road to the capital."
            ),
        ),
    ),
    (
        "wire",
        WIRE,
        PlainText(
            title="Iran and EU agree to resume nuclear talks",
            published=dt.date(2010, 10, 6),
            body=(
                "BRUSSELS, Oct. 6, 2010 (Reuters) - Iran and the European Union agreed on Wednesday to resume "
                "talks on Tehran's nuclear programme, an EU spokeswoman said.\n\n"
                "The talks, which stalled last year, could begin in November."
            ),
        ),
    ),
    (
        "markdown",
        MARKDOWN,
        PlainText(
            title="Parliament approves $2 billion aid package",
            byline="Mary O'Neil",
            published=dt.date(2011, 3, 4),
            body=(
                'The lower house voted 310 to 120 in favour of the package, which the Daily Ledger called '
                '"a lifeline". The finance ministry welcomed the vote.'
            ),
        ),
    ),
    (
        "hard-wrapped, no title",
        HARD_WRAPPED,
        PlainText(
            body=(
                "Government forces retook the northern town of Kidal on Sunday after two days of fighting, "
                "a military spokesman said.\n\nThe rebels withdrew towards the desert."
            ),
        ),
    ),
    (
        "dateline above title",
        DATE_FIRST,
        PlainText(
            title="Opposition leader arrested in Minsk",
            published=dt.date(2010, 10, 6),
            body="Police detained the opposition leader outside his home on Tuesday night, his party said.",
        ),
    ),
    (
        "heading kept apart",
        WITH_HEADING,
        PlainText(
            title="Summit ends without deal",
            body=(
                "Leaders failed to agree on a climate text on Friday.\n\nBackground\n\n"
                "The talks began in 2009 under pressure from small island states."
            ),
        ),
    ),
    ("long opening is body", LONG_OPENING, PlainText(body=LONG_OPENING)),
    ("headline only", "Border crossing reopens", PlainText(body="Border crossing reopens")),
]


@pytest.mark.parametrize(("case", "raw", "expected"), PLAIN, ids=[c[0] for c in PLAIN])
def test_parse_plain_text_golden(case: str, raw: str, expected: PlainText) -> None:
    assert parse_plain_text(normalise_text(raw)) == expected


@pytest.mark.parametrize(
    ("previous", "following", "joined"),
    [
        ("The delegation flew to the", "Capital on Monday.", True),
        ("Officials said the agreement was signed in", "Doha by both sides.", True),
        ("The ministers met in Oslo,", "Bergen and Tromsø.", True),
        ("Sanctions will remain until the regime", "complies with the resolution.", True),
        ("Rebels seized the airport and the whole of the", "[eastern] province.", True),
        ("The rebels seized the airport and most of the surrounding area", "[Eastern] Province fell too.", True),
        ("The talks ended.", "negotiators will meet again.", False),
        ("Background", "The talks began in 2009.", False),
        ("Reaction", "(Officials declined to comment.)", False),
        ("Demands include:", "- a ceasefire", False),
    ],
)
def test_paragraphs_broken_mid_sentence_are_rejoined(previous: str, following: str, joined: bool) -> None:
    body = parse_plain_text(f"Headline here\n\n{previous}\n\n{following}").body
    assert (body == f"{previous} {following}") is joined
    if not joined:
        assert body == f"{previous}\n\n{following}"


def test_read_plain_text_yields_an_article_with_origin() -> None:
    [article] = read_plain_text(SEED_LIKE, source="news/ceasefire.txt")
    assert isinstance(article, Article)
    assert article.origin == "news/ceasefire.txt"
    assert article.language == "en"
    assert article.title == "Ceasefire holds in border region"
    assert article.content_hash.startswith(article.doc_id) and len(article.doc_id) == 16
    assert "example.org/contact" not in article.text


def test_read_plain_text_without_text_is_missing_text() -> None:
    [error] = read_plain_text("\u200d\u200e\u2066", source="blank.txt")
    assert isinstance(error, MissingText)
    assert str(error) == "blank.txt: no article text found"


# --- properties --------------------------------------------------------------


_line = st.text(
    alphabet=st.one_of(st.characters(categories=("Lu", "Ll", "Nd", "Po", "Zs")), st.sampled_from(list("*_\\$#[]()-"))),
    max_size=60,
)
_document = st.lists(st.one_of(_line, st.just(""), st.just("6 October 2010"), st.just("John Chan")), max_size=12).map("\n".join)


def _words(text: str) -> set[str]:
    return {w for w in "".join(c if c.isalnum() else " " for c in text).split()}


@settings(max_examples=200)
@given(_document)
def test_plain_text_never_invents_words(raw: str) -> None:
    text = normalise_text(raw)
    parts = parse_plain_text(text)
    found = _words(parts.body) | _words(parts.title or "") | _words(parts.byline or "")
    assert found <= _words(text)


@settings(max_examples=200)
@given(_document)
def test_plain_text_body_is_normalised(raw: str) -> None:
    body = parse_plain_text(normalise_text(raw)).body
    assert "\n\n\n" not in body and body == body.strip()


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("Talks on the Asia-\nPacific trade pact resumed.", "Talks on the Asia-Pacific trade pact resumed."),
        ("The rebels said the war would go on\n- and on - until the end.", "The rebels said the war would go on - and on - until the end."),
        ("The ceasefire began on September\n14. Both sides kept to it.", "The ceasefire began on September 14. Both sides kept to it."),
        ("The demands include:\n- a ceasefire\n- talks", "The demands include:\n- a ceasefire\n- talks"),
        ("Turnout rose in:\n1. Kano\n2. Lagos", "Turnout rose in:\n1. Kano\n2. Lagos"),
    ],
    ids=["hyphen-wrap", "dash-not-list", "number-not-list", "bullet-list", "numbered-list"],
)
def test_lines_of_a_paragraph_are_joined(lines: str, expected: str) -> None:
    assert parse_plain_text(f"Headline here\n\n{lines}").body == expected
