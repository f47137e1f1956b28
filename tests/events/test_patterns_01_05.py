"""Golden table for the phrasings of roots 01-05 (statements, appeals, intent, consultation,
diplomatic cooperation) that news uses: one row per construction, plus wrong senses that must
not be coded."""

from __future__ import annotations

import pytest

from tests.events.event_keys import key

A, I, F, H, R = "asserted", "intended", "future", "hypothetical", "reported"

TABLE = [
    # 01: statements aimed at someone
    ("decline to comment on", "Dow Chemical declined to comment on the bid by BASF.",
     ("USABUS", "DEUBUS", "011", False, A)),
    ("deny that", "Iran denied that it was building nuclear weapons.", ("IRN", None, "016", False, A)),
    ("deny having", "The minister denied having received any money.", ("---GOV", None, "016", False, A)),
    ("contact", "The Iranian ambassador contacted the Danish government.", ("IRNGOV", "DNKGOV", "040", False, A)),
    ("dispute charges of", "China disputed the charges of the US Treasury.", ("CHN", "USAGOV", "016", False, A)),
    ("convey condolences to", "The Chinese premier conveyed condolences to the people of Japan.",
     ("CHNGOV", "JPNCVL", "018", False, A)),
    ("pay homage to", "The Japanese prime minister paid homage to the victims of the bombing in Hiroshima.",
     ("JPNGOV", "JPNCVL", "017", False, A)),
    ("share the view (joint)", "Russia and China shared the view that the crisis must be resolved peacefully.",
     ("CHN", "RUS", "019", False, A)),
    # 02: appeals
    ("seek assistance from", "Pakistan sought assistance from China.", ("PAK", "CHN", "023", False, A)),
    ("make a request to", "Australia made a request to Indonesia for more information.", ("AUS", "IDN", "020", False, A)),
    ("extend an invitation to", "Obama extended an invitation to Medvedev to visit Washington.",
     ("USAGOV", "RUSGOV", "026", False, A)),
    ("receive an invitation from", "The Iranian president received an invitation from Putin.",
     ("RUSGOV", "IRNGOV", "026", False, A)),
    ("request a meeting with", "Iran requested a meeting with the IAEA.", ("IRN", "IGOUNOIAE", "026", False, A)),
    # 03: intent
    ("accept a compromise", "The rebels accepted a compromise proposed by Nigeria.", ("---REB", "NGA", "037", False, A)),
    ("accept an invitation from", "The Chinese president accepted an invitation from Obama to visit Washington.",
     ("CHNGOV", "USAGOV", "036", False, A)),
    # 040: a discussion or conversation with a named partner is joint
    ("discuss X with (joint)", "Merkel discussed the euro crisis with Sarkozy.", ("DEUGOV", "FRAGOV", "040", False, A)),
    ("discuss X with (joint)", "Merkel discussed the euro crisis with Sarkozy.", ("FRAGOV", "DEUGOV", "040", False, A)),
    ("speak with", "Obama spoke with Putin on Monday.", ("USAGOV", "RUSGOV", "040", False, A)),
    ("speak with (joint)", "Obama spoke with Putin on Monday.", ("RUSGOV", "USAGOV", "040", False, A)),
    ("talk with", "Medvedev talked with Hu Jintao in Beijing.", ("RUSGOV", "CHNGOV", "040", False, A)),
    # 041: by telephone
    ("speak to X by telephone", "Obama spoke to Putin by telephone on Friday.", ("RUSGOV", "USAGOV", "041", False, A)),
    ("have a telephone conversation", "Merkel had a telephone conversation with Medvedev.",
     ("DEUGOV", "RUSGOV", "041", False, A)),
    ("receive a phone call from", "Merkel received a phone call from Obama.", ("USAGOV", "DEUGOV", "041", False, A)),
    # 042: visits
    ("return from a visit to", "The Japanese prime minister returned from a visit to Washington.",
     ("JPNGOV", "USA", "042", False, A)),
    ("be on a visit to", "The German chancellor is on a three-day visit to China.", ("DEUGOV", "CHN", "042", False, A)),
    ("be in X on a visit", "The Indian prime minister is in Brazil on an official visit.",
     ("INDGOV", "BRA", "042", False, A)),
    ("go to X for talks", "The Turkish prime minister went to Baghdad for talks.", ("TURGOV", "IRQ", "042", False, A)),
    # 043: hosting a visitor named by role, or a passive "received by"
    ("receive an envoy", "The king received the US ambassador on Monday.", ("---GOV", "USAGOV", "043", False, A)),
    ("be received by", "Hu Jintao was received by the Indian president in New Delhi.",
     ("INDGOV", "CHNGOV", "043", False, A)),
    ("receive a visit from", "Iran received a visit from the IAEA chief.", ("IGOUNOIAE", "IRN", "042", False, A)),
    ("send a delegation to", "Hamas sent a delegation to Cairo.", ("PSEREBHMS", "EGYGOV", "042", False, A)),
    # 045-046: mediation and negotiation
    ("facilitate talks between", "Egypt facilitated talks between Israel and Hamas.", ("EGY", "ISR", "045", False, A)),
    ("be in talks (joint)", "Syria and Israel are in talks over the Golan Heights.", ("ISR", "SYR", "046", False, A)),
    ("take part in talks with", "Iran took part in talks with the European Union in Geneva.",
     ("IGOEUREEC", "IRN", "046", False, A)),
    ("enter negotiations with", "Israel entered negotiations with Syria.", ("ISR", "SYR", "046", False, A)),
    ("attend talks with", "The Pakistani envoy attended talks with Indian officials.",
     ("PAKGOV", "INDGOV", "046", False, A)),
    # 05: diplomatic cooperation
    ("mend ties (joint)", "Turkey and Armenia mended ties last year.", ("ARM", "TUR", "050", False, A)),
    ("express solidarity with", "The United States expressed solidarity with the people of Haiti.",
     ("USA", "HTICVL", "051", False, A)),
    ("receive support from", "The Afghan government received strong support from the United States.",
     ("USA", "AFGGOV", "051", False, A)),
    ("win the backing of", "Obama won the backing of Germany.", ("DEU", "USAGOV", "051", False, A)),
    ("establish diplomatic relations (joint)", "China and India established diplomatic relations in 1950.",
     ("IND", "CHN", "054", False, A)),
    ("exchange ambassadors (joint)", "Russia and Georgia exchanged ambassadors.", ("GEO", "RUS", "054", False, A)),
    ("express regret to", "The foreign minister expressed regret to Japan over the incident.",
     ("---GOV", "JPN", "055", False, A)),
    ("receive an apology from", "Japan received an apology from China.", ("CHN", "JPN", "055", False, A)),
    ("adopt an accord with", "Japan adopted an accord with ASEAN.", ("IGOSEAASN", "JPN", "057", False, A)),
    ("hammer out a deal (joint)", "Russia and Ukraine hammered out a deal on gas prices.", ("UKR", "RUS", "057", False, A)),
]


