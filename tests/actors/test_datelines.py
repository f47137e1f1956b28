"""Wire datelines open an article: the place is where the story was filed, never an actor."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.actors import resolve_actors
from dyads.actors.mentions.datelines import dateline_end

DAY = dt.date(2016, 3, 9)

# (article opening, dateline text (not an actor, "" when there is none), an actor that must still be found, its code)
GOLDEN = [
    ("ADDIS ABABA — Kenya and Uganda agreed on Monday to share a new railway line.", "ADDIS ABABA —", "Kenya", "KEN"),
    ("MOSCOW, Oct 6 (Reuters) - Turkey summoned the Russian ambassador over an airspace violation.", "MOSCOW, Oct 6 (Reuters) -", "Turkey", "TUR"),
    ("NEW DELHI — Pakistan accused India of shelling villages across the line of control.", "NEW DELHI —", "Pakistan", "PAK"),
    ("TRONDHEIM, Norway — Sweden joined the air drills on Thursday.", "TRONDHEIM, Norway —", "Sweden", "SWE"),
    ("BEIJING (AP) — Japan protested against the new air defence zone.", "BEIJING (AP) —", "Japan", "JPN"),
    ("TEHRAN, March 9 — Iran test-fired two ballistic missiles.", "TEHRAN, March 9 —", "Iran", "IRN"),
]

# openings that are not datelines: an all-caps actor that is the subject
NOT_DATELINES = [
    ("NATO said on Friday that it would send more ships to the Aegean.", "NATO", "IGOWSTNAT"),
    ("US President Barack Obama met Cuban dissidents in Havana.", "US President Barack Obama", "USAGOV"),
    ("EU, NATO leaders meet in Warsaw to discuss Russia.", "EU", "IGOEUREEC"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "dateline", "actor", "code"), GOLDEN)
def test_dateline_is_not_an_actor(parse, kb, text: str, dateline: str, actor: str, code: str) -> None:
    doc = parse(text)
    end = dateline_end(doc)
    assert doc.text[: doc.tokens[end - 1].end] == dateline
    found = resolve_actors(doc, kb=kb, published=DAY)
    assert all(m.start >= len(dateline) for m in found), [(m.text, m.code) for m in found]
    assert any(m.text == actor and m.code == code for m in found), [(m.text, m.code) for m in found]


@pytest.mark.model
@pytest.mark.parametrize(("text", "actor", "code"), NOT_DATELINES)
def test_capitalised_opening_actor_is_kept(parse, kb, text: str, actor: str, code: str) -> None:
    doc = parse(text)
    assert dateline_end(doc) == 0
    found = resolve_actors(doc, kb=kb, published=DAY)
    assert any(m.text == actor and m.code == code for m in found), [(m.text, m.code) for m in found]
