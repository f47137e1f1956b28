"""Word tables for the quantity parser: currencies, scales, units and counted nouns.

The words live in ``data/lexicon/quantities.yaml`` (units and currency codes are general
facts; the word lists are written for dyads).  :func:`load_quantity_words` reads and checks
that file into an immutable :class:`QuantityWords`; a malformed entry raises
:class:`~dyads.errors.ResourceError` naming the file and line.

Why a cached loader rather than a resource passed in: the quantity parser is a set of pure
functions of the text (``find_quantities``, ``is_threshold``...) called from the attributes
stage and from tests without any resources, and its regular expressions are built from these
words.  So the parser reaches the table through :func:`quantity_words`, a ``functools.cache``
of the loader: the file is read on first use (never at import), once per process, and the
result cannot be changed.  Pass ``path=`` to :func:`load_quantity_words` to read another file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

import yaml

from dyads.lexicon import LexiconFile, read_lexicon

FILE = "quantities.yaml"
MEASURE_KINDS = frozenset({"mass", "volume", "length", "area", "power", "rate"})
NOUN_KINDS = frozenset({"force", "equipment", "count"})
_CODE = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True, slots=True)
class Unit:
    """What a word measures: canonical ``name``, ``kind`` and a factor to that name."""

    name: str
    kind: str
    factor: float = 1.0


@dataclass(frozen=True, slots=True)
class QuantityWords:
    """The quantity parser's words (lower case unless said otherwise), in file order."""

    scales: Mapping[str, float]  # "billion" -> 1e9
    currency_prefixes: Mapping[str, str]  # lower-cased prefix ("us$") -> ISO 4217 code
    prefix_forms: tuple[str, ...]  # the prefixes as written ("US$", "Rs."), matched case-sensitively
    currency_words: Mapping[str, str]  # "yuan" -> "CNY"
    local_dollars: Mapping[str, str]  # CAMEO country -> its dollar ("CAN" -> "CAD")
    measures: Mapping[str, Unit]
    durations: Mapping[str, str]
    nouns: Mapping[str, Unit]  # counted nouns (force, equipment, count)
    casualty_words: Mapping[str, str]  # "slain" -> "killed"
    casualty_verbs: Mapping[str, str]  # lemma -> outcome ("injure" -> "wounded")
    threshold_lemmas: frozenset[str]
    vague_numbers: Mapping[str, float]
    word_numbers: Mapping[str, int]
    rates_after: Mapping[str, str]  # "per annum" -> "year"
    rates_before: Mapping[str, str]  # "annual" -> "year"


def load_quantity_words(*, path: Path | None = None) -> QuantityWords:
    """Read and check the packaged ``quantities.yaml``, or the file at ``path``."""
    lex = read_lexicon(FILE, path=path)
    forms: list[str] = []
    lowered: dict[str, str] = {}
    for form, key_node, value in lex.pairs(lex.section("currency_prefixes"), "currency_prefixes"):
        if form.lower() in lowered:
            raise lex.error(key_node, f"currency prefix {form!r} is given twice (letter case aside)")
        forms.append(form)
        lowered[form.lower()] = _code(lex, value, f"the code of {form!r}")
    return QuantityWords(
        scales=_table(lex, "scales", _positive),
        currency_prefixes=MappingProxyType(lowered),
        prefix_forms=tuple(forms),
        currency_words=_table(lex, "currency_words", _code),
        local_dollars=_table(lex, "local_dollars", _code, country_keys=True),
        measures=_units(lex, "measures", MEASURE_KINDS, factors=True),
        durations=_table(lex, "durations", _name),
        nouns=_units(lex, "nouns", NOUN_KINDS, factors=False),
        casualty_words=_table(lex, "casualty_words", _name),
        casualty_verbs=_table(lex, "casualty_verbs", _name),
        threshold_lemmas=frozenset(_word(lex, node, w, "threshold_lemmas")
                                   for w, node in lex.words(lex.section("threshold_lemmas"), "threshold_lemmas")),
        vague_numbers=_table(lex, "vague_numbers", _positive),
        word_numbers=_table(lex, "word_numbers", _whole),
        rates_after=_table(lex, "rates_after", _name),
        rates_before=_table(lex, "rates_before", _name),
    )


@cache
def quantity_words() -> QuantityWords:
    """The packaged quantity words, read on first use and then shared (see the module doc)."""
    return load_quantity_words()


V = TypeVar("V")


def _table(
    lex: LexiconFile, section: str, read: Callable[[LexiconFile, yaml.Node, str], V], *, country_keys: bool = False
) -> Mapping[str, V]:
    """``{word: value}``: lower-case words (or, with ``country_keys``, CAMEO country codes)."""
    out: dict[str, V] = {}
    for key, key_node, node in lex.pairs(lex.section(section), section):
        if country_keys:
            _code(lex, key_node, f"a country of {section}")
        else:
            _word(lex, key_node, key, section)
        out[key] = read(lex, node, f"the value of {key!r} in {section}")
    return MappingProxyType(out)


def _word(lex: LexiconFile, node: yaml.Node, word: str, section: str) -> str:
    if word != word.lower() or word != " ".join(word.split()):
        raise lex.error(node, f"{section}: {word!r} must be lower case, with single spaces")
    return word


def _code(lex: LexiconFile, node: yaml.Node, what: str) -> str:
    code = lex.scalar(node, what)
    if not _CODE.fullmatch(code):
        raise lex.error(node, f"{what} must be a three-letter code in capitals, got {code!r}")
    return code


def _name(lex: LexiconFile, node: yaml.Node, what: str) -> str:
    return lex.scalar(node, what)


def _positive(lex: LexiconFile, node: yaml.Node, what: str) -> float:
    number = lex.number(node, what)
    if not number > 0:
        raise lex.error(node, f"{what} must be above zero, got {number}")
    return number


def _whole(lex: LexiconFile, node: yaml.Node, what: str) -> int:
    number = lex.integer(node, what)
    if number <= 0:
        raise lex.error(node, f"{what} must be above zero, got {number}")
    return number


def _units(lex: LexiconFile, section: str, kinds: frozenset[str], *, factors: bool) -> Mapping[str, Unit]:
    """``{kind: {word: unit}}`` as one table (with ``factors``, a unit may be ``[unit, factor]``)."""
    out: dict[str, Unit] = {}
    for kind, kind_node, body in lex.pairs(lex.section(section), section):
        if kind not in kinds:
            raise lex.error(kind_node, f"{section}: unknown kind {kind!r} (expected {', '.join(sorted(kinds))})")
        for word, word_node, node in lex.pairs(body, f"{section}.{kind}"):
            _word(lex, word_node, word, f"{section}.{kind}")
            if word in out:
                raise lex.error(word_node, f"{word!r} is already a word of {section}.{out[word].kind}")
            out[word] = _unit(lex, node, kind, f"the unit of {word!r}", factors=factors)
    return MappingProxyType(out)


def _unit(lex: LexiconFile, node: yaml.Node, kind: str, what: str, *, factors: bool) -> Unit:
    if isinstance(node, yaml.ScalarNode) or not factors:
        return Unit(lex.scalar(node, what), kind)
    parts = lex.items(node, what)
    if len(parts) != 2:
        raise lex.error(node, f"{what} must be a unit or [unit, factor]")
    return Unit(lex.scalar(parts[0], what), kind, _positive(lex, parts[1], f"the factor of {what}"))
