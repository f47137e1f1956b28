"""Read pattern files (YAML) into a builder, naming ``file:line`` in every error."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

import yaml

from dyads.cameo.codebook import Codebook
from dyads.errors import DictionaryError
from dyads.events.patterns.catalogue import Complement, Fallback, Frame, FrameTarget, ModalKind
from dyads.events.patterns.syntax import Pattern, PatternKind, PatternSyntaxError, parse_pattern
from dyads.records.actor import Role
from dyads.records.event import Modality


@dataclass
class Builder:
    """Accumulates sections while files are read (local to one load_patterns call)."""

    codebook: Codebook
    patterns: list[Pattern] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    transforms: dict[str, dict[str, str]] = field(default_factory=dict)
    carriers: set[str] = field(default_factory=set)
    speech: set[str] = field(default_factory=set)
    light: set[str] = field(default_factory=set)
    reciprocal: set[str] = field(default_factory=set)
    modals: dict[str, ModalKind] = field(default_factory=dict)
    place_preps: set[str] = field(default_factory=set)
    words: dict[str, set[str]] = field(default_factory=dict)
    domestic: dict[str, str] = field(default_factory=dict)
    unsaid_doers: dict[str, str] = field(default_factory=dict)
    unplaced: set[str] = field(default_factory=set)
    venues: set[str] = field(default_factory=set)
    home_acts: set[str] = field(default_factory=set)
    own_forces: set[str] = field(default_factory=set)


E = TypeVar("E", bound=StrEnum)


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


def _check_code(b: Builder, name: str, node: yaml.Node, code: str) -> None:
    if code not in b.codebook:
        raise DictionaryError(f"{_where(name, node)}: unknown CAMEO code {code!r}")


def _compile(b: Builder, name: str, node: yaml.Node, code: str, kind: PatternKind) -> Pattern:
    text = _scalar(name, node, "a pattern")
    try:
        return parse_pattern(text, code=code, kind=kind, origin=_where(name, node))
    except PatternSyntaxError as exc:
        raise DictionaryError(f"{_where(name, node)}: pattern {text!r}: {exc}") from exc


def _read_codes(b: Builder, name: str, node: yaml.Node) -> None:
    for key, value in _map(name, node, "codes"):
        code = _scalar(name, key, "a code")
        _check_code(b, name, key, code)
        for section, body in _map(name, value, f"code {code}"):
            kind_name = _scalar(name, section, "a section")
            kinds = {"verbs": PatternKind.VERB, "nouns": PatternKind.NOUN, "complements": PatternKind.COMPLEMENT}
            if kind_name not in kinds:
                raise DictionaryError(
                    f"{_where(name, section)}: expected 'verbs', 'nouns' or 'complements', got {kind_name!r}")
            kind = kinds[kind_name]
            for item in _seq(name, body, kind_name):
                b.patterns.append(_compile(b, name, item, code, kind))


def _enum(cls: type[E], name: str, node: yaml.Node, what: str) -> E:
    value = _scalar(name, node, what)
    try:
        return cls(value)
    except ValueError:
        raise DictionaryError(
            f"{_where(name, node)}: {what} must be one of {', '.join(m.value for m in cls)}, got {value!r}"
        ) from None


def _read_frames(b: Builder, name: str, node: yaml.Node) -> None:
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
                complement=(_enum(Complement, name, fields["complement"], "complement") if "complement" in fields
                            else Complement.ANY),
            )
        )


_ROLES = frozenset(r.value for r in Role if r.value)


def _codes(b: Builder, name: str, node: yaml.Node, what: str) -> list[str]:
    """A list of CAMEO codes, each checked against the codebook."""
    out = []
    for v in _seq(name, node, what):
        code = _scalar(name, v, "a code")
        _check_code(b, name, v, code)
        out.append(code)
    return out


def _read_implied(b: Builder, name: str, node: yaml.Node) -> None:
    """``implied: {place_preps: [in, at], domestic: {"17": CVL}}``: where an unstated target is sought."""
    for key, value in _map(name, node, "implied"):
        part = _scalar(name, key, "a key")
        if part == "place_preps":
            b.place_preps.update(_scalar(name, v, "a word") for v in _seq(name, value, part))
        elif part == "own_forces":
            b.own_forces.update(_codes(b, name, value, part))
        elif part == "unplaced":
            b.unplaced.update(_codes(b, name, value, part))
        elif part == "venues":
            b.venues.update(_codes(b, name, value, part))
        elif part == "home_acts":
            b.home_acts.update(_codes(b, name, value, part))
        elif part in ("domestic", "unsaid_doers"):
            table = b.domestic if part == "domestic" else b.unsaid_doers
            for code_node, role_node in _map(name, value, part):
                code, role = _scalar(name, code_node, "a code"), _scalar(name, role_node, "a role")
                _check_code(b, name, code_node, code)
                if role not in _ROLES:
                    raise DictionaryError(f"{_where(name, role_node)}: unknown role {role!r}")
                table[code] = role
        else:
            raise DictionaryError(f"{_where(name, key)}: unknown part of implied {part!r}")


def read_file(b: Builder, name: str, text: str) -> None:
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
            b.reciprocal.update(_codes(b, name, value, section))
        elif section == "words":
            for list_name, items in _map(name, value, "words"):
                b.words.setdefault(_scalar(name, list_name, "a list name"), set()).update(
                    _scalar(name, v, "a word").lower() for v in _seq(name, items, "a word list"))
        elif section == "implied":
            _read_implied(b, name, value)
        elif section == "modals":
            for word, kind in _map(name, value, "modals"):
                b.modals[_scalar(name, word, "a word")] = _enum(ModalKind, name, kind, "modal kind")
        else:
            raise DictionaryError(f"{_where(name, key)}: unknown section {section!r}")
