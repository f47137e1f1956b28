"""Build dyads' knowledge base (src/dyads/data/kb/*.tsv) from ../shared/reference plus team tables.

    python scripts/build_kb.py [--reference PATH]

Inputs: the reference TSVs described in ../shared/reference/README.md (facts only, turned
into our own format) and the team-knowledge tables in src/dyads/data/kb/team/.  Outputs:
countries.tsv, people.tsv, organisations.tsv, memberships.tsv, agents.tsv (see SOURCES.md).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
KB_DIR = REPO / "src" / "dyads" / "data" / "kb"
TEAM = KB_DIR / "team"
STAMP = "# built by scripts/build_kb.py; facts from ../shared/reference (see SOURCES.md) and team/*.tsv"

GENERIC = {"STATES", "UNION", "REPUBLIC", "KINGDOM", "ISLANDS", "EMPIRE", "THE", "NATION", "GOVERNMENT", "ARMY",
           "PEOPLE", "CENTRAL", "NORTH", "SOUTH", "EAST", "WEST", "NEW", "GREAT", "UNITED", "FREE", "ISLAND",
           "GULF", "COAST", "NORTHERN", "SOUTHERN", "ORDER", "LIGHT", "PATH", "FRONT", "PARTY", "COUNCIL",
           "TOTAL", "SHELL", "TARGET", "GAP", "APPLE", "AMAZON", "CHINA", "RUSSIA", "MOVEMENT", "BASE", "GROUP",
           "FOUNDATION", "THE FOUNDATION", "TIGERS"}
KEPT_SOURCES = ("CIA World Factbook", "CountryInfo")
TITLE_WORDS = {"Minister", "President", "Leader", "Chairman", "Confederation", "Republic", "Kingdom", "Prime",
               "Chief", "Secretary", "General", "Supreme", "Premier", "Chancellor", "Afghanistan", "Taliban"}
ADJ_END = re.compile(r"(AN|IAN|EAN|ESE|ISH|I|IC|CH|OT|EK|ER|INE|ITE|IAN S)$")


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE))


def write_tsv(name: str, header: list[str], rows: list[list[str]], note: str) -> None:
    lines = [STAMP, f"# {note}", "\t".join(header)]
    lines += ["\t".join(cell.replace("\t", " ") for cell in row) for row in rows]
    (KB_DIR / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(rows)} rows", file=sys.stderr)


def nice(name: str) -> str:
    """Title-case an upper-case reference name, keeping short words low."""
    if not name.isupper():
        return name
    if len(name) <= 3 or "." in name or not re.search(r"[AEIO]", name):  # US, UAE, U.S., DPRK stay acronyms
        return name
    words = []
    for i, w in enumerate(name.lower().split()):
        words.append(w if (i and w in {"of", "the", "and", "de", "da", "al", "for", "in"}) else w[:1].upper() + w[1:])
    return " ".join(words)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace(".", "").strip()
    return text[4:] if text.startswith("the ") else text


# ---------------------------------------------------------------- countries
# CAMEO country codes that differ from ISO 3166 alpha-3, which the coding conventions use
ISO_FOR_CAMEO = {"TMP": "TLS"}  # East Timor


def build_countries(ref: Path) -> tuple[list[list[str]], set[str]]:
    team = {r["code"]: r for r in read_tsv(TEAM / "countries_team.tsv")}
    rows: dict[str, dict[str, list[str]]] = {}
    sovereign: set[str] = set()
    for r in read_tsv(ref / "gazetteer" / "countryinfo_countries.tsv"):
        code = r["iso3"] if r["cameo_country_code"].startswith("[") else r["cameo_country_code"]
        code = ISO_FOR_CAMEO.get(code, code)
        if not re.fullmatch(r"[A-Z]{3}", code or ""):
            continue
        if r["cow_numeric"] not in {"", "000"}:
            sovereign.add(code)
        adjectives, aliases = [], []
        for k, item in enumerate(p.strip() for p in r["nationality_adjectives_and_synonyms"].split("|")):
            if not item or not item.isascii() or len(item) < 3 or item in GENERIC or len(item.split()) > 3:
                continue
            (adjectives if (k == 0 or ADJ_END.search(item)) and len(item.split()) <= 2 else aliases).append(nice(item))
        capitals = [nice(c) for c in r["capital"].split("|") if c.strip()]
        rows[code] = {"name": [nice(r["name"])], "aliases": aliases, "adjectives": adjectives, "seats": capitals,
                      "valid": ["", ""]}
    for code, t in team.items():
        row = rows.setdefault(code, {"name": [t["name"]], "aliases": [], "adjectives": [], "seats": [], "valid": ["", ""]})
        row["valid"] = [t.get("valid_from") or "", t.get("valid_to") or ""]
        old = row["name"][0]
        row["name"] = [t["name"]]
        row["aliases"] = _merge([old], _split(t["aliases"]), row["aliases"])
        row["adjectives"] = _merge(_split(t["adjectives"]), row["adjectives"])
        row["seats"] = _merge(_split(t["seats"]), row["seats"])
        sovereign.add(code)
    # a name the team gives one country is taken from every other country (CountryInfo lists
    # "Serbian" and Belgrade under Montenegro too)
    claimed = {fold(n): code for code, t in team.items()
               for n in [t["name"], *_split(t["aliases"]), *_split(t["adjectives"]), *_split(t["seats"])]}
    for code, row in rows.items():
        for column in ("aliases", "adjectives", "seats"):
            row[column] = [n for n in row[column] if claimed.get(fold(n), code) == code]
    out = []
    for code, row in sorted(rows.items()):
        adjectives = row["adjectives"]
        # the people: "Kenyans", "Iraqis", "Thais" (not "-ese", "-ish", "-ch": "the Chinese", "the British")
        plurals = [a + "s" for a in adjectives if (a.endswith("an") or (a.endswith("i") and " " not in a))
                   and a + "s" not in adjectives]
        aliases = [a for a in row["aliases"] if a != row["name"][0]]
        out.append([code, row["name"][0], "|".join(aliases), "|".join(adjectives + plurals), "|".join(row["seats"]), *row["valid"]])
    return out, sovereign


def _split(cell: str) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


def _merge(*lists: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for items in lists:
        for item in items:
            seen.setdefault(fold(item), item)
    return list(seen.values())


# ---------------------------------------------------------------- people
def person_key(name: str) -> tuple[str, str]:
    words = [w for w in re.findall(r"[\w'-]+", fold(name)) if w not in {"al", "el", "bin", "jr", "sr"}]
    if not words:
        return ("", "")
    return (words[-1], words[0][:3])


def build_people(ref: Path, sovereign: set[str]) -> list[list[str]]:
    groups: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
    leaders = read_tsv(ref / "leaders" / "leaders_key_roles_1990plus.tsv")
    # the reference's country codes are wrong for a few countries, as its own COW notes show: Japan as
    # "JON" (Johnston Atoll; COW 740), Guatemala as "GLP" (COW 90), Israel as "IL" (COW 666), and Myanmar's
    # leaders filed under "MOZ" beside Mozambique's (COW 775 MYA): those are recoded by name (team table)
    recode = {**ISO_FOR_CAMEO, "JON": "JPN", "GLP": "GTM", "IL": "ISR"}
    misfiled = {(fold(r["name"]), r["wrong"]): r["right"] for r in read_tsv(TEAM / "reference_fixes.tsv")}
    # a reference name that is a team person under a fuller or titled spelling ("James Gordon Brown", "Gen
    # Thein Sein"): its spells join that person, and only the alias the team gives is kept from it (its
    # first + last name would be another person: "James Brown")
    same_person = {(fold(r["name"]), r["country"]): r for r in read_tsv(TEAM / "reference_same_person.tsv")}
    for r in leaders:
        if r["country_iso3"].startswith("["):  # CountryInfo's dated codes: keep the latest country
            r["country_iso3"] = re.findall(r"\[([A-Z]{3,6})", r["country_iso3"])[-1][:3]
        r["country_iso3"] = recode.get(r["country_iso3"], r["country_iso3"])
        r["country_iso3"] = misfiled.get((fold(r["name"]), r["country_iso3"]), r["country_iso3"])
        if not r["source"].startswith(KEPT_SOURCES) or not re.fullmatch(r"[A-Z]{3}", r["country_iso3"] or ""):
            continue
        name = r["name"].strip()
        if not name or name.startswith("Us ") or " of the " in name or len(name.split()) < 2:
            continue
        if name[0].islower() or TITLE_WORDS & set(name.split()):  # "or Prime Minister X", "Taliban Leader X"
            continue
        if not r["end"] and not r["source"].startswith("CIA World Factbook"):
            r["end"] = r["source_data_end"]  # open = in office when that source ended, not today
        same = same_person.get((fold(name), r["country_iso3"]))
        if same:
            r = {**r, "same_as": same["person"], "alias": same["alias"]}
        groups[(r["country_iso3"],) + person_key(same["person"] if same else name)].append(r)
    # people listed in several countries (a president over territories, a monarch over realms): keep home
    homes: dict[tuple[str, str], set[str]] = defaultdict(set)
    for country, *key in groups:
        homes[tuple(key)].add(country)  # type: ignore[arg-type]
    for key, countries in homes.items():
        if len(countries) > 1:
            # sorted first: ties are broken the same way on every run (a set's order depends on the hash seed)
            keep = max(sorted(countries), key=lambda c: (c in sovereign, c == "GBR", len(groups[(c,) + key])))
            for c in sorted(countries - {keep}):
                if c not in sovereign or any("Elizabeth" in r["name"] or "Charles" in r["name"] for r in groups[(c,) + key]):
                    del groups[(c,) + key]
    team_rows = read_tsv(TEAM / "people_team.tsv")
    kept_names = [r["name"] for r in leaders if r["source"].startswith(KEPT_SOURCES)] + [r["name"] for r in team_rows]
    GIVEN_NAMES.update(fold(n.split()[0]) for n in kept_names if len(n.split()) >= 2)
    team_people: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in team_rows:
        team_people[r["name"]].append(r)
    out: list[list[str]] = []
    used_ids: set[str] = set()
    shared = Counter((r["country"],) + person_key(name) for name, rows in team_people.items() for r in rows[:1])
    for name, rows in team_people.items():
        country = next(r["country"] for r in rows)
        ref_group = [g for c in dict.fromkeys(r["country"] for r in rows) for g in groups.pop((c,) + person_key(name), [])]
        if shared[(country,) + person_key(name)] > 1:  # two Bushes: the reference rows cannot be split safely
            ref_group = []
        ref_names = [r["name"] for r in ref_group if not r.get("same_as")]
        kept = [r["alias"] for r in ref_group if r.get("same_as") and r["alias"]]
        aliases = _merge([a for r in rows for a in _split(r["aliases"])], _name_variants(ref_names, name, country), kept)
        kb_id = _person_id(name, country, used_ids)
        for k, r in enumerate(rows):
            role, code = (r["role"], "") if len(r["role"]) == 3 else (r["role"][:3], r["role"])
            out.append([kb_id, name, "|".join(aliases) if k == 0 else "", r["country"], role, r["title"], r["start"], r["end"], "team", code])
        # reference spells the team rows do not cover (an earlier term) are kept, and so are the years of
        # a post held before a later one the team gives ("Pranab Mukherjee", foreign minister 2006-2009,
        # then finance minister): a year or more, from a stated start; what a reference spell runs past a
        # team spell is the reference's lag (its open rows end when it ended), not a term; the Factbook's early
        # parts are not kept (its spells run from edition to edition: Berlusconi's would span his years out of office)
        team_spans = [(r["start"] or "0000", r["end"] or "9999") for r in rows if r["role"]]  # an alias-only row has no spell
        for r in ref_group:
            title = r["title_or_code"] or r["role"].replace("_", " ")
            title = "minister" if re.fullmatch(r"[A-Z]{3,}", title) else title
            start, end = r["start"] or "0000", r["end"] or "9999"
            pieces = _uncovered(start, end, team_spans)
            if r["source"].startswith("CIA World Factbook") and not all(end < s or e < start for s, e in team_spans):
                pieces = []  # the Factbook's yearly editions give no month a post ended in: its early part is unsure
            for piece_start, piece_end in pieces:
                out.append([kb_id, name, "", country, "GOV", title, "" if piece_start == "0000" else piece_start,
                            "" if piece_end == "9999" else piece_end, _src(r["source"]), ""])
    for (country, *_), rows in sorted(groups.items()):
        names = Counter(r["name"] for r in rows)
        canonical = max(names, key=lambda n: (names[n], not n.isupper(), -len(n)))
        aliases = _name_variants(list(names), canonical, country)
        kb_id = _person_id(canonical, country, used_ids)
        spells = sorted({(r["title_or_code"] or r["role"].replace("_", " "), r["start"], r["end"], _src(r["source"])) for r in rows},
                        key=lambda s: (s[1], s[2], s[0], s[3]))  # a total order: the same file on every run
        for k, (title, start, end, src) in enumerate(spells):
            if re.fullmatch(r"[A-Z]{3,}", title):  # CountryInfo <Government> gives CAMEO codes, not titles
                title = "minister"
            out.append([kb_id, canonical, "|".join(aliases) if k == 0 else "", country, "GOV", title, start, end, src, ""])
    return out


def _uncovered(start: str, end: str, covered: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The span ``start``-``end`` (ISO dates, maybe to the month only) when no covered span meets it;
    else only its part before the first covered span it meets, when that has a stated start and lasts a
    year or more."""
    met = sorted(s for s, e in covered if not (end < s or e < start))
    if not met:
        return [(start, end)]
    first = met[0]
    if start == "0000" or start >= first or int(first[:4]) * 12 + int(first[5:7] or 1) - (
            int(start[:4]) * 12 + int(start[5:7] or 1)) < 12:
        return []
    return [(start, first)]


