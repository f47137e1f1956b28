"""Places as targets: "a visit to China", "arrived in Moscow".

The actor resolver treats a country named as a destination or location as a place, not
an actor; CAMEO codes the visited country as the target.  This lookup turns such a
place into an ActorMention (``via="place"``) with the country's code, from the
knowledge base's country names, adjectives and capitals.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dyads.kb import EntryKind, KnowledgeBase
from dyads.records.actor import ActorMention
from dyads.records.parse import ParsedDoc

_PLACE_KINDS = frozenset({EntryKind.COUNTRY, EntryKind.ADJECTIVE, EntryKind.SEAT})


@dataclass(frozen=True, slots=True)
class PlaceLookup:
    kb: KnowledgeBase
    day: dt.date | None

    def find(self, doc: ParsedDoc, tokens: list[int]) -> tuple[ActorMention, ...]:
        """The country named by an entity (or adjective) among ``tokens``, as a place actor."""
        wanted = set(tokens)
        spans = [(e.first, e.last) for e in doc.entities if e.first in wanted and e.label in ("GPE", "NORP", "LOC")]
        spans += [(i, i + 1) for i in sorted(wanted) if doc.tokens[i].pos in ("PROPN", "ADJ")]
        for first, last in spans:
            start, end = doc.tokens[first].start, doc.tokens[last - 1].end
            entry = self.kb.lookup(doc.text[start:end], self.day)
            if entry is None or entry.kind not in _PLACE_KINDS or not entry.country:
                continue
            return (ActorMention(doc_id=doc.doc_id, text=doc.text[start:end], start=start, end=end,
                                 code=entry.country, country=entry.country, role=None, name=entry.name,
                                 kb_id=entry.kb_id, first=first, last=last, head=last - 1, via="place"),)
        return ()
