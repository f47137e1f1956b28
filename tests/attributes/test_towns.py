"""The gazetteer as the coder's town lookup: a town's country when its name says which."""

from __future__ import annotations

import pytest

TOWNS = [
    ("Jericho", "PSE"),     # one place of that name
    ("Kirkuk", "IRQ"),
    ("Rafah", "PSE"),       # PSE's Rafah has over twice the people of Egypt's
    ("Santiago", "CHL"),    # the Chilean capital outweighs every other Santiago
    ("Cordoba", "ARG"),
    ("Fallujah", "IRQ"),    # GeoNames' "Al Fallujah": an Arab town's name without the article
    ("Samawah", "IRQ"),
    ("Ontario", "CAN"),     # a province of the project's table outranks the Californian town
    ("Queensland", "AUS"),
    ("Qwxzville", None),    # unknown
    ("Asia", None),         # the continent, not the Philippine town of that name
]


@pytest.mark.parametrize(("name", "country"), TOWNS)
def test_a_town_resolves_to_the_country_its_name_says(towns, name, country):  # type: ignore[no-untyped-def]
    assert towns.country_of(name) == country


def test_a_name_shared_evenly_by_two_countries_says_nothing(gazetteer):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from dyads.attributes.places.gazetteer import GazEntry
    from dyads.attributes.places.towns import GazetteerTowns

    twins = (GazEntry("Springfield", "USA", None, None, None, "city", population=150_000),
             GazEntry("Springfield", "AUS", None, None, None, "city", population=100_000))
    gaz = replace(gazetteer, index={**gazetteer.index, "springfield": twins})
    assert GazetteerTowns(gaz).country_of("Springfield") is None


@pytest.mark.parametrize(("name", "near", "country"), [
    ("Rafah", frozenset({"EGY"}), "EGY"),  # "in Rafah, on the Egyptian side": the sentence names Egypt
    ("Rafah", frozenset({"ISR"}), "PSE"),  # a country none of the places is in says nothing of which
    ("Laredo", frozenset({"PER"}), "PER"),
])
def test_a_shared_name_goes_to_the_country_its_sentence_names(towns, name, near, country):  # type: ignore[no-untyped-def]
    assert towns.country_of(name, near=near) == country
