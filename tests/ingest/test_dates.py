"""Dates: date fields (ISO fast path, fallbacks) and dateline lines."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.ingest.dates import Dateline, parse_date, parse_dateline

D = dt.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2010-10-06", D(2010, 10, 6)),
        ("2010-10-06T14:30:00Z", D(2010, 10, 6)),
        ("2010-10-06 14:30", D(2010, 10, 6)),
        ("  2004-11-13 ", D(2004, 11, 13)),
        ("6 October 2010", D(2010, 10, 6)),
        ("October 6, 2010", D(2010, 10, 6)),
        ("Oct. 6, 2010", D(2010, 10, 6)),
        ("Tue, 05 Oct 2010 10:00:00 GMT", D(2010, 10, 5)),
        ("2010/10/06", D(2010, 10, 6)),
        ("2010-02-30", None),
        ("", None),
        ("not a date at all", None),
        ("yesterday", None),
    ],
)
def test_parse_date(value: str, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("6 October 2010", Dateline(D(2010, 10, 6))),
        ("October 6, 2010", Dateline(D(2010, 10, 6))),
        ("2010-10-06", Dateline(D(2010, 10, 6))),
        ("Oct. 6, 2010", Dateline(D(2010, 10, 6))),
        ("Sept. 11th, 2001", Dateline(D(2001, 9, 11))),
        ("Wednesday, 6 October 2010", Dateline(D(2010, 10, 6))),
        ("Published: 3 March 2011 14:32 GMT", Dateline(D(2011, 3, 3))),
        ("Updated 3 Mar 2011", Dateline(D(2011, 3, 3))),
        ("*6 October 2010*", Dateline(D(2010, 10, 6))),
        ("MOSCOW, Oct 6 -", Dateline(None, "MOSCOW")),
        ("MOSCOW, Oct. 6, 2010 (Reuters) -", Dateline(D(2010, 10, 6), "MOSCOW")),
        ("NEW DELHI, March 3, 2011 —", Dateline(D(2011, 3, 3), "NEW DELHI")),
        ("May 5", None),
        ("John Chan", None),
        ("China and Russia strengthen strategic ties", None),
        ("Moscow, Oct 6 - officials said", None),
        ("31 February 2010", None),
        ("The summit opened on 6 October 2010 in Hanoi.", None),
    ],
)
def test_parse_dateline(line: str, expected: Dateline | None) -> None:
    assert parse_dateline(line) == expected
