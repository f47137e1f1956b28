"""Word tables for the quantity parser: currencies, scales, units and counted nouns."""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Unit:
    """What a word measures: canonical ``name``, ``kind`` and a factor to that name."""

    name: str
    kind: str
    factor: float = 1.0


def _table(kind: str, rows: dict[str, str | tuple[str, float]]) -> dict[str, Unit]:
    out: dict[str, Unit] = {}
    for word, spec in rows.items():
        name, factor = (spec, 1.0) if isinstance(spec, str) else spec
        out[word] = Unit(name, kind, factor)
    return out


SCALES = MappingProxyType({
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
    "b": 1e9, "trillion": 1e12, "tn": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
    "millions": 1e6, "billions": 1e9, "thousands": 1e3,
})  # fmt: skip

# symbol or code written before the number
CURRENCY_PREFIXES = MappingProxyType({
    "us$": "USD", "$us": "USD", "usd": "USD", "$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD",
    "ca$": "CAD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "nt$": "TWD", "r$": "BRL", "€": "EUR",
    "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "cny": "CNY", "rmb": "CNY",
    "rs": "INR", "rs.": "INR", "inr": "INR", "rub": "RUB", "chf": "CHF",
})  # fmt: skip

# currency named after the number ("500 million yuan", "25 billion US dollars")
CURRENCY_WORDS = MappingProxyType({
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD",
    "taiwan dollars": "TWD", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "pounds": "GBP",
    "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rubles": "RUB", "roubles": "RUB",
    "rupees": "INR", "won": "KRW", "riyals": "SAR", "dinars": "IQD", "shekels": "ILS", "pesos": "MXN",
    "reais": "BRL", "francs": "CHF", "lira": "TRY", "liras": "TRY", "naira": "NGN", "rand": "ZAR",
    "dirhams": "AED", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "hryvnias": "UAH", "zloty": "PLN",
    "kronor": "SEK", "rials": "IRR", "usd": "USD", "eur": "EUR", "cny": "CNY",
})  # fmt: skip

MEASURES = MappingProxyType({
    **_table("mass", {
        "tonnes": "tonne", "tonne": "tonne", "tons": "tonne", "ton": "tonne", "metric tons": "tonne",
        "metric tonnes": "tonne", "kilograms": ("tonne", 1e-3), "kilogrammes": ("tonne", 1e-3),
        "kg": ("tonne", 1e-3), "kilos": ("tonne", 1e-3),
    }),
    **_table("volume", {
        "cubic metres": "m3", "cubic meters": "m3", "cu m": "m3", "m3": "m3", "bcm": ("m3", 1e9),
        "cubic feet": ("m3", 0.0283168), "barrels": "barrel", "barrel": "barrel", "litres": "litre",
        "liters": "litre", "gallons": ("litre", 3.78541),
    }),
    **_table("length", {
        "kilometres": "km", "kilometers": "km", "km": "km", "miles": ("km", 1.609344), "metres": ("km", 1e-3),
        "meters": ("km", 1e-3), "nautical miles": ("km", 1.852),
    }),
    **_table("area", {
        "hectares": "hectare", "square kilometres": ("hectare", 100.0), "square kilometers": ("hectare", 100.0),
        "sq km": ("hectare", 100.0), "km2": ("hectare", 100.0), "acres": ("hectare", 0.404686),
    }),
    **_table("power", {"megawatts": "MW", "mw": "MW", "gigawatts": ("MW", 1e3), "gw": ("MW", 1e3)}),
    **_table("rate", {"bpd": "barrel/day", "barrels per day": "barrel/day", "barrels a day": "barrel/day"}),
})  # fmt: skip

DURATIONS = MappingProxyType({
    "year": "year", "years": "year", "month": "month", "months": "month", "week": "week", "weeks": "week",
    "day": "day", "days": "day", "hour": "hour", "hours": "hour", "decade": "decade", "decades": "decade",
    "minute": "minute", "minutes": "minute",
})  # fmt: skip

