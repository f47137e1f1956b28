"""Choosing where an event happened, and how disputed areas are recorded."""

from __future__ import annotations

import pytest

from dyads.attributes.places.gazetteer import Gazetteer
from dyads.attributes.places.placing import PlaceContext, PlaceCue, event_place, find_place_mentions, find_places

CTX = PlaceContext()


def _where(gazetteer: Gazetteer, sentence: str, trigger: str, *, exclude=()):
    start = sentence.index(trigger)
    mentions = find_place_mentions(sentence, gazetteer=gazetteer)
    return event_place(
        mentions,
        trigger_start=start,
        trigger_end=start + len(trigger),
        context=CTX,
        sentence=sentence,
        sentence_start=0,
        exclude=exclude,
    )


def test_locative_place_of_the_trigger(gazetteer: Gazetteer) -> None:
    place = _where(gazetteer, "Last month, the SCO held a joint exercise, Peace Mission 2010, in Kazakhstan.", "held")
    assert place is not None and place.country == "KAZ"


def test_place_in_a_who_clause_is_not_the_event_place(gazetteer: Gazetteer) -> None:
    sentence = "Igor Sechin, who was in China ahead of the visit, attended a groundbreaking ceremony in Tianjin."
    place = _where(gazetteer, sentence, "attended")
    assert place is not None and place.name == "Tianjin"


def test_destination_of_a_visit(gazetteer: Gazetteer) -> None:
    place = _where(gazetteer, "Medvedev's visit to China on September 26-28 is a further sign.", "visit")
    assert place is not None and place.country == "CHN"


def test_actor_names_are_not_event_places(gazetteer: Gazetteer) -> None:
    assert _where(gazetteer, "In 2008, Russia waged a war with Georgia.", "waged") is None


def test_origin_is_not_the_event_place(gazetteer: Gazetteer) -> None:
    assert _where(gazetteer, "The envoy returned from Tokyo.", "returned") is None


def test_according_to_a_country_is_not_a_destination(gazetteer: Gazetteer) -> None:
    assert _where(gazetteer, "The bomb was small, according to Spain's interior minister.", "was") is None


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Chavez insisted on Venezuela's neutrality.", "insisted", None),
        ("Medvedev planned to land on the Kuril Islands.", "land", "Kuril Islands"),
        ("Security was increased at Russia's base.", "increased", None),
        ("Colombia released a notice in response to Venezuela.", "released", None),
        ("The police passed the information to US officials.", "passed", None),
    ],
)
def test_topic_and_possessor_names_are_not_places(
    gazetteer: Gazetteer, sentence: str, trigger: str, expected: str | None
) -> None:
    place = _where(gazetteer, sentence, trigger)
    assert (place.name if place else None) == expected


def test_places_inside_the_actor_spans_are_excluded(gazetteer: Gazetteer) -> None:
    sentence = "Officials in Moscow condemned the shelling near Grozny."
    source = (0, sentence.index(" condemned"))
    place = _where(gazetteer, sentence, "condemned", exclude=[source])
    assert place is not None and place.name == "Grozny"


def test_coordinated_places_share_the_cue(gazetteer: Gazetteer) -> None:
    mentions = find_place_mentions("Protests spread in Kiev and Lviv.", gazetteer=gazetteer)
    assert [(m.text, m.cue) for m in mentions] == [("Kiev", PlaceCue.LOCATIVE), ("Lviv", PlaceCue.LOCATIVE)]


def test_country_after_a_city_qualifies_it(gazetteer: Gazetteer) -> None:
    mentions = find_place_mentions("Talks opened in Dalian, China.", gazetteer=gazetteer)
    assert [m.cue for m in mentions] == [PlaceCue.LOCATIVE, PlaceCue.QUALIFIER]
    assert [p.name for p in find_places("Talks opened in Dalian, China.", gazetteer=gazetteer)] == ["Dalian"]


DISPUTED = [
    # mention, country recorded, words the note must carry
    ("Senkaku Islands", None, ("JPN administers", "CHN and TWN claim")),
    ("Diaoyu Islands", None, ("JPN administers", "CHN and TWN claim")),
    ("Kuril Islands", "RUS", ("RUS administers", "JPN claims")),
    ("Taiwan", "TWN", ("own code", "CHN claims")),
    ("Crimea", "UKR", ("international recognition", "Russian control since 2014")),
    ("Kashmir", None, ("IND administers", "PAK administers")),
    ("Golan Heights", "SYR", ("international recognition", "ISR")),
    ("South China Sea", None, ("CHN", "VNM", "PHL")),
]


@pytest.mark.parametrize(("name", "country", "words"), DISPUTED)
def test_disputed_areas_are_recorded_deliberately(
    gazetteer: Gazetteer, name: str, country: str | None, words: tuple[str, ...]
) -> None:
    (place,) = find_places(f"Ships were seen near the {name}.", gazetteer=gazetteer)
    assert place.country == country
    for word in words:
        assert word in place.note


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("A former CIA operative in Lebanon said Syria would lose control.", "said", None),
        ("Ford claimed to be a nobleman with a castle in Europe.", "claimed", None),
        pytest.param(
            "He claimed to own a castle in Europe and a ranch.", "claimed", None,
            marks=pytest.mark.xfail(reason="the small spaCy model attaches 'in Europe' to the verb 'own'"),
        ),
        ("The ministers met in Geneva on Monday.", "met", "Geneva"),
        ("Medvedev began his trip by visiting the Chinese city of Dalian.", "visiting", "Dalian"),
        ("The army held an exercise in Kazakhstan.", "held", "Kazakhstan"),
    ],
)
def test_with_a_parse_a_place_describing_another_noun_is_not_the_event_place(
    parser, gazetteer: Gazetteer, sentence: str, trigger: str, expected: str | None
) -> None:
    doc = parser.parse("p", sentence)
    start = sentence.index(trigger)
    mentions = find_place_mentions(sentence, gazetteer=gazetteer, doc=doc)
    place = event_place(
        mentions, trigger_start=start, trigger_end=start + len(trigger), context=CTX, sentence=sentence, doc=doc
    )
    assert (place.name if place else None) == expected