def _src(source: str) -> str:
    return "FB" if source.startswith("CIA World Factbook") else "CI"


def _person_id(name: str, country: str, used: set[str]) -> str:
    base = "person:" + country + ":" + re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
    kb_id, n = base, 2
    while kb_id in used:
        kb_id, n = f"{base}-{n}", n + 1
    used.add(kb_id)
    return kb_id


# Spanish-speaking countries: a name ends in the paternal then the maternal surname ("Vicente Fox Quesada",
# "Ricardo Lagos Escobar"), and the person is known by the first name and the paternal surname
SPANISH_NAMES = {"ARG", "BOL", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "ESP", "GTM", "HND", "MEX", "NIC", "PAN",
                 "PER", "PRY", "SLV", "URY", "VEN"}


SPANISH_PARTICLES = {"de", "del", "la", "las", "los", "san", "santa", "y"}
GIVEN_NAMES: set[str] = set()  # folded first words of every person's name; filled by build_people


def _name_variants(names: list[str], canonical: str, country: str = "") -> list[str]:
    """Every spelling seen, plus first+last without middle names/patronymics, plus -iy→-y; in Spanish-speaking
    countries also first + paternal surname (the one before last), as the first+last may be a middle name."""
    out: list[str] = []
    for n in names + [canonical]:
        out.append(n)
        words = n.split()
        if len(words) >= 3 and not any(w.islower() for w in words):
            out.append(f"{words[0]} {words[-1]}")
        for v in list(out[-2:]):
            if "iy " in v:
                out.append(v.replace("iy ", "y ").replace("iy ", "i "))
        capitals = [w for w in words if not w.islower()]  # "Felipe de Jesus Calderon Hinojosa"
        # the word before last is a surname unless it is a given name ("Carlos Saul Menem") or a particle
        if country in SPANISH_NAMES and len(capitals) >= 3 and fold(capitals[-2]) not in GIVEN_NAMES | SPANISH_PARTICLES:
            out.append(f"{capitals[0]} {capitals[-2]}")
            if len(capitals) >= 4:
                out.append(f"{capitals[1]} {capitals[-2]}")
    return [v for v in _merge(out) if v != canonical and _good_alias(v)]


PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "of", "the", "us"}


def _good_alias(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and len(name) >= 6 and words[-1].lower() not in PARTICLES and words[0].lower() not in PARTICLES


# ---------------------------------------------------------------- organisations
def armed_group_homes() -> dict[str, str]:
    """Team knowledge: the home country of armed groups Phoenix codes by region (MEAREB, WEUREB...)."""
    path = TEAM / "armed_groups_team.tsv"
    if not path.exists():
        return {}
    return {fold(r["name"]): r["country"] for r in read_tsv(path) if r["country"]}


def build_organisations(ref: Path, countries: set[str]) -> list[list[str]]:
    out, seen = [], set()
    homes = armed_group_homes()
    for r in read_tsv(TEAM / "organisations_team.tsv"):
        out.append([r["kb_id"], r["name"], r["aliases"], r["code"], r["country"], r["role"], r["sector"], r["valid_from"], r["valid_to"], "team"])
        seen.update(fold(n) for n in [r["name"], *_split(r["aliases"])])
    for r in read_tsv(ref / "cameo" / "phoenix_milnonstate_actors.tsv"):
        code = _split(r["codes"])[0] if r["codes"] else ""
        row = _phoenix_org(r["name"], _split(r["aliases"]), code, "armed", countries, seen, home=homes.get(fold(r["name"])) or homes.get(fold(nice(r["name"].strip()))))
        if row:
            out.append(row)
    for r in read_tsv(ref / "igo" / "phoenix_international_actors.tsv"):
        code = (r["cameo_code"] or "").strip()
        if r["date_restriction"].strip() or not code.startswith(("IGO", "NGO", "MNC")):
            continue  # dated entries are people; bare role codes (ELI...) are not organisations
        sector = "business" if code.startswith("MNC") else "ngo" if code.startswith("NGO") else "igo"
        row = _phoenix_org(r["name"], _split(r["aliases"]), code, sector, countries, seen)
        if row:
            out.append(row)
    return out


def _phoenix_org(name: str, aliases: list[str], code: str, sector: str, countries: set[str], seen: set[str],
                 home: str | None = None) -> list[str] | None:
    name = name.strip()
    if not re.fullmatch(r"[A-Z]{3,}", code) or fold(name) in seen or name in GENERIC or len(name) < 3:
        return None
    if len(name.split()) == 1 and len(name) <= 3:
        return None
    if code.startswith("MNC"):
        country = code[3:6] if code[3:6] in countries else ""
        if not country:
            return None
        code, role = f"{country}BUS", "BUS"
    elif code[:3] in countries:
        country, role = code[:3], code[3:6]
    elif code.startswith(("IGO", "NGO", "IMG", "UNO")):
        country, role = "", code[:3]
    else:  # a CAMEO region prefix (WAF, MEA, INT...): the role follows it; the team table gives the home country
        country, role = (home or ""), code[3:6] or ("REB" if sector == "armed" else "")
        if home and home in countries:
            code = f"{home}{code[3:] or role}"
    seen.add(fold(name))
    keep = [a for a in aliases if fold(a) not in seen and a not in GENERIC and len(a) > 3]
    seen.update(fold(a) for a in keep)
    slug = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:40]
    display = name if (len(name.split()) == 1 and len(name) <= 6) else nice(name)
    return [f"px:{slug}", display, "|".join(keep), code, country, role, sector, "", "", "P2"]


