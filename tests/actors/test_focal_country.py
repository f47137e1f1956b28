"""Bare state agents ("the government", "the army") take the country the article makes clear."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.actors import resolve_actors

DAY = dt.date(2015, 6, 3)

# (article text, mention, occurrence, expected code)
GOLDEN = [
    # the sentence names one capital: a government spokesman in Juba is South Sudan's
    ("Rebels attacked a barracks overnight. A government spokesman in Juba denied that any soldiers had died.",
     "government spokesman", 1, "SSDGOV"),
    # the sentence names one country
    ("Talks resumed on Monday. The army said on Tuesday that it had retaken two towns in northern Mali.",
     "army", 1, "MLIMIL"),
    # no country in the sentence: the article's focal country (Yemen: three mentions, Oman one)
    ("Yemen's president flew to Aden. Yemeni officials said the port was secure. Oman offered to host talks. "
     "Yemen asked for more aid. Government troops later shelled the airport.",
     "Government troops", 1, "YEMMIL"),
    ("Colombian President Juan Manuel Santos met farmers in Cauca. Santos promised new roads. "
     "The government also pledged to compensate families.", "government", 1, "COLGOV"),
    # a group takes the country of a place its sentence names; an unknown titled person too
    ("Insurgents bombed a crowded market in Baghdad.", "Insurgents", 1, "IRQREB"),
    ("President Prosper Avril declared a 30-day state of siege in Haiti.", "President Prosper Avril", 1, "HTIGOV"),
    # a state organ may belong to the country acting in its sentence
    ("Seoul said the government would put its troops on alert.", "government", 1, "KORGOV"),
    # a definite singular title names a person (coreference), not the sentence's country (China)
    ("Saudi King Salman arrived in Beijing. President Xi Jinping welcomed the king in China.", "king", 1, "SAUGOV"),
]

# ambiguous: two countries equally salient, or two in the sentence, or an IGO that may own the agent
LEFT_ALONE = [
    ("Sudan and Chad traded accusations. Government troops were seen near the border.", "Government troops", "---MIL"),
    ("The army of one side shelled the town, said officials in Khartoum and Ndjamena, as Sudan and Chad argued.",
     "army", "---MIL"),
    ("The African Union sent troops to Somalia.", "troops", "---MIL"),
    ("The Russian ambassador was summoned to the Foreign Office.", "Foreign Office", "---GOV"),
    # a country acted upon is not the organ's ("suspended contact with the United States")
    ("The government suspended all contact with the United States.", "government", "---GOV"),
    # a group never takes a country its sentence names as an actor
    ("Nouri al-Maliki asked Iran to stop arming militias.", "militias", "---REB"),
]


def _find(found, text: str, mention: str, nth: int = 1):  # type: ignore[no-untyped-def]
    start = -1
    for _ in range(nth):
        start = text.index(mention, start + 1)
    return [m for m in found if m.start <= start and start + len(mention) <= m.end]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "nth", "code"), GOLDEN)
def test_bare_agent_takes_focal_country(parse, kb, text: str, mention: str, nth: int, code: str) -> None:
    found = resolve_actors(parse(text), kb=kb, published=DAY)
    hits = _find(found, text, mention, nth)
    assert [m.code for m in hits] == [code], [(m.text, m.code, m.via) for m in found]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), LEFT_ALONE)
def test_bare_agent_without_clear_country_keeps_its_role_only(parse, kb, text: str, mention: str, code: str) -> None:
    found = resolve_actors(parse(text), kb=kb, published=DAY)
    hits = _find(found, text, mention)
    assert [m.code for m in hits] == [code], [(m.text, m.code, m.via) for m in found]
