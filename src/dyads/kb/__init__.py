"""The knowledge base: countries, seats of power, dated people, organisations, agent nouns.

Load it once with :func:`load_knowledge_base` and pass it to :func:`dyads.actors.resolve_actors`.
"""

from dyads.kb.entries import Agent, AgentKind, Entry, EntryKind, Membership, Resolved, Spell
from dyads.kb.knowledge import KnowledgeBase
from dyads.kb.loader import load_knowledge_base

__all__ = [
    "Agent",
    "AgentKind",
    "Entry",
    "EntryKind",
    "KnowledgeBase",
    "Membership",
    "Resolved",
    "Spell",
    "load_knowledge_base",
]
