"""The evaluation codes each gold sentence as `dyads code` would read it."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.evaluation import code_gold
from dyads.evaluation.gold import GoldSentence, GoldSet
from dyads.evaluation.triples import Triple
from dyads.pipeline.resources import Resources

pytestmark = [pytest.mark.model]


@pytest.fixture(scope="module")
def resources(parser, kb, codebook, patterns, towns) -> Resources:  # type: ignore[no-untyped-def]
    return Resources(parser, kb, codebook, patterns, attributes=None, towns=towns)


@pytest.mark.parametrize(("raw", "expected"), [
    # A wiki dump split the plural 's' off its word; ingest joins it again, so must the evaluation.
    ("Kenyan soldier s attacked rebel s in Somalia.", ("KENMIL", "SOMREB", "190")),
    ("Egyptian police arrested dozens of protester s in Cairo.", ("EGYCOP", "EGYCVL", "173")),
])
def test_gold_sentence_is_coded_from_text_cleaned_as_ingest_cleans_it(
        resources: Resources, raw: str, expected: tuple[str, str, str]) -> None:
    gold = GoldSet("t", (GoldSentence("t:1", raw, dt.date(2010, 1, 1), ()),), actors_have_roles=True)
    (coded,) = code_gold(gold, resources)
    assert Triple(*expected) in coded.coded
