"""The coded event and the evidence that ties it to the text."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from dyads.records.actor import ActorMention
from dyads.records.attributes import EventDate, Place, Quantity, Tone


class Modality(StrEnum):
    """Whether the event is reported as done, or only planned, possible..."""

    ASSERTED = "asserted"
    INTENDED = "intended"  # plans, intentions, promises
    HYPOTHETICAL = "hypothetical"  # conditionals, may/might/could
    FUTURE = "future"
    REPORTED = "reported"


class EventScope(StrEnum):
    """Which events a listing, an export or an analysis takes.  Event data is dyadic: by default only
    events with both a source and a target; events without a target are kept, flagged, and shown on
    request."""

    DYADIC = "dyadic"
    MONADIC = "monadic"  # a source or a target missing
    ALL = "all"

    def admits(self, event: Event) -> bool:
        return self is EventScope.ALL or event.dyadic is (self is EventScope.DYADIC)


@dataclass(frozen=True, slots=True)
class EventEvidence:
    """Where the event is said: character offsets are in the article text."""

    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    pattern: str
    source_span: tuple[int, int] | None = None
    target_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    doc_id: str
    source: ActorMention | None
    target: ActorMention | None
    code: str  # CAMEO, leading zeros kept
    root: str
    name: str
    goldstein: float | None
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None
    evidence: tuple[EventEvidence, ...]
    negated: bool = False
    modality: Modality = Modality.ASSERTED
    confidence: float = 1.0
    mentions: int = 1
    date: EventDate | None = None
    location: Place | None = None
    quantities: tuple[Quantity, ...] = field(default_factory=tuple)
    tone: Tone | None = None
    historical: bool = False  # history retold as background: dated by its own words, never as news of the day

    @property
    def dyadic(self) -> bool:
        """Both sides known: a source and a target with actor codes (an event with no target is
        kept, flagged, and left out of everything dyadic)."""
        return (self.source is not None and self.source.code is not None
                and self.target is not None and self.target.code is not None)

    @property
    def factual(self) -> bool:
        """Reported as having happened, or said (CAMEO's intent, threat and demand codes are acts of
        saying): not negated, not hypothetical."""
        return not self.negated and self.modality is not Modality.HYPOTHETICAL
