"""What the coder does with unresolved noun phrases, places, and targets a pattern requires."""

from __future__ import annotations

import pytest

from dyads.actors import resolve_actors
from dyads.events import UnresolvedActors, code_events
from tests.events.conftest import DAY
from tests.events.event_keys import key

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def code_with(parsed, patterns, codebook, kb):  # type: ignore[no-untyped-def]
    def run(text: str, policy: UnresolvedActors, *, places: bool = True):  # type: ignore[no-untyped-def]
        doc = parsed(text)
        actors = resolve_actors(doc, kb=kb, published=DAY)
        return [key(e) for e in code_events(doc, actors, patterns=patterns, codebook=codebook, unresolved=policy,
                                             kb=kb if places else None, published=DAY)]

    return run


POLICIES = [
    # text, policy, expected keys (subset), keys that must be absent
    ("The Zorbex Group criticized the decision.", UnresolvedActors.NAMED, [(None, None, "111", False, "asserted")], []),
    ("The statement criticized the decision.", UnresolvedActors.NAMED, [], ["111"]),
    ("The statement criticized the decision.", UnresolvedActors.KEEP, [(None, None, "111", False, "asserted")], []),
    ("The Zorbex Group criticized the decision.", UnresolvedActors.DROP, [], ["111"]),
    ("Three Iraqi civilians were killed in a car bombing in Baghdad.", UnresolvedActors.KEEP,
     [(None, "IRQCVL", "1832", False, "asserted")], []),
    # violence whose doers are unsaid is coded as by unidentified armed men (the coding conventions' UAF)
    ("Three Iraqi civilians were killed in a car bombing in Baghdad.", UnresolvedActors.NAMED,
     [("---UAF", "IRQCVL", "1832", False, "asserted")], []),
    ("The decision was criticized.", UnresolvedActors.NAMED, [], ["111"]),
]


@pytest.mark.parametrize(("text", "policy", "present", "absent"), POLICIES)
def test_unresolved_policy_decides_which_events_are_kept(code_with, text, policy, present, absent):  # type: ignore[no-untyped-def]
    found = code_with(text, policy)
    codes = {k[2] for k in found}
    for expected in present:
        assert expected[2] in codes
        assert any(k[1:] == expected[1:] for k in found)
    assert not codes & set(absent)


def test_unresolved_actor_is_a_mention_without_code_and_with_lower_confidence(parsed, patterns, codebook, kb):  # type: ignore[no-untyped-def]
    doc = parsed("The Zorbex Group criticized the decision.")
    actors = resolve_actors(doc, kb=kb, published=DAY)
    (event,) = code_events(doc, actors, patterns=patterns, codebook=codebook)
    assert event.source is not None and event.source.code is None and event.source.text == "Zorbex Group"
    assert event.source.via == "unresolved"
    assert event.confidence < 0.9


def test_a_country_visited_is_the_target_when_the_knowledge_base_is_given(code_with):  # type: ignore[no-untyped-def]
    text = "The Iraqi president arrived in Amman on Wednesday."
    assert ("IRQGOV", "JOR", "042", False, "asserted") in code_with(text, UnresolvedActors.NAMED)
    assert ("IRQGOV", None, "042", False, "asserted") in code_with(text, UnresolvedActors.NAMED, places=False)


REQUIRED = [
    ("The Chinese premier received the Japanese envoy.", ("CHNGOV", "JPNGOV", "043", False, "asserted"), None),
    ("The ministry received thousands of complaints.", None, "043"),
    ("Pakistan's arrest of Abu Faraj al-Libbi was welcomed.", ("PAK", None, "173", False, "asserted"), None),
    ("Al-Libbi's arrest angered his supporters.", None, "173"),  # the possessor is arrested, not arresting
]


@pytest.mark.parametrize(("text", "expected", "absent"), REQUIRED)
def test_required_targets_and_possessors(code, text, expected, absent):  # type: ignore[no-untyped-def]
    found = [key(e) for e in code(text)]
    if expected is not None:
        assert any(k[0] == expected[0] and k[2] == expected[2] and (expected[1] is None or k[1] == expected[1])
                   for k in found)
    if absent is not None:
        assert absent not in {k[2] for k in found}
