"""Evidence cut into marked segments, and cursors read back: golden tables and properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dyads.errors import ConfigError
from dyads.records.event import EventEvidence
from dyads.server.api import paging
from dyads.server.api.records import evidence_view
from dyads.store.events import EventPosition
from tests.cli.eventstore import EVENTS

SENTENCE = "Russia condemned China on Monday."  # at offset 100 of its article


@pytest.mark.parametrize(
    ("trigger", "source", "target", "expected"),
    [
        ((107, 116), (100, 106), (117, 122),
         [("Russia", "source"), (" ", None), ("condemned", "trigger"), (" ", None), ("China", "target"), (" on Monday.", None)]),
        ((107, 116), None, None, [("Russia ", None), ("condemned", "trigger"), (" China on Monday.", None)]),
        ((107, 116), (100, 116), None, [("Russia ", None), ("condemned", "trigger"), (" China on Monday.", None)]),  # overlap: trigger wins
        ((107, 116), (90, 106), (117, 160),
         [("Russia", "source"), (" ", None), ("condemned", "trigger"), (" ", None), ("China on Monday.", "target")]),  # clipped
        ((0, 5), None, None, [(SENTENCE, None)]),  # outside the sentence: nothing marked
        ((100, 133), None, None, [(SENTENCE, "trigger")]),
    ],
)
def test_evidence_segments(trigger: tuple[int, int], source: tuple[int, int] | None, target: tuple[int, int] | None,
                           expected: list[tuple[str, str | None]]) -> None:  # fmt: skip
    evidence = EventEvidence(SENTENCE, 100, 133, "condemned", trigger[0], trigger[1], "condemn", source, target)
    view = evidence_view(EVENTS[0], evidence)
    assert [(s.text, s.mark.value if s.mark else None) for s in view.segments] == expected
    assert "".join(s.text for s in view.segments) == SENTENCE


@given(st.one_of(st.none(), st.dates()), st.text(min_size=1, max_size=40), st.text(min_size=1, max_size=40))
def test_an_event_cursor_reads_back_as_its_position(day: dt.date | None, doc_id: str, event_id: str) -> None:
    at = EventPosition(day, doc_id, event_id)
    assert paging.event_position(paging.event_cursor(at)) == at


@given(st.text(max_size=80))
def test_any_text_as_a_cursor_is_a_position_or_one_config_error(text: str) -> None:
    for read in (paging.event_position, paging.article_position, paging.offset_position):
        try:
            read(text)
        except ConfigError as exc:
            assert "not a cursor this server gave" in str(exc)
