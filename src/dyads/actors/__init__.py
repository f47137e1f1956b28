"""Actor resolution: who each mention is, as a CAMEO code, as of the article's date.

``resolve_actors(doc, kb=load_knowledge_base(), published=date)`` returns the
``ActorMention`` records; ``mentions_table`` gives rows for ``dyads actors``.
"""

from dyads.actors.resolve import resolve_actors
from dyads.actors.table import MENTION_COLUMNS, mention_row, mentions_table

__all__ = ["MENTION_COLUMNS", "mention_row", "mentions_table", "resolve_actors"]