# counted nouns (plural and singular); multiword entries are matched whole
NOUNS = MappingProxyType({
    **_table("force", {
        "troops": "troop", "soldiers": "soldier", "soldier": "soldier", "servicemen": "soldier",
        "personnel": "personnel", "sailors": "sailor", "marines": "marine", "paratroopers": "paratrooper",
        "peacekeepers": "peacekeeper", "reservists": "reservist", "police": "police officer",
        "policemen": "police officer", "police officers": "police officer", "officers": "officer",
        "fighters": "fighter", "militants": "militant", "rebels": "rebel", "insurgents": "insurgent",
        "guerrillas": "guerrilla", "militiamen": "militiaman", "commandos": "commando", "guards": "guard",
        "divisions": "division", "brigades": "brigade", "battalions": "battalion",
    }),
    **_table("equipment", {
        "tanks": "tank", "tank": "tank", "armoured vehicles": "armoured vehicle",
        "armored vehicles": "armoured vehicle", "vehicles": "vehicle", "planes": "aircraft",
        "warplanes": "aircraft", "war planes": "aircraft", "aircraft": "aircraft", "jets": "aircraft",
        "fighter jets": "aircraft", "helicopters": "helicopter", "drones": "drone",
        "ships": "ship", "warships": "ship", "vessels": "ship", "submarines": "submarine",
        "destroyers": "ship", "frigates": "ship", "missiles": "missile", "rockets": "rocket",
        "artillery pieces": "artillery piece", "guns": "gun", "warheads": "warhead", "mortars": "mortar",
        "trucks": "truck",
    }),
    **_table("count", {
        "people": "person", "persons": "person", "civilians": "civilian", "protesters": "protester",
        "demonstrators": "protester", "refugees": "refugee", "prisoners": "prisoner", "detainees": "detainee",
        "workers": "worker", "students": "student", "children": "child", "women": "woman", "men": "man",
        "residents": "resident", "villagers": "villager", "migrants": "migrant", "hostages": "hostage",
        "passengers": "passenger", "votes": "vote", "seats": "seat", "delegates": "delegate",
        "members": "member", "jobs": "job", "homes": "home", "houses": "house", "observers": "observer",
        "journalists": "journalist", "supporters": "supporter", "activists": "activist",
    }),
})  # fmt: skip

# what happened to the people counted
CASUALTY_WORDS = MappingProxyType({
    "killed": "killed", "dead": "killed", "died": "killed", "deaths": "killed", "death": "killed",
    "killing": "killed", "kills": "killed", "kill": "killed", "wounded": "wounded", "injured": "wounded",
    "injuring": "wounded", "wounding": "wounded", "hurt": "wounded", "missing": "missing",
    "arrested": "arrested", "detained": "arrested", "arresting": "arrested", "abducted": "abducted",
    "kidnapped": "abducted", "executed": "killed", "massacred": "killed", "slain": "killed",
})  # fmt: skip

VAGUE_NUMBERS = MappingProxyType({
    # a plural round number is read as at least two of it ("dozens" >= 24)
    "dozens": 24.0, "scores": 40.0, "hundreds": 200.0, "thousands": 2000.0, "millions": 2e6,
    "tens of thousands": 20000.0, "hundreds of thousands": 200000.0, "a dozen": 12.0, "dozen": 12.0,
    "half a million": 5e5, "a hundred": 100.0, "a thousand": 1000.0, "a million": 1e6, "a billion": 1e9,
})  # fmt: skip

WORD_NUMBERS = MappingProxyType({
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
})  # fmt: skip

RATES = MappingProxyType({
    "annually": "year", "a year": "year", "per year": "year", "each year": "year", "every year": "year",
    "per annum": "year", "a day": "day", "per day": "day", "each day": "day", "daily": "day",
    "every day": "day", "a month": "month", "per month": "month", "monthly": "month", "each month": "month",
    "a week": "week", "per week": "week", "weekly": "week", "an hour": "hour", "per hour": "hour",
    "annual": "year", "yearly": "year",
})  # fmt: skip
