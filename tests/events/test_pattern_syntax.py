"""The pattern language: strings compile to typed patterns; bad strings are refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dyads.events.patterns.syntax import ElementKind, PatternKind, PatternSyntaxError, parse_pattern

GOOD = [
    ("visit *", ("visit",), [ElementKind.SLOT], False),
    ("pay visit to *", ("pay",), [ElementKind.WORD, ElementKind.WORD, ElementKind.SLOT], False),
    ("call on * to invest", ("call",), [ElementKind.WORD, ElementKind.SLOT, ElementKind.WORD, ElementKind.WORD], False),
    ("accuse * of ..war_crime", ("accuse",), [ElementKind.SLOT, ElementKind.WORD, ElementKind.KEYWORD], False),
    ("sign agreement|treaty with * <>", ("sign",), [ElementKind.WORD, ElementKind.WORD, ElementKind.SLOT], True),
    ("protest from ^", ("protest",), [ElementKind.WORD, ElementKind.SOURCE], False),
    ("agree @ccomp", ("agree",), [ElementKind.DEP], False),
    ("hunger_strike", ("hunger", "strike"), [], False),
]


@pytest.mark.parametrize(("text", "head", "kinds", "reciprocal"), GOOD)
def test_pattern_compiles_to_head_elements_and_reciprocity(text, head, kinds, reciprocal):  # type: ignore[no-untyped-def]
    p = parse_pattern(text, code="042", kind=PatternKind.VERB, origin="t.yaml:1")
    assert p.heads[0] == head
    assert [e.kind for e in p.elements] == kinds
    assert p.reciprocal is reciprocal


BAD = [
    ("", "empty"),
    ("* visit", "head word"),
    ("visit * *", "one target"),
    ("<> visit", "only end"),
    ("Visit *", "bad word"),
    ("visit @Dobj", "dependency"),
    ("visit ^ ^", "one source"),
]


@pytest.mark.parametrize(("text", "reason"), BAD)
def test_bad_pattern_is_refused_with_its_reason(text, reason):  # type: ignore[no-untyped-def]
    with pytest.raises(PatternSyntaxError, match=reason):
        parse_pattern(text, code="042", kind=PatternKind.VERB, origin="t.yaml:1")


def test_more_words_make_a_more_specific_pattern():  # type: ignore[no-untyped-def]
    short = parse_pattern("visit *", code="042", kind=PatternKind.VERB, origin="")
    long = parse_pattern("pay visit to *", code="042", kind=PatternKind.VERB, origin="")
    assert long.specificity > short.specificity


words = st.from_regex(r"[a-z][a-z]{0,8}", fullmatch=True)


@given(head=words, rest=st.lists(st.one_of(words, st.just("*")), max_size=5, unique=True))
def test_any_well_formed_pattern_compiles_and_keeps_its_words(head, rest):  # type: ignore[no-untyped-def]
    text = " ".join([head, *rest])
    p = parse_pattern(text, code="010", kind=PatternKind.NOUN, origin="x:1")
    assert p.text == text
    assert [w[0][0] for w in (e.words for e in p.elements) if w] == [r for r in rest if r != "*"]
