"""Triple scoring: precision, recall and F1 over (source, target, code), by level, with errors by kind;
hand-computed cases and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dyads.evaluation.triples import ActorLevel, CodeLevel, ErrorKind, Triple, classify, score_sentence, score_set

C, R = ActorLevel.COUNTRY, ActorLevel.ROLE
ROOT, CODE = CodeLevel.ROOT, CodeLevel.CODE
T = Triple

CASES = [
    # gold, coded, actors, codes, (matched, gold, coded)
    ([T("RUSGOV", "CHN", "042")], [T("RUS", "CHN", "043")], C, ROOT, (1, 1, 1)),
    ([T("RUSGOV", "CHN", "042")], [T("RUS", "CHN", "043")], C, CODE, (0, 1, 1)),
    ([T("RUSGOV", "CHN", "042")], [T("RUS", "CHN", "042")], R, CODE, (0, 1, 1)),
    ([T("IGOUNOIAEA", "IRN", "0862")], [T("IGOUNO", "IRN", "086")], C, ROOT, (1, 1, 1)),
    # multisets: two gold events, one coded
    ([T("ISR", "PSE", "190"), T("ISR", "PSE", "190")], [T("ISR", "PSE", "190")], C, ROOT, (1, 2, 1)),
    # a missing target never matches
    ([T("ISR", "PSE", "190")], [T("ISR", None, "190")], C, ROOT, (0, 1, 1)),
]


@pytest.mark.parametrize(("gold", "coded", "actors", "codes", "expected"), CASES)
def test_sentence_score_counts_matches_by_level(gold, coded, actors, codes, expected):  # type: ignore[no-untyped-def]
    s = score_sentence(gold, coded, actors=actors, codes=codes)
    assert (s.matched, s.gold, s.coded) == expected


def test_set_score_sums_sentences_and_gives_precision_recall_f1() -> None:
    pairs = [([T("RUS", "CHN", "042")], [T("RUS", "CHN", "042"), T("CHN", "RUS", "042")]),
             ([T("USA", "IRN", "111"), T("IRN", "USA", "111")], [T("USA", "IRN", "112")])]
    s = score_set(pairs, actors=C, codes=ROOT)
    assert (s.matched, s.gold, s.coded) == (2, 3, 3)
    assert s.precision == pytest.approx(2 / 3) and s.recall == pytest.approx(2 / 3) and s.f1 == pytest.approx(2 / 3)


KINDS = [
    ([T("RUS", "CHN", "042")], [], [ErrorKind.NO_EVENT], []),
    ([T("RUS", "CHN", "042")], [T("RUS", "CHN", "111")], [ErrorKind.WRONG_ROOT], []),
    ([T("RUS", "CHN", "042")], [T("RUS", None, "042")], [ErrorKind.NO_TARGET], []),
    ([T("RUS", "CHN", "042")], [T("RUS", "JPN", "042")], [ErrorKind.WRONG_TARGET], []),
    ([T("RUS", "CHN", "042")], [T("---GOV", "CHN", "042")], [ErrorKind.SOURCE_WITHOUT_COUNTRY], []),
    ([T("RUS", "CHN", "042")], [T("USA", "CHN", "042")], [ErrorKind.WRONG_SOURCE], []),
    ([], [T("KOR", "KOR", "057")], [], [ErrorKind.SELF_DYAD]),
    ([], [T("USAGOV", "USALEG", "040")], [], [ErrorKind.EXTRA]),
]


@pytest.mark.parametrize(("gold", "coded", "misses", "extras"), KINDS)
def test_misses_and_extras_are_classified_by_kind(gold, coded, misses, extras):  # type: ignore[no-untyped-def]
    m, x = classify(gold, coded)
    assert [k for k, _ in m] == misses
    assert [k for k, _ in x] == extras


actors = st.sampled_from(["RUS", "RUSGOV", "CHN", "CHNMIL", "USA", None])
triples = st.builds(Triple, actors, actors, st.sampled_from(["042", "043", "111", "190", "0311"]))


@given(st.lists(triples, max_size=6), st.lists(triples, max_size=6))
def test_coarser_levels_never_match_fewer(gold, coded):  # type: ignore[no-untyped-def]
    fine = score_sentence(gold, coded, actors=R, codes=CODE).matched
    assert fine <= score_sentence(gold, coded, actors=C, codes=CODE).matched
    assert fine <= score_sentence(gold, coded, actors=R, codes=ROOT).matched
    assert score_sentence(gold, coded, actors=C, codes=ROOT).matched <= min(len(gold), len(coded))


@given(st.lists(triples, max_size=6), st.lists(triples, max_size=6))
def test_every_unmatched_triple_is_one_miss_or_one_extra(gold, coded):  # type: ignore[no-untyped-def]
    matched = score_sentence(gold, coded, actors=C, codes=ROOT).matched
    misses, extras = classify(gold, coded)
    assert len(misses) == len(gold) - matched
    assert len(extras) <= len(coded) - matched
