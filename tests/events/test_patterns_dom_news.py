"""Golden table for the ways domestic political and legal news phrases the acts of roots 09-17:
verbal attacks and criticism drawn from critics, accusations of crime, court challenges and
injunctions, damages and fines ordered by courts, blocked nominations and bills, bans from
politics, house arrest and strikes against laws; and rows where the same words are no such act."""

from __future__ import annotations

import pytest

from tests.events.event_keys import key

A = "asserted"

ROWS = [
    # 111: a verbal attack over a policy, insulting labels, questioned handling, criticism drawn or come under
    ("The Australian opposition attacked the government over its tax plan.", ("AUSOPP", "AUSGOV", "111", False, A)),
    ("The Kenyan opposition leader called the president a liar.", ("KENOPP", "KENGOV", "111", False, A)),
    # name-calling: the one called names, or the maker of the thing called a mistake or a crime
    ("The Venezuelan president called the American president a devil.", ("VENGOV", "USAGOV", "111", False, A)),
    ("Iran described the Israeli attack as a crime.", ("IRN", "ISR", "111", False, A)),
    ("The Syrian foreign minister called the American decision a mistake.", ("SYRGOV", "USA", "111", False, A)),
    ("The Thai opposition questioned the government's handling of the floods.", ("THAOPP", "THAGOV", "111", False, A)),
    ("The British government has drawn criticism from human rights groups in Britain.",
     ("GBRHRI", "GBRGOV", "111", False, A)),
    ("The Italian prime minister came under criticism from the Italian opposition.",
     ("ITAOPP", "ITAGOV", "111", False, A)),
    # 1121: an accusation of corruption, its "of" phrase hung on the accused
    ("The Ukrainian opposition accused the government of corruption.", ("UKROPP", "UKRGOV", "1121", False, A)),
    # 112: an indictment, told as a noun
    ("The American Justice Department's indictment of the Russian businessman angered Moscow.",
     ("USAGOV", "RUSBUS", "112", False, A)),
    # 115: a court challenge and an injunction sought against an actor
    ("The American Civil Liberties Union challenged the Obama administration in federal court.",
     ("USANGO", "USAGOV", "115", False, A)),
    ("The Canadian company sought an injunction against the Canadian government.", ("CANBUS", "CANGOV", "115", False, A)),
    ("The Indian opposition dragged the Indian government to court.", ("INDOPP", "INDGOV", "115", False, A)),
    ("The American company countersued the Chinese company.", ("USABUS", "CHNBUS", "115", False, A)),
    ("The Pakistani lawyers filed a petition against the Pakistani president in the Supreme Court.",
     ("PAKJUD", "PAKGOV", "115", False, A)),
    # 116: damages ordered by a court find the party liable; 172: a fine ordered is a fine
    ("A US court ordered the American company to pay damages to the Iraqi families.",
     ("USAJUD", "USABUS", "116", False, A)),
    ("A Japanese court ordered the Japanese bank to pay a fine.", ("JPNJUD", "JPNBUS", "172", False, A)),
    # 120: a legislature or opposition blocking a nomination or a bill rejects it
    ("The German Senate blocked the nomination of the new ambassador.", ("DEULEG", "DEUGOV", "120", False, A)),
    ("The Australian opposition blocked the government's budget bill.", ("AUSOPP", "AUSGOV", "120", False, A)),
    # 1722: a politician banned from politics; 173: house arrest
    ("The Thai court banned the former prime minister from politics for five years.",
     ("THAJUD", "THAELI", "1722", False, A)),
    ("Burmese police put the opposition leader under house arrest.", ("MMRCOP", "MMROPP", "173", False, A)),
    # 1432: a strike against a law or a reform
    ("French workers went on strike against the new pension law.", ("FRALAB", "FRAGOV", "1432", False, A)),
    ("Italian workers staged a strike over the government's reform.", ("ITALAB", "ITAGOV", "1432", False, A)),
    # 120: a bill voted down, a government overruled by a court
    ("The Canadian parliament voted down the Canadian government's budget.", ("CANLEG", "CANGOV", "120", False, A)),
    ("The Indian Supreme Court overruled the Indian government.", ("INDJUD", "INDGOV", "120", False, A)),
    # 111: taking aim at, faulting, calling a plan a disgrace
    ("The Australian opposition leader took aim at the Australian prime minister.",
     ("AUSOPP", "AUSGOV", "111", False, A)),
    ("The Australian opposition faulted the Australian government for the delays.",
     ("AUSOPP", "AUSGOV", "111", False, A)),
    ("The Australian opposition called the Australian government's plan a disgrace.",
     ("AUSOPP", "AUSGOV", "111", False, A)),
    # 138: vows of revenge and retaliation are threats of force
    ("Hamas vowed to retaliate against Israel.", ("PSEREBHMS", "ISR", "138", False, A)),
    ("Hezbollah vowed revenge against Israel.", ("LBNREBHEZ", "ISR", "138", False, A)),
    # 174: a journalist expelled from the country (diplomats stay 161, also when thrown out)
    ("Russia expelled the British journalist from the country.", ("RUS", "GBRMED", "174", False, A)),
    ("Russia expelled two British diplomats from the country.", ("RUS", "GBRGOV", "161", False, A)),
    ("The Ugandan government threw out the British envoy.", ("UGAGOV", "GBRGOV", "161", False, A)),
    # 1721: opposition media closed; 172: passports and visas revoked or cancelled
    ("The Venezuelan government closed the opposition newspaper.", ("VENGOV", "VENOPP", "1721", False, A)),
    ("The Venezuelan government shut the opposition radio station.", ("VENGOV", "VENMED", "1721", False, A)),
    ("The Thai government revoked the passport of the former Thai prime minister.",
     ("THAGOV", "THAELI", "172", False, A)),
    ("The British government cancelled the Zimbabwean minister's visa.", ("GBRGOV", "ZWEGOV", "172", False, A)),
    ("The Zimbabwean government suspended the independent newspaper.", ("ZWEGOV", "ZWEMED", "1721", False, A)),
    # 1721: a government blocking a website or social network censors it (protesters blocking access stay 144)
    ("The Thai government blocked access to YouTube.", ("THAGOV", "USABUS", "1721", False, A)),
    ("The Turkish government blocked Twitter.", ("TURGOV", "USABUS", "1721", False, A)),
    ("Protesters blocked access to the parliament.", ("---CVL", "---LEG", "144", False, A)),
    # 172: a regulator banning the sale or use of a product
    ("The American Food and Drug Administration banned the sale of ephedra.", ("USAGOV", "USACVL", "172", False, A)),
    # 172: recalls ordered or forced by a regulator, licences not renewed, pesticides banned
    ("The American Food and Drug Administration ordered the company to recall the drug.",
     ("USAGOV", "USABUS", "172", False, A)),
    ("The Japanese transport ministry forced Toyota to recall its cars.", ("JPNGOV", "JPNBUS", "172", False, A)),
    ("Chinese regulators ordered the recall of the Mattel toys.", ("CHNGOV", "USABUS", "172", False, A)),
    ("The Venezuelan government refused to renew the license of the television station.",
     ("VENGOV", "VENMED", "172", False, A)),
    ("The European Union banned the pesticide.", ("IGOEUREEC", None, "172", False, A)),
    # 141: marches to a seat of power; protesters rallying against a government demonstrate
    ("Hundreds of Egyptian protesters marched to the parliament.", ("EGYCVL", "EGYLEG", "141", False, A)),
    ("Thousands of Thai protesters rallied against the government.", ("THACVL", "THAGOV", "141", False, A)),
    # 113: rallying others against an actor
    ("The United States rallied its allies against Iran.", ("USA", "IRN", "113", False, A)),
    # 111: mockery
    ("The opposition mocked the French president.", ("FRAOPP", "FRAGOV", "111", False, A)),
    # 143: a strike told as a state; 040: a meal together; 042: leaving for a capital
    ("Teachers in Kenya have been on strike since March.", ("KENEDU", "KENGOV", "143", False, A)),
    ("The prime minister had lunch with the Japanese ambassador.", ("---GOV", "JPNGOV", "040", False, A)),
    ("Putin left for Beijing on Monday.", ("RUSGOV", "CHNGOV", "042", False, A)),
    # 020: a petition handed to an authority; 140: people, not troops, mobilised
    ("Kenyan workers presented a petition to the parliament.", ("KENLAB", "KENLEG", "020", False, A)),
    ("The Kenyan opposition mobilised thousands of supporters.", ("KENOPP", "KENGOV", "140", False, A)),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[f"{e[2]}-{n}" for n, (_, e) in enumerate(ROWS)])
