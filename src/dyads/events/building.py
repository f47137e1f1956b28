"""RawEvent + codebook -> Event, with its stable id and evidence."""

from __future__ import annotations

import hashlib

from dyads.cameo.codebook import Codebook
from dyads.errors import ResourceError
from dyads.events.sentence import RawEvent
from dyads.records.actor import ActorMention
from dyads.records.event import Event, EventEvidence
from dyads.records.parse import ParsedDoc


def actor_key(actor: ActorMention | None) -> str:
    """How an actor counts in an event's identity: its code, else its words."""
    if actor is None:
        return "-"
    return actor.code or f"?{actor.text.lower()}"


def event_id(doc_id: str, source: ActorMention | None, target: ActorMention | None, code: str, trigger_start: int) -> str:
    """A stable id: hash of doc_id, source code, target code, CAMEO code and first trigger offset."""
    key = "\x1f".join((doc_id, actor_key(source), actor_key(target), code, str(trigger_start)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def evidence_for(doc: ParsedDoc, raw: RawEvent) -> EventEvidence:
    sent = doc.sentences[raw.sentence]
    toks = [doc.tokens[i] for i in raw.trigger]
    start, end = min(t.start for t in toks), max(t.end for t in toks)
    return EventEvidence(
        sentence=sent.text,
        sentence_start=sent.start,
        sentence_end=sent.end,
        trigger=doc.text[start:end],
        trigger_start=start,
        trigger_end=end,
        pattern=raw.pattern,
        source_span=(raw.source.start, raw.source.end) if raw.source is not None else None,
        target_span=(raw.target.start, raw.target.end) if raw.target is not None else None,
    )


def build_event(doc: ParsedDoc, raw: RawEvent, codebook: Codebook) -> Event:
    entry = codebook.get(raw.code)
    if entry is None:
        raise ResourceError(f"pattern {raw.pattern!r} produced code {raw.code!r}, not in the codebook")
    evidence = evidence_for(doc, raw)
    return Event(
        event_id=event_id(doc.doc_id, raw.source, raw.target, raw.code, evidence.trigger_start),
        doc_id=doc.doc_id,
        source=raw.source,
        target=raw.target,
        code=entry.code,
        root=entry.root,
        name=entry.name,
        goldstein=entry.goldstein,
        quad_class=entry.quad_class,
        plover_type=entry.plover_type,
        plover_mode=entry.plover_mode,
        plover_context=entry.plover_context,
        evidence=(evidence,),
        negated=raw.negated,
        modality=raw.modality,
        confidence=raw.confidence,
    )
