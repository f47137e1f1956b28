"""Load the verb/noun patterns, frames and transforms from YAML files.

File layout (every section optional; see docs/patterns.md)::

    codes:
      "042":
        verbs: [visit *, pay visit to *]
        nouns: [visit to *]
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

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from pathlib import Path

import yaml

from dyads.cameo.codebook import Codebook
from dyads.errors import DictionaryError
from dyads.events.pattern_syntax import Pattern, PatternKind, PatternSyntaxError, parse_pattern
from dyads.records.event import Modality


class FrameTarget(StrEnum):
    FRAME = "frame"  # the frame verb's own object ("urged China to ...")
    EMBEDDED = "embedded"  # the embedded act's target ("agreed to supply oil to China")


class Fallback(StrEnum):
    CODE = "code"  # no transform: code the frame's own code
    MODALITY = "modality"  # no transform: the embedded act with the frame's modality
    NEGATED = "negated"  # no transform: the embedded act, negated


class ModalKind(StrEnum):
    FUTURE = "future"
    HYPOTHETICAL = "hypothetical"
    OBLIGATION = "obligation"


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

    def codes(self) -> frozenset[str]:
        return frozenset(p.code for p in self.patterns)


@dataclass
class _Builder:
    """Accumulates sections while files are read (local to one load_patterns call)."""

    codebook: Codebook | None
    patterns: list[Pattern] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    transforms: dict[str, dict[str, str]] = field(default_factory=dict)
    carriers: set[str] = field(default_factory=set)
    speech: set[str] = field(default_factory=set)
    light: set[str] = field(default_factory=set)
    reciprocal: set[str] = field(default_factory=set)
    modals: dict[str, ModalKind] = field(default_factory=dict)


def _where(name: str, node: yaml.Node) -> str:
    return f"{name}:{node.start_mark.line + 1}"


def _scalar(name: str, node: yaml.Node, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode):
        raise DictionaryError(f"{_where(name, node)}: {what} must be a plain value")
    return str(node.value)


def _seq(name: str, node: yaml.Node, what: str) -> list[yaml.Node]:
    if not isinstance(node, yaml.SequenceNode):
        raise DictionaryError(f"{_where(name, node)}: {what} must be a list")
    return list(node.value)


def _map(name: str, node: yaml.Node, what: str) -> list[tuple[yaml.Node, yaml.Node]]:
    if not isinstance(node, yaml.MappingNode):
        raise DictionaryError(f"{_where(name, node)}: {what} must be a mapping")
    return list(node.value)


def _check_code(b: _Builder, name: str, node: yaml.Node, code: str) -> None:
    if b.codebook is not None and code not in b.codebook:
        raise DictionaryError(f"{_where(name, node)}: unknown CAMEO code {code!r}")


def _compile(b: _Builder, name: str, node: yaml.Node, code: str, kind: PatternKind) -> Pattern:
    text = _scalar(name, node, "a pattern")
    try:
        return parse_pattern(text, code=code, kind=kind, origin=_where(name, node))
    except PatternSyntaxError as exc:
        raise DictionaryError(f"{_where(name, node)}: pattern {text!r}: {exc}") from exc


def _read_codes(b: _Builder, name: str, node: yaml.Node) -> None:
    for key, value in _map(name, node, "codes"):
        code = _scalar(name, key, "a code")
        _check_code(b, name, key, code)
        for section, body in _map(name, value, f"code {code}"):
            kind_name = _scalar(name, section, "a section")
            if kind_name not in ("verbs", "nouns"):
                raise DictionaryError(f"{_where(name, section)}: expected 'verbs' or 'nouns', got {kind_name!r}")
            kind = PatternKind.VERB if kind_name == "verbs" else PatternKind.NOUN
            for item in _seq(name, body, kind_name):
                b.patterns.append(_compile(b, name, item, code, kind))


def _enum(cls: type[StrEnum], name: str, node: yaml.Node, what: str) -> StrEnum:
    value = _scalar(name, node, what)
    try:
        return cls(value)
    except ValueError:
        raise DictionaryError(
            f"{_where(name, node)}: {what} must be one of {', '.join(m.value for m in cls)}, got {value!r}"
        ) from None


def _read_frames(b: _Builder, name: str, node: yaml.Node) -> None:
    for item in _seq(name, node, "frames"):
        fields = {_scalar(name, k, "a key"): v for k, v in _map(name, item, "a frame")}
        missing = {"name", "code", "transform", "verbs"} - set(fields)
        if missing:
            raise DictionaryError(f"{_where(name, item)}: frame lacks {', '.join(sorted(missing))}")
        code = _scalar(name, fields["code"], "code")
        _check_code(b, name, fields["code"], code)
        patterns = tuple(
            _compile(b, name, v, code, PatternKind.VERB) for v in _seq(name, fields["verbs"], "verbs")
        )
        b.frames.append(
            Frame(
                name=_scalar(name, fields["name"], "name"),
                code=code,
                transform=_scalar(name, fields["transform"], "transform"),
                target=_enum(FrameTarget, name, fields["target"], "target") if "target" in fields else FrameTarget.FRAME,
                fallback=_enum(Fallback, name, fields["fallback"], "fallback") if "fallback" in fields else Fallback.CODE,
                modality=_enum(Modality, name, fields["modality"], "modality") if "modality" in fields else Modality.ASSERTED,
                patterns=patterns,
                origin=_where(name, item),
                alone=_scalar(name, fields["alone"], "alone") in ("true", "yes") if "alone" in fields else True,
            )
        )


def _read_file(b: _Builder, name: str, text: str) -> None:
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise DictionaryError(f"{name}{line}: not valid YAML ({getattr(exc, 'problem', exc)})") from exc
    if root is None:
        return
    for key, value in _map(name, root, "a pattern file"):
        section = _scalar(name, key, "a section name")
        if section == "codes":
            _read_codes(b, name, value)
        elif section == "frames":
            _read_frames(b, name, value)
        elif section == "transforms":
            for tname, table in _map(name, value, "transforms"):
                entries = b.transforms.setdefault(_scalar(name, tname, "a transform name"), {})
                for src, dst in _map(name, table, "a transform"):
                    for code_node in (src, dst):
                        _check_code(b, name, code_node, _scalar(name, code_node, "a code"))
                    entries[_scalar(name, src, "a code")] = _scalar(name, dst, "a code")
        elif section in ("carriers", "speech", "light"):
            target = {"carriers": b.carriers, "speech": b.speech, "light": b.light}[section]
            target.update(_scalar(name, v, "a word") for v in _seq(name, value, section))
        elif section == "reciprocal":
            for v in _seq(name, value, section):
                code = _scalar(name, v, "a code")
                _check_code(b, name, v, code)
                b.reciprocal.add(code)
        elif section == "modals":
            for word, kind in _map(name, value, "modals"):
                b.modals[_scalar(name, word, "a word")] = _enum(ModalKind, name, kind, "modal kind")
        else:
            raise DictionaryError(f"{_where(name, key)}: unknown section {section!r}")


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

    With ``codebook`` every code is checked. Errors raise DictionaryError naming ``file:line``.
    """
    b = _Builder(codebook=codebook)
    sources = _packaged()
    for path in extra_files:
        try:
            sources.append((str(path), Path(path).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            raise DictionaryError(f"{path}: cannot read pattern file ({exc})") from exc
    for name, text in sources:
        _read_file(b, name, text)
    for frame in b.frames:
        if frame.transform not in b.transforms:
            raise DictionaryError(f"{frame.origin}: frame {frame.name!r} names unknown transform {frame.transform!r}")
    frames: dict[str, list[tuple[Frame, Pattern]]] = {}
    for frame in b.frames:
        for p in frame.patterns:
            for words in p.heads:
                for word in set(words):
                    frames.setdefault(word, []).append((frame, p))
    nouns = [p for p in b.patterns if p.kind is PatternKind.NOUN]
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
        _verbs=_index(verbs),
        _nouns=_index(nouns),
        _frames={k: tuple(sorted(v, key=lambda fp: -fp[1].specificity)) for k, v in frames.items()},
    )
