"""PLOVER records use PLOVER's field names; quad code and event scale come from PLOVER's tables."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.export.plover import load_plover_scales, plover_record
from dyads.export.rows import ArticleInfo
from dyads.records import Place
from tests.cli.eventstore import CHN, RUS, event

PLOVER_FIELDS = {"id", "date", "enddate", "event", "mode", "context", "actor", "actor_entity", "recipient",
                 "recipient_entity", "event_loc", "quad_code", "event_scale"}  # fmt: skip


@pytest.fixture(scope="module")
def scales():
    return load_plover_scales()


def _visit(**changes):
    from dataclasses import replace

    base = event("e1", "d1", RUS, CHN, "042", "Make a visit", day=dt.date(2010, 9, 26), end=dt.date(2010, 9, 28),
                 place=Place("Tianjin", "CHN", "CN.28", 39.14, 117.18, "city"))  # fmt: skip
    return replace(base, **{"plover_type": "CONSULT", "plover_mode": "visit", "plover_context": "diplomatic", **changes})


def test_a_record_in_plovers_field_names(scales):
    record = plover_record(_visit(), info=ArticleInfo(dt.date(2010, 9, 27), "https://x.test/1", "Visit"), scales=scales)
    assert PLOVER_FIELDS <= set(record)
    assert (record["date"], record["enddate"], record["event"], record["mode"], record["context"]) == (
        "2010-09-26", "2010-09-28", "CONSULT", "visit", ["diplomatic"])
    assert record["actor"] == "Dmitry Medvedev" and record["recipient"] == "Hu Jintao"
    assert record["actor_entity"] == [{"code": "RUSGOV", "country": "RUS", "sector": "GOV", "name": "Dmitry Medvedev",
                                       "text": "Dmitry Medvedev"}]  # fmt: skip
    assert record["event_loc"]["name"] == "Tianjin" and record["event_loc"]["country"] == "CHN"
    assert (record["story_date"], record["url"], record["story_title"]) == ("2010-09-27", "https://x.test/1", "Visit")


@pytest.mark.parametrize(("event_type", "mode", "quad", "scale"), [
    ("CONSULT", "visit", 1, 4.0),
    ("CONSULT", None, 1, 2.5),
    ("CONSULT", "unknown-mode", 1, 2.5),  # a mode without its own score takes the type's
    ("ASSAULT", "aerial", 4, -9.5),
    ("COOPERATE", None, 2, 9.5),
    ("THREATEN", "violence", 3, -3.5),
    (None, None, None, None),  # CAMEO roots 01 and 02 have no PLOVER type
])  # fmt: skip
def test_quad_code_and_event_scale_where_plover_defines_them(scales, event_type, mode, quad, scale):
    record = plover_record(_visit(plover_type=event_type, plover_mode=mode), info=ArticleInfo(), scales=scales)
    assert (record["quad_code"], record["event_scale"]) == (quad, scale)


def test_an_undated_event_takes_its_storys_date(scales):
    undated = event("e2", "d1", RUS, CHN, "010", "Make statement", day=None)
    record = plover_record(undated, info=ArticleInfo(dt.date(2011, 1, 2)), scales=scales)
    assert record["date"] == record["enddate"] == "2011-01-02"