def test_news_construction_yields_the_event(code, text, expected):  # type: ignore[no-untyped-def]
    assert expected in [key(e) for e in code(text)]


# the same words where they are no such act: military strikes near an election or a law, a court
# striking a law down, troops under fire or attack from gunmen
NEVER = [
    ("The Israeli army struck targets in Gaza ahead of the election.", "1434"),
    ("Israeli troops struck a Palestinian police station after the law was passed.", "1432"),
    ("The Supreme Court of the United States struck down the law.", "1432"),
    ("Pakistani troops came under fire from Taliban militants.", "111"),
    ("Israeli troops came under attack from Palestinian gunmen.", "111"),
    ("The Afghan army drew fire from Taliban fighters.", "111"),
    # gunmen attacking a newspaper over what it printed is no verbal attack
    ("Islamist gunmen attacked the Danish newspaper over its comments about the prophet.", "111"),
    # a lawsuit thrown out is no actor expelled; a TV station named in a reason clause was not what was closed
    ("The Canadian judge threw out the lawsuit against the Canadian government.", "166"),
    ("The Venezuelan government closed RCTV because it was the main TV station of the opposition.", "1721"),
    ("Iraqi police closed the station after the attack.", "1721"),
    # words of a pattern inside the subject's name or the subject itself are not what was banned or suspended
    ("The American Food and Drug Administration banned the sale of ephedra.", "1721"),
    ("The newspaper suspended its editor.", "1721"),
    ("The Iranian ambassador threw out the letter.", "161"),
    # a company recalling its own goods is no sanction; a contract not renewed is no licence refused
    ("Toyota recalled two million cars.", "172"),
    # a petition against a thing, not an actor, is no lawsuit
    ("Residents filed a petition against the new road.", "115"),
    ("The Venezuelan government refused to renew the contract.", "172"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "code_"), NEVER)
def test_wrong_sense_is_not_the_event(code, text, code_):  # type: ignore[no-untyped-def]
    assert not [e for e in code(text) if e.code == code_]
