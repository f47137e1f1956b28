"""Dictionary matching: longest known name or agent phrase at each token.

Lookups go through dicts keyed by token tuples (``KnowledgeBase.names`` and
``.agents``), trying only the phrase lengths known for the first token, so the
cost is a few dict probes per token whatever the size of the knowledge base.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyads.kb import Agent, KnowledgeBase
from dyads.kb.names import token_key
from dyads.records.parse import ParsedDoc, Token

# lowercase words allowed inside a capitalised name ("Bank of China", "Ministry of the Interior")
_NAME_GLUE = frozenset({"of", "the", "and", "for", "de", "la", "al", "el", "du", "des", "-", "'s", "&", "bin", "van", "von", "da", "do", "dos", "e", "y", "le", "'"})


_NOUNS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True, slots=True)
class NameMatch:
    """Tokens ``[first, last)`` spell a known name; ``kb_ids`` are its candidate entries."""

    first: int
    last: int
    kb_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AgentMatch:
    """Tokens ``[first, last)`` are an agent phrase (by lemma)."""

    first: int
    last: int
    agent: Agent


def fold_tokens(doc: ParsedDoc) -> tuple[str, ...]:
    """The folded text of every token, as the name index keys them."""
    return tuple(token_key(t.text) for t in doc.tokens)


def match_names(doc: ParsedDoc, kb: KnowledgeBase, folded: tuple[str, ...]) -> list[NameMatch]:
    """Every longest, non-overlapping match of a known name, left to right."""
    tokens = doc.tokens
    keys, lengths, cased = kb.names.keys, kb.names.lengths, kb.names.cased
    found: list[NameMatch] = []
    i, n = 0, len(tokens)
    while i < n:
        matched = 0
        if _may_start_name(tokens[i]):
            for length in lengths.get(folded[i], ()):
                if i + length > n:
                    continue
                key = folded[i : i + length]
                ids = keys.get(key)
                if ids is None or not _same_sentence(tokens, i, i + length):
                    continue
                if not _capitalised(tokens, i, i + length, acronym=key in cased):
                    continue
                if length == 1 and key not in cased and _roman_numeral(tokens, i):
                    continue  # "the [XI] Foro de São Paulo": a numeral in capitals, not Xi
                found.append(NameMatch(i, i + length, ids))
                matched = length
                break
        i += matched or 1
    return found


def match_agents(doc: ParsedDoc, kb: KnowledgeBase, taken: list[bool]) -> list[AgentMatch]:
    """Longest agent phrases (by lemma, then by folded text) over tokens no name took."""
    tokens = doc.tokens
    keys, lengths = kb.agents.keys, kb.agents.lengths
    lemmas = [t.lemma if t.lemma else t.text.lower() for t in tokens]
    lowers = [t.text.lower() for t in tokens]
    found: list[AgentMatch] = []
    i, n = 0, len(tokens)
    while i < n:
        matched = 0
        if not taken[i]:
            # longest first, by lemma or by word: "deputies" is a row though "deputy" heads only longer ones
            for length in sorted({*lengths.get(lemmas[i], ()), *lengths.get(lowers[i], ())}, reverse=True):
                if i + length > n or any(taken[i : i + length]):
                    continue
                agent = keys.get(tuple(lowers[i : i + length])) or keys.get(tuple(lemmas[i : i + length]))
                if agent is None or not _same_sentence(tokens, i, i + length):
                    continue
                last = tokens[i + length - 1]
                if last.pos not in _NOUNS and last.dep != "compound":  # "official scenario", "military exercise"
                    continue  # (a word the tagger took for an adjective but the parser for a noun is a noun)
                found.append(AgentMatch(i, i + length, agent))
                matched = length
                break
        i += matched or 1
    return found


_PARTICLES = frozenset({"al", "el", "ad", "as", "an", "ash", "at", "ar", "bin", "de"})


def _may_start_name(token: Token) -> bool:
    text = token.text
    return bool(text) and (text[0].isupper() or text[0].isdigit() or text.lower() in _PARTICLES)


_ROMAN = re.compile(r"^(?=[IVXL]{2,}$)L?X{0,3}(IX|IV|V?I{0,3})$")  # II to LXXXIX


def _roman_numeral(tokens: tuple[Token, ...], i: int) -> bool:
    """Token ``i`` is a Roman numeral written in capitals ("XI", "III") in a sentence not written in capitals."""
    if not _ROMAN.match(tokens[i].text):
        return False
    words = [t.text for t in tokens if t.sent == tokens[i].sent and t.text[:1].isalpha()]
    return any(w[1:].islower() for w in words if len(w) > 1)


def _capitalised(tokens: tuple[Token, ...], first: int, last: int, *, acronym: bool) -> bool:
    if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in tokens[first:last]):
        return False
    for tok in tokens[first:last]:
        text = tok.text
        if tok.i > first and tokens[tok.i - 1].text == "-":  # "Ban Ki-moon", "Moon Jae-in"
            continue
        if acronym:  # "AFL-CIO", "PML-N": the hyphen between the letters has no case
            if any(ch.isalpha() for ch in text) and not text.replace(".", "").replace("-", "").isupper():
                return False
            continue
        if text[:1].isalpha() and text[0].islower() and token_key(text) not in _NAME_GLUE:
            return False
    return True


def _same_sentence(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    return tokens[first].sent == tokens[last - 1].sent
