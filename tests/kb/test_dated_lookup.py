"""A name resolves by the article's date."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.kb import KnowledgeBase

DATED = [
    # name, date, code
    ("Medvedev", "2010-06-01", "RUSGOV"),  # president
    ("Medvedev", "2015-06-01", "RUSGOV"),  # prime minister
    ("Dmitry Medvedev", "2003-01-01", "RUSBUS"),  # Gazprom chairman
    ("Putin", "2010-06-01", "RUSGOV"),  # prime minister
    ("Zelensky", "2006-01-01", "UKR"),  # comedian: country, no role
    ("Volodymyr Zelensky", "2022-03-01", "UKRGOV"),
    ("Hillary Clinton", "2010-01-01", "USAGOV"),  # secretary of state
    ("Hillary Clinton", "2005-01-01", "USALEG"),  # senator
    ("Hillary Clinton", "2016-09-01", "USAELI"),  # former official
    ("Igor Sechin", "2010-10-06", "RUSGOV"),
    ("Igor Sechin", "2015-01-01", "RUSBUS"),  # Rosneft
    ("Hu Jintao", "2010-10-06", "CHNGOV"),
    ("Obama", "2010-10-06", "USAGOV"),
    ("Obama", "2006-01-01", "USALEG"),
    ("Mark Rutte", "2020-01-01", "NLDGOV"),
    ("Mark Rutte", "2025-01-01", "IGOWSTNAT"),
    ("Ban Ki-moon", "2005-01-01", "KORGOV"),
    ("Ban Ki-moon", "2010-01-01", "IGOUNO"),
    ("Angela Merkel", "2007-01-01", "DEUGOV"),
    ("Jacob Zuma", "2012-01-01", "ZAFGOV"),
    ("Lee Myung-bak", "2010-01-01", "KORGOV"),
    ("Sergei Shoigu", "2015-01-01", "RUSGOV"),
    ("Nawaz Sharif", "1998-05-29", "PAKGOV"),  # from the Factbook, outside the team rows
    ("Xinhua", "2010-01-01", "CHNMED"),
    ("Yomiuri Shimbun", "2010-01-01", "JPNMED"),
    ("SCO", "2010-01-01", "IGOASASCO"),
    ("NATO", "1999-01-01", "IGOWSTNAT"),
    ("FAW", "2010-01-01", "CHNBUS"),
    ("GAZ", "2010-01-01", "RUSBUS"),
    ("Gazprom", "2010-01-01", "RUSBUS"),
    ("Hamas", "2010-01-01", "PSEREBHMS"),
    ("Taliban", "2001-01-01", "AFGREB"),
    ("Kremlin", "2010-01-01", "RUSGOV"),
    ("White House", "2010-01-01", "USAGOV"),
    ("Downing Street", "2010-01-01", "GBRGOV"),
    ("Moscow", "2010-01-01", "RUSGOV"),
    ("Kazakhstan", "2010-01-01", "KAZ"),
    ("Kazakh", "2010-01-01", "KAZ"),
    ("Americans", "2010-01-01", "USA"),
    ("Kampuchean", "1985-01-01", "KHM"),  # Cambodia's name in the 1970s and 80s
]


@pytest.mark.parametrize(("name", "day", "code"), DATED, ids=[f"{n}@{d}" for n, d, _ in DATED])
def test_name_resolves_by_date(kb: KnowledgeBase, name: str, day: str, code: str) -> None:
    when = dt.date.fromisoformat(day)
    entry = kb.lookup(name, when)
    assert entry is not None, name
    assert kb.resolve(entry, when).code == code


def test_european_union_starts_in_1993_and_the_community_precedes_it(kb: KnowledgeBase) -> None:
    assert kb.lookup("European Union", dt.date(1990, 1, 1)) is None
    assert kb.lookup("European Union", dt.date(2000, 1, 1)).kb_id == "org:EU"  # type: ignore[union-attr]
    assert kb.lookup("European Community", dt.date(1990, 1, 1)).kb_id == "org:EC"  # type: ignore[union-attr]


def test_a_state_and_its_capital_name_nobody_before_the_state_exists(kb: KnowledgeBase) -> None:
    assert kb.lookup("Juba", dt.date(2008, 1, 1)) is None  # South Sudan: independent on 9 July 2011
    assert kb.lookup("South Sudan", dt.date(2008, 1, 1)) is None
    assert kb.resolve(kb.lookup("Juba", dt.date(2012, 1, 1)), dt.date(2012, 1, 1)).code == "SSDGOV"  # type: ignore[arg-type]


def test_undated_person_takes_latest_role(kb: KnowledgeBase) -> None:
    entry = kb.lookup("Sergei Shoigu")
    assert entry is not None
    assert kb.resolve(entry, None).title == "Security Council Secretary"


@pytest.mark.parametrize(
    ("org", "year", "member", "expected"),
    [
        ("org:NATO", 2010, "POL", True),
        ("org:NATO", 2010, "FIN", False),
        ("org:NATO", 2024, "FIN", True),
        ("org:SCO", 2010, "KAZ", True),
        ("org:SCO", 2010, "IND", False),
        ("org:SCO", 2018, "IND", True),
        ("org:EU", 2010, "GBR", True),
        ("org:EU", 2022, "GBR", False),
        ("org:BRICS", 2024, "IRN", True),
    ],
)
def test_membership_by_year(kb: KnowledgeBase, org: str, year: int, member: str, expected: bool) -> None:
    assert (member in kb.members(org, year)) is expected


@pytest.mark.parametrize(("code", "day", "state"), [
    ("SSD", "2008-01-01", "SDN"),  # Juba, Malakal: Sudan's towns before 9 July 2011
    ("SSD", "2011-07-09", "SSD"),
    ("SSD", None, "SSD"),  # no date: as of now
    ("ERI", "1990-01-01", "ETH"),
    ("XKX", "2005-01-01", "KSV"),  # the gazetteer's ISO code for Kosovo is CAMEO's KSV
    ("FRA", "2005-01-01", "FRA"),
])
def test_a_place_is_of_the_state_that_held_it_on_the_day(kb: KnowledgeBase, code: str, day: str | None,
                                                          state: str) -> None:
    assert kb.state_on(code, dt.date.fromisoformat(day) if day else None) == state
