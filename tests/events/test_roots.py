"""Golden table: at least one sentence per CAMEO root, each with the full event it must yield."""

from __future__ import annotations

import pytest

from tests.events.event_keys import key

ASSERTED = "asserted"

ROOTS = [
    # 01 public statements
    ("China declined to comment on the report.", ("CHN", None, "011", False, ASSERTED)),
    ("The Chinese ministry declined to give details of the agreement.", ("CHNGOV", None, "011", False, ASSERTED)),
    ("Germany said it was optimistic about the negotiations.", ("DEU", None, "013", False, ASSERTED)),
    ("Iran denied responsibility for the explosion.", ("IRN", None, "016", False, ASSERTED)),
    # 02 appeals
    ("Pakistan asked Japan for economic aid.", ("PAK", "JPN", "0231", False, ASSERTED)),
    ("The Philippines appealed to Japan for humanitarian aid.", ("PHL", "JPN", "0233", False, ASSERTED)),
    # 03 intent
    ("Brazil agreed to supply wheat to Egypt.", ("BRA", "EGY", "0311", False, ASSERTED)),
    ("Vietnam offered to mediate between Cambodia and Thailand.", ("VNM", "KHM", "039", False, ASSERTED)),
    # 04 consult
    ("Russian President Dmitry Medvedev visited China in September.", ("RUSGOV", "CHN", "042", False, ASSERTED)),
    ("Chinese Premier Wen Jiabao held talks with Indian Prime Minister Manmohan Singh.",
     ("CHNGOV", "INDGOV", "046", False, ASSERTED)),
    # 05 diplomatic cooperation
    ("India praised Japan for its support.", ("IND", "JPN", "051", False, ASSERTED)),
    ("Argentina apologized to Chile for the incident.", ("ARG", "CHL", "055", False, ASSERTED)),
    # 06 material cooperation
    ("India and France held joint naval exercises on Monday.", ("IND", "FRA", "062", False, ASSERTED)),
    # 07 aid
    ("Japan sent food aid to North Korea.", ("JPN", "PRK", "073", False, ASSERTED)),
    ("Norway granted asylum to three Iranian dissidents.", ("NOR", "IRNOPP", "075", False, ASSERTED)),
    # 08 yield
    ("Iran released two British sailors on Friday.", ("IRN", "GBRCVL", "0841", False, ASSERTED)),
    ("Israel lifted the blockade on Gaza.", ("ISR", "PSE", "0872", False, ASSERTED)),
    # 09 investigate
    ("Brazil opened an investigation into corruption at the state oil company.", ("BRA", "BRABUS", "091", False, ASSERTED)),
    ("The United Nations launched an investigation into war crimes in Sri Lanka.",
     ("IGOUNO", "LKA", "094", False, ASSERTED)),
    # 10 demand
    ("Ukraine demanded the withdrawal of Russian troops from Crimea.", ("UKR", "RUSMIL", "1056", False, ASSERTED)),
    ("Poland demanded the release of its citizens.", ("POL", "POLCVL", "1053", False, ASSERTED)),
    # 11 disapprove
    ("Xinhua accused Washington of protecting war criminals.", ("CHNMED", "USAGOV", "1124", False, ASSERTED)),
    ("Greece lodged an official protest with Turkey.", ("GRC", "TUR", "114", False, ASSERTED)),
    # 12 reject
    ("Israel rejected the proposal for a ceasefire.", ("ISR", None, "1246", False, ASSERTED)),
    ("The United States vetoed the resolution.", ("USA", None, "129", False, ASSERTED)),
    # 13 threaten
    ("North Korea threatened to attack South Korea.", ("PRK", "KOR", "1384", False, ASSERTED)),
    ("Venezuela threatened to cut off oil supplies to the United States.", ("VEN", "USA", "1312", False, ASSERTED)),
    # 14 protest
    ("Kenyan students demonstrated against the government in Nairobi.", ("KENEDU", "KENGOV", "141", False, ASSERTED)),  # focal country: Nairobi
    # 15 force posture
    ("Seoul put its troops on high alert.", ("KORGOV", None, "152", False, ASSERTED)),
    # 16 reduce relations
    ("The European Union imposed sanctions on Iran.", ("IGOEUREEC", "IRN", "163", False, ASSERTED)),
    ("Ecuador expelled the American ambassador.", ("ECU", "USAGOV", "161", False, ASSERTED)),
    # 17 coerce
    ("Egyptian police arrested three journalists in Cairo.", ("EGYCOP", "EGYMED", "173", False, ASSERTED)),
    ("Thai police used tear gas to disperse protesters in Bangkok.", ("THACOP", "THACVL", "175", False, ASSERTED)),
    ("Myanmar's junta imposed a curfew in Yangon.", ("MMRGOV", "MMRCVL", "1723", False, ASSERTED)),
    # 18 assault
    ("Somali pirates hijacked a Greek tanker.", ("SOMCRM", "GRCBUS", "181", False, ASSERTED)),
    ("Militants from Hamas kidnapped an Israeli soldier.", ("PSEREBHMS", "ISRMIL", "181", False, ASSERTED)),
    # 19 fight
    ("Russian troops occupied the Georgian town of Gori.", ("RUSMIL", "GEO", "192", False, ASSERTED)),
    ("Israeli aircraft bombed targets in Gaza.", ("ISR", "PSE", "195", False, ASSERTED)),
    # 20 mass violence
    ("Sudan's army carried out a massacre in Darfur.", ("SDNMIL", "SDNCVL", "202", False, ASSERTED)),
    ("Serbian forces engaged in ethnic cleansing in Kosovo.", ("SRBMIL", "KSV", "203", False, ASSERTED)),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), ROOTS, ids=[e[1][2] for e in ROOTS])
def test_sentence_yields_the_event_of_its_root(code, text, expected):  # type: ignore[no-untyped-def]
    assert expected in [key(e) for e in code(text)]


def test_the_golden_table_covers_every_root(codebook):  # type: ignore[no-untyped-def]
    assert {e[1][2][:2] for e in ROOTS} == set(codebook.roots())
