"""What `dyads explain EVENT_ID` shows: sentence, parse around the trigger, actors, pattern."""

from __future__ import annotations

from dataclasses import dataclass

from dyads.records.actor import ActorMention
from dyads.records.event import Event
from dyads.records.parse import ParsedDoc


@dataclass(frozen=True, slots=True)
class ParseLine:
    i: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int
    head_text: str
    trigger: bool


@dataclass(frozen=True, slots=True)
class MentionExplanation:
    sentence: str
    trigger: str
    pattern: str
    parse: tuple[ParseLine, ...]


@dataclass(frozen=True, slots=True)
class Explanation:
    event_id: str
    code: str
    name: str
    source: ActorMention | None
    target: ActorMention | None
    negated: bool
    modality: str
    confidence: float
    mentions: tuple[MentionExplanation, ...]

    def render(self) -> str:
        def who(a: ActorMention | None) -> str:
            return "-" if a is None else f"{a.code or '?'} ({a.text}; via {a.via or 'resolver'})"

        lines = [f"{self.event_id}  {self.code} {self.name}", f"  source: {who(self.source)}",
                 f"  target: {who(self.target)}",
                 f"  negated={self.negated} modality={self.modality} confidence={self.confidence}"]
        for m in self.mentions:
            lines += [f"  sentence: {m.sentence}", f"  trigger: {m.trigger}", f"  pattern: {m.pattern}"]
            lines += [f"    {'*' if p.trigger else ' '} {p.i:>4} {p.text:<15} {p.lemma:<15} {p.pos:<6} {p.dep:<10} <- {p.head_text}"
                      for p in m.parse]
        return "\n".join(lines)


def explain(event: Event, doc: ParsedDoc, *, window: int = 6) -> Explanation:
    """The explanation of ``event`` in ``doc`` (the parse of the article it came from)."""
    mentions = []
    for ev in event.evidence:
        trig = [t for t in doc.tokens if t.start >= ev.trigger_start and t.end <= ev.trigger_end]
        if not trig:
            continue
        sent = doc.sentences[trig[0].sent]
        lo = max(sent.first, trig[0].i - window)
        hi = min(sent.last, trig[-1].i + window + 1)
        trig_ids = {t.i for t in trig}
        parse = tuple(
            ParseLine(t.i, t.text, t.lemma, t.pos, t.dep, t.head, doc.tokens[t.head].text, t.i in trig_ids)
            for t in doc.tokens[lo:hi]
        )
        mentions.append(MentionExplanation(ev.sentence, ev.trigger, ev.pattern, parse))
    return Explanation(event.event_id, event.code, event.name, event.source, event.target, event.negated,
                       event.modality.value, event.confidence, tuple(mentions))
