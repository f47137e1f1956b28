"""Property tests: however the events fall, a dyad's series add up to the totals."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyads.analysis import Direction, Period, dyad_series, tie_network
from dyads.analysis.selection import Actors, Selection
from dyads.store.events import EventQuery, count_events

from .storebuilder import Row, build, opened

SIDES = ("RUS", "RUSGOV", "RUSMIL", "CHN", "CHNGOV", "USA")
CODES = (("042", 4.0), ("061", 6.4), ("112", -2.0), ("190", -10.0))
_rows = st.lists(
    st.builds(
        lambda s, t, c, d: Row(s, t, c[0], c[1], dt.date(2005, 1, 1) + dt.timedelta(days=d)),
        st.sampled_from(SIDES), st.sampled_from(SIDES), st.sampled_from(CODES), st.integers(0, 3 * 365),
    ),
    max_size=40,
).map(lambda rows: [r for r in rows if r.source[:3] != r.target[:3]])  # fmt: skip
EXAMPLES = int(os.environ.get("DYADS_FUZZ_EXAMPLES", "25"))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_rows)
def test_monthly_weekly_and_quarterly_series_sum_to_the_yearly_series_and_to_count_events(rows):
    with tempfile.TemporaryDirectory() as tmp:
        with opened(build(Path(tmp) / "p.duckdb", rows)) as store:
            by = {p: dyad_series(store, "RUS", "CHN", period=p, direction=Direction.BOTH) for p in Period}
            directed = dyad_series(store, "RUS", "CHN", period=Period.YEAR)
            reverse = dyad_series(store, "CHN", "RUS", period=Period.YEAR)
            counted = count_events(store, EventQuery(dyad=("RUS", "CHN"), limit=None))
            network = tie_network(store, selection=Selection(actors=Actors.ALL))
            total = count_events(store, EventQuery(limit=None))
    yearly_goldstein = sum(p.goldstein_sum for p in by[Period.YEAR].points)
    for series in by.values():
        assert series.events == counted
        assert round(sum(p.goldstein_sum for p in series.points), 4) == round(yearly_goldstein, 4)
        for p in series.points:
            assert p.events == p.verbal_cooperation + p.material_cooperation + p.verbal_conflict + p.material_conflict
            assert p.events <= p.period_total
            assert p.normalised == (p.events / p.period_total if p.period_total else 0.0)
    assert directed.events + reverse.events == counted
    assert sum(t.events for t in network.ties) == total
    assert sum(t.a_to_b + t.b_to_a for t in network.ties) == total
