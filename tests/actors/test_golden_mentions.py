"""The golden table: every listed mention resolves to the expected CAMEO code on its date."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.actors import resolve_actors
from .golden_table import GOLDEN

# known misses: (sentence start, mention) -> reason
XFAIL: dict[tuple[str, str], str] = {
    ("Medvedev and Hu attended the M", "Hu"): "a bare 'Hu' with no earlier full name: one-syllable surnames are too "
    "ambiguous to be dictionary aliases",
}


def _cases():  # type: ignore[no-untyped-def]
    for day, sentence, expected in GOLDEN:
        for mention, code in expected:
            marks = []
            reason = XFAIL.get((sentence[:30], mention))
            if reason:
                marks.append(pytest.mark.xfail(reason=reason, strict=True))
            yield pytest.param(day, sentence, mention, code, id=f"{day}:{mention}->{code}", marks=marks)


def _occurrence(text: str, mention: str) -> tuple[int, int]:
    name, _, nth = mention.partition("#")
    start = -1
    for _ in range(int(nth or 1)):
        start = text.index(name, start + 1)
    return start, start + len(name)


@pytest.mark.model
@pytest.mark.parametrize(("day", "sentence", "mention", "code"), list(_cases()))
def test_golden_mention_resolves_to_code(parse, kb, day: str, sentence: str, mention: str, code: str) -> None:
    doc = parse(sentence)
    found = resolve_actors(doc, kb=kb, published=dt.date.fromisoformat(day), byline="John Chan")
    start, end = _occurrence(sentence, mention)
    name = mention.partition("#")[0]
    if code == "-":
        overlapping = [m for m in found if m.start < end and start < m.end]
        assert overlapping == [], f"{name!r} should not be an actor"
        return
    # the mention whose span is this text, or contains it with the same head word
    exact = [m for m in found if (m.start, m.end) == (start, end)]
    covering = [m for m in found if m.start <= start and end <= m.end]
    got = exact or covering
    assert got, f"no mention for {name!r}; found {[(m.text, m.code) for m in found]}"
    assert sorted(m.code for m in got) == sorted(code.split("+")), [(m.text, m.code, m.via) for m in got]
