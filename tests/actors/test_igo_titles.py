"""An IGO's secretary-general speaks for the IGO ("Secretary-General" is no army general)."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.actors import resolve_actors

DAY = dt.date(2015, 8, 28)

GOLDEN = [
    ("UNASUR Secretary-General Ernesto Samper offered to mediate.", "UNASUR Secretary-General Ernesto Samper", "IGOSAM"),
    ("OAS Secretary General Jose Miguel Insulza called for calm.", "OAS Secretary General Jose Miguel Insulza", "IGOWHMOAS"),
    ("Arab League Secretary-General Nabil Elaraby met the envoy.", "Arab League Secretary-General Nabil Elaraby", "IGOMEAARL"),
    ("The Secretary-General of NATO visited Kabul.", "Secretary-General of NATO", "IGOWSTNAT"),
    ("UNASUR officials arrived in Caracas.", "UNASUR officials", "IGOSAM"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "code"), GOLDEN)
def test_secretary_general_speaks_for_the_igo(parse, kb, text: str, mention: str, code: str) -> None:
    found = resolve_actors(parse(text), kb=kb, published=DAY)
    assert any(m.text == mention and m.code == code for m in found), [(m.text, m.code) for m in found]


# team facts added for the example articles: office-holders on the article's date
PEOPLE = [
    ("2014-07-30", "Herman Van Rompuy called the sanctions a clear signal.", "Herman Van Rompuy", "IGOEUREEC"),
    ("2015-08-26", "María Ángela Holguín flew to Cartagena.", "María Ángela Holguín", "COLGOV"),
    ("2015-08-26", "Delcy Rodríguez rejected the charge.", "Delcy Rodríguez", "VENGOV"),
]


@pytest.mark.model
@pytest.mark.parametrize(("day", "text", "mention", "code"), PEOPLE)
def test_office_holder_on_the_day(parse, kb, day: str, text: str, mention: str, code: str) -> None:
    found = resolve_actors(parse(text), kb=kb, published=dt.date.fromisoformat(day))
    assert any(m.text == mention and m.code == code for m in found), [(m.text, m.code) for m in found]
