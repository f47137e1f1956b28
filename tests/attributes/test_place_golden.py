"""Golden table: place mentions geocoded offline.

Coordinates are checked within 0.5 degrees where the row gives them (cities from
GeoNames, regions from the project table); countries are checked by code and name.
"""

from __future__ import annotations

import pytest

from dyads.attributes.places.gazetteer import Gazetteer
from dyads.attributes.places.placing import PlaceContext, find_places

GOLDEN = [
    # sentence, mention text, name, country ISO3, lat, lon (None: not checked)
    ("Medvedev arrived in Dalian on Sunday.", "Dalian", "Dalian", "CHN", 38.91, 121.60),
    ("Sechin attended a groundbreaking ceremony in Tianjin.", "Tianjin", "Tianjin", "CHN", 39.14, 117.18),
    ("The SCO held an exercise in Kazakhstan.", "Kazakhstan", "Kazakhstan", "KAZ", None, None),
    ("They will manufacture heavy trucks in the Urals.", "Urals", "Urals", "RUS", 60.0, 59.5),
    ("The naval manoeuvres took place around the Kuril Islands.", "Kuril Islands", "Kuril Islands", "RUS", 46.5, 151.0),
    ("Chinese ships patrolled in the South China Sea.", "South China Sea", "South China Sea", None, 12.0, 114.0),
    ("A trawler collided with patrol boats near the Diaoyu islets.", "Diaoyu islets", "Senkaku Islands", None, 25.75, 123.5),
    ("Coast guard vessels sailed near the Senkaku Islands.", "Senkaku Islands", "Senkaku Islands", None, 25.75, 123.5),
    ("The United States sold arms to Taiwan.", "Taiwan", "Taiwan", "TWN", 23.7, 121.0),
    ("Troops were deployed in Crimea.", "Crimea", "Crimea", "UKR", 45.0, 34.0),
    ("Shelling was reported in Kashmir.", "Kashmir", "Kashmir", None, 34.5, 76.0),
    ("Settlers moved into the Golan Heights.", "Golan Heights", "Golan Heights", "SYR", 33.0, 35.75),
    ("Raids continued in the West Bank.", "West Bank", "West Bank", "PSE", 32.0, 35.25),
    ("Aid convoys reached Gaza on Monday.", "Gaza", "Gaza Strip", "PSE", 31.4, 34.4),
    ("Tension rose in the East China Sea.", "East China Sea", "East China Sea", None, 29.0, 125.0),
    ("The talks took place in Paris.", "Paris", "Paris", "FRA", 48.85, 2.35),
    ("The rally was held in Paris, Texas.", "Paris", "Paris", "USA", 33.66, -95.56),
    ("The envoy flew to Washington for talks.", "Washington", "Washington", "USA", 38.90, -77.04),
    ("Protesters gathered in Moscow.", "Moscow", "Moscow", "RUS", 55.75, 37.62),
    ("The delegation arrived in Beijing.", "Beijing", "Beijing", "CHN", 39.91, 116.40),
    ("Thousands marched in Kiev.", "Kiev", "Kyiv", "UKR", 50.45, 30.52),
    ("The embassy in Peking was closed.", "Peking", "Beijing", "CHN", 39.91, 116.40),
    ("The ministers met in Tokyo.", "Tokyo", "Tokyo", "JPN", 35.69, 139.69),
    ("A car bomb exploded in Baghdad.", "Baghdad", "Baghdad", "IRQ", 33.34, 44.40),
    ("Insurgents attacked a base near Kabul.", "Kabul", "Kabul", "AFG", 34.53, 69.17),
    ("The talks in Islamabad ended early.", "Islamabad", "Islamabad", "PAK", 33.72, 73.04),
    ("The summit opened in New Delhi.", "New Delhi", "New Delhi", "IND", 28.64, 77.22),
    ("Students protested in Tehran.", "Tehran", "Tehran", "IRN", 35.69, 51.42),
    ("Police sealed off streets in Jerusalem.", "Jerusalem", "Jerusalem", "ISR", 31.77, 35.22),
    ("The opposition met in Damascus.", "Damascus", "Damascus", "SYR", 33.51, 36.29),
    ("Kenyan leaders signed the deal in Nairobi.", "Nairobi", "Nairobi", "KEN", -1.28, 36.82),
    ("Oil workers struck in Lagos.", "Lagos", "Lagos", "NGA", 6.45, 3.39),
    ("The president spoke in Caracas.", "Caracas", "Caracas", "VEN", 10.49, -66.88),
    ("Bankers met in São Paulo.", "São Paulo", "São Paulo", "BRA", -23.55, -46.64),
    ("Marchers filled the streets in Mexico City.", "Mexico City", "Mexico City", "MEX", 19.43, -99.13),
    ("Russian tanks rolled into Georgia.", "Georgia", "Georgia", "GEO", None, None),
    ("Rebels regrouped in Siberia.", "Siberia", "Siberia", "RUS", 60.0, 100.0),
    ("Russia held its largest exercise in the Far East.", "Far East", "Far East", "RUS", 60.0, 140.0),
    ("Fighting flared in Chechnya.", "Chechnya", "Chechnya", "RUS", 43.4, 45.7),
    ("Riots broke out in Xinjiang.", "Xinjiang", "Xinjiang", "CHN", 41.5, 85.5),
    ("Monks protested in Tibet.", "Tibet", "Tibet", "CHN", 31.5, 88.0),
    ("Russia claims islands off Hokkaido.", "Hokkaido", "Hokkaido", "JPN", 43.2, 142.8),
    ("Soviet forces fought in Manchuria.", "Manchuria", "Manchuria", "CHN", 45.0, 126.0),
    ("Moscow seeks stability in the Caucasus.", "Caucasus", "Caucasus", None, 42.5, 44.5),
    ("Russian troops remain in Abkhazia.", "Abkhazia", "Abkhazia", "GEO", 43.0, 41.0),
    ("Georgian forces shelled positions in South Ossetia.", "South Ossetia", "South Ossetia", "GEO", 42.3, 44.0),
    ("Peacekeepers patrol in Transnistria.", "Transnistria", "Transnistria", "MDA", 47.2, 29.4),
    ("NATO troops were attacked in Kosovo.", "Kosovo", "Kosovo", "XKX", 42.6, 20.9),
    ("Demonstrators rallied in Hong Kong.", "Hong Kong", "Hong Kong", "HKG", 22.3, 114.2),
    ("US warships sailed in the Persian Gulf.", "Persian Gulf", "Persian Gulf", None, 27.0, 51.0),
    ("The fleet is based in the Black Sea.", "Black Sea", "Black Sea", None, 43.0, 35.0),
    ("Iran threatened shipping in the Strait of Hormuz.", "Strait of Hormuz", "Strait of Hormuz", None, 26.6, 56.3),
    ("Pirates seized a tanker in the Gulf of Aden.", "Gulf of Aden", "Gulf of Aden", None, 12.5, 48.0),
    ("Militias attacked villages in Darfur.", "Darfur", "Darfur", "SDN", 13.5, 24.0),
    ("The law was debated in the U.S. this week.", "U.S.", "United States", "USA", None, None),
    ("Strikes spread across Britain.", "Britain", "United Kingdom", "GBR", None, None),
    ("Monks marched in Burma.", "Burma", "Myanmar", "MMR", None, None),
    ("The court sits in the Netherlands.", "Netherlands", "The Netherlands", "NLD", None, None),
    ("Turkish jets struck targets in northern Iraq.", "Iraq", "Iraq", "IRQ", None, None),
    ("Election violence erupted in Ivory Coast.", "Ivory Coast", "Ivory Coast", "CIV", None, None),
    ("The fleet returned to Vladivostok.", "Vladivostok", "Vladivostok", "RUS", 43.11, 131.87),
    ("The pipeline runs to the Chinese city of Daqing.", "Daqing", "Daqing", "CHN", 46.58, 125.0),
    ("The Black Sea Fleet is based in Sevastopol.", "Sevastopol", "Sevastopol", "UKR", 44.6, 33.52),
    ("Officials met in Yuzhno-Sakhalinsk.", "Yuzhno-Sakhalinsk", "Yuzhno-Sakhalinsk", "RUS", 46.95, 142.74),
    ("The summit was held in Ulan Bator.", "Ulan Bator", "Ulan Bator", "MNG", 47.91, 106.88),
    ("Gunmen attacked hotels in Bombay.", "Bombay", "Mumbai", "IND", 19.07, 72.88),
    ("Vietnam protested Chinese drills in the Spratly Islands.", "Spratly Islands", "Spratly Islands", None, 10.0, 114.3),
    ("Talks were held in Northern Cyprus.", "Northern Cyprus", "Northern Cyprus", "CYP", 35.25, 33.5),
    ("The visiting delegation stayed in Vienna.", "Vienna", "Vienna", "AUT", 48.21, 16.37),
    ("The highway will cross the Andes.", "Andes", "Andes", None, -15.0, -70.0),
    ("The ship docked in Mombasa.", "Mombasa", "Mombasa", "KEN", -4.05, 39.67),
]


