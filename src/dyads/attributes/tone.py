"""Tone on VADER's compound scale: -1 (most negative) to +1 (most positive).

A sentence's tone is VADER's compound score for it.  An article's tone is the
mean of its sentences' compound scores weighted by their length in characters,
so a long paragraph counts more than a one-line quote; an article without
sentences has tone 0.  Load the analyzer once with :func:`load_tone_analyzer`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from dyads.errors import ResourceError
from dyads.records.attributes import Tone

SENTENCE_METHOD = "vader"
ARTICLE_METHOD = "vader-length-weighted-mean"


class ToneAnalyzer(Protocol):
    def polarity_scores(self, text: str) -> dict[str, float]: ...


def load_tone_analyzer() -> ToneAnalyzer:
    """VADER's analyzer (reads its lexicon, about 20 ms)."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ResourceError(f"vaderSentiment is not installed: {exc}") from exc
    return SentimentIntensityAnalyzer()


def sentence_tone(text: str, *, analyzer: ToneAnalyzer) -> Tone:
    """VADER's compound score of one sentence."""
    if not text.strip():
        return Tone(compound=0.0, method=SENTENCE_METHOD)
    return Tone(compound=round(float(analyzer.polarity_scores(text)["compound"]), 4), method=SENTENCE_METHOD)


def weighted_tone(sentences: Iterable[str], *, analyzer: ToneAnalyzer) -> Tone:
    """The length-weighted mean of the sentences' compound scores."""
    total = 0.0
    weight = 0
    for text in sentences:
        size = len(text.strip())
        if size:
            total += sentence_tone(text, analyzer=analyzer).compound * size
            weight += size
    return Tone(compound=round(total / weight, 4) if weight else 0.0, method=ARTICLE_METHOD)
