"""Golden table for the phrasings of roots 06 (material cooperation), 07 (aid), 08 (yield),
09 (investigate), 10 (demand) and 12 (reject): one row per construction, sentence -> expected
(source, target, code, negated, modality), plus wrong senses that must not yield the event."""

from __future__ import annotations

import pytest

from tests.events.event_keys import key

A, I, F, H, R = "asserted", "intended", "future", "hypothetical", "reported"

ROWS = [
    # 057: trade deals approved or ratified with a partner
    ("The Bush administration has approved trade deals with Singapore and Chile.", ("USAGOV", "SGP", "057", False, A)),
    # 120: claims, proposals and cases are dismissed, not people
    ("Japan dismissed the Chinese proposal.", ("JPN", "CHN", "120", False, A)),
    # 061: a sale, an order placed with a maker, a contract awarded
    ("Australia sold uranium to China last year.", ("AUS", "CHN", "061", False, A)),
    ("Emirates ordered 50 aircraft from Boeing.", ("ARE", "USABUS", "061", False, A)),
    ("The Indian defence ministry awarded a contract to Boeing.", ("INDGOV", "USABUS", "061", False, A)),
    # 062: a sale of warplanes is military, not economic, cooperation
    ("The United States sold F-16 fighter jets to Pakistan.", ("USA", "PAK", "062", False, A)),
    # 063: the state a suspect is handed or extradited to is the target
    ("Colombia extradited a drug lord to the United States.", ("COL", "USA", "063", False, A)),
    ("Pakistan handed the suspect over to the United States.", ("PAK", "USA", "063", False, A)),
    # 071 / 073: money in another currency; rescuers and doctors sent
    ("Germany gave Greece ten billion euros.", ("DEU", "GRC", "071", False, A)),
    ("Britain sent rescue teams to Turkey.", ("GBR", "TUR", "073", False, A)),
    ("Germany sent doctors to Haiti.", ("DEU", "HTI", "073", False, A)),
    # 070 / 071: help given, a credit line received from a lender
    ("The Soviet Union gave military and economic help to Cuba.", ("USR", "CUB", "070", False, A)),
    ("Hungary received a credit line from the European Central Bank.", ("IGOEUREEC", "HUN", "071", False, A)),
    # 0831: a resignation handed in
    ("The Japanese prime minister submitted his resignation on Monday.", ("JPNGOV", None, "0831", False, A)),
    # 0874: troops brought home
    ("Spain brought its troops home from Iraq.", ("ESP", "IRQ", "0874", False, A)),
    ("The United States will bring its troops home from Iraq.", ("USA", "IRQ", "0356", False, A)),
    # 0862: inspectors let in
    ("India allowed the IAEA to inspect its reactors.", ("IND", "IGOUNOIAE", "0862", False, A)),
    # 090 / 091: a regulator reviewing a merger; crimes of business investigated
    ("The European Commission is reviewing the merger of Sony and BMG.", ("IGOEUREEC", "JPNBUS", "090", False, A)),
    ("The SEC is investigating Goldman Sachs for insider trading.", ("USAGOV", "USABUS", "091", False, A)),
    ("German prosecutors are investigating Siemens over bribes.", ("DEUJUD", "DEUBUS", "091", False, A)),
    # 061: a purchase from a seller; a maker delivering; a licence granted
    ("Kazakhstan bought the refinery from Russia.", ("KAZ", "RUS", "061", False, A)),
    ("Boeing delivered the first airliner to Pakistan International Airlines.", ("USABUS", "PAKBUS", "061", False, A)),
    ("The Indian government awarded a licence to Vodafone.", ("INDGOV", "GBRBUS", "061", False, A)),
    # 062: joint drills; a noun sale of weapons
    ("Russia held naval drills with China.", ("RUS", "CHN", "062", False, A)),
    ("Russia held naval drills with China.", ("CHN", "RUS", "062", False, A)),
    ("Spain's sale of weaponry to Venezuela angered the United States.", ("ESP", "VEN", "062", False, A)),
    # 071 / 072: a loan approved or paid out; arms supplied; soldiers trained; military intelligence given
    ("The IMF approved a loan to Pakistan.", ("IGOBUSIMF", "PAK", "071", False, A)),
    ("The World Bank disbursed the loan to Kenya.", ("IGOUNODEVWBK", "KEN", "071", False, A)),
    ("Russia supplied tanks to Syria.", ("RUS", "SYR", "072", False, A)),
    ("American instructors trained Georgian soldiers.", ("USA", "GEOMIL", "072", False, A)),
    ("The United States is providing military intelligence to Macedonia.", ("USA", "MKD", "072", False, A)),
    # 0841: hostages handed over; 0832: a bill withdrawn, a plan shelved; 087: bombing halted
    ("The kidnappers handed the hostages over to the Red Cross.", ("---CRM", "NGOHLHIRC", "0841", False, A)),
    ("The French government withdrew the bill after protests.", ("FRAGOV", None, "0832", False, A)),
    ("Israel halted its air strikes on Gaza.", ("ISR", "PSE", "087", False, A)),
    ("NATO suspended its bombing of Serbia.", ("IGOWSTNAT", "SRB", "087", False, A)),
    # 1211: a merger blocked by a regulator; 120: visas denied
    ("The regulator blocked the takeover of Cadbury.", ("GBRGOV", "GBRBUS", "1211", False, A)),
    ("The United States denied visas to Belarusian officials.", ("USA", "BLRGOV", "172", False, A)),
    # 0831 under a demand: giving up power demanded is a demand for a change of leader (1041)
    ("The king gave up the throne in 1936.", ("---GOV", None, "0831", False, A)),
    ("The opposition demanded that King Gyanendra give up power.", ("NPLOPP", "NPLELI", "1041", False, A)),
    # 087: an offensive called off; 0874: a contingent reduced
    ("Russia called off its offensive against the Chechen rebels.", ("RUS", "RUSREB", "087", False, A)),
    ("Spain reduced its contingent in Afghanistan.", ("ESP", "AFG", "0874", False, A)),
    # 073: food airdropped, refugees hosted
    ("The United States airdropped food to Kurdish refugees.", ("USA", "---REF", "073", False, A)),
    ("Jordan hosts thousands of Iraqi refugees.", ("JOR", "IRQREF", "073", False, A)),
    # 1056: an end to violence demanded as a noun
    ("The United Nations demanded an end to the bombing of Lebanon.", ("IGOUNO", "LBN", "1056", False, A)),
    # 1211: a bid to take a firm over rejected
    ("Arcelor rejected Mittal Steel's bid to take the company over.", (None, "---BUS", "1211", False, A)),
    # 0841: bail granted; 091: a criminal case opened against someone
    ("A Kenyan court granted bail to the opposition leader.", ("KENJUD", "KENOPP", "0841", False, A)),
    ("The judge granted the journalist bail on Monday.", ("---JUD", "---MED", "0841", False, A)),
    ("Ukrainian prosecutors opened a criminal case against the former prime minister.",
     ("UKRJUD", "UKRELI", "091", False, A)),
    # 1211: a takeover offer rebuffed
    ("Yahoo rejected a takeover offer from Microsoft.", ("USABUS", "USABUS", "1211", False, A)),
]