@pytest.mark.parametrize(("sentence", "text", "name", "country", "lat", "lon"), GOLDEN)
def test_place_is_geocoded(
    gazetteer: Gazetteer, sentence: str, text: str, name: str, country: str | None, lat: float | None, lon: float | None
) -> None:
    found = {p.text: p for p in find_places(sentence, gazetteer=gazetteer)}
    assert text in found, f"{text!r} not found in {sorted(found)}"
    place = found[text]
    assert (place.name, place.country) == (name, country)
    if lat is not None and lon is not None:
        assert place.lat == pytest.approx(lat, abs=0.5)
        assert place.lon == pytest.approx(lon, abs=0.5)
    assert sentence[place.char_start : place.char_end] == text


def test_countries_have_coordinates(gazetteer: Gazetteer) -> None:
    (kaz,) = find_places("An exercise in Kazakhstan.", gazetteer=gazetteer)
    # a population centroid: inside the country's box (40-56 N, 46-88 E)
    assert 40 <= kaz.lat <= 56 and 46 <= kaz.lon <= 88


NOT_PLACES = [
    "Sergei Lavrov met Hillary Clinton on Tuesday.",
    "The report was written by John Chan.",
    "The Shanghai Cooperation Organisation met on Friday.",
    "Chinese and Russian officials issued a statement.",
    "Peace Mission 2010 began with a parade.",
    "Obama spoke to reporters at length.",
    "The budget will rise to US$29.98 billion.",
]


