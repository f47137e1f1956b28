"""The parser's known misreadings are mended before anything reads the tree."""

from __future__ import annotations

import pytest

from dyads.nlp.misreadings import mend_tokens
from dyads.records.parse import Token

pytestmark = [pytest.mark.model]


def _tok(doc, word: str) -> Token:  # type: ignore[no-untyped-def]
    return next(t for t in doc.tokens if t.text == word)


@pytest.mark.parametrize(("text", "participle", "name", "governor", "dep"), [
    ("The station supports ousted prime minister Thaksin Shinawatra.", "ousted", "Shinawatra", "supports", "dobj"),
    ("The organizer is a satellite television station that supports ousted prime minister Thaksin Shinawatra.",
     "ousted", "Shinawatra", "supports", "dobj"),
])
def test_participle_before_a_titled_name_describes_the_name(parser, text, participle, name, governor, dep):  # type: ignore[no-untyped-def]
    doc = parser.parse("t", text)
    part, obj = _tok(doc, participle), _tok(doc, name)
    assert (part.dep, doc.tokens[part.head].text) == ("amod", name)
    assert (obj.dep, doc.tokens[obj.head].text) == (dep, governor)


@pytest.mark.parametrize(("text", "verb", "obj"), [
    ("Police arrested opposition leader Kizza Besigye.", "arrested", "Besigye"),  # a subject before: a verb
    ("The men he saw killed civilians.", "killed", "civilians"),  # a common noun: no title
    ("Rebels kidnapped Ingrid Betancourt in 2002.", "kidnapped", "Betancourt"),  # a name with no title
])
def test_verb_with_its_own_object_is_left_as_parsed(parser, text, verb, obj):  # type: ignore[no-untyped-def]
    doc = parser.parse("t", text)
    o = _tok(doc, obj)
    assert doc.tokens[o.head].text == verb


def test_parse_without_misreadings_is_returned_unchanged() -> None:
    toks = (Token(0, "Iran", 0, 4, "iran", "PROPN", "NNP", "nsubj", 1),
            Token(1, "protested", 5, 14, "protest", "VERB", "VBD", "ROOT", 1))
    assert mend_tokens(toks) is toks