# ---------------------------------------------------------------- memberships and agents
COW_TO_ORG = {"UN": "org:UN", "NATO": "org:NATO", "EU": "org:EU", "SCO": "org:SCO", "ASEAN": "org:ASEAN", "CIS": "org:CIS",
              "AU": "org:AU", "OAU": "org:OAU", "OPEC": "org:OPEC", "IMF": "org:IMF", "WTO": "org:WTO", "OAS": "org:OAS",
              "GCC": "org:GCC", "OSCE": "org:OSCE", "COE": "org:COE", "OECD": "org:OECD", "APEC": "org:APEC",
              "ECOWAS": "org:ECOWAS", "SAARC": "org:SAARC", "OIC": "org:OIC", "CSTO": "org:CSTO", "Mercosur": "org:MERCOSUR"}
# team knowledge: changes after the COW data ends (2014)
LATER_MEMBERSHIPS = [
    ("org:NATO", "MNE", 2017, None), ("org:NATO", "MKD", 2020, None), ("org:NATO", "FIN", 2023, None), ("org:NATO", "SWE", 2024, None),
    ("org:SCO", "IND", 2017, None), ("org:SCO", "PAK", 2017, None), ("org:SCO", "IRN", 2023, None), ("org:SCO", "BLR", 2024, None),
    ("org:BRICS", "BRA", 2009, None), ("org:BRICS", "RUS", 2009, None), ("org:BRICS", "IND", 2009, None), ("org:BRICS", "CHN", 2009, None),
    ("org:BRICS", "ZAF", 2011, None), ("org:BRICS", "EGY", 2024, None), ("org:BRICS", "ETH", 2024, None), ("org:BRICS", "IRN", 2024, None),
    ("org:BRICS", "ARE", 2024, None), ("org:BRICS", "IDN", 2025, None),
]


