"""The small store most analysis tests share (see ``test_series.py`` for what each event is for)."""

from __future__ import annotations

import pytest

from dyads.records import Modality

from .storebuilder import Row, build, coop, day, fight, opened

RELATIONS = [
    coop("RUSGOV", "CHNGOV", "2006-01-10", goldstein=4.0, code="042"),
    coop("RUS", "CHN", "2006-01-20", goldstein=8.0, code="057"),
    coop("RUSOPP", "CHN", "2006-01-25", goldstein=2.8, code="043"),  # sub-state: only with Actors.ALL
    coop("RUSMIL", "CHN", "2006-03-05", goldstein=6.4, code="061"),  # material cooperation
    Row("RUS", "CHN", "112", -2.0, day("2006-03-07")),  # verbal conflict
    fight("CHN", "RUS", "2006-02-14", goldstein=-10.0),  # the other way
    coop("RUS", "CHN", "2007-02-01", goldstein=4.0),
    Row("USA", "IRN", "111", -2.0, day("2006-01-15")),
    coop("USA", "IRN", "2006-02-01"),
    coop("IGOUNO", "IRN", "2006-02-03"),  # an organisation: only with Actors.ALL
    # never counted
    coop("RUS", "CHN", "2006-01-11", negated=True),
    coop("RUS", "CHN", "2006-01-12", modality=Modality.HYPOTHETICAL),
    Row("RUS", "CHN", "042", 4.0, None),  # undated
    coop("RUSGOV", "RUSMIL", "2006-01-13"),  # one country once rolled up
    coop("---GOV", "CHN", "2006-01-14"),  # a side of unknown country
    # history retold: only with History.INCLUDE, at its own date
    coop("RUS", "CHN", "1996-04-26", goldstein=8.0, code="057", historical=True),
]


@pytest.fixture(scope="package")
def relations_db(tmp_path_factory):
    return build(tmp_path_factory.mktemp("relations") / "r.duckdb", RELATIONS)


@pytest.fixture
def relations(relations_db):
    with opened(relations_db) as store:
        yield store
