"""Typed records that flow through the pipeline.

Every stage takes and returns these frozen dataclasses; none of them imports a
pipeline stage, so any stage may import them.
"""

from dyads.records.actor import ActorMention, Role
from dyads.records.article import Article, DatePrecision
from dyads.records.attributes import EventDate, Place, Quantity, Tone
from dyads.records.event import Event, EventEvidence, Modality
from dyads.records.parse import ParsedDoc, Sentence, Token

__all__ = [
    "ActorMention",
    "Article",
    "DatePrecision",
    "Event",
    "EventDate",
    "EventEvidence",
    "Modality",
    "ParsedDoc",
    "Place",
    "Quantity",
    "Role",
    "Sentence",
    "Token",
    "Tone",
]
