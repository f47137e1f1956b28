"""The loaded patterns: frames, transforms and the indexes the coder looks words up in."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from dyads.events.patterns.syntax import Pattern
from dyads.records.event import Modality


class FrameTarget(StrEnum):
    FRAME = "frame"  # the frame verb's own object ("urged China to ...")
    EMBEDDED = "embedded"  # the embedded act's target ("agreed to supply oil to China")


class Fallback(StrEnum):
    CODE = "code"  # no transform: code the frame's own code
    MODALITY = "modality"  # no transform: the embedded act with the frame's modality
    NEGATED = "negated"  # no transform: the embedded act, negated


class Complement(StrEnum):
    """Which complements a frame verb governs."""

    ANY = "any"  # an infinitive, a that-clause or a noun: "expects [to visit]", "agreed on a [ceasefire]"
    INFINITIVE = "infinitive"  # only its own to-infinitive: "hopes [to meet]" frames, "hopes the EU [will lift]" not


class ModalKind(StrEnum):
    FUTURE = "future"
    HYPOTHETICAL = "hypothetical"
    OBLIGATION = "obligation"  # "must", "has to": what a speaker says another must do is a demand on them
    ADVICE = "advice"  # "should", "ought to": what a speaker says another should do is an appeal to them


@dataclass(frozen=True, slots=True)
class Frame:
    """A complement-taking verb ("agree to", "urge * to", "refuse to", "threaten to")."""

    name: str
    code: str
    transform: str
    target: FrameTarget
    fallback: Fallback
    modality: Modality
    patterns: tuple[Pattern, ...]
    origin: str
    alone: bool = True  # the frame verb is coded (with ``code``) when it governs no coded act
    complement: Complement = Complement.ANY


@dataclass(frozen=True, slots=True)
class Transform:
    """Maps the embedded act's code to the framed code, by code, base code or root."""

    name: str
    table: tuple[tuple[str, str], ...]

    def apply(self, code: str) -> str | None:
        table = dict(self.table)
        for key in (code, code[:3], code[:2]):
            if key in table:
                return table[key]
        return None


@dataclass(frozen=True, slots=True)
class PatternSet:
    patterns: tuple[Pattern, ...]
    frames: tuple[Frame, ...]
    transforms: tuple[Transform, ...]
    carriers: frozenset[str]
    speech: frozenset[str]
    light: frozenset[str]
    reciprocal: frozenset[str]
    modals: tuple[tuple[str, ModalKind], ...]
    files: tuple[str, ...]
    # implied targets: prepositions that place an act, and codes whose unstated target is the source's own people
    place_preps: frozenset[str] = frozenset()
    domestic: tuple[tuple[str, str], ...] = ()
    unsaid_doers: tuple[tuple[str, str], ...] = ()  # code -> role of whoever does an agentless act ("was arrested")
    unplaced: frozenset[str] = frozenset()  # domestic codes whose people are implied even with no place said
    venues: frozenset[str] = frozenset()  # codes whose place is where they happen, never whom they are aimed at
    home_acts: frozenset[str] = frozenset()  # codes a state does to its own people: arrests, releases, convictions
    own_forces: frozenset[str] = frozenset()  # codes whose object troops are the source's own, not its target
    # named word lists the coder consults (conduits, munitions, ...): ``data/patterns/00_lexicon.yaml``
    lexicon: Mapping[str, frozenset[str]] = field(default_factory=dict, repr=False)
    # place names the knowledge base lacks -> country ("East Siberia" -> RUS), for place targets
    regions: Mapping[str, str] = field(default_factory=dict, repr=False)
    _verbs: Mapping[str, tuple[Pattern, ...]] = field(default_factory=dict, repr=False)
    _nouns: Mapping[str, tuple[Pattern, ...]] = field(default_factory=dict, repr=False)
    _frames: Mapping[str, tuple[tuple[Frame, Pattern], ...]] = field(default_factory=dict, repr=False)

    def verbs_for(self, lemma: str) -> tuple[Pattern, ...]:
        return self._verbs.get(lemma, ())

    def nouns_for(self, lemma: str) -> tuple[Pattern, ...]:
        return self._nouns.get(lemma, ())

    def frames_for(self, lemma: str) -> tuple[tuple[Frame, Pattern], ...]:
        return self._frames.get(lemma, ())

    def transform(self, name: str) -> Transform | None:
        return next((t for t in self.transforms if t.name == name), None)

    def modal(self, word: str) -> ModalKind | None:
        return dict(self.modals).get(word)

    def words(self, name: str) -> frozenset[str]:
        """A named word list (checked at load: every list the coder uses exists)."""
        return self.lexicon[name]

    def unsaid_doer(self, code: str) -> str | None:
        """The role of whoever did an act of ``code`` told with no doer ("was arrested in Lebanon": the
        authorities, COP), by the most specific code listed; ``None`` when none is implied."""
        table = dict(self.unsaid_doers)
        return next((table[k] for k in (code, code[:3], code[:2]) if k in table), None)

    def domestic_role(self, code: str, act_code: str = "") -> str | None:
        """The role of the source's own country that an act of ``code`` falls on when no target is said;
        a threat or intent of a domestic act (``act_code``: "threatened to impose a curfew") falls there too."""
        table = dict(self.domestic)
        for c in dict.fromkeys((code, act_code or code)):
            found = next((table[k] for k in (c, c[:3], c[:2]) if k in table), None)
            if found is not None:
                return found
        return None

    def moves_own_forces(self, code: str) -> bool:
        """Whether the troops an act of ``code`` names are the source's own ("mobilized reservists")."""
        return any(k in self.own_forces for k in (code, code[:3], code[:2]))

    def domestic_without_place(self, code: str, act_code: str = "") -> bool:
        """Whether an act of ``code`` (or the act a frame recoded, ``act_code``) falls on the source's own
        people even when no place is said (an arrest, a curfew), unlike an attack, which may be abroad."""
        return any(k in self.unplaced for c in (code, act_code or code) for k in (c, c[:3], c[:2]))

    def at_a_venue(self, code: str, act_code: str = "") -> bool:
        """Whether the place of an act of ``code`` is only its venue ("held talks in Geneva" is aimed at
        no Swiss), so that no target is implied from it; under a frame, the framed act decides too ("threatened
        to resume attacks [in Israel]" is aimed at Israel)."""
        return all(any(k in self.venues for k in (c, c[:3], c[:2])) for c in (code, act_code or code))

    def home_act(self, code: str) -> bool:
        """Whether an act of ``code`` done by a state to a group of unsaid country is done to its own people
        ("Cuba released four dissidents": CUBOPP)."""
        return any(k in self.home_acts for k in (code, code[:3], code[:2]))

    def codes(self) -> frozenset[str]:
        return frozenset(p.code for p in self.patterns)