@pytest.mark.model
@pytest.mark.parametrize(("construction", "text", "expected"), TABLE,
                         ids=[f"{c}-{e[2]}-{n}" for n, (c, _, e) in enumerate(TABLE)])
def test_construction_yields_the_event(code, construction, text, expected):  # type: ignore[no-untyped-def]
    assert expected in [key(e) for e in code(text)]


# wrong senses and states: no event of that code
NEVER = [
    ("The opposition went to court to challenge the result.", "042"),
    ("Voters went to the polls on Sunday.", "042"),
    ("The senator left the party in 2005.", "042"),
    ("The prime minister must have the support of parliament.", "051"),
    # receiving things from someone is no hosting
    ("Boeing has received five orders from Air India.", "043"),
    ("The company received permission from the Federal Court.", "043"),
    ("Romania receives a significant amount of funds from the European Union.", "043"),
    # denying someone a thing is no denial of a charge
    ("The European Union will deny visas to Belarusian officials.", "016"),
    ("Saddam Hussein denied the Iraqi people their rights for decades.", "016"),
    ("The senator will discuss whether to run with his family.", "040"),
    ("The senator will discuss whether to run with his family.", "036"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wrong"), NEVER)
def test_wrong_sense_is_not_coded(code, text, wrong):  # type: ignore[no-untyped-def]
    assert wrong not in [e.code for e in code(text) if e.source and e.target]
