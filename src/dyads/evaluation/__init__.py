"""`make eval`: the coder scored as the field scores coders, over (source, target, code) triples.

See :mod:`dyads.evaluation.triples` for the scoring, :mod:`dyads.evaluation.gold` for the gold sets.
"""

from dyads.evaluation.gold import GoldSentence, GoldSet, SeedGold, read_manual, read_offsets_gold, read_seed_gold
from dyads.evaluation.runner import CodedSentence, code_gold, seed_events
from dyads.evaluation.triples import ActorLevel, CodeLevel, Scored, Triple, score_set

__all__ = ["ActorLevel", "CodeLevel", "CodedSentence", "GoldSentence", "GoldSet", "Scored", "SeedGold", "Triple",
           "code_gold", "read_manual", "read_offsets_gold", "read_seed_gold", "score_set", "seed_events"]