@pytest.mark.parametrize("sentence", NOT_PLACES)
def test_names_that_are_not_places_are_skipped(gazetteer: Gazetteer, sentence: str) -> None:
    assert find_places(sentence, gazetteer=gazetteer) == ()


def test_context_of_the_article_picks_between_namesakes(gazetteer: Gazetteer) -> None:
    sentence = "The governor flew to Georgia."
    (default,) = find_places(sentence, gazetteer=gazetteer)
    (american,) = find_places(sentence, gazetteer=gazetteer, context=PlaceContext(countries=frozenset({"USA"})))
    assert default.country == "GEO"
    assert (american.country, american.admin1) == ("USA", "US.GA")


def test_paris_goes_to_texas_only_when_the_article_is_about_texas(gazetteer: Gazetteer) -> None:
    sentence = "The delegation arrived in Paris."
    us_actors = PlaceContext(countries=frozenset({"USA"}))
    texas = PlaceContext(countries=frozenset({"USA"}), admin1=frozenset({"US.TX"}))
    assert find_places(sentence, gazetteer=gazetteer, context=us_actors)[0].country == "FRA"
    assert find_places(sentence, gazetteer=gazetteer, context=texas)[0].admin1 == "US.TX"


def test_small_foreign_town_named_like_a_person_is_not_believed(gazetteer: Gazetteer) -> None:
    sentence = "The opposition tried to draw links to Martin over the affair."
    assert [p.name for p in find_places(sentence, gazetteer=gazetteer)] == ["Martin"]
    canada = PlaceContext(countries=frozenset({"CAN"}))
    assert find_places(sentence, gazetteer=gazetteer, context=canada) == ()


def test_tripoli_follows_the_actors(gazetteer: Gazetteer) -> None:
    sentence = "Clashes were reported in Tripoli."
    assert find_places(sentence, gazetteer=gazetteer)[0].country == "LBY"
    lebanon = PlaceContext(countries=frozenset({"LBN"}))
    assert find_places(sentence, gazetteer=gazetteer, context=lebanon)[0].country == "LBN"
