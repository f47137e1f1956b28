"""Bylines: a short line of person names under a headline.

``John Chan``, ``By Mary O'Neil and Ahmed al-Sayed``, ``by J. R. Smith, Reuters``.
"""

from __future__ import annotations

import re

_MAX_CHARS = 80
_BY = re.compile(r"^(?:by|written by|words by|reporting by)\s+", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
_TAIL_AFTER_BY = re.compile(r"\s*(?:[,|/]|\s[-–—]\s|\s+(?:in|for)\s+[A-Z]).*$")
_WORD = re.compile(
    r"(?:[A-Z]\.){1,3}"  # initials: J. or J.R.
    r"|[A-Z]"  # a bare initial
    r"|(?:Mc|Mac|O['’]|D['’])?[A-Z][a-zà-ÿ]+(?:[-'’][A-Z]?[a-zà-ÿ]+)*"  # Chan, McDonald, O'Neil, Jean-Luc
    r"|(?:al|el|ad|as|ash|at|az)-[A-Z][a-zà-ÿ]+"  # al-Sayed
)
_PARTICLES = frozenset({"van", "von", "de", "da", "del", "della", "di", "du", "der", "den", "le", "la", "bin", "ibn", "dos", "das", "ter", "Jr.", "Sr.", "Jr", "Sr", "II", "III"})
_CAPITALS_WORD = re.compile(r"[A-Z]{2,}(?:[-'’][A-Z]+)*")
# Capitalised words that start headlines and section labels, not names.
_NOT_NAMES = frozenset(
    """The A An This That These Those President Minister Prime Secretary Government News Breaking Update
    Analysis Opinion Editorial Comment Summary Background Introduction Photo Video Home World Politics
    Business Sport Sports Economy Markets Live Latest Top Stories Related Read More Share Print Email
    Contact Subscribe Advertisement Associated Press Agence France Reuters Staff Report Reporter
    Correspondent Desk Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    July September October November December Today Yesterday In On At For Of And
    United States Nations Republic Kingdom Union China Russia Japan East West North South Middle Central
    Region Province City Islands Africa America Asia Europe""".split()
)


def parse_byline(line: str) -> str | None:
    """The names of a byline line, or None if the line does not look like one."""
    text = line.strip().strip("*_").strip()
    if not text or len(text) > _MAX_CHARS:
        return None
    had_by = False
    by = _BY.match(text)
    if by:
        had_by = True
        text = _TAIL_AFTER_BY.sub("", text[by.end():]).strip()
    if not text or text[-1] in ".!?:;\"”" and not text.endswith(("Jr.", "Sr.")):
        return None
    names = [part for part in _NAME_SPLIT.split(text) if part]
    if not names or len(names) > 4:
        return None
    if all(_is_person_name(name, lenient=had_by) for name in names):
        return text
    return None


def _is_person_name(name: str, *, lenient: bool) -> bool:
    words = name.split()
    min_words = 1 if lenient else 2
    if not min_words <= len(words) <= 5:
        return False
    capitalised = 0
    for word in words:
        if word in _PARTICLES:
            continue
        if not (_WORD.fullmatch(word) or (lenient and _CAPITALS_WORD.fullmatch(word))):
            return False
        if word in _NOT_NAMES and not lenient:
            return False
        capitalised += 1
    # a name is more than initials: at least one word of two or more letters
    return capitalised >= 1 and any(len(w.rstrip(".")) > 1 and w not in _PARTICLES for w in words)
