"""The event coder: a parsed article and its actors -> CAMEO/PLOVER events."""

from __future__ import annotations

from dyads.cameo.codebook import Codebook
from dyads.events.arguments import ActorIndex, UnresolvedActors
from dyads.events.building import build_event
from dyads.events.merging import merge_events
from dyads.events.patterns import PatternSet
from dyads.events.sentence import code_sentence
from dyads.records.actor import ActorMention
from dyads.records.event import Event
from dyads.records.parse import ParsedDoc


def code_events(
    doc: ParsedDoc,
    actors: tuple[ActorMention, ...],
    *,
    patterns: PatternSet,
    codebook: Codebook,
    unresolved: UnresolvedActors = UnresolvedActors.KEEP,
) -> tuple[Event, ...]:
    """Every event the article reports, merged per (source, target, code).

    ``unresolved`` decides what happens to a noun phrase that names no resolved actor:
    KEEP codes it with an ActorMention whose ``code`` is None (and a lower confidence);
    DROP leaves it out (an event without a source is never emitted).
    """
    index = ActorIndex.build(actors)
    built: list[Event] = []
    for sent in doc.sentences:
        for raw in code_sentence(doc, sent, index, patterns, unresolved=unresolved):
            built.append(build_event(doc, raw, codebook))
    return merge_events(built)
