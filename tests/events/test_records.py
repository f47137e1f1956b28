"""Event records: ids, evidence offsets, merging of repeated mentions, explanations."""

from __future__ import annotations

import pytest

from dyads.events import explain

pytestmark = pytest.mark.model

TWICE = ("Japan sent food aid to North Korea on Monday. The government in Tokyo said nothing. "
         "On Friday Japan sent more food aid to North Korea.")


def test_same_dyad_and_code_twice_is_one_event_with_two_mentions(code):  # type: ignore[no-untyped-def]
    events = [e for e in code(TWICE) if e.code == "073"]
    assert len(events) == 1
    event = events[0]
    assert event.mentions == 2
    assert [ev.sentence_start for ev in event.evidence] == sorted(ev.sentence_start for ev in event.evidence)
    assert len({ev.sentence for ev in event.evidence}) == 2


def test_evidence_offsets_point_at_the_words_in_the_article(code, parsed):  # type: ignore[no-untyped-def]
    text = "Vietnam offered to mediate between Cambodia and Thailand."
    doc = parsed(text)
    for event in code(text):
        for ev in event.evidence:
            assert doc.text[ev.sentence_start:ev.sentence_end] == ev.sentence
            assert doc.text[ev.trigger_start:ev.trigger_end] == ev.trigger
            assert doc.text[slice(*ev.source_span)] == event.source.text
            assert doc.text[slice(*ev.target_span)] == event.target.text
            assert "patterns/" in ev.pattern and ev.pattern.endswith(f"-> {event.code}")


def test_event_ids_are_stable_and_distinct(code):  # type: ignore[no-untyped-def]
    text = "Russia and China signed an agreement."
    first = [e.event_id for e in code(text)]
    again = [e.event_id for e in code(text)]
    assert first == again
    assert len(set(first)) == len(first) == 2


def test_event_carries_codebook_fields_and_leaves_attributes_empty(code):  # type: ignore[no-untyped-def]
    (event,) = [e for e in code("Russian President Dmitry Medvedev visited China in September.") if e.code == "042"]
    assert (event.root, event.name, event.goldstein, event.quad_class) == ("04", "Make a visit", 1.9, 1)
    assert (event.plover_type, event.plover_mode) == ("CONSULT", "visit")
    assert event.date is None and event.location is None and event.quantities == () and event.tone is None
    assert 0 < event.confidence <= 1


def test_explain_gives_sentence_parse_actors_and_pattern(code, parsed):  # type: ignore[no-untyped-def]
    text = "The United States called on China to invest in Africa."
    (event,) = [e for e in code(text) if e.code == "0211"]
    explanation = explain(event, parsed(text))
    assert explanation.event_id == event.event_id
    (mention,) = explanation.mentions
    assert mention.sentence == text
    assert "frame appeal" in mention.pattern and "0211" in mention.pattern
    assert {p.text for p in mention.parse if p.trigger} >= {"called", "invest"}
    rendered = explanation.render()
    assert "USA" in rendered and "CHN" in rendered and "0211" in rendered
