"""Sentence and article tone on VADER's compound scale."""

from __future__ import annotations

import pytest

from dyads.attributes import AttributeResources, article_tone, sentence_tone, weighted_tone
from dyads.records.parse import ParsedDoc, Sentence

TONES = [
    ("The leaders praised the successful and friendly talks.", 0.5, 1.0),
    ("Rebels killed dozens of civilians in a brutal attack.", -1.0, -0.5),
    ("The delegation arrived in the capital on Tuesday.", -0.05, 0.05),
]


@pytest.mark.parametrize(("sentence", "low", "high"), TONES)
def test_sentence_tone_sign(resources: AttributeResources, sentence: str, low: float, high: float) -> None:
    tone = sentence_tone(sentence, analyzer=resources.analyzer)
    assert low <= tone.compound <= high
    assert tone.method == "vader"


def test_empty_sentence_is_neutral(resources: AttributeResources) -> None:
    assert sentence_tone("   ", analyzer=resources.analyzer).compound == 0.0


def test_article_tone_is_the_length_weighted_mean(resources: AttributeResources) -> None:
    a = "The talks were a great success."
    b = "Later, a bomb killed twelve people and wounded many more in the crowded market."
    text = f"{a} {b}"
    doc = ParsedDoc(
        doc_id="t",
        text=text,
        tokens=(),
        sentences=(
            Sentence(index=0, first=0, last=0, start=0, end=len(a), text=a),
            Sentence(index=1, first=0, last=0, start=len(a) + 1, end=len(text), text=b),
        ),
        entities=(),
    )
    ta = sentence_tone(a, analyzer=resources.analyzer).compound
    tb = sentence_tone(b, analyzer=resources.analyzer).compound
    expected = (ta * len(a) + tb * len(b)) / (len(a) + len(b))
    tone = article_tone(doc, resources)
    assert tone.compound == pytest.approx(expected, abs=1e-3)
    assert tone.method == "vader-length-weighted-mean"
    assert tb < tone.compound < ta


def test_article_without_sentences_is_neutral(resources: AttributeResources) -> None:
    assert weighted_tone([], analyzer=resources.analyzer).compound == 0.0
