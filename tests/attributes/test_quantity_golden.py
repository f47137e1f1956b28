"""Golden table: quantities in sentences, with value, unit, kind and rate."""

from __future__ import annotations

import pytest

from dyads.attributes.quantities.amounts import find_quantities

GOLDEN = [
    # sentence, expected text, value, unit, kind, rate
    ("The pipeline is part of a \\$US25 billion deal.", "\\$US25 billion", 25e9, "USD", "money", None),
    ("The pipeline is part of a $US25 billion deal.", "$US25 billion", 25e9, "USD", "money", None),
    ("The refinery will cost $5 billion.", "$5 billion", 5e9, "USD", "money", None),
    ("The EU pledged €3.2m in aid.", "€3.2m", 3.2e6, "EUR", "money", None),
    ("Beijing lent 500 million yuan to the province.", "500 million yuan", 5e8, "CNY", "money", None),
    ("The state approved Rs 40 crore for flood relief.", "Rs 40 crore", 4e8, "INR", "money", None),
    ("The deal is worth US$300,000.", "US$300,000", 3e5, "USD", "money", None),
    ("The fund holds £1.5bn in reserves.", "£1.5bn", 1.5e9, "GBP", "money", None),
    ("Tokyo offered ¥2 trillion in loans.", "¥2 trillion", 2e12, "JPY", "money", None),
    ("The court froze 25 billion dollars in assets.", "25 billion dollars", 2.5e10, "USD", "money", None),
    ("Kiev owes 2.4 billion euros for gas.", "2.4 billion euros", 2.4e9, "EUR", "money", None),
    ("Moscow paid 40 million rubles in compensation.", "40 million rubles", 4e7, "RUB", "money", None),
    ("Washington gives $12 million a year in aid.", "$12 million", 1.2e7, "USD", "money", "year"),
    ("China will invest $10bn in the project.", "$10bn", 1e10, "USD", "money", None),
    ("The bank approved a 1.2 billion dollar loan.", "1.2 billion dollar", 1.2e9, "USD", "money", None),
    ("The IMF released €500,000 to the government.", "€500,000", 5e5, "EUR", "money", None),
    ("Seoul will spend 3 trillion won on defence.", "3 trillion won", 3e12, "KRW", "money", None),
    ("The pipeline will deliver 15 million tonnes of oil to China annually.", "15 million tonnes of oil", 15e6, "tonne", "mass", "year"),
    ("They agreed to deliver 60 billion cubic metres of gas annually.", "60 billion cubic metres of gas", 60e9, "m3", "volume", "year"),
    ("The field produces 300,000 barrels a day.", "300,000 barrels a day", 3e5, "barrel", "volume", "day"),
    ("Output reached 1.2 million bpd in June.", "1.2 million bpd", 1.2e6, "barrel", "volume", "day"),
    ("The barrier stretches 700 kilometres along the border.", "700 kilometres", 700, "km", "length", None),
    ("The fire destroyed 5,000 hectares of forest.", "5,000 hectares of forest", 5000, "hectare", "area", None),
    ("The plant will generate 1,000 megawatts.", "1,000 megawatts", 1000, "MW", "power", None),
    ("Customs seized 2 tonnes of cocaine at the port.", "2 tonnes of cocaine", 2, "tonne", "mass", None),
    ("Iran has produced 30 kilograms of enriched uranium.", "30 kilograms of enriched uranium", 0.03, "tonne", "mass", None),
    ("The country exports 1.5 million tonnes of wheat a year.", "1.5 million tonnes of wheat", 1.5e6, "tonne", "mass", "year"),
    ("Annual imports of 20 billion cubic metres are planned.", "20 billion cubic metres", 2e10, "m3", "volume", "year"),
    ("India tested a missile with a range of 5,000 km.", "5,000 km", 5000, "km", "length", None),
    ("The exercise included around 5,000 troops.", "5,000 troops", 5000, "troop", "force", None),
    ("It included 1,600 tanks and armoured vehicles.", "1,600 tanks and armoured vehicles", 1600, "tank and armoured vehicle", "equipment", None),
    ("The drill involved 50 war planes.", "50 war planes", 50, "aircraft", "equipment", None),
    ("Washington will send 30,000 more troops.", "30,000 more troops", 30000, "troop", "force", None),
    ("The fleet includes 12 warships and a tanker.", "12 warships", 12, "ship", "equipment", None),
    ("The navy sent four submarines to the area.", "four submarines", 4, "submarine", "equipment", None),
    ("The drill involved 200 helicopters.", "200 helicopters", 200, "helicopter", "equipment", None),
    ("Rebels fired 40 rockets at the town.", "40 rockets", 40, "rocket", "equipment", None),
    ("Moscow moved 2,000 Russian troops to the border.", "2,000 Russian troops", 2000, "troop", "force", None),
    ("The army deployed 3 divisions near the frontier.", "3 divisions", 3, "division", "force", None),
    ("The UN sent 8,000 peacekeepers to Darfur.", "8,000 peacekeepers", 8000, "peacekeeper", "force", None),
    ("A bomb killed 12 people in the market.", "killed 12 people", 12, "killed", "casualties", None),
    ("Officials said at least 30 dead were found.", "30 dead", 30, "killed", "casualties", None),
    ("Two died and dozens wounded in the blast.", "dozens wounded", 24, "wounded", "casualties", None),
    ("Seven soldiers were killed in the ambush.", "Seven soldiers were killed", 7, "killed", "casualties", None),
    ("The blast injured 45 people.", "injured 45 people", 45, "wounded", "casualties", None),
    ("Police arrested 40 protesters after the rally.", "arrested 40 protesters", 40, "arrested", "count", None),
    ("The death toll rose to 57 on Sunday.", "death toll rose to 57", 57, "killed", "casualties", None),
    ("Three people died in the crash.", "Three people died", 3, "killed", "casualties", None),
    ("Clashes left 14 dead in the capital.", "14 dead", 14, "killed", "casualties", None),
    ("Five civilians were wounded by shrapnel.", "Five civilians were wounded", 5, "wounded", "casualties", None),
    ("Twenty people are missing after the flood.", "Twenty people are missing", 20, "missing", "casualties", None),
    ("Gas supplies will run for 20 years.", "20 years", 20, "year", "duration", None),
    ("The SCO held a 16-day exercise.", "16-day", 16, "day", "duration", None),
    ("Supplies would start in 2015 for the ensuing 30 years.", "30 years", 30, "year", "duration", None),
    ("The siege lasted six months.", "six months", 6, "month", "duration", None),
    ("He was jailed for three weeks.", "three weeks", 3, "week", "duration", None),
    ("The talks lasted 14 hours.", "14 hours", 14, "hour", "duration", None),
    ("The sides agreed a two-year ceasefire.", "two-year", 2, "year", "duration", None),
    ("The contract runs for two decades.", "two decades", 2, "decade", "duration", None),
    ("Turnout was 62 percent.", "62 percent", 62, "percent", "percent", None),
    ("Prices rose 4.5% in March.", "4.5%", 4.5, "percent", "percent", None),
    ("Trade between Russia and China increased 12-fold.", "12-fold", 12, "fold", "ratio", None),
    ("Tens of thousands of people marched in the capital.", "Tens of thousands of people", 20000, "person", "count", None),
    ("Hundreds of refugees crossed the border.", "Hundreds of refugees", 200, "refugee", "count", None),
    ("About 10,000 protesters gathered in the square.", "10,000 protesters", 10000, "protester", "count", None),
    ("His unit killed 20-50 Iraqi troops, the army said.", "killed 20-50 Iraqi troops", 50, "killed", "casualties", None),
    ("The insurgency has claimed the lives of at least 11,000 people.", "lives of at least 11,000 people", 11000, "killed", "casualties", None),
    ("Four guards and twelve prisoners were injured.", "Four guards", 4, "wounded", "casualties", None),
    ("Fourteen insurgents and 22 police officers were killed.", "Fourteen insurgents", 14, "killed", "casualties", None),
    ("One U.S. soldier was killed by a roadside bomb.", "One U.S. soldier was killed", 1, "killed", "casualties", None),
    ("Some 2 million people voted in the poll.", "2 million people", 2e6, "person", "count", None),
    ("The party won 120 seats in parliament.", "120 seats", 120, "seat", "count", None),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit", "kind", "rate"), GOLDEN)
def test_quantity_is_read(sentence: str, text: str, value: float, unit: str, kind: str, rate: str | None) -> None:
    found = {q.text: q for q in find_quantities(sentence)}
    assert text in found, f"{text!r} not found in {sorted(found)}"
    q = found[text]
    assert q.value == pytest.approx(value)
    assert (q.unit, q.kind, q.rate) == (unit, kind, rate)
    assert sentence[q.char_start : q.char_end] == text


NOT_QUANTITIES = [
    "The war ended in 1945.",
    "Medvedev visited China on September 26-28.",
    "The statement marked the 65th anniversary of the victory.",
    "In July, Russia conducted Vostok 2010 in the Far East.",
    "Resolution 1441 was adopted unanimously.",
    "The president is 45 years old.",
    "Growth has slowed over the past 10 years.",
    "The report aired on 60 Minutes Wednesday.",
    "Use declined to a level last seen six years earlier.",
    "Syria would lose control once it no longer had the T-72 tanks there.",
    "Kerik resigned two months following the attacks.",
    '| VALIGN=TOP | WIDTH=25% BGCOLOR="#d0d0d0" |',
    "The company was nationalised three years ago.",
    "In 2010 troops were sent to the border.",
    "Soviet troops entered Manchuria in August 1945.",
]


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_years_dates_and_ages_are_not_quantities(sentence: str) -> None:
    assert find_quantities(sentence) == ()


def test_offsets_are_shifted_by_the_sentence_start() -> None:
    (q,) = find_quantities("It cost $5 billion.", offset=1000)
    assert (q.char_start, q.char_end, q.text) == (1008, 1018, "$5 billion")
