"""Filters as users write them: country names to codes, CAMEO codes checked, points and dates read."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.errors import ConfigError
from dyads.store.filters import (
    CountryNames, actor_filter, cameo_code, country_code, day_bound, dyad_filter, near_point,
)  # fmt: skip


@pytest.fixture(scope="module")
def names(kb):
    return CountryNames(loader=lambda files: kb)


class _Refuse:
    def __call__(self, files):
        raise AssertionError("the knowledge base was loaded for a code")


@pytest.mark.parametrize(("given", "code"), [
    ("RUS", "RUS"), ("Russia", "RUS"), ("Iran", "IRN"), ("the United States", "USA"), ("Chinese", "CHN"),
    ("rus", "RUS"),
])  # fmt: skip
def test_a_country_is_a_code_or_a_name(names, given, code):
    assert country_code(given, names=names, option="--country") == code


@pytest.mark.parametrize(("given", "value"), [
    ("RUS", "RUS"), ("RUSGOV", "RUSGOV"), ("IGOUNO", "IGOUNO"), ("Russia", "RUS"), ("Japan", "JPN"),
    ("Medvedev", "Medvedev"),  # not a country: kept, to match actors' names
])  # fmt: skip
def test_an_actor_is_a_code_a_country_name_or_a_name(names, given, value):
    assert actor_filter(given, names=names) == value


@pytest.mark.parametrize(("given", "pair"), [
    ("RUS,CHN", ("RUS", "CHN")), ("China,Japan", ("CHN", "JPN")), ("China, JPN", ("CHN", "JPN")),
])  # fmt: skip
def test_a_dyad_is_two_countries(names, given, pair):
    assert dyad_filter(given, names=names) == pair


def test_codes_never_load_the_knowledge_base():
    lazy = CountryNames(loader=_Refuse())
    assert country_code("IRN", names=lazy, option="--country") == "IRN"
    assert actor_filter("RUSGOV", names=lazy) == "RUSGOV"
    assert dyad_filter("RUS,CHN", names=lazy) == ("RUS", "CHN")


@pytest.mark.parametrize(("call", "message"), [
    (lambda n: country_code("Narnia", names=n, option="--country"), "--country 'Narnia': not a country"),
    (lambda n: dyad_filter("China", names=n), "--dyad 'China': give two countries"),
    (lambda n: dyad_filter("China,Narnia", names=n), "'Narnia' is not a country"),
    (lambda n: cameo_code("4"), "--code '4': not a CAMEO code"),
    (lambda n: cameo_code("abc"), "--code 'abc': not a CAMEO code"),
    (lambda n: cameo_code("0999"), "--code '0999': not a CAMEO code"),
    (lambda n: near_point("1,2,3,4"), "--near '1,2,3,4': give LAT,LON"),
    (lambda n: near_point("x,y"), "--near 'x,y': give LAT,LON"),
    (lambda n: near_point("95,0"), "latitude -90..90"),
    (lambda n: near_point("0,0,-5"), "radius above 0"),
    (lambda n: day_bound("2005-13", option="--since", end=False), "--since '2005-13': not a date"),
    (lambda n: day_bound("last week", option="--until", end=True), "--until 'last week': not a date"),
])  # fmt: skip
def test_a_bad_filter_is_one_line_naming_the_option(names, call, message):
    with pytest.raises(ConfigError) as caught:
        call(names)
    assert message in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize("code", ["04", "042", "0871", "19", "190"])
def test_codebook_codes_are_accepted_with_their_zeros(code):
    assert cameo_code(code) == code


@pytest.mark.parametrize(("given", "end", "day"), [
    ("2005", False, dt.date(2005, 1, 1)), ("2005", True, dt.date(2005, 12, 31)),
    ("2005-03", False, dt.date(2005, 3, 1)), ("2005-02", True, dt.date(2005, 2, 28)),
    ("2004-02", True, dt.date(2004, 2, 29)), ("2005-03-14", True, dt.date(2005, 3, 14)),
    (None, False, None),
])  # fmt: skip
def test_a_date_bound_is_a_day_month_or_year(given, end, day):
    assert day_bound(given, option="--since", end=end) == day


@pytest.mark.parametrize(("given", "point"), [("52.5,13.4", (52.5, 13.4, 100.0)), ("52.5,13.4,25", (52.5, 13.4, 25.0))])
def test_a_point_with_an_optional_radius(given, point):
    assert near_point(given) == point


@pytest.mark.parametrize(("value", "bounds"), [
    ("2006", (dt.date(2006, 1, 1), dt.date(2006, 12, 31))),
    ("2006-02", (dt.date(2006, 2, 1), dt.date(2006, 2, 28))),
    ("2006-03-14", (dt.date(2006, 3, 14), dt.date(2006, 3, 14))),
    ("2006-01-01..2006-06-30", (dt.date(2006, 1, 1), dt.date(2006, 6, 30))),
    ("2006..2007-03", (dt.date(2006, 1, 1), dt.date(2007, 3, 31))),
])  # fmt: skip
def test_a_period_is_its_first_and_last_days(value, bounds):
    from dyads.store.filters import period_bounds

    assert period_bounds(value, option="--from") == bounds


@pytest.mark.parametrize(("value", "reason"), [
    ("", "give a period"), ("..2006", "give a period"), ("2006..", "give a period"),
    ("2007..2006", "ends before it starts"), ("spring", "not a date"), ("2006-02-30", "not a date"),
])  # fmt: skip
def test_a_bad_period_is_one_config_error(value, reason):
    from dyads.store.filters import period_bounds

    with pytest.raises(ConfigError, match=f"--from {value!r}: .*{reason}"):
        period_bounds(value, option="--from")


@pytest.mark.parametrize(("value", "code"), [("RUS", "RUS"), ("RUSGOV", "RUSGOV"), ("IGOUNO", "IGOUNO"), ("rus", "RUS")])
def test_a_side_is_a_country_or_an_actor_code(value, code):
    from dyads.store.filters import CountryNames, side_code

    assert side_code(value, names=CountryNames(loader=lambda files: _NoNames()), option="A") == code


class _NoNames:
    def lookup(self, name):
        return None
