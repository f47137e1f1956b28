"""Records survive the trip to plain JSON values and back."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dyads.records import (
    ActorMention, DatePrecision, Event, EventDate, EventEvidence, Modality, Place, Quantity, Tone,
)  # fmt: skip
from dyads.records.convert import from_plain, to_plain

_ACTOR = ActorMention("d1", "Medvedev", 0, 8, "RUSGOV", "RUS", "GOV", "Dmitry Medvedev", kb_id="p:1")
_EVIDENCE = EventEvidence("Medvedev visited China.", 0, 23, "visited", 9, 16, "visit", (0, 8), (17, 22))


@pytest.mark.parametrize(
    "event",
    [
        Event("e1", "d1", _ACTOR, None, "042", "04", "Make a visit", 1.9, 1, "CONSULT", "visit", None, (_EVIDENCE,)),
        Event(
            "e2", "d1", None, _ACTOR, "190", "19", "Use conventional military force", -10.0, 4, "ASSAULT", None,
            None, (_EVIDENCE, _EVIDENCE), negated=True, modality=Modality.HYPOTHETICAL, mentions=2,
            date=EventDate(dt.date(2010, 9, 1), dt.date(2010, 9, 30), DatePrecision.MONTH, "last month"),
            location=Place("Tianjin", "CHN", "12", 39.1, 117.2, "city"),
            quantities=(Quantity(5e9, "USD", "money", "$5 billion"),), tone=Tone(-0.4),
        ),
    ],
)  # fmt: skip
def test_an_event_round_trips_through_json(event):
    assert from_plain(Event, json.loads(json.dumps(to_plain(event)))) == event


def test_plain_codes_keep_their_leading_zeros():
    event = Event("e", "d", None, None, "0311", "03", "x", None, 1, None, None, None, ())
    assert to_plain(event)["code"] == "0311" and to_plain(event)["root"] == "03"
