"""Small stores of hand-made events for the analysis tests: one line per event, no parser."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from dyads.records import ActorMention, Article, DatePrecision, Event, EventDate, EventEvidence, Modality
from dyads.store import Store, open_store
from dyads.store.articles import plan_insert, write_articles
from dyads.store.events import write_events

QUAD_OF_ROOT = {r: 1 for r in ("01", "02", "03", "04", "05")} | {r: 2 for r in ("06", "07", "08")} \
    | {r: 3 for r in ("09", "10", "11", "12", "13", "14")} | {r: 4 for r in ("15", "16", "17", "18", "19", "20")}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Row:
    """One event: ``RUSGOV -> CHN``, a CAMEO code, a Goldstein score and a day."""

    source: str
    target: str
    code: str
    goldstein: float
    day: dt.date | None
    historical: bool = False
    negated: bool = False
    modality: Modality = Modality.ASSERTED


def actor(code: str) -> ActorMention:
    organisation = code[:3] in ("IGO", "NGO", "MNC", "---")
    country = None if organisation else code[:3]
    role = code[3:6] or None if not organisation else (code[:3] if code[:3] != "---" else code[3:6])
    return ActorMention("d1", code, 0, len(code), code, country, role, code)


def event(i: int, row: Row) -> Event:
    sentence = f"{row.source} and {row.target}."
    date = EventDate(row.day, row.day, DatePrecision.DAY, "") if row.day else None
    return Event(
        f"e{i:05d}", "d1", actor(row.source), actor(row.target), row.code, row.code[:2], "n", row.goldstein,
        QUAD_OF_ROOT[row.code[:2]], None, None, None, (EventEvidence(sentence, 0, len(sentence), "x", 0, 1, "p"),),
        negated=row.negated, modality=row.modality, date=date, historical=row.historical,
    )  # fmt: skip


def build(path: Path, rows: list[Row]) -> Path:
    with open_store(path) as store:
        new, _ = plan_insert(store, [Article.create(text="x", doc_id="d1")])
        store.con.execute("BEGIN TRANSACTION")
        write_articles(store, new)
        write_events(store, [event(i, r) for i, r in enumerate(rows)])
        store.con.execute("COMMIT")
    return path


def opened(path: Path) -> Store:
    from dyads.store import AccessMode

    return open_store(path, mode=AccessMode.READ_ONLY)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def coop(source: str, target: str, when: str, *, goldstein: float = 4.0, code: str = "042", **kw: object) -> Row:
    return Row(source, target, code, goldstein, day(when), **kw)  # type: ignore[arg-type]


def fight(source: str, target: str, when: str, *, goldstein: float = -10.0, code: str = "190", **kw: object) -> Row:
    return Row(source, target, code, goldstein, day(when), **kw)  # type: ignore[arg-type]
