"""Property: whatever the sentence, coding never fails and every event is well formed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyads.actors import resolve_actors
from dyads.events import code_events
from tests.events.conftest import DAY

pytestmark = pytest.mark.model

WORDS = ["Russia", "China", "Japan's", "the", "Chinese", "captain", "visited", "visit", "to", "and", "signed",
         "an", "agreement", "with", "not", "did", "refused", "meet", "called", "on", "invest", "in", "will",
         "accused", "of", "war", "detention", "by", "was", "arrested", "threatened", "attack", "said", "that",
         "must", "release", "sailors", "between", "joint", "venture", ",", "."]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_any_word_salad_codes_to_well_formed_events(parsed, patterns, codebook, kb, words):  # type: ignore[no-untyped-def]
    text = " ".join(words)
    doc = parsed(text)
    events = code_events(doc, resolve_actors(doc, kb=kb, published=DAY), patterns=patterns, codebook=codebook,
                         kb=kb, published=DAY)
    assert len({e.event_id for e in events}) == len(events)
    for e in events:
        assert e.code in codebook and e.root == e.code[:2]
        assert e.mentions == len(e.evidence) >= 1
        assert 0 < e.confidence <= 1
        for ev in e.evidence:
            assert doc.text[ev.trigger_start:ev.trigger_end] == ev.trigger
            assert ev.sentence_start <= ev.trigger_start < ev.trigger_end <= ev.sentence_end


def test_an_empty_document_has_no_events(parsed, patterns, codebook):  # type: ignore[no-untyped-def]
    assert code_events(parsed(" "), (), patterns=patterns, codebook=codebook) == ()
