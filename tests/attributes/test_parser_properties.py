"""Property tests: the date and quantity parsers never crash and their offsets
always slice back to the words they report."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from dyads.attributes.dates.dating import find_dates
from dyads.attributes.quantities.amounts import find_quantities

_PIECES = st.sampled_from(
    [
        "in", "on", "last", "next", "the", "past", "July", "May", "September", "26", "28", "-", "–", "2010",
        "1904-05", "$", "$US", "€", "5", "5,000", "3.2m", "billion", "million", "troops", "tanks", "and",
        "killed", "dead", "years", "year", "ago", "Monday", "decade", "for", "tonnes", "of", "oil", "annually",
        "12-fold", "%", "dozens", "wounded", ",", ".", "\\", "early", "mid-", "1990s", "to", "from", "crore", "Rs",
    ]
)  # fmt: skip
_NEWSISH = st.lists(_PIECES, min_size=0, max_size=14).map(" ".join)
_TEXT = st.one_of(st.text(max_size=200), _NEWSISH)
_DAYS = st.one_of(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2040, 12, 31)),
    st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31)]),  # corrupt dates must not overflow
)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, published=st.one_of(st.none(), _DAYS), offset=st.integers(min_value=0, max_value=10_000))
def test_dates_never_crash_and_offsets_slice_back(text: str, published: dt.date | None, offset: int) -> None:
    dates = find_dates(text, offset=offset, published=published)
    previous_end = -1
    for d in dates:
        assert text[d.char_start - offset : d.char_end - offset] == d.text
        assert d.start <= d.end
        assert d.char_start >= previous_end  # in text order, no overlaps
        previous_end = d.char_end


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, offset=st.integers(min_value=0, max_value=10_000))
def test_quantities_never_crash_and_offsets_slice_back(text: str, offset: int) -> None:
    previous_end = -1
    for q in find_quantities(text, offset=offset):
        assert text[q.char_start - offset : q.char_end - offset] == q.text
        assert q.value >= 0
        assert q.char_start >= previous_end
        previous_end = q.char_end
