"""Name normalisation shared by the knowledge base index and the matcher.

A name becomes a tuple of lowercased, accent-free tokens split the way spaCy
splits English text (``"Russia's"`` → ``("russia", "'s")``; ``"Itar-Tass"`` →
``("itar", "-", "tass")``); full stops vanish so ``"U.S."`` and ``"US"`` meet.
"""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r"'s\b|\w+(?:&\w+)+|\w+|[^\w\s]")  # "AT&T" is one token, as spaCy splits it
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2013": "-", "\u2014": "-"})
# countries whose people put the family name first ("Lee Hsien Loong" is Mr Lee, "Hu Jintao" Mr Hu)
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK", "VNM", "HKG", "MNG", "SGP"})
# leading words a name may carry in text but not in the index
_LEADING = frozenset({"the"})


def fold(text: str) -> str:
    """Lowercase, strip accents and full stops, straighten quotes and dashes."""
    if text.isascii():  # the common case, and the fast one
        return text.translate(_QUOTES).lower().replace(".", "")
    text = text.translate(_QUOTES)
    for _ in range(2):  # twice: lowercasing can expose new decompositions ("İ") and vice versa
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return text.translate(_QUOTES).replace(".", "")


def name_key(name: str) -> tuple[str, ...]:
    """The index key of a name: its folded tokens, without a leading ``the``."""
    tokens = _TOKEN.findall(fold(name))
    while tokens and tokens[0] in _LEADING:
        tokens = tokens[1:]
    return tuple(tokens)


def token_key(text: str) -> str:
    """The folded form of one spaCy token, comparable with :func:`name_key` parts."""
    return fold(text)


def is_acronym(name: str) -> bool:
    """``True`` for all-capital short names (``US``, ``SCO``, ``GAZ``) that must match in capitals."""
    if len(name) > 12 or " " in name.strip():
        return False
    letters = [ch for ch in name if ch.isalpha()]
    return 1 < len(letters) <= 6 and all(ch.isupper() for ch in letters) and " " not in name.strip()