def build_memberships(ref: Path) -> list[list[str]]:
    out = []
    for r in read_tsv(ref / "igo" / "cow_igo_membership_spells.tsv"):
        org = COW_TO_ORG.get(r["ioname"])
        if org is None or not r["iso3"] or int(r["end_year"] or 0) < 1990:
            continue
        end = "" if r["end_year"] == "2014" else r["end_year"]
        if org == "org:EU" and r["iso3"] == "GBR":
            end = "2020"
        out.append([org, r["iso3"], r["status"], r["start_year"], end])
    out += [[o, c, "full", str(s), "" if e is None else str(e)] for o, c, s, e in LATER_MEMBERSHIPS]
    return out


# ---------------------------------------------------------------- agents
# Team rows (team/agents_team.tsv) come first and win; then the agent nouns of PETRARCH2's
# Phoenix.agents.txt (P2, via ../shared/reference/cameo/phoenix_agents.tsv), reviewed below.
AGENT_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "REB", "INS", "SEP", "PTY", "MED", "BUS", "CVL",
                         "EDU", "ELI", "LAB", "REF", "REL", "CRM", "HLH", "NGO", "IGO", "AGR", "DEV", "ENV", "HRI", "MOD",
                         "RAD", "UAF"})  # the roles of dyads.records.actor.Role
TEAM_NO_PLURAL = {"deputies", "police", "military", "media", "crew", "forces", "authorities", "services", "leadership", "judiciary"}
# the two substitution sets declared at the head of P2's Phoenix.agents.txt
PHOENIX_SETS = {"!person!": ("man", "men", "woman", "women", "person"),
                "!minist!": ("minister", "ministers", "ministry", "ministries")}