NEVER = [
    # dismissing a person removes them from a post: no rejection
    ("Nigerian President Olusegun Obasanjo has dismissed the Minister of Housing.", "120"),
    ("CBS News dismissed four employees on Tuesday.", "120"),
    # an offer that is no takeover is no rejection of economic cooperation
    ("The union rejected the offer from the airline.", "1211"),
    # a denial of an accusation is no refusal
    ("Russia denied the accusations by Georgia.", "120"),
    # a verb below the act is no object noun: a denial of having asked, a word of "ruled"
    ("Iran denied that it had requested weapons from Russia.", "120"),
    ("Tensions eased after the court ruled on the dispute.", "081"),
    ("Russia trained Iranian troops and is delivering missiles to Iran.", "061"),
    # a government looking again at its own deal is not investigating it
    ("The government reviewed its deal with the union.", "090"),
    # a bill withdrawn is no military withdrawal
    ("The French government withdrew the bill after protests.", "0874"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[f"{e[2]}-{n}" for n, (_, e) in enumerate(ROWS)])
def test_phrasing_yields_the_event(code, text, expected):  # type: ignore[no-untyped-def]
    assert expected in [key(e) for e in code(text)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wrong"), NEVER)
def test_wrong_sense_is_not_coded(code, text, wrong):  # type: ignore[no-untyped-def]
    assert wrong not in [e.code for e in code(text)]


# the seller is the object of a "from" on the purchase itself, not of one deeper down
NO_SELLER = [
    "Defence supplies are purchased by the Australian ministry with no guidelines from the government.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NO_SELLER)
def test_deep_from_is_no_seller(code, text):  # type: ignore[no-untyped-def]
    assert not [e for e in code(text) if e.code == "061" and e.target is not None]
