"""Load the verb/noun patterns, frames and transforms from YAML files.

File layout (every section optional; see docs/patterns.md)::

    codes:
      "042":
        verbs: [visit *, pay visit to *]
        nouns: [visit to *]
        complements: [reform]   # nouns coded only under a frame or a light verb
    frames:
      - name: appeal
        code: "020"
        transform: appeal
        target: frame          # frame | embedded
        fallback: code         # code | modality | negated
        modality: asserted     # the Modality given when fallback is modality
        verbs: [urge *, call on *]
    transforms:
      appeal: {"061": "0211", "06": "021"}
    carriers: [proposal, offer]
    speech: [say, announce]
    light: [hold, conduct]      # verbs whose subject performs their nominal object ("held talks")
    reciprocal: ["046", "057"]
    modals: {will: future, would: hypothetical, must: obligation}
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from dyads.cameo.codebook import Codebook, load_codebook
from dyads.errors import DictionaryError
from dyads.events.patterns.catalogue import Complement, Fallback, Frame, FrameTarget, ModalKind, PatternSet, Transform
from dyads.events.patterns.files import Builder, read_file
from dyads.events.patterns.syntax import Pattern, PatternKind
from dyads.events.targets.places import load_region_countries

# the word lists the coder looks words up in (each must be given by some pattern file)
WORD_LISTS = ("conduits", "munitions", "responses", "undergo", "provoke", "held_states", "theatre_nouns", "measure_nouns", "activity_nouns",
              "charge_nouns", "engagements", "harm_nouns", "state_things",
              "stance_participles", "documents", "encounters", "argument_nouns",
              "intransitive_protests", "protest_gatherings", "steps_towards", "enabling", "force_nouns",
              "receive", "verdict_verbs", "verdicts", "place_parts", "figurative", "figurative_objects", "commands", "others_deals", "crowds",
              "armed_strikes", "avert", "objections", "answer",
              "offices", "removals", "told_reasons", "court_acts", "migrants", "denials", "held_only")

__all__ = ["Complement", "Fallback", "Frame", "FrameTarget", "ModalKind", "PatternSet", "Transform", "load_patterns"]


def _index(patterns: Iterable[Pattern]) -> dict[str, tuple[Pattern, ...]]:
    index: dict[str, list[Pattern]] = {}
    for p in patterns:
        for words in p.heads:
            for word in set(words):
                if p not in index.setdefault(word, []):
                    index[word].append(p)
    return {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in index.items()}


def _packaged() -> list[tuple[str, str]]:
    folder = resources.files("dyads") / "data" / "patterns"
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)
    return [(f"patterns/{f.name}", f.read_text(encoding="utf-8")) for f in files]


def load_patterns(*, extra_files: Iterable[Path] = (), codebook: Codebook | None = None) -> PatternSet:
    """Load the packaged pattern files, then ``extra_files`` (users' own patterns).

    Every code a pattern, frame, transform or table produces is checked against ``codebook`` (the
    packaged CAMEO codebook when none is given), so that a bad code stops the load, never a run.
    Errors raise DictionaryError naming ``file:line``.
    """
    b = Builder(codebook=codebook if codebook is not None else load_codebook())
    sources = _packaged()
    for path in extra_files:
        try:
            sources.append((str(path), Path(path).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            raise DictionaryError(f"{path}: cannot read pattern file ({exc})") from exc
    for name, text in sources:
        read_file(b, name, text)
    missing = sorted(set(WORD_LISTS) - set(b.words))
    if missing:
        raise DictionaryError(f"patterns: word lists missing: {', '.join(missing)} (section 'words')")
    for frame in b.frames:
        if frame.transform not in b.transforms:
            raise DictionaryError(f"{frame.origin}: frame {frame.name!r} names unknown transform {frame.transform!r}")
    frames: dict[str, list[tuple[Frame, Pattern]]] = {}
    for frame in b.frames:
        for p in frame.patterns:
            for words in p.heads:
                for word in set(words):
                    frames.setdefault(word, []).append((frame, p))
    nouns = [p for p in b.patterns if p.kind is not PatternKind.VERB]
    verbs = [p for p in b.patterns if p.kind is PatternKind.VERB]
    return PatternSet(
        patterns=tuple(b.patterns),
        frames=tuple(b.frames),
        transforms=tuple(Transform(k, tuple(sorted(v.items()))) for k, v in b.transforms.items()),
        carriers=frozenset(b.carriers),
        speech=frozenset(b.speech),
        light=frozenset(b.light),
        reciprocal=frozenset(b.reciprocal),
        modals=tuple(sorted(b.modals.items())),
        files=tuple(n for n, _ in sources),
        place_preps=frozenset(b.place_preps),
        domestic=tuple(sorted(b.domestic.items())),
        unsaid_doers=tuple(sorted(b.unsaid_doers.items())),
        unplaced=frozenset(b.unplaced),
        venues=frozenset(b.venues),
        home_acts=frozenset(b.home_acts),
        own_forces=frozenset(b.own_forces),
        lexicon=MappingProxyType({k: frozenset(v) for k, v in b.words.items()}),
        regions=load_region_countries(),
        _verbs=_index(verbs),
        _nouns=_index(nouns),
        _frames={k: tuple(sorted(v, key=lambda fp: -fp[1].specificity)) for k, v in frames.items()},
    )