# truncated stems PETRARCH matched as word prefixes ("DEFENCE MINIST", "PORT AUTHORIT")
PHOENIX_STEMS = {"minist": PHOENIX_SETS["!minist!"], "compan": ("company",), "industr": ("industry",), "authorit": ("authority",)}
PHOENIX_FIXES = {"ad!minist!ration": "administration", "midwive": "midwives"}  # a set pasted into a word; a typo
# Phoenix codes government media ~GOVMED; the team codes state media (Xinhua, KCNA, "state media") MED
MEDIA_WORDS = {"media", "news", "television", "tv", "radio", "press"}
PHOENIX_DROPS = {  # reviewed by hand: reason -> phrases ("|"-separated, as written after expansion, lower case)
    "common word or modifier (false actors)": """
        business|industry|boss|producer|monger|oiler|aerospace|airway|community|population|native|naturalized|
        repatriate|constituent|mother|woman|women|deputy|actor|retired|authority|governance|polity|kingdom|sovereign|
        semi-official|state-owned|naval|representatives|chamber|assemblage|advocate|counsellor|counselor|believer|
        carrier|cartel|gangland|exile|raider|blog|website|web site|internet site|publication|telecom|doc|intelligence|
        echelon|phalanx|security check|border security|public sector|royal advisory""",
    "place or building (mostly a location)": """
        hospital|infirmary|sanatarium|sanatorium|sanitarium|mental institution|medical building|health facility|
        healthcare facilitiy|state hospital|state general hospital|muslim hospital|school|high school|middle school|
        preschool|kindergarten|kindergarden|schoolhouse|college|conservatory|prison|prison house|state prison|
        correctional institution|police post|police district|barracks|military base|naval base|rebel base|
        fighting position|mortar position|weapons storage facility|village|small town|settlement|neighborhood|
        neighbourhood|monastery|parliament house|diplomatic building|foreign diplomatic building|administrative unit|
        chief's office""",
    "event, activity or abstraction (not an agent)": """
        revolt|uprising|rebellion|insurgency|insurgence|armed insurgency|ethnic insurgency|low level insurgency|
        religion|military rule|military presence|military machine|war machine|intelligence activity|
        intelligence information|intelligence operation|drug enforcement|military led""",
    "fragment of a name or phrase": """
        ambassador at|ambassador for|ambassador to|central jail of|diplomatic building in|embassy in|
        army for the liberation|front for the liberation|popular movement for the liberation|liberation army|
        liberation forces|liberation front|revolutionary front|revolutionary movement|islamic front|c in cof|c in c of|
        office of the unrepresentative|top left leader|top right leader|ent affairs minister|ent affairs ministry|
        geologic survey and its mineral exploration department|lieutentant (jg)|f-7mg|leading news|the poor|the court|
        a cabinet meeting""",
    "also a frequent name or surname": "hunter|fisher|granger|cropper|dean|kfir",
    "not an English word (unknown or a misspelt other word)": "branokker|tinginist|manafacture",
    "role does not fit news usage": """
        illegal immigrant|illegal migrant|expatriate|delegate|detainee|nanny|nursemaid|self defense force|
        self-defense force|self-defence force|self defence force|self-dfense force""",
    "handled by the coder (former + title)": "former prime minister|former president",
    "coordination of two agents": """
        students and professor|students and teacher|ministers and mps|soldiers and their families|
        soldiers, along with their families|soldiers with their families|government troops and police""",
}
DROPPED = {p.strip(): reason for reason, text in PHOENIX_DROPS.items() for p in text.split("|") if p.strip()}
# head nouns that can title a named person ("Defence Minister X", "Gen. X"); other agents are groups
TITLE_HEADS = {
    "minister", "president", "premier", "chancellor", "secretary", "undersecretary", "ambassador", "envoy",
    "emissary", "legate", "consul", "governor", "mayor", "king", "queen", "prince", "emperor", "empress", "monarch",
    "sultan", "emir", "ruler", "dictator", "autocrat", "despot", "tyrant", "potentate", "leader", "chief", "head",
    "chairman", "chairwoman", "director", "commissioner", "councilor", "councillor", "official", "offcial", "offical",
    "officer", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "representative", "member",
    "attorney", "prosecutor", "judge", "justice", "magistrate", "counsel", "barrister", "lawyer", "solicitor",
    "senator", "lawmaker", "legislator", "parliamentarian", "congressman", "congresswoman", "congressperson", "mp",
    "speaker", "general", "admiral", "colonel", "lieutenant", "captain", "commander", "commandant", "sergeant",
    "corporal", "marshal", "ensign", "sublieutenant", "brigadier", "brigaider", "generalissimo", "sheriff",
    "constable", "detective", "inspector", "journalist", "reporter", "correspondent", "editor", "columnist",
    "commentator", "publisher", "blogger", "professor", "lecturer", "headmaster", "doctor", "physician", "surgeon",
    "bishop", "archbishop", "priest", "imam", "cleric", "mullah", "monk", "abbot", "preacher", "activist",
    "dissident", "campaigner", "executive", "ceo", "tycoon", "businessman", "businesswoman", "businessperson",
    "candidate", "lady", "manager", "d'affaires", "emeritus", "minster", "pm",
}
TITLE_HEADS |= {h[:-3] + "men" if h.endswith("man") else h + "s" for h in TITLE_HEADS}  # and their plurals
# sector words compose._qualified_role reads before a title ("labour minister" would turn LAB): a title whose
# Phoenix role differs from such a word is written as a group so that the Phoenix role stands
SECTOR_WORDS = {"military": "MIL", "army": "MIL", "naval": "MIL", "police": "COP", "intelligence": "SPY",
                "opposition": "OPP", "rebel": "REB", "party": "PTY", "court": "JUD", "judicial": "JUD",
                "company": "BUS", "parliamentary": "LEG", "congressional": "LEG", "business": "BUS", "industry": "BUS",
                "corporate": "BUS", "union": "LAB", "labour": "LAB", "labor": "LAB", "student": "EDU",
                "religious": "REL", "church": "REL", "tribal": "CVL", "community": "CVL", "militia": "REB",
                "insurgent": "INS", "separatist": "SEP"}
