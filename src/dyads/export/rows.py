"""Flat event rows, for tables and CSV, and what an export knows of each event's article."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dyads.records.actor import ActorMention
from dyads.records.event import Event


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What exports add from an event's article."""

    published: dt.date | None = None
    url: str | None = None
    title: str | None = None


NO_INFO = ArticleInfo()


@dataclass(frozen=True, slots=True)
class ReportCounts:
    """How widely a merged event was reported (``dyads events --merge``): GDELT's counts."""

    num_mentions: int
    num_sources: int
    num_articles: int
    first_reported: dt.date | None = None
    last_reported: dt.date | None = None
    avg_tone: float | None = None
    event_ids: tuple[str, ...] = ()

    def plain(self) -> dict[str, object]:
        return {
            "num_mentions": self.num_mentions, "num_sources": self.num_sources, "num_articles": self.num_articles,
            "first_reported": self.first_reported.isoformat() if self.first_reported else None,
            "last_reported": self.last_reported.isoformat() if self.last_reported else None,
            "avg_tone": self.avg_tone, "event_ids": list(self.event_ids),
        }  # fmt: skip

COLUMNS = (
    "event_id", "doc_id", "date", "end_date", "date_precision", "source", "source_country", "target",
    "target_country", "code", "root", "name", "goldstein", "quad_class", "plover_type", "negated", "modality",
    "historical", "place", "place_country", "quantities", "tone", "mentions", "confidence", "trigger", "sentence",
    "title", "url",
)  # fmt: skip
SHORT = ("event_id", "date", "source", "code", "target", "name", "place", "quantities", "trigger")
_UNSPECIFIED = ", not specified below"


def event_row(event: Event, info: ArticleInfo = NO_INFO) -> dict[str, object]:
    evidence = event.evidence[0] if event.evidence else None
    return {
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "date": event.date.start.isoformat() if event.date else None,
        "end_date": event.date.end.isoformat() if event.date else None,
        "date_precision": event.date.precision.value if event.date else None,
        "source": _actor(event.source),
        "source_country": event.source.country if event.source else None,
        "target": _actor(event.target),
        "target_country": event.target.country if event.target else None,
        "code": event.code,
        "root": event.root,
        "name": event.name,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "plover_type": event.plover_type,
        "negated": event.negated,
        "modality": event.modality.value,
        "historical": event.historical,
        "place": event.location.name if event.location else None,
        "place_country": event.location.country if event.location else None,
        "quantities": "; ".join(q.text for q in event.quantities) or None,
        "tone": round(event.tone.compound, 3) if event.tone else None,
        "mentions": event.mentions,
        "confidence": round(event.confidence, 3),
        "trigger": evidence.trigger if evidence else None,
        "sentence": evidence.sentence if evidence else None,
        "title": info.title,
        "url": info.url,
    }


def short_name(name: str) -> str:
    """A code's name without the codebook's ", not specified below" (the code says as much)."""
    return name.removesuffix(_UNSPECIFIED)


def short_row(event: Event) -> dict[str, object]:
    """A table row: :data:`SHORT` columns, the name shortened."""
    row = event_row(event)
    return {c: short_name(str(row[c])) if c == "name" else row[c] for c in SHORT}


def _actor(actor: ActorMention | None) -> str | None:
    if actor is None:
        return None
    return actor.code or f"({actor.text})"
