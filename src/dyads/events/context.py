"""What coding a sentence passes down: the context of the article and the roles an act's words fill."""

from __future__ import annotations

from dataclasses import dataclass

from dyads.events.patterns.catalogue import PatternSet
from dyads.events.sides.arguments import ActorIndex, UnresolvedActors
from dyads.events.targets.places import PlaceLookup
from dyads.records.parse import ParsedDoc


@dataclass(frozen=True, slots=True)
class Context:
    """What coding a sentence needs, passed down instead of long argument lists."""

    doc: ParsedDoc
    index: ActorIndex
    patterns: PatternSet
    unresolved: UnresolvedActors
    places: PlaceLookup | None


@dataclass(frozen=True, slots=True)
class Roles:
    sources: tuple[int, ...]
    targets: tuple[int, ...]
    explicit: bool  # the target came from a pattern slot
    source_slot: bool = False  # the source came from a pattern's source slot ("pipeline from ^ to *")
    from_frame: bool = False  # the target is the frame verb's addressee ("urged [Greece] to hold talks")