UNCOUNTED = {"police", "personnel", "media", "press", "intelligence", "military", "infantry", "artillery", "staff",
             "clergy", "crime", "enforcement", "security", "society", "labor", "labour", "sector", "tv", "television",
             "leadership", "judiciary", "rabble", "soldiery", "gangdom", "electorate", "aviation", "justice",
             "janjaweed", "mukhabarat", "muhabarat", "mukabarat"}
PREPOSITIONS = {"of", "for", "to", "in", "at", "on", "without", "with", "de"}


def build_agents(ref: Path) -> tuple[list[list[str]], Counter[str]]:
    """Agent nouns: the team's (with plurals) first, then the reviewed Phoenix ones; returns rows and counts."""
    out: list[list[str]] = []
    seen: set[str] = set()
    for r in read_tsv(TEAM / "agents_team.tsv"):
        forms = [r["phrase"]]
        plural = _plural_phrase(r["phrase"])  # "heads of state"; none for "police", "gen."
        if plural and r["phrase"].split()[-1] not in TEAM_NO_PLURAL:
            forms.append(plural)
        for f in forms:
            if f not in seen:
                seen.add(f)
                out.append([f, r["role"], r["kind"], "team"])
    team_role = {row[0]: row[1] for row in out}
    stats: Counter[str] = Counter()
    rows: list[tuple[str, list[str], list[str]]] = []
    spelled: set[str] = set()  # forms a Phoenix row spells out win over another row's generated plural
    phoenix = [(r["agent_phrase(!X! = substitution set)"], r["agent_code"].strip())
               for r in read_tsv(ref / "cameo" / "phoenix_agents.tsv")]
    # a phrase listed twice keeps its first code, unless a later listing makes it government
    # ("!MINIST! OF ENVIRONMENT" is listed ~ENV, then ~GOVENV)
    governed = {_phoenix_key(raw) for raw, code in phoenix if code.startswith("~GOV")}
    for raw, code in phoenix:
        stats["rows read"] += 1
        if _phoenix_key(raw) in governed and not code.startswith("~GOV"):
            code = "~GOV"
        role = _phoenix_role(code, raw)
        if role is None:
            stats["dropped: prefix code IGO~, not a role" if code.endswith("~") else "dropped: code has no dyads role"] += 1
            continue
        parsed = _phoenix_forms(raw)
        if isinstance(parsed, str):
            stats[f"dropped: {parsed}"] += 1
            continue
        singular, plurals = parsed
        kept = [_tokens(f) for f in singular if f not in DROPPED]
        if not kept:
            stats[f"dropped: {DROPPED[singular[0]]}"] += 1
            continue
        if all(f in seen for f in kept):
            stats["superseded by a team row"] += 1
            continue
        if all(f in seen or f in spelled for f in kept):
            stats["duplicate of an earlier Phoenix row (first code kept)"] += 1
            continue
        stats["imported"] += 1
        # one form of a substitution set in the team table ("fisherman" CVL): the set takes the team's role
        role = next((team_role[f] for f in kept if f in team_role), role)
        spelled.update(kept)
        rows.append((role, kept, [_tokens(p) for p in plurals]))
    for role, kept, plurals in rows:
        kind = _agent_kind(kept[0], role)
        for phrase in kept + [p for p in plurals if p not in spelled]:
            if phrase not in seen:
                seen.add(phrase)
                out.append([phrase, role, _agent_kind(phrase, role) if phrase in kept else kind, "P2"])
                stats["phrases written"] += 1
    return out, stats


def _phoenix_key(raw: str) -> str:
    return " ".join(re.sub(r"\{[^}]*\}", "", raw).lower().split())


def _phoenix_role(code: str, raw: str) -> str | None:
    """The first of the code's three-letter parts that is a dyads role (~GOVMIL -> GOV, ~MUSRAD -> RAD)."""
    if not code.startswith("~"):  # IGO~: an IGO prefix to whatever the agent belongs to
        return None
    parts = [code[i : i + 3] for i in range(1, len(code), 3)]
    role = next((p for p in parts if p in AGENT_ROLES), None)
    if role == "GOV" and "MED" in parts and MEDIA_WORDS & set(raw.lower().split()):
        return "MED"
    return role


