"""Pairs resolve to two actors of the right kind: people for "leaders"/"men", conflict parties for "sides"."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.actors import resolve_actors

DAY = dt.date(2014, 5, 10)

# (article text, pair phrase, the two expected codes in any order)
GOLDEN = [
    # people: the two persons, not two countries
    ("President Salva Kiir of South Sudan met rebel leader Riek Machar in Ethiopia. "
     "The two men shook hands before the cameras.", "The two men", {"SSDGOV", "SSDREB"}),
    ("German Chancellor Angela Merkel flew to Paris to see French President Francois Hollande. "
     "Both leaders called for calm in Ukraine.", "Both leaders", {"DEUGOV", "FRAGOV"}),
    # people of the pair's own sentence come first, and the clause's subject is one of them here
    ("Foreign Minister Taro Kono met reporters. Kono spoke twice. Prime Minister Shinzo Abe declined to meet "
     "President Moon Jae-in, and the two leaders did not speak.", "the two leaders", {"JPNGOV", "KORGOV"}),
    # sides of a civil war: the government and the rebels, not a neighbour that hosts the talks
    ("South Sudan's government and rebels loyal to Riek Machar met in Addis Ababa, where Ethiopian Prime "
     "Minister Hailemariam Desalegn said that both sides wanted peace.", "both sides", {"SSDGOV", "SSDREB"}),
    # sides of an interstate war: the two countries, whatever organ was named
    ("Russian President Vladimir Putin spoke to reporters. Russia and Ukraine agreed a truce, and Ukraine "
     "said both sides would pull back heavy guns.", "both sides", {"RUSGOV", "UKR"}),
    # countries stay countries
    ("Colombia recalled its ambassador. Venezuela did the same, and the two countries stopped trade.",
     "the two countries", {"COL", "VEN"}),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair", "codes"), GOLDEN)
def test_pair_resolves_to_two_actors_of_its_kind(parse, kb, text: str, pair: str, codes: set[str]) -> None:
    found = resolve_actors(parse(text), kb=kb, published=DAY)
    start = text.index(pair)
    hits = [m for m in found if m.start == start and m.via == "pair"]
    assert {m.code for m in hits} == codes and len(hits) == 2, [(m.text, m.code, m.via) for m in found]


# "the kingdom", "the country": the most salient earlier country that is not the clause's own subject
DEFINITE = [
    ("Saudi King Salman arrived in Beijing. President Xi Jinping welcomed the king and said China supported "
     "the kingdom's plan to diversify its economy.", "the kingdom", "SAU"),
    ("Iran rejected the offer. Iranian officials said Germany must respect the country's rights.", "the country", "IRN"),
    ("Moroccan King Mohammed met Spanish officials. Spain praised the kingdom for its help.", "the kingdom", "MAR"),
]
DEFINITE_LEFT_ALONE = [
    # two countries tie
    ("Chad and Niger signed a deal. Officials said the country would gain most.", "the country"),
    # a modifier says which
    ("Chad signed a deal with Niger. Officials said the neighbouring country would gain most.", "neighbouring country"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "phrase", "code"), DEFINITE)
def test_definite_country_noun_is_the_salient_country(parse, kb, text: str, phrase: str, code: str) -> None:
    found = resolve_actors(parse(text), kb=kb, published=DAY)
    start = text.index(phrase)
    assert [m.code for m in found if m.start == start] == [code], [(m.text, m.code, m.via) for m in found]


@pytest.mark.model
@pytest.mark.parametrize(("text", "phrase"), DEFINITE_LEFT_ALONE)
def test_unclear_definite_country_noun_is_no_actor(parse, kb, text: str, phrase: str) -> None:
    found = resolve_actors(parse(text), kb=kb, published=DAY)
    start = text.index(phrase)
    assert [m for m in found if m.start <= start < m.end] == [], [(m.text, m.code, m.via) for m in found]
