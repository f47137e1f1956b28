"""Implied targets as careful coders code them (coding-conventions: the target is often implicit but
identifiable), and no self-dyads: a golden table of sentence -> (source, target, code)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

IMPLIED = [
    # the place of a material act: a foreign one is the country, a domestic one its people
    ("Insurgents bombed a crowded market in Baghdad.", ("IRQREB", "IRQCVL", "1834")),
    ("The government imposed a curfew in Cairo after the riots.", ("EGYGOV", "EGYCVL", "1723")),
    ("The NATO secretary general arrived in Bosnia on Monday.", ("IGOWSTNAT", "BIH", "042")),  # (troops arriving: no visit)
    ("The United Nations launched an investigation into war crimes in Sri Lanka.", ("IGOUNO", "LKA", "094")),
    ("Turkish troops attacked Kurdish villages in northern Iraq.", ("TURMIL", "IRQ", "190")),
    ("Israel reimposed blockades in the West Bank.", ("ISR", "PSE", "191")),
    # troops sent, mobilized or withheld are the source's own: the target is where or against whom
    ("Britain mobilized army reservists for a possible war against Iraq on Tuesday.", ("GBR", "IRQ", "154")),
    ("Pakistan has refused to deploy peacekeepers in Iraq.", ("PAK", "IRQ", "1224")),
    # a town or city places the act in its country (the gazetteer), "from" a place too, and a town the
    # act's verb is done to
    ("Israeli jets struck Rafah.", ("ISR", "PSE", "195")),
    ("Israeli tanks shelled targets in Nablus on Tuesday.", ("ISRMIL", "PSE", "194")),
    ("UN helicopters evacuated the wounded from the besieged town of Gorazde.", ("IGOUNO", "BIH", "073")),
    # aid sent "to" a town reaches that town's country
    ("The Iraqi Red Crescent delivered food to Fallujah.", ("IRQNGO", "IRQ", "073")),
    ("The Kenyan Red Cross sent medicine to Mombasa on Monday.", ("KENNGO", "KEN", "073")),
    # the actor inside a passive subject's phrase is the target: "a camp for refugees was attacked"
    ("A camp for Sudanese refugees was attacked by Chadian militiamen.", ("TCDUAF", "SDNREF", "190")),
    # a nominal act qualifying a light verb's object acts through that object's phrase
    ("The Arab League envoy undertook a mediation mission between Sudan and Chad.", ("IGOMEAARL", "TCD", "045")),
    # the act's own "of" places it too
    ("Israel mounted its invasion of South Lebanon, ploughing through the United Nations lines.", ("ISR", "LBN", "192")),
    # jailing for treason those the resolver cannot name is aimed at the source's own people
    ("Nigerian authorities jailed 52 members of the banned movement on allegations of treason.", ("NGAGOV", "NGACVL", "1125")),
    # a country's embassy stands in another country: its attackers are not placed in its own
    ("Militias attacked the US embassy.", ("---REB", "USAGOV", "190")),
    # a domestic act on a group whose country is unsaid: the source's own people
    ("Chilean police detained four students during the protest.", ("CHLCOP", "CHLEDU", "173")),
    # ... and a participle's act is where the act it is told alongside is
    ("Israeli troops swept through Nablus overnight, arresting 12 suspected militants.", ("ISRMIL", "PSEREB", "173")),
    ("The Kenyan government arrested 20 opposition supporters.", ("KENGOV", "KENOPP", "173")),
    # a threat or plan of a domestic act falls where the act would: the source's own people
    ("Zambia's president threatened to impose a curfew in Lusaka after the looting.", ("ZMBGOV", "ZMBCVL", "1323")),
    ("The Thai government said it was prepared to impose martial law.", ("THAGOV", "THACVL", "1324")),
    # a people named by its demonym protesting at home: its civilians against its government
    ("Thousands of young Moroccans demonstrated in Rabat on Friday.", ("MARCVL", "MARGOV", "141")),
    # calling off a strike eases dissent aimed at the government; an unknown union is a union
    ("The Ghanaian Union of Nurses called off its strike on Monday.", ("GHALAB", "GHAGOV", "082")),
    # a court or the police of unsaid country acting on a country's officials are that country's
    ("A judge opened a corruption inquiry into three Peruvian ministers.", ("PERJUD", "PERGOV", "091")),
    # the police act at home: a group of unsaid country they act on, and their fire with no place, are their own
    ("Egyptian police dispersed the demonstrators on Monday.", ("EGYCOP", "EGYCVL", "175")),
    ("Kenyan police opened fire on Monday night.", ("KENCOP", "KENCVL", "193")),
    # a threat of restrictions falls on the source's own people
    ("The Thai government threatened to ban rallies.", ("THAGOV", "THACVL", "1321")),
    # a demand is made of the subject of its that-clause
    ("Iran demanded that Britain release the sailors.", ("IRN", "GBR", "1053")),
    # the nearest actor inside the act's phrase
    ("Protesters demanded the resignation of Prime Minister Gordon Brown.", ("GBRCVL", "GBRGOV", "1041")),
    # a coordinated act shares its partner's target; a response is aimed at whoever acted before
    ("Pakistan summoned the Indian envoy and protested the shelling.", ("PAK", "INDGOV", "141")),
    ("Tokyo summoned the Chinese ambassador. Beijing responded by suspending talks.", ("CHNGOV", "JPNGOV", "164")),
    ("Tokyo summoned the Chinese ambassador. Beijing responded by declaring that no apology was needed.",
     ("CHNGOV", "JPNGOV", "120")),
    # a protest a participle provokes is aimed at whoever held the act above it
    ("The Chinese navy held exercises in the East China Sea. The exercises took place near the islands, "
     "provoking protests from Japan.", ("JPN", "CHNMIL", "114")),
]

NOT_IMPLIED = [
    # a meeting's place is its venue, not its target
    ("The Iranian negotiator held talks in Geneva.", "046"),
    # the place of one's own exercise is no target; nor is a time phrase ("since the collapse of ...")
    ("In July, Russia conducted its largest exercise in the Far East since the collapse of the Soviet Union.",
     "150"),
    # an attack with no place said may be abroad: no people are implied
    ("Syrian officials said that Turkish troops attacked a village.", "190"),
    # joint talks: the parties act on each other, the topic is no target
    ("Israel and Syria resumed talks on the Golan Heights.", "046"),
]


@pytest.mark.parametrize(("text", "expected"), IMPLIED, ids=[t[:40] for t, _ in IMPLIED])
def test_implied_target_is_found(code, text, expected):  # type: ignore[no-untyped-def]
    found = [(e.source.code if e.source else None, e.target.code if e.target else None, e.code) for e in code(text)]
    assert expected in found, found


@pytest.mark.parametrize(("text", "code_"), NOT_IMPLIED, ids=[t[:40] for t, _ in NOT_IMPLIED])
def test_no_target_is_implied_where_none_is_identifiable(code, text, code_):  # type: ignore[no-untyped-def]
    events = [e for e in code(text) if e.code == code_]
    assert events
    for e in events:
        assert e.target is None or {e.source.country if e.source else None, e.target.country} == {"ISR", "SYR"}


# a harm judged is aimed at its doers, never at its victim or at where it struck
VICTIM_NEVER = [
    ("Egypt condemned the attack on Israel.", "ISR"),
    ("Pakistan strongly condemned the terrorist attacks in Delhi.", "IND"),
    ("The Arab League denounced the bombing in Baghdad.", "IRQ"),
]


@pytest.mark.parametrize(("text", "victim"), VICTIM_NEVER)
def test_harm_judged_is_never_aimed_at_its_victim(code, text, victim):  # type: ignore[no-untyped-def]
    assert not [e for e in code(text) if e.code.startswith("11") and e.target is not None and e.target.code == victim]


# a backer is never the target of what is done with its backing
BACKER_NEVER = [
    ("With the support of the United States, Israel launched the offensive.", "USA"),
    ("The rebels attacked the town with the backing of Rwanda.", "RWA"),
]


@pytest.mark.parametrize(("text", "backer"), BACKER_NEVER)
def test_backer_is_never_the_target_of_the_backed_act(code, text, backer):  # type: ignore[no-untyped-def]
    assert not [e for e in code(text) if e.code.startswith("19") and e.target is not None and e.target.code == backer]


SELF = [
    "South Korea said North Korea had broken the treaty, and South Korea criticised itself for the delay.",
    "A Chinese delegation met Chinese President Hu Jintao in Beijing.",
    "Russia and the Russian government agreed on a new budget.",
    # one named person twice, or a person and an unnamed agent of the same code, is one side
    "Barack Obama defended himself and praised President Obama's record.",
    "Obama thanked his aides.",
]


@pytest.mark.parametrize("text", SELF, ids=[t[:40] for t in SELF])
def test_no_event_is_a_self_dyad(code, text):  # type: ignore[no-untyped-def]
    from dyads.records.actor import self_dyad

    for e in code(text):
        assert not self_dyad(e.source.code if e.source else None, e.target.code if e.target else None), e


ENGAGEMENTS = [
    # who died "in a clash with X" was on the other side; a clash is fought both ways
    ("Seven Turkish soldiers were killed in a clash with PKK militants.", ("TURMIL", "TURREBPKK", "190")),
    ("Seven Turkish soldiers were killed in a clash with PKK militants.", ("TURREBPKK", "TURMIL", "190")),
    # a domestic fight with a group of unsaid country is within the other side's country
    ("Iraqi troops clashed with insurgents in Mosul.", ("IRQREB", "IRQMIL", "190")),
]


@pytest.mark.parametrize(("text", "expected"), ENGAGEMENTS, ids=[f"{t[:30]}-{e[0]}" for t, e in ENGAGEMENTS])
def test_both_sides_of_an_engagement_are_coded(code, text, expected):  # type: ignore[no-untyped-def]
    found = [(e.source.code if e.source else None, e.target.code if e.target else None, e.code) for e in code(text)]
    assert expected in found, found


def test_victims_of_an_attack_are_not_its_source(code):  # type: ignore[no-untyped-def]
    events = code("Three civilians were killed in an attack on a market.")
    assert all(e.source is None or e.source.role != "CVL" for e in events)


# a group of unsaid country facing another country's own people or organs is of that country when the
# sentence names no other (coding-conventions: "groups with no country named take the country the
# sentence establishes")
ONE_COUNTRY = [
    ("Demonstrators accused Prime Minister Abhisit of corruption.", ("THACVL", "THAGOV", "1121")),
    ("The interior minister reassured worried Australians on Monday.", ("AUSGOV", "AUSCVL", "030")),
    ("Hundreds of students criticised the Chilean education minister.", ("CHLEDU", "CHLGOV", "111")),
    ("The Egyptian foreign ministry praised the journalists for their courage.", ("EGYGOV", "EGYMED", "051")),
    # a person the knowledge base does not know stands as a citizen, of the one country
    ("McKenna has long been critical of the Ontario Provincial Police.", ("CANCVL", "CANCOP", "111")),
    ("Smith criticised the Kenyan government.", ("KENCVL", "KENGOV", "111")),
    # a protest told by its noun with no protester said is by the people of its place
    ("Protests against the Thai government continued in Bangkok for a third day.", ("THACVL", "THAGOV", "141")),
    ("Riots against the government erupted in Nairobi on Sunday.", ("KENCVL", "KENGOV", "145")),
]
# ... and not when the other side is a bare country, a second country or an international body is named,
# or the group is of armed men, whose foes may be anyone's
ONE_COUNTRY_NOT = [
    ("The government suspended all contact with the United States.", "---GOV"),
    ("The American ambassador criticised the opposition and the Russian envoy.", "---OPP"),
    ("The rebels denounced the French president.", "---REB"),
    # a visitor is not of the place it goes to
    ("The foreign minister arrived in Moscow on Monday.", "---GOV"),
    ("The president visited troops in Kabul.", "---GOV"),
    ("The UN said the rebels would surrender to the court if the Sudanese government agreed.", "---JUD"),
]


@pytest.mark.parametrize(("text", "expected"), ONE_COUNTRY, ids=[t[:40] for t, _ in ONE_COUNTRY])
def test_group_is_of_the_one_country_its_sentence_names(code, text, expected):  # type: ignore[no-untyped-def]
    got = [(e.source.code if e.source else None, e.target.code if e.target else None, e.code) for e in code(text)]
    assert expected in got


@pytest.mark.parametrize(("text", "group"), ONE_COUNTRY_NOT, ids=[t[:40] for t, _ in ONE_COUNTRY_NOT])
def test_group_keeps_no_country_where_the_sentence_leaves_it_open(code, text, group):  # type: ignore[no-untyped-def]
    sides = [a.code for e in code(text) for a in (e.source, e.target) if a is not None]
    assert group in sides, sides


def test_an_unknown_person_keeps_no_country_in_a_sentence_of_two(code):  # type: ignore[no-untyped-def]
    events = [e for e in code("Smith criticised the government of Kenya and the British embassy.") if e.code == "111"]
    assert events and all(e.source is None or e.source.code is None for e in events), \
        [(e.source.code if e.source else None) for e in events]


def test_the_unsaid_people_of_a_protest_nothing_places_are_no_one(code):  # type: ignore[no-untyped-def]
    events = [e for e in code("Protests against the new law spread on Sunday.") if e.code[:2] == "14"]
    assert not [e for e in events if e.source is not None and e.source.code == "---CVL"], events