def _phoenix_forms(raw: str) -> tuple[list[str], list[str]] | str:
    """(singular forms, plural forms) of one Phoenix phrase, or why it cannot be used."""
    m = re.fullmatch(r"(.*?)\s*(?:\{([^}]*)\})?\s*", raw)
    assert m is not None
    text, plural = " ".join(m.group(1).lower().split()), m.group(2)
    if not text.isascii():
        return "not English / not ASCII"
    if re.search(r"\w\.", text):
        return "abbreviation with a period (spaCy splits it by context)"
    for bad, good in PHOENIX_FIXES.items():
        text = text.replace(bad, good)
    for mark, members in PHOENIX_SETS.items():
        if mark in text:  # the sets already hold both numbers
            return [" ".join(text.replace(mark, m).split()) for m in members], []
    words = text.split()
    for k, w in enumerate(words):
        if w in PHOENIX_STEMS:
            forms = [" ".join(words[:k] + [s] + words[k + 1 :]) for s in PHOENIX_STEMS[w]]
            return (forms, []) if w == "minist" else (forms, [p for f in forms if (p := _plural_phrase(f))])
    if plural is not None:
        plural = PHOENIX_FIXES.get(" ".join(plural.lower().split()), " ".join(plural.lower().split()))
        if plural and len(plural.split()) == len(words) and sum(a != b for a, b in zip(plural.split(), words)) == 1:
            return [text], [plural]
        if not plural:
            return [text], []
    generated = _plural_phrase(text)
    return [text], [generated] if generated else []


def _plural_phrase(phrase: str) -> str | None:
    """Pluralise the head: the word before the first preposition, else the last word."""
    words = phrase.split()
    k = next((i - 1 for i, w in enumerate(words) if w in PREPOSITIONS and i > 0), len(words) - 1)
    head = words[k]
    if head in UNCOUNTED or "'" in head or "(" in head or head.endswith("."):
        return None
    if (head.endswith("s") and not head.endswith(("ss", "us", "is"))) or head.endswith(("men", "people", "children")):
        return None  # already plural
    return " ".join(words[:k] + [_plural(head)] + words[k + 1 :])


def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word == "child":
        return "children"
    if word.endswith("y") and word[-2:-1] not in set("aeiou"):
        return word[:-1] + "ies"
    if word.endswith("arch") and not word.endswith("march"):  # monarch, hierarch
        return word + "s"
    if word.endswith("wife"):
        return word[:-2] + "ves"
    return word + ("es" if word.endswith(("s", "sh", "ch", "x")) else "s")


def _tokens(phrase: str) -> str:
    """The phrase as spaCy tokenises it (the agent index splits on spaces): "anti - drug agent", "people 's bank"."""
    phrase = re.sub(r"(?<=[a-z])-(?=[a-z])", " - ", phrase)
    phrase = re.sub(r"(?<=\w)'s\b", " 's", phrase)
    phrase = re.sub(r"(?<=s)'(?=\s|$)", " '", phrase)
    phrase = re.sub(r"\s*([,/()])\s*", r" \1 ", phrase)
    return " ".join(phrase.split())


def _agent_kind(phrase: str, role: str) -> str:
    words = phrase.replace("-", " ").replace(" 's", "").split()
    k = next((i - 1 for i, w in enumerate(words) if w in PREPOSITIONS and i > 0), len(words) - 1)
    if words[k] not in TITLE_HEADS:
        return "group"
    if any(SECTOR_WORDS.get(w, role) != role for w in words[:k]):
        return "group"
    return "title"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=REPO / ".." / "shared" / "reference")
    ref = parser.parse_args().reference
    if not ref.is_dir():
        print(f"reference directory not found: {ref}", file=sys.stderr)
        return 2
    countries, sovereign = build_countries(ref)
    codes = {row[0] for row in countries}
    write_tsv("countries.tsv", ["code", "name", "aliases", "adjectives", "seats", "valid_from", "valid_to"], countries,
              "names/adjectives/capitals: CountryInfo (CI) + team; seats of power: team")
    write_tsv("people.tsv", ["kb_id", "name", "aliases", "country", "role", "title", "start", "end", "source", "code"],
              build_people(ref, sovereign), "dated roles: CIA Factbook archive (FB), CountryInfo (CI), team")
    write_tsv("organisations.tsv", ["kb_id", "name", "aliases", "code", "country", "role", "sector", "valid_from", "valid_to", "source"],
              build_organisations(ref, codes), "IGOs/media/companies/armed groups: team + PETRARCH2 Phoenix (P2)")
    write_tsv("memberships.tsv", ["org_id", "country", "status", "start_year", "end_year"], build_memberships(ref),
              "COW IGO v3 (IG) to 2014 + team knowledge after")
    agents, stats = build_agents(ref)
    write_tsv("agents.tsv", ["phrase", "role", "kind", "source"], agents,
              "agent nouns -> role: team knowledge (team) + reviewed PETRARCH2 Phoenix agents (P2)")
    for key, n in sorted(stats.items()):
        print(f"  phoenix agents, {key}: {n}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
