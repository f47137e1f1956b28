"""Every heavy resource, loaded once behind one loader and passed in.

The spaCy model, the knowledge base, the codebook and patterns, and the
attribute resources (gazetteer, tone analyser) are loaded here and nowhere
else; stages receive them as arguments.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dyads.attributes import AttributeResources, load_attribute_resources
from dyads.attributes.places.gazetteer import load_gazetteer
from dyads.attributes.places.towns import GazetteerTowns
from dyads.cameo import Codebook, load_codebook
from dyads.events import PatternSet, load_patterns
from dyads.kb import KnowledgeBase, load_knowledge_base
from dyads.nlp import Parser, load_parser
from dyads.settings import Settings


class Stage(StrEnum):
    """How far to take an article."""

    ACTORS = "actors"
    EVENTS = "events"
    ATTRIBUTES = "attributes"


@dataclass(frozen=True, slots=True)
class Resources:
    parser: Parser
    kb: KnowledgeBase
    codebook: Codebook | None
    patterns: PatternSet | None
    attributes: AttributeResources | None
    towns: GazetteerTowns | None = None  # the gazetteer as the coder's town -> country lookup


def load_resources(settings: Settings, *, upto: Stage = Stage.ATTRIBUTES) -> Resources:
    """Load what the stages up to ``upto`` need, once."""
    events = upto in (Stage.EVENTS, Stage.ATTRIBUTES)
    codebook = load_codebook() if events else None
    gazetteer = load_gazetteer() if events else None
    return Resources(
        parser=load_parser(settings.model),
        kb=load_knowledge_base(extra_files=settings.actor_files),
        codebook=codebook,
        patterns=load_patterns(extra_files=settings.pattern_files, codebook=codebook) if events else None,
        attributes=load_attribute_resources(gazetteer=gazetteer) if upto is Stage.ATTRIBUTES else None,
        towns=GazetteerTowns(gazetteer) if gazetteer is not None else None,
    )
