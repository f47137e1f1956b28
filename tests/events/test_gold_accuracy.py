"""`make eval`'s figures as tests: root-level triple F1 (source, target and code, countries compared)
on the development gold sets must not fall below what the coder reaches today, and the issue's
targets are recorded as known failures until they are met."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyads.evaluation import ActorLevel, CodeLevel, code_gold, read_manual, read_offsets_gold, score_set
from dyads.pipeline.resources import Resources

pytestmark = [pytest.mark.model, pytest.mark.shared]

GOLD = Path(__file__).resolve().parents[2] / "gold"


@pytest.fixture(scope="module")
def resources(parser, kb, codebook, patterns, towns) -> Resources:  # type: ignore[no-untyped-def]
    return Resources(parser, kb, codebook, patterns, attributes=None, towns=towns)


def _root_f1(gold, res: Resources) -> float:  # type: ignore[no-untyped-def]
    coded = code_gold(gold, res)
    pairs = [(tuple(t for t in s.gold.triples if t.dyadic), s.coded) for s in coded]
    return score_set(pairs, actors=ActorLevel.COUNTRY, codes=CodeLevel.ROOT).f1


@pytest.fixture(scope="module")
def manual_f1(shared, resources) -> float:  # type: ignore[no-untyped-def]
    return _root_f1(read_manual(shared / "gold" / "cameo_manual_examples.jsonl"), resources)


@pytest.fixture(scope="module")
def wikinews_f1(shared, resources) -> float:  # type: ignore[no-untyped-def]
    return _root_f1(read_offsets_gold(GOLD / "wikinews_dev.jsonl", corpora=shared / "corpora", name="w"), resources)


@pytest.fixture(scope="module")
def wikinews_c_f1(shared, resources) -> float:  # type: ignore[no-untyped-def]
    return _root_f1(read_offsets_gold(GOLD / "wikinews_dev_c.jsonl", corpora=shared / "corpora", name="c"), resources)


@pytest.fixture(scope="module")
def wikinews_d_f1(shared, resources) -> float:  # type: ignore[no-untyped-def]
    return _root_f1(read_offsets_gold(GOLD / "wikinews_dev_d.jsonl", corpora=shared / "corpora", name="d"), resources)


@pytest.fixture(scope="module")
def wikinews_e_f1(shared, resources) -> float:  # type: ignore[no-untyped-def]
    return _root_f1(read_offsets_gold(GOLD / "wikinews_dev_e.jsonl", corpora=shared / "corpora", name="e"), resources)


@pytest.fixture(scope="module")
def wikinews_b_f1(shared, resources) -> float:  # type: ignore[no-untyped-def]
    return _root_f1(read_offsets_gold(GOLD / "wikinews_dev_b.jsonl", corpora=shared / "corpora", name="b"), resources)


def test_manual_examples_root_triple_f1_holds(manual_f1: float) -> None:
    assert manual_f1 >= 0.77  # measured 0.780 (make eval)


def test_manual_examples_root_triple_f1_reaches_the_target(manual_f1: float) -> None:
    assert manual_f1 >= 0.75


def test_wikinews_dev_root_triple_f1_holds(wikinews_f1: float) -> None:
    assert wikinews_f1 >= 0.34  # measured 0.355 (make eval, stop 28; 0.330 before)


@pytest.mark.xfail(strict=True, reason="issue 8 target (0.65) not reached: most gold events are missed outright")
def test_wikinews_dev_root_triple_f1_reaches_the_target(wikinews_f1: float) -> None:
    assert wikinews_f1 >= 0.65


def test_second_wikinews_batch_root_triple_f1_holds(wikinews_b_f1: float) -> None:
    assert wikinews_b_f1 >= 0.21  # measured 0.235 (make eval, stop 28; 0.096 blind, before its first rules)


@pytest.mark.xfail(strict=True, reason="issue 8 target (0.65) not reached on the second batch either")
def test_second_wikinews_batch_root_triple_f1_reaches_the_target(wikinews_b_f1: float) -> None:
    assert wikinews_b_f1 >= 0.65


def test_third_wikinews_batch_root_triple_f1_holds(wikinews_c_f1: float) -> None:
    assert wikinews_c_f1 >= 0.20  # 0.158 blind through stop 26; 0.187 after stop 27, 0.216 after stop 28 (make eval)


@pytest.mark.xfail(strict=True, reason="issue 8 target (0.65) not reached on the third batch either")
def test_third_wikinews_batch_root_triple_f1_reaches_the_target(wikinews_c_f1: float) -> None:
    assert wikinews_c_f1 >= 0.65


def test_fourth_wikinews_batch_root_triple_f1_holds(wikinews_d_f1: float) -> None:
    # blind: 0.183 (start of stop 27), 0.180 (start of stop 28), 0.198 (end of stop 28); spent in stop 29: 0.270
    assert wikinews_d_f1 >= 0.25


@pytest.mark.xfail(strict=True, reason="issue 8 target (0.65) not reached on the fourth batch either")
def test_fourth_wikinews_batch_root_triple_f1_reaches_the_target(wikinews_d_f1: float) -> None:
    assert wikinews_d_f1 >= 0.65


def test_fifth_wikinews_batch_root_triple_f1_holds(wikinews_e_f1: float) -> None:
    assert wikinews_e_f1 >= 0.17  # blind: 0.182 (start of stop 29, scored on its start commit)


@pytest.mark.xfail(strict=True, reason="issue 8 target (0.65) not reached on the fifth batch either")
def test_fifth_wikinews_batch_root_triple_f1_reaches_the_target(wikinews_e_f1: float) -> None:
    assert wikinews_e_f1 >= 0.65
