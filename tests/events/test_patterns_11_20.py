"""Golden table for the constructions of roots 11 and 13-20 that news uses for legal acts, fines,
lawsuits, protests, force posture, sanctions and violence: one row per construction, and rows
that must not yield the event (wrong senses)."""

from __future__ import annotations

import pytest

from tests.events.event_keys import key

A, F = "asserted", "future"

ROWS = [
    # 111: anger expressed at an actor's act is criticism
    ("China voiced anger over the American arms sales to Taiwan.", ("CHN", "USA", "111", False, A)),
    ("The Syrian government reacted angrily to the Israeli strikes.", ("SYRGOV", "ISR", "111", False, A)),
    ("Human Rights Watch spoke out against the Egyptian government.", ("NGOHRIHRW", "EGYGOV", "111", False, A)),
    ("The US defence secretary likened the Venezuelan president to Hitler.", ("USAGOV", "VENGOV", "111", False, A)),
    # 110: dismay or disappointment voiced at an actor's act
    ("The UN chief expressed dismay over the Iranian president's remarks.", ("IGOUNO", "IRNGOV", "110", False, A)),
    # 114: a protest lodged with a government, with a light verb or a note
    ("The Venezuelan foreign minister made a formal protest to the US embassy.", ("VENGOV", "USAGOV", "114", False, A)),
    ("Japan sent a protest note to China over the incident.", ("JPN", "CHN", "114", False, A)),
    # a diplomatic row is disapproval both ways (a row of another kind is none)
    ("It came during a bitter diplomatic row between China and Japan.", ("JPN", "CHN", "110", False, A)),
    # an objection or a protest a deed defies is aimed at its doer
    ("In 1971, the US handed the islands back to Japan, despite China's objections.", ("CHN", "USA", "111", False, A)),
    ("The US invaded Iraq over the objections of France.", ("FRA", "USA", "111", False, A)),
    ("Israel built the wall despite protests from the Palestinians.", ("PSE", "ISR", "114", False, A)),
    ("Russia voiced objections to NATO expansion.", ("RUS", "IGOWSTNAT", "111", False, A)),
    # 185 / 190: an attack repelled or survived fell on whoever repelled or survived it
    ("Iraqi forces repelled an attack by insurgents.", ("IRQREB", "IRQMIL", "190", False, A)),
    ("The Afghan president survived an assassination attempt by the Taliban.", ("AFGREB", "AFGGOV", "185", False, A)),
    ("The army repelled the rebels.", ("---MIL", "---REB", "190", False, A)),
    # 131x: a cut said to come, under a frame verb as without one, is a threat of it
    ("The European Union said it may stop giving aid to Kenya.", ("IGOEUREEC", "KEN", "1311", False, A)),
    ("The European Union will cut aid to Kenya.", ("IGOEUREEC", "KEN", "1311", False, A)),
    # 139: time given to do an act, or an ultimatum, whatever the act
    ("Kidnappers gave Romania three days to withdraw its troops from Iraq.", ("---CRM", "ROU", "139", False, A)),
    ("Peru issued an ultimatum to Ecuador to halt attacks across the border.", ("PER", "ECU", "139", False, A)),
    # 173: the passive's subject is the one arrested, whatever it was doing
    ("The protesters were arrested trying to get closer to the faculty.", ("---COP", "---CVL", "173", False, A)),
    # 173 / 181: people seized are held (by an armed group, taken hostage); a company seized is property (171)
    ("The police seized three protesters in Cairo.", ("EGYCOP", "EGYCVL", "173", False, A)),
    ("Iraqi kidnappers seized two Italian engineers.", ("IRQCRM", "ITACVL", "181", False, A)),
    ("Iraqi kidnappers seized two Italian aid workers.", ("IRQCRM", "ITANGO", "181", False, A)),
    ("The army seized the Yukos oil company.", ("RUSMIL", "RUSBUS", "171", False, A)),
    # 115: lawsuits filed or brought against an actor
    ("Greenpeace filed a suit against the French government.", ("NGOENV", "FRAGOV", "115", False, A)),
    ("The family brought a lawsuit against the Israeli army.", ("ISRCVL", "ISRMIL", "115", False, A)),
    ("The Iraqi government launched legal proceedings against the British company.", ("IRQGOV", "GBRBUS", "115", False, A)),
    # 116: verdicts
    ("A Thai court declared Thaksin Shinawatra guilty of corruption.", ("THAJUD", "THAELI", "116", False, A)),
    # 1125: arrests for spying are accusations of espionage
    ("Iran arrested two British sailors for spying.", ("IRN", "GBRCVL", "1125", False, A)),
    # 143: strikes, walkouts, boycotts
    ("Greek workers staged a walkout.", ("GRCLAB", "GRCGOV", "143", False, A)),
    ("Employees at the Canadian factory refused to work.", ("CANLAB", "CANGOV", "143", False, A)),
    ("The opposition staged a boycott of parliament.", ("---OPP", "---LEG", "143", False, A)),
    ("Thousands of Korean workers walked off the job.", ("---LAB", None, "143", False, A)),
    # 141: vigils, organised demonstrations, chanted slogans
    ("The opposition organised a demonstration against the Georgian president.", ("GEOOPP", "GEOGOV", "141", False, A)),
    ("Protesters chanted slogans against the Egyptian government.", ("EGYCVL", "EGYGOV", "141", False, A)),
    ("Iranian students held a vigil outside the British embassy.", ("IRNEDU", "GBRGOV", "141", False, A)),
    # 150: shows of force
    ("Japan scrambled fighter jets over the East China Sea.", ("JPN", None, "150", False, A)),
    ("North Korea conducted a nuclear test.", ("PRK", None, "150", False, A)),
    # 144: entrances blocked by protesters
    ("Thai protesters blocked the entrance to the parliament.", ("THACVL", "THALEG", "144", False, A)),
    # 154: forces dispatched or reinforced
    ("Russia dispatched troops to the Georgian border.", ("RUS", None, "154", False, A)),
    ("Turkey sent reinforcements to the Syrian border.", ("TUR", None, "154", False, A)),
    # 161: missions closed
    ("Russia closed its consulate in Georgia.", ("RUS", "GEO", "161", False, A)),
    # 163: sanctions passed, travel bans, tariffs and duties
    ("The US Congress passed sanctions against Iran.", ("USALEG", "IRN", "163", False, A)),
    ("The European Union imposed a travel ban on Belarusian officials.", ("IGOEUREEC", "BLRGOV", "163", False, A)),
    ("The United States raised tariffs on Chinese steel.", ("USA", "CHN", "163", False, A)),
    ("The European Union imposed anti-dumping duties on Chinese shoes.", ("IGOEUREEC", "CHN", "163", False, A)),
    # 170: coups
    ("The Thai army staged a coup against the prime minister.", ("THAMIL", "THAGOV", "170", False, A)),
    ("The army seized power from the elected Fijian government.", ("FJIMIL", "FJIGOV", "170", False, A)),
    # 172: fines and penalties, revoked visas
    ("A Russian court fined the British oil company BP.", ("RUSJUD", "GBRBUS", "172", False, A)),
    ("Microsoft was fined by the European Commission.", ("IGOEUREEC", "USABUS", "172", False, A)),
    ("The European Commission imposed a fine on Microsoft.", ("IGOEUREEC", "USABUS", "172", False, A)),
    ("The Iranian government revoked the visa of the BBC correspondent.", ("IRNGOV", "GBRMED", "172", False, A)),
    ("Bahrain revoked the citizenship of 31 opposition activists.", ("BHR", "BHROPP", "172", False, A)),
    ("Israel barred the UN envoy from entering Gaza.", ("ISR", "IGOUNO", "172", False, A)),
    # 1721: censorship of the internet
    ("Thai authorities blocked access to the website.", ("THAGOV", "THACVL", "1721", False, A)),
    ("The Venezuelan government took the TV station off the air.", ("VENGOV", "VENMED", "1721", False, A)),
    # 173: formal charges, trials, warrants, detention without charge
    ("Pakistani prosecutors filed charges against the former president.", ("PAKJUD", "PAKELI", "173", False, A)),
    ("A Turkish court issued an arrest warrant for the Kurdish leader.", ("TURJUD", "TURGOV", "173", False, A)),
    ("Chinese police held the activist without charge.", ("CHNCOP", "CHNOPP", "173", False, A)),
    # 175: tear gas fired at people
    ("Kenyan police fired tear gas at opposition supporters.", ("KENCOP", "KENOPP", "175", False, A)),
    # 181: held captive
    ("Iraqi insurgents held two French journalists captive.", ("IRQREB", "FRAMED", "181", False, A)),
    # 1823: killings by hand, beheadings, executions
    ("Iraqi insurgents beheaded an American hostage.", ("IRQREB", "USACVL", "1823", False, A)),
    ("Iran executed three Kurdish activists.", ("IRN", "IRNOPP", "1823", False, A)),
    ("The activist was stabbed to death by Russian nationalists.", ("RUS", "RUSOPP", "1823", False, A)),
    # 190: assaults and raids mounted or carried out
    ("Taliban fighters launched an assault on a NATO base.", ("AFGREB", "IGOWSTNAT", "190", False, A)),
    ("Rebels mounted an attack on a government base in Chad.", ("TCDREB", "TCDGOV", "190", False, A)),
    ("Israeli troops carried out a raid on the Palestinian town.", ("ISRMIL", "PSE", "190", False, A)),
    # 193: exchanges of gunfire are joint
    ("Israeli troops exchanged gunfire with Palestinian gunmen.", ("ISRMIL", "PSEREB", "193", False, A)),
    ("Israeli troops exchanged gunfire with Palestinian gunmen.", ("PSEREB", "ISRMIL", "193", False, A)),
    # 194: rockets and mortars fired at a target
    ("Hezbollah fired rockets at Israel.", ("LBNREBHEZ", "ISR", "194", False, A)),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[f"{e[2]}-{n}" for n, (_, e) in enumerate(ROWS)])
