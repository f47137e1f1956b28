"""When, where, how much and in what tone: attributes of coded events.

Public entry points:

- ``load_attribute_resources()`` then ``attach_attributes(events, doc, published=..., resources=...)``
- ``find_dates`` / ``event_date`` (dates), ``find_places`` / ``find_place_mentions`` /
  ``event_place`` (places), ``find_quantities`` (quantities), ``sentence_tone`` /
  ``article_tone`` (tone), ``load_gazetteer`` (the offline gazetteer).
"""

from dyads.attributes.attach import (
    AttributeResources,
    article_place_context,
    article_tone,
    attach_attributes,
    load_attribute_resources,
)
from dyads.attributes.dates.dating import event_date, find_dates, publication_date
from dyads.attributes.dates.tense import Tense, guess_tense
from dyads.attributes.places.gazetteer import GazEntry, Gazetteer, load_gazetteer
from dyads.attributes.places.placing import (
    PlaceContext,
    PlaceCue,
    PlaceMention,
    event_place,
    find_place_mentions,
    find_places,
    place_context,
    plausible,
    to_place,
)
from dyads.attributes.quantities.amounts import find_quantities
from dyads.attributes.tone import load_tone_analyzer, sentence_tone, weighted_tone

__all__ = [
    "AttributeResources",
    "GazEntry",
    "Gazetteer",
    "PlaceContext",
    "PlaceCue",
    "PlaceMention",
    "Tense",
    "article_place_context",
    "article_tone",
    "attach_attributes",
    "event_date",
    "event_place",
    "find_dates",
    "find_place_mentions",
    "find_places",
    "find_quantities",
    "guess_tense",
    "load_attribute_resources",
    "load_gazetteer",
    "load_tone_analyzer",
    "place_context",
    "plausible",
    "publication_date",
    "sentence_tone",
    "to_place",
    "weighted_tone",
]
