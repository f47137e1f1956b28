"""Organisation acronyms inside other names: "SCO Unix", "the UN Plaza Hotel".

An all-capitals organisation name ("SCO", "UN", "WHO") followed by a capitalised
proper noun that no name or agent took is part of another name - a product, a
building, a company - unless that word is one an organisation's own officials,
bodies or meetings are called by ("WHO Director", "NATO Summit", "UN Envoy").
"""

from __future__ import annotations

from dyads.actors.mentions.nuclei import Nucleus
from dyads.kb import EntryKind
from dyads.records.parse import ParsedDoc

# words that follow an organisation's acronym in its own titles, bodies and meetings
ORG_ATTRIBUTES = frozenset({
    "director", "chief", "head", "chairman", "chairwoman", "chair", "president", "secretary", "commissioner",
    "representative", "envoy", "ambassador", "spokesman", "spokeswoman", "official", "officials", "member",
    "members", "state", "states", "summit", "meeting", "conference", "council", "assembly", "commission",
    "mission", "force", "forces", "troops", "peacekeepers", "observers", "inspectors", "monitors", "delegation",
    "delegate", "delegates", "secretariat", "headquarters", "charter", "resolution", "report", "agency", "office",
    "committee", "board", "panel", "court", "tribunal", "general", "deputy", "leader", "leaders", "nations",
    "countries", "partners", "allies", "foreign", "defence", "defense", "trade", "finance", "energy", "health",
})
_OTHER_NAME_LABELS = frozenset({"FAC", "PRODUCT", "WORK_OF_ART"})


def acronym_in_other_name(doc: ParsedDoc, n: Nucleus, taken: list[bool]) -> bool:
    """Whether organisation acronym ``n`` only modifies another name ("SCO Unix", "UN Plaza Hotel")."""
    if n.entry is None or n.entry.kind is not EntryKind.ORGANISATION or n.last >= len(doc.tokens):
        return False
    tokens = doc.tokens
    words = tokens[n.first : n.last]
    if not all(t.text.replace(".", "").replace("-", "").isupper() for t in words):
        return False
    head, nxt = tokens[n.head], tokens[n.last]
    if head.dep not in {"compound", "nmod"} or head.head < n.last or taken[nxt.i]:
        return False
    if nxt.pos != "PROPN" or not nxt.text[:1].isupper() or nxt.sent != head.sent:
        return False
    outer = [e for e in doc.entities if e.first <= nxt.i < e.last]
    if outer:
        return outer[0].label in _OTHER_NAME_LABELS
    return nxt.text.lower() not in ORG_ATTRIBUTES
