"""The founding article (../shared/seed): the actors issue 3 names must resolve as listed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dyads.actors import resolve_actors
from dyads.records.actor import ActorMention

pytestmark = [pytest.mark.shared, pytest.mark.model]


def _split_seed(path: Path) -> tuple[str, str, dt.date, str]:
    """Title, byline, date and body: the first three non-empty lines are the header."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    header: list[str] = []
    offset = 0
    for line in lines:
        offset += len(line)
        if line.strip():
            header.append(line.strip())
        if len(header) == 3:
            break
    published = dt.datetime.strptime(header[2], "%d %B %Y").date()
    return header[0], header[1], published, text[offset:]


@pytest.fixture(scope="module")
def seed(seed_path: Path, parser, kb) -> tuple[str, tuple[ActorMention, ...]]:  # type: ignore[no-untyped-def]
    _title, byline, published, body = _split_seed(seed_path)
    doc = parser.parse("seed", body)
    return body, resolve_actors(doc, kb=kb, published=published, byline=byline)


def _covering(seed: tuple[str, tuple[ActorMention, ...]], name: str, nth: int = 1) -> list[ActorMention]:
    body, mentions = seed
    start = -1
    for _ in range(nth):
        start = body.index(name, start + 1)
    end = start + len(name)
    return [m for m in mentions if m.start <= start and end <= m.end]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Dmitry Medvedev", "RUSGOV"),
        ("Hu Jintao", "CHNGOV"),
        ("Obama", "USAGOV"),
        ("Igor Sechin", "RUSGOV"),
        ("Xinhua", "CHNMED"),
        ("Yomiuri Shimbun", "JPNMED"),
        ("FAW", "CHNBUS"),
        ("GAZ", "RUSBUS"),
        ("Moscow", "RUSGOV"),
        ("Beijing", "CHNGOV"),
        ("Tokyo", "JPNGOV"),
        ("Washington", "USAGOV"),
        ("Sechin told", "RUSGOV"),
        ("Russia ambassador", "RUSGOV"),
        ("Chinese trawler captain", "CHNCVL"),
    ],
)
def test_seed_actor_resolves(seed, name: str, code: str) -> None:  # type: ignore[no-untyped-def]
    got = _covering(seed, name.replace(" told", ""), 1 if " told" not in name else 2)
    assert [m.code for m in got] == [code], [(m.text, m.code, m.via) for m in got]


def test_seed_sco_is_an_igo(seed) -> None:  # type: ignore[no-untyped-def]
    got = _covering(seed, "SCO")
    assert got and all(m.code and m.code.startswith("IGO") and m.role == "IGO" for m in got)


def test_seed_parts_are_given_separately(seed) -> None:  # type: ignore[no-untyped-def]
    body, _ = seed
    (faw,) = _covering(seed, "FAW")
    assert (faw.country, faw.role, faw.kb_id) == ("CHN", "BUS", "bus:FAW")
    assert body[faw.start : faw.end] == faw.text


def test_seed_byline_is_not_an_actor(seed_path: Path, parser, kb) -> None:  # type: ignore[no-untyped-def]
    text = seed_path.read_text(encoding="utf-8")
    doc = parser.parse("seed-full", text)
    mentions = resolve_actors(doc, kb=kb, published=dt.date(2010, 10, 6), byline="John Chan")
    start = text.index("John Chan")
    assert not [m for m in mentions if m.start < start + 9 and start < m.end]
