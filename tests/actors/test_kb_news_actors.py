"""Round-4 news actors of the knowledge base: envoys, opposition frontbenchers, ministers, a militia, agent nouns.

Sentences written for dyads (invented wording); each row stands for one kind of addition.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.actors import resolve_actors

# (article date, sentence, mention, expected code); "-" = the mention must not resolve to any actor
GOLDEN = [
    # UN envoy (dated IGO spell)
    ("2006-04-20", "Terje Roed-Larsen told the council that Syria had withdrawn its troops.", "Terje Roed-Larsen", "IGOUNO"),
    ("2007-10-02", "Ibrahim Gambari flew to Naypyidaw to meet the generals.", "Ibrahim Gambari", "IGOUNO"),
    # a former UN head as an African Union mediator
    ("2008-02-10", "Kofi Annan urged both sides to share power.", "Kofi Annan", "IGOAFRAFU"),
    # Australian Labor frontbench in opposition, then in government
    ("2007-05-14", "Julia Gillard attacked the government's industrial relations laws.", "Julia Gillard", "AUSOPP"),
    ("2009-03-03", "Julia Gillard announced new funding for schools.", "Julia Gillard", "AUSGOV"),
    # German federal minister of the first Merkel cabinet
    ("2007-06-05", "Sigmar Gabriel called for deeper cuts in carbon emissions.", "Sigmar Gabriel", "DEUGOV"),
    # high representative for Bosnia
    ("2005-03-31", "Lord Ashdown dismissed the Croat member of the presidency.", "Lord Ashdown", "IGOEUREEC"),
    # South African minister
    ("2006-09-12", "Phumzile Mlambo-Ngcuka opened the conference in Durban.", "Phumzile Mlambo-Ngcuka", "ZAFGOV"),
    # a named militia with its home country
    ("2005-08-09", "The Janjaweed attacked three villages in Darfur.", "Janjaweed", "SDNREB"),
    # agent nouns
    ("2006-08-10", "The hijackers released the passengers on Sunday.", "hijackers", "---CRM"),
    ("2009-11-20", "Armed tribesmen kidnapped two foreign engineers.", "tribesmen", "---CVL"),
    # a bare surname of the one person of that name in office that day (an honorific makes a given name a surname)
    ("2008-08-01", "Mukherjee flew to Paris for talks.", "Mukherjee", "INDGOV"),
    ("2007-05-14", "Mr Howard attacked the union bosses.", "Howard", "AUSGOV"),
    # a title beside an unknown name is of the country of the title's owner
    ("2009-02-01", "Obama met George Mitchell, his special envoy.", "George Mitchell", "USAGOV"),
    # a family name that comes first is a surname; a title picks the one whose post it names
    ("2007-11-20", "Prime Minister Lee said ASEAN should act.", "Prime Minister Lee", "SGPGOV"),
    # a title heading any body is that body's: a known kind of body gives its role, an unknown name none
    ("2005-05-01", "Union president Tom Jones criticized the plan.", "Union president Tom Jones", "---LAB"),
    ("2005-05-01", "PFP chairman James Soong met the president.", "PFP chairman James Soong", "-"),
    ("2005-05-01", "Trade and Industry Secretary Alan Johnson opposed the plan.", "Trade and Industry Secretary Alan Johnson", "-GBRBUS"),
    # must not resolve: a common first name alone, a surname alone, a mediator outside his mediation
    ("2007-06-05", "Gabriel scored twice in the second half.", "Gabriel", "-"),
    ("2006-04-20", "Larsen was arrested at the airport.", "Larsen", "-"),
    ("2009-06-01", "Kofi Annan spoke at a climate forum in Geneva.", "Kofi Annan", "-IGOAFRAFU"),
]


@pytest.mark.model
@pytest.mark.parametrize(("day", "text", "mention", "code"), GOLDEN)
def test_news_actor_resolves_as_of_the_day_or_not_at_all(parse, kb, day: str, text: str, mention: str, code: str) -> None:
    found = resolve_actors(parse(text), kb=kb, published=dt.date.fromisoformat(day))
    got = [(m.text, m.code) for m in found]
    if code == "-":
        assert not any(m.text == mention and m.code for m in found), got
    elif code.startswith("-"):
        assert not any(m.text == mention and m.code == code[1:] for m in found), got
    else:
        assert any(m.text == mention and m.code == code for m in found), got
