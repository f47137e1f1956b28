"""A known surname inside somebody else's name is not that person; the other person keeps a title's role."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.actors import resolve_actors

# (date, sentence, mention, expected code or "-" for "not this dictionary person", kb_id that must NOT appear)
GOLDEN = [
    ("2014-05-10", "African Union Commission chairperson Nkosazana Dlamini-Zuma said the AU was ready to help.",
     "African Union Commission chairperson Nkosazana Dlamini-Zuma", "IGOAFRAFU", "person:ZAF:jacob-zuma"),
    ("2016-03-02", "South African Foreign Minister Thandi Mbeki-Nkosi met her Kenyan counterpart in Nairobi.",
     "South African Foreign Minister Thandi Mbeki-Nkosi", "ZAFGOV", "person:ZAF:thabo-mbeki"),
    ("2017-03-01", "Khumbudzo Zuma, a provincial official, said the clinic would reopen.",
     "Khumbudzo Zuma", "-", "person:ZAF:jacob-zuma"),
    ("2012-11-14", "Russian diplomat Oleg Putin-Sokolov handed the note to the Georgian envoy.",
     "Russian diplomat Oleg Putin-Sokolov", "RUSGOV", "person:RUS:vladimir-putin"),
]

# the same surnames, standing alone or with the right given name, still resolve
KEPT = [
    ("2017-03-01", "Jacob Zuma dismissed his finance minister.", "Jacob Zuma", "ZAFGOV"),
    ("2014-05-10", "South Sudan's President Salva Kiir met the mediators.", "South Sudan's President Salva Kiir", "SSDGOV"),
    ("2012-11-14", "Vladimir Putin received the Georgian envoy in the Kremlin.", "Vladimir Putin", "RUSGOV"),
    ("2015-05-13", "A Zuma-led delegation arrived in Beijing.", "Zuma", "ZAFGOV"),
]


@pytest.mark.model
@pytest.mark.parametrize(("day", "sentence", "mention", "code", "wrong"), GOLDEN)
def test_surname_inside_other_name_is_not_that_person(parse, kb, day, sentence, mention, code, wrong) -> None:
    found = resolve_actors(parse(sentence), kb=kb, published=dt.date.fromisoformat(day))
    assert all(m.kb_id != wrong for m in found), [(m.text, m.code, m.kb_id) for m in found]
    if code != "-":
        assert any(m.text == mention and m.code == code for m in found), [(m.text, m.code) for m in found]


@pytest.mark.model
@pytest.mark.parametrize(("day", "sentence", "mention", "code"), KEPT)
def test_whole_known_name_still_resolves(parse, kb, day, sentence, mention, code) -> None:
    found = resolve_actors(parse(sentence), kb=kb, published=dt.date.fromisoformat(day))
    assert any(m.text == mention and m.code == code for m in found), [(m.text, m.code) for m in found]
