"""Golden table for conflict and appeal phrasings of news (roots 01, 02, 18, 19, 20): air strikes
begun or flown by aircraft, deaths in blasts and shootings, raids and incursions, attacks with
mortars and rockets, fire received from a named side, appeals for restraint, captures, armed strikes, acts prevented."""

from __future__ import annotations

import pytest

from tests.events.event_keys import key

A = "asserted"

ROWS = [
    # root 19 is the force of armed bodies: a crowd that storms or attacks riots, strikers strike,
    # criminals use unconventional violence
    ("Thousands of protesters stormed government buildings in Bishkek.", ("KGZCVL", "KGZGOV", "145", False, A)),
    ("Students at both Chilean universities are striking.", ("CHLEDU", None, "143", False, A)),
    ("A criminal gang killed a police officer in Belfast.", ("GBRCRM", "GBRCOP", "180", False, A)),
    ("A mob attacked opposition supporters in Rangoon.", ("MMRCVL", "MMROPP", "182", False, A)),
    # driving an armed force out of a place is fighting it; expelling diplomats is not
    ("Soviet soldiers expelled the Japanese army from Manchuria in 1945.", ("USRMIL", "JPNMIL", "190", False, A)),
    ("The army pushed the rebels out of the town.", ("---MIL", "---REB", "190", False, A)),
    # a war between two sides: each fights the other, as of its own date when told as history
    ("The war between Iran and Iraq lasted eight years.", ("IRN", "IRQ", "190", False, A)),
    ("He honoured soldiers killed in the 1904-05 war between Tsarist Russia and Imperial Japan.",
     ("JPN", "RUS", "190", False, A)),
    # aerial weapons: strikes begun with a verb outside the light list, or flown by aircraft
    ("Israel commenced air strikes on Hezbollah positions in Lebanon.", ("ISR", "LBNREBHEZ", "195", False, A)),
    ("Israeli jets struck Hamas targets in Gaza.", ("ISR", "PSEREBHMS", "195", False, A)),
    # wounds in a blast, deaths in a shooting, the doers unsaid
    ("Three Iraqi soldiers were wounded in a blast in Baghdad.", ("IRQUAF", "IRQMIL", "183", False, A)),
    ("Five Pakistani soldiers were killed in a shooting near Peshawar.", ("PAKUAF", "PAKMIL", "193", False, A)),
    # raids against a side, incursions into a territory
    ("Turkey carried out cross-border raids against PKK rebels in Iraq.", ("TUR", "TURREBPKK", "190", False, A)),
    ("Israeli forces launched an incursion into Gaza.", ("ISRMIL", "PSE", "190", False, A)),
    ("Israeli troops carried out a raid into the West Bank.", ("ISRMIL", "PSE", "190", False, A)),
    # attacks named by their weapon; a rocket's owner fired it
    ("A Palestinian rocket hit Israel.", ("PSE", "ISR", "194", False, A)),
    ("Insurgents launched a mortar attack on a US base in Iraq.", ("IRQREB", "USA", "194", False, A)),
    # fire received: the side it came from is the source
    ("Pakistani troops came under gunfire from Taliban militants.", ("AFGREB", "PAKMIL", "193", False, A)),
    ("The Afghan army came under rocket fire from Taliban fighters.", ("AFGREB", "AFGMIL", "194", False, A)),
    ("Danish troops fired upon Taliban fighters.", ("DNKMIL", "AFGREB", "193", False, A)),
    # a tank firing on a target uses heavy weapons
    ("An American tank fired upon Iraqi insurgents in Najaf.", ("USAMIL", "IRQREB", "194", False, A)),
    # an appeal for calm told by its noun
    ("The US renewed its appeal for calm in Kenya.", ("USA", None, "0252", False, A)),
    # appeals for help and for a release told by their nouns
    ("The Afghan government made an appeal for international help.", ("AFGGOV", None, "023", False, A)),
    ("France made a plea for the release of the hostages.", ("FRA", "---CVL", "0253", False, A)),
    # people captured: state forces arrest (173), armed groups take hostages (181); a place captured is taken (192)
    ("US troops captured Saddam Hussein in Tikrit.", ("USAMIL", "IRQELI", "173", False, A)),
    ("Hezbollah captured two Israeli soldiers.", ("LBNREBHEZ", "ISRMIL", "181", False, A)),
    ("Two Israeli soldiers were captured by Hamas.", ("PSEREBHMS", "ISRMIL", "181", False, A)),
    ("Taliban fighters captured Kandahar.", ("AFGREB", "AFGCVL", "192", False, A)),
    # an armed strike, or one a state launches, is an attack, not a walkout
    ("Israel launched a missile strike on Gaza.", ("ISR", "PSE", "190", False, A)),
    ("The government launched a strike against rebels in Darfur.", ("SDNGOV", "SDNREB", "190", False, A)),
    ("Workers launched a strike in Seoul.", ("KORLAB", "KORGOV", "143", False, A)),
    ("Israeli workers launched a general strike.", ("ISRLAB", "ISRGOV", "143", False, A)),
    # two sides that violate a ceasefire violate it against each other
    ("Israel and Hamas violated the ceasefire.", ("PSEREBHMS", "ISR", "196", False, A)),
    # the object of a relative clause is the noun it modifies
    ("The attack that Israeli jets carried out on Gaza killed five people.", ("ISR", "PSE", "190", False, A)),
    # condemning an act with no victim named condemns its doer
    ("Iran condemned the attack that Israeli jets carried out on Gaza.", ("IRN", "ISR", "111", False, A)),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[f"{e[2]}-{n}" for n, (_, e) in enumerate(ROWS)])
def test_news_construction_yields_the_event(code, text, expected):  # type: ignore[no-untyped-def]
    assert expected in [key(e) for e in code(text)]


# the same words where they are no such act: criticism "under fire", a battle with an illness,
# a political battle
NEVER = [
    ("The government came under fire from critics.", "19"),
    ("The mayor fought a long battle with cancer.", "19"),
    ("The president's battle with Congress over the budget continued.", "19"),
    ("The bill ended a long battle between the president and Congress.", "19"),
    # a qualifier that makes the war a figure of speech
    ("The trade war between the United States and China escalated.", "19"),
    ("A war of words between Venezuela and Colombia erupted.", "19"),
    ("Despite constant media bombardment, most Spaniards are unsure of the content of the constitution.", "19"),
    ("The price war with Walmart hurt the profits of British supermarkets.", "19"),
    ("Shell was hit by the fall in oil prices.", "19"),
    # a post or a task taken over is no ground occupied
    ("Oscar Fernandes took over the Ministry of Labour.", "19"),
    ("Raul Castro took over the presidency from his brother.", "19"),
    # an act a verb of prevention keeps from happening is not done
    ("Abbas ordered officers to prevent attacks on Israel.", "19"),
    ("Abbas ordered officers into positions to prevent terrorist strikes on Israel.", "14"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "root"), NEVER, ids=[f"never-{n}" for n in range(len(NEVER))])
def test_wrong_sense_yields_no_event_of_the_root(code, text, root):  # type: ignore[no-untyped-def]
    assert not [e for e in code(text) if e.code.startswith(root)]
