"""`make eval`'s targets on the CAMEO manual examples: root accuracy >= 85%, code accuracy >= 60%."""

from __future__ import annotations

import pytest

from dyads import evaluation

pytestmark = [pytest.mark.model, pytest.mark.shared]


def test_gold_root_and_code_accuracy_reach_the_targets(shared, parser, kb, patterns, codebook):  # type: ignore[no-untyped-def]
    gold = list(evaluation.read_gold(shared / evaluation.GOLD))
    res = evaluation.Resources(parser, kb, codebook, patterns, attributes=None)
    outcomes = evaluation.score(gold, res)
    roots = sum(o.root_hit for o in outcomes) / len(outcomes)
    codes = sum(o.code_hit for o in outcomes) / len(outcomes)
    assert roots >= 0.85
    assert codes >= 0.60
