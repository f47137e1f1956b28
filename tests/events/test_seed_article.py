"""The seed article ("China and Russia strengthen strategic ties", 6 October 2010) yields the
events a careful coder lists, and few others."""

from __future__ import annotations

import pytest

from dyads.actors import resolve_actors
from dyads.events import code_events
from dyads.ingest.plaintext import read_plain_text
from dyads.records.event import Event

pytestmark = [pytest.mark.model, pytest.mark.shared]

EXPECTED = [
    ("RUSGOV", "CHN", "042"),  # Medvedev's visit to China
    ("RUSGOV", "CHNGOV", "019"),  # Medvedev and Hu issued a joint statement
    ("CHNGOV", "RUSGOV", "019"),
    ("RUS", "CHN", "019"),  # the joint statements by Russia and China
    ("RUS", "CHNGOV", "051"),  # Russian support for Beijing's sovereignty
    ("CHN", "RUSGOV", "051"),  # Chinese support for Moscow's efforts
    ("RUS", "GEOGOV", "190"),  # Russia waged a war with the Georgian regime
    ("USAGOV", "TWN", "062"),  # selling arms to Taiwan
    ("JPN", "CHNCVL", "173"),  # Japan's detention of a Chinese trawler captain
    ("CHNMED", "USAGOV", "1124"),  # Xinhua accused Washington of protecting war criminals
    ("JPNGOV", "RUSGOV", "110"),  # Tokyo summoned the Russian ambassador
    ("RUSGOV", None, "120"),  # Moscow: "no approval" was needed
    ("JPN", None, "114"),  # protests from Japan at Vostok 2010
    ("RUS", None, "150"),  # Russia conducted Vostok 2010
    ("IGOASASCO", None, "062"),  # the SCO's joint exercise Peace Mission 2010
    ("CHN", "RUSBUS", "057"),  # the loans-for-oil agreement China signed with Russia's companies
    ("RUSGOV", None, "061"),  # Sechin at the groundbreaking of the Tianjin refinery
    ("RUS", "CHN", "0311"),  # Russia ready to meet China's demand for gas
    ("RUSGOV", "CHN", "0211"),  # Medvedev called on China to invest
    ("CHNBUS", "RUSBUS", "0311"),  # the planned FAW-GAZ joint venture
    ("RUSBUS", "CHNBUS", "0311"),
]


@pytest.fixture(scope="module")
def seed_events(seed_path, parser, patterns, codebook, kb) -> tuple[Event, ...]:  # type: ignore[no-untyped-def]
    article = next(iter(read_plain_text(seed_path.read_text(encoding="utf-8"), source=str(seed_path))))
    doc = parser.parse(article.doc_id, article.text)
    actors = resolve_actors(doc, kb=kb, published=article.published, byline=article.byline)
    return code_events(doc, actors, patterns=patterns, codebook=codebook, kb=kb, published=article.published)


@pytest.mark.parametrize("expected", EXPECTED, ids=[f"{s}-{t}-{c}" for s, t, c in EXPECTED])
def test_seed_article_yields_the_event(seed_events, expected):  # type: ignore[no-untyped-def]
    found = {(e.source.code if e.source else None, e.target.code if e.target else None, e.code) for e in seed_events}
    assert expected in found


def test_seed_article_yields_the_oil_pipeline(seed_events):  # type: ignore[no-untyped-def]
    assert any(e.code.startswith("06") and e.target and e.target.code == "CHN" and e.source
               and e.source.code == "RUS" and any("Daqing" in ev.sentence for ev in e.evidence) for e in seed_events)


def test_seed_article_has_few_extras(seed_events):  # type: ignore[no-untyped-def]
    assert len(seed_events) <= len(EXPECTED) + 25
    assert all(e.source is not None for e in seed_events)
