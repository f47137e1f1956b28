"""A GDELT row, field by field in the 61-column order; geography the GDELT way; never an empty SQLDATE."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.export.gdelt import HEADER, gdelt_line, geo_type, load_fips_table
from dyads.records import Place, Tone
from tests.cli.eventstore import CHN, RUS, event

TIANJIN = Place("Tianjin", "CHN", "CN.28", 39.1422, 117.1767, "city", "Tianjin", geonameid=1792947)
VISIT = event("e1", "d1", RUS, CHN, "042", "Make a visit", day=dt.date(2010, 9, 26), place=TIANJIN)

EXPECTED = {
    "SQLDATE": "20100926", "MonthYear": "201009", "Year": "2010", "FractionDate": "2010.7342",
    "Actor1Code": "RUSGOV", "Actor1Name": "DMITRY MEDVEDEV", "Actor1CountryCode": "RUS", "Actor1KnownGroupCode": "",
    "Actor1EthnicCode": "", "Actor1Religion1Code": "", "Actor1Religion2Code": "", "Actor1Type1Code": "GOV",
    "Actor1Type2Code": "", "Actor1Type3Code": "",
    "Actor2Code": "CHNGOV", "Actor2Name": "HU JINTAO", "Actor2CountryCode": "CHN", "Actor2KnownGroupCode": "",
    "Actor2EthnicCode": "", "Actor2Religion1Code": "", "Actor2Religion2Code": "", "Actor2Type1Code": "GOV",
    "Actor2Type2Code": "", "Actor2Type3Code": "",
    "IsRootEvent": "1", "EventCode": "042", "EventBaseCode": "042", "EventRootCode": "04", "QuadClass": "1",
    "GoldsteinScale": "1.0", "NumMentions": "1", "NumSources": "1", "NumArticles": "1", "AvgTone": "",
    "Actor1Geo_Type": "0", "Actor1Geo_FullName": "", "Actor1Geo_CountryCode": "", "Actor1Geo_ADM1Code": "",
    "Actor1Geo_ADM2Code": "", "Actor1Geo_Lat": "", "Actor1Geo_Long": "", "Actor1Geo_FeatureID": "",
    "Actor2Geo_Type": "0", "Actor2Geo_FullName": "", "Actor2Geo_CountryCode": "", "Actor2Geo_ADM1Code": "",
    "Actor2Geo_ADM2Code": "", "Actor2Geo_Lat": "", "Actor2Geo_Long": "", "Actor2Geo_FeatureID": "",
    "ActionGeo_Type": "4", "ActionGeo_FullName": "Tianjin", "ActionGeo_CountryCode": "CH",
    "ActionGeo_ADM1Code": "CH28", "ActionGeo_ADM2Code": "", "ActionGeo_Lat": "39.1422",
    "ActionGeo_Long": "117.1767", "ActionGeo_FeatureID": "1792947",
    "DATEADDED": "20100927000000", "SOURCEURL": "https://example.org/d1",
}  # fmt: skip


@pytest.fixture(scope="module")
def fips():
    return load_fips_table()


def _cells(line):
    cells = line.split("\t")
    assert len(cells) == 61
    return dict(zip(HEADER, cells, strict=True))


def test_a_row_field_by_field(fips):
    cells = _cells(gdelt_line(VISIT, published=dt.date(2010, 9, 27), url="https://example.org/d1", fips=fips))
    assert cells["GLOBALEVENTID"].isdigit()
    assert {k: v for k, v in cells.items() if k != "GLOBALEVENTID"} == EXPECTED


def test_the_header_is_gdelts_61_columns_in_order():
    assert len(HEADER) == 61 and HEADER[:2] == ["GLOBALEVENTID", "SQLDATE"] and HEADER[-2:] == ["DATEADDED", "SOURCEURL"]
    assert HEADER.index("EventCode") == 26 and HEADER.index("ActionGeo_Type") == 51


def test_no_url_leaves_sourceurl_empty(fips):
    assert _cells(gdelt_line(VISIT, published=None, url=None, fips=fips))["SOURCEURL"] == ""


def test_an_undated_event_takes_its_articles_day_or_is_no_row(fips):
    undated = event("e2", "d1", RUS, CHN, "010", "Make statement", day=None)
    assert _cells(gdelt_line(undated, published=dt.date(2011, 2, 3), url=None, fips=fips))["SQLDATE"] == "20110203"
    assert gdelt_line(undated, published=None, url=None, fips=fips) is None


def test_tone_is_on_gdelts_scale(fips):
    from dataclasses import replace

    toned = replace(VISIT, tone=Tone(-0.25))
    assert _cells(gdelt_line(toned, published=None, url=None, fips=fips))["AvgTone"] == "-2.5000"


@pytest.mark.parametrize(("place", "kind", "adm1"), [
    (Place("China", "CHN", None, 35.0, 105.0, "country"), 1, "CH"),
    (Place("Beijing", "CHN", "CN.22", 39.9, 116.4, "city"), 4, "CH22"),
    (Place("Washington", "USA", "US.DC", 38.9, -77.0, "city"), 3, "USDC"),
    (Place("Texas", "USA", "US.TX", 31.0, -99.0, "admin1"), 2, "USTX"),
    (Place("Sichuan", "CHN", "CN.32", 30.0, 103.0, "admin1"), 5, "CH32"),
    (Place("Brussels", "BEL", "BE.BRU", 50.85, 4.35, "city"), 4, "BE"),  # not a two-character division
    (Place("Siberia", "RUS", None, None, None, "region"), 1, "RS"),  # no point: the country
    (Place("South China Sea", None, None, 12.0, 113.0, "sea"), 4, ""),
])  # fmt: skip
def test_geography_the_gdelt_way(fips, place, kind, adm1):
    from dataclasses import replace

    cells = _cells(gdelt_line(replace(VISIT, location=place), published=None, url=None, fips=fips))
    assert geo_type(place) == kind
    assert (cells["ActionGeo_Type"], cells["ActionGeo_ADM1Code"]) == (str(kind), adm1)