def test_construction_yields_the_event(code, text, expected):  # type: ignore[no-untyped-def]
    assert expected in [key(e) for e in code(text)]


# wrong senses: the same words where they are no event of these codes
NEVER = [
    ("The Chinese president gave the Japanese envoy a day off.", "139"),
    ("A row between Toyota and General Motors over patents erupted.", "110"),
    ("The company executed the plan.", "1823"),
    ("The team fined the player.", "172"),
    ("The military junta seized power in Thailand.", "171"),
    # "prevent" coerces only an actor kept from acting; "strike" alone is no labour strike;
    # "block" a thing is no obstruction of passage
    ("The American regulator tried to prevent interference with the Canadian networks.", "170"),
    ("The Iraqi bomber struck shortly after noon in front of a U.S. military base.", "143"),
    ("The United States attempted to block the Russian arms sales to Iran.", "144"),
    # armed men clashing with soldiers are fighting, not rioting
    ("Palestinian gunmen clashed with Israeli soldiers.", "145"),
    # "in protest" under a strike is no second, organised demonstration
    ("Nepalese opposition parties organized a general strike in protest of the arrests.", "141"),
    ("The workers tried to reach an agreement.", "173"),
    ("The minister sent a note to the committee.", "114"),
    ("A Venezuelan helicopter took off from the air base in Caracas.", "1721"),
    ("Rallies and protests in Bangkok have made calls for the Thai prime minister to resign.", "114"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code_"), NEVER)
def test_wrong_sense_is_not_the_event(code, text, code_):  # type: ignore[no-untyped-def]
    assert not [e for e in code(text) if e.code == code_ and e.dyadic]


@pytest.mark.model
def test_the_month_of_march_is_no_march(code):  # type: ignore[no-untyped-def]
    events = code("The Australian government said the changes come into force from Monday 27th March.")
    assert not [e for e in events if e.code == "141"]
