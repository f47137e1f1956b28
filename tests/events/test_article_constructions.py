"""Golden tables for constructions met in wire articles: relative-clause targets, welcomes, returns to
talks, trade targets, arms bought "from" a seller, plural pronouns after a pair, "leaders on both
sides", sanctions someone "could face", accusations of abuse. Sentences written for dyads."""

from __future__ import annotations

import pytest

from tests.events.event_keys import key

A, I, F, H, R = "asserted", "intended", "future", "hypothetical", "reported"

GOLDEN = [
    # a relative pronoun in the target slot is the noun its clause modifies
    ("Russian President Vladimir Putin, who was received by Indian President Pratibha Patil, laid a wreath.",
     ("INDGOV", "RUSGOV", "043", False, A)),
    ("Vladimir Putin, whom Manmohan Singh hosted at his residence, left on Friday.", ("INDGOV", "RUSGOV", "043", False, A)),
    ("Britain expelled the Iranian envoy, who was later received by French officials in Paris.",
     ("FRAGOV", "IRNGOV", "043", False, A)),
    # welcoming a visitor somewhere is hosting the visit; welcoming a decision is not
    ("Chinese President Hu Jintao welcomed the king at the Great Hall of the People.", ("CHNGOV", "---GOV", "043", False, A)),
    ("Erdogan welcomed Iranian President Mahmoud Ahmadinejad at the presidential palace.", ("TURGOV", "IRNGOV", "043", False, A)),
    ("Brazil welcomed the decision at the United Nations.", ("BRA", None, "051", False, A)),
    # a return to talks is a negotiation; urging one is an appeal to negotiate
    ("Lee Myung-bak urged Japan to return to dialogue.", ("KORGOV", "JPN", "026", False, A)),
    ("Germany urged Iran to return to the negotiating table.", ("DEU", "IRN", "026", False, A)),
    ("Serbia and Kosovo agreed to return to talks in Brussels.", ("SRB", "KSV", "036", False, A)),
    # raising trade is economic cooperation (intended when pledged)
    ("India and Brazil agreed to double bilateral trade.", ("IND", "BRA", "0311", False, A)),
    ("China and Russia pledged to raise two-way trade to $100 billion.", ("RUS", "CHN", "0311", False, A)),
    ("Turkey and Iran will increase bilateral trade next year.", ("TUR", "IRN", "0311", False, A)),
    # arms bought from a seller: the seller cooperates militarily with the buyer
    ("India bought five S-400 missile systems from Russia.", ("RUS", "IND", "062", False, A)),
    ("Vietnam bought two submarines from Russia.", ("RUS", "VNM", "062", False, A)),
    ("India signed a contract on Friday to buy missile systems from Russia.", ("RUS", "IND", "062", False, A)),
    # "he" in what a subject told someone is the subject, also when the subject is named in apposition
    ("Iraq's new president, Jalal Talabani, told Romania's ambassador that he was concerned about the fate of the "
     "Romanian journalists.", ("IRQGOV", "ROUMED", "012", False, A)),
    # a plural pronoun after a pair, or after two coordinated subjects, is those two
    ("India and Russia held a summit on Friday. They also signed eight other agreements.", ("IND", "RUS", "057", False, A)),
    ("Japan and India held talks. They signed a nuclear deal.", ("JPN", "IND", "057", False, A)),
    ("Brazil and Argentina met in Brasilia. They agreed to expand trade.", ("BRA", "ARG", "0311", False, A)),
    # "leaders on both sides": the two sides; sanctions someone "could face" fall on them
    ("South Sudan's President Salva Kiir met rebel leader Riek Machar. The United States warned that leaders on "
     "both sides could face sanctions.", ("USA", "SSDREB", "1312", False, A)),
    ("The EU warned that Belarus could face new sanctions.", ("IGOEUREEC", "BLR", "1312", False, A)),
    ("Russia and Georgia traded accusations. The EU urged officials of the two countries to show restraint.",
     ("IGOEUREEC", "GEO", "020", False, A)),
    # accusations of abuse, however the "of" phrase attaches
    ("Colombia accused Venezuelan security forces of mistreating Colombian families.", ("COL", "VENCOP", "1122", False, A)),
    ("Amnesty accused Egyptian police of torturing detainees.", ("NGOHRIAMN", "EGYCOP", "1122", False, A)),
    ("Ukraine accused Russian troops of abusing prisoners of war.", ("UKR", "RUSMIL", "1122", False, A)),
    # "announced sanctions on Friday against X": the against-phrase hung on the verb still names the target
    ("Obama announced new sanctions on Friday against three Russian banks.", ("USAGOV", "RUSBUS", "163", False, A)),
    ("The EU approved tough sanctions this week against Belarus.", ("IGOEUREEC", "BLR", "163", False, A)),
    ("Britain announced fresh sanctions last week against Syrian officials.", ("GBR", "SYRGOV", "163", False, A)),
    # two coordinated actors who "met" met each other
    ("Hu Jintao and Dmitry Medvedev met in Moscow.", ("CHNGOV", "RUSGOV", "040", False, A)),
    ("Hillary Clinton and Sergei Lavrov met in Geneva on Friday.", ("RUSGOV", "USAGOV", "040", False, A)),
    ("Manmohan Singh and Nicolas Sarkozy met in Paris but failed to agree on a deal.", ("INDGOV", "FRAGOV", "040", False, A)),
    ("Manmohan Singh and Hu Jintao last met at the Shanghai Cooperation Organisation summit in June.",
     ("INDGOV", "CHNGOV", "040", False, A)),
    # a body that "agreed on/to" a sanction adopts it; "agreed to impose" one is still a threat, a pipeline an intent
    ("The European Union agreed on Tuesday to its toughest sanctions yet against Russia.",
     ("IGOEUREEC", "RUS", "163", False, A)),
    ("EU ministers agreed on new sanctions against Iran.", ("IGOEUREEC", "IRN", "163", False, A)),
    ("The United States agreed to impose sanctions on Syria.", ("USA", "SYR", "1312", False, A)),
    ("Iran and Russia agreed on a gas pipeline.", ("IRN", "RUS", "0311", False, A)),
    # a keyword never reaches into a coordinated clause: the charge is rejected, not the truce
    # (the table's day is in 2010: Juba is still Sudan's)
    ("A government spokesman in Juba rejected the charge and said the army would respect the truce.",
     ("SDNGOV", None, "016", False, A)),
    ("Israel rejected the accusation and said it would continue its operations.", ("ISR", None, "016", False, A)),
    ("Hamas rejected the claim and said the ceasefire still held.", ("PSEREBHMS", None, "016", False, A)),
    # denying "the charge" answers the earlier accuser (a country's rebels are a side of their own)
    ("Rebel leader Riek Machar accused government forces of attacking his positions. A government spokesman in "
     "Juba rejected the charge.", ("SSDGOV", "SSDREB", "016", False, A)),
    ("Pakistan accused India of shelling villages. Indian officials rejected the allegation.",
     ("INDGOV", "PAK", "016", False, A)),
    ("Iran accused Israel of killing a scientist. Israel dismissed the accusation.", ("ISR", "IRN", "016", False, A)),
    # export controls are sanctions
    ("Japan imposed export controls on South Korea.", ("JPN", "KOR", "163", False, A)),
    ("Japan tightened controls on exports to South Korea of three chemicals.", ("JPN", "KOR", "163", False, A)),
    ("The United States restricted exports to Huawei's suppliers in China.", ("USA", "CHNBUS", "163", False, A)),
    # criticism of "the manoeuvres"/"the measures"/"a step that...": aimed at whoever did that act
    ("NATO began a large military exercise in Norway. Norway said the drills were defensive. Moscow criticised "
     "the manoeuvres.", ("RUSGOV", "IGOWSTNAT", "111", False, A)),
    ("The United States imposed sanctions on Iran. Iran condemned the measures.", ("IRN", "USA", "111", False, A)),
    ("Japan tightened controls on exports to South Korea of three chemicals, a step that Seoul denounced as "
     "retaliation.", ("KORGOV", "JPN", "111", False, A)),
    # a warning about "such activity"/"these operations" in the reported clause
    ("NATO began a large military exercise in Norway. Norway said the drills were defensive. The Russian embassy "
     "warned that such activity would not be left without a response.", ("RUSGOV", "IGOWSTNAT", "130", False, A)),
    ("Israel launched air strikes on Gaza. Hamas warned that these operations would be answered.",
     ("PSEREBHMS", "ISR", "130", False, A)),
    ("India tested a nuclear-capable missile. Pakistan warned that such tests would not go unanswered.",
     ("PAK", "IND", "130", False, A)),
]

# no earlier act, or a qualified noun that names its own actor: no target is guessed
NO_TARGET = [
    ("Iran condemned the European measures.", "111"),
    ("Moscow criticised the manoeuvres.", "111"),
    ("China imposed sanctions on Lithuania. Beijing also condemned the decision.", "111"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), GOLDEN, ids=[f"{e[2]}:{t[:30]}" for t, e in GOLDEN])
def test_article_construction_yields_event(code, text, expected):  # type: ignore[no-untyped-def]
    assert expected in [key(e) for e in code(text)], [key(e) for e in code(text)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code_"), NO_TARGET)
def test_criticism_of_unattributed_act_has_no_guessed_target(code, text, code_):  # type: ignore[no-untyped-def]
    found = [e for e in code(text) if e.code == code_]
    assert found and all(e.target is None for e in found), [key(e) for e in code(text)]


@pytest.mark.model
def test_the_venue_of_a_meeting_is_no_party(code):  # type: ignore[no-untyped-def]
    text = "Manmohan Singh and Hu Jintao last met at the Shanghai Cooperation Organisation summit in June."
    assert all(k[0] != "IGOASASCO" and k[1] != "IGOASASCO" for k in map(key, code(text))), [key(e) for e in code(text)]
