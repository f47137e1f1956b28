"""Loading pattern files: the packaged set covers CAMEO; users add files; bad files are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyads.errors import DictionaryError
from dyads.events import load_patterns


def test_packaged_patterns_cover_every_root_and_150_codes(patterns, codebook):  # type: ignore[no-untyped-def]
    codes = patterns.codes()
    assert {c[:2] for c in codes} == set(codebook.roots())
    assert len(codes) >= 150
    assert all(c in codebook for c in codes)


def test_patterns_include_phrasal_verbs_and_nominal_forms(patterns):  # type: ignore[no-untyped-def]
    texts = {(p.code, p.text) for p in patterns.patterns}
    assert ("042", "pay visit to *") in texts
    assert ("173", "detention of *") in texts
    assert any(code == "1712" and text.startswith("blow up") for code, text in texts)


def test_user_file_adds_patterns(tmp_path: Path, codebook):  # type: ignore[no-untyped-def]
    extra = tmp_path / "mine.yaml"
    extra.write_text('codes:\n  "042":\n    verbs: [drop in on *]\n', encoding="utf-8")
    loaded = load_patterns(extra_files=(extra,), codebook=codebook)
    assert any(p.text == "drop in on *" and p.origin == f"{extra}:3" for p in loaded.patterns)
    assert str(extra) in loaded.files


BAD_FILES = [
    ('codes:\n  "999":\n    verbs: [visit *]\n', 2, "unknown CAMEO code"),
    ('codes:\n  "042":\n    verbs: ["* visit"]\n', 3, "head word"),
    ('codes:\n  "042":\n    adverbs: [visit *]\n', 3, "expected 'verbs'"),
    ('codes: [visit]\n', 1, "must be a mapping"),
    ('codes:\n  "042": {verbs: [visit *\n', 3, "not valid YAML"),
    ('frames:\n  - name: x\n    code: "020"\n    transform: nowhere\n    verbs: [urge *]\n', 2, "unknown transform"),
    ('surprise: 1\n', 1, "unknown section"),
]


@pytest.mark.parametrize(("content", "line", "reason"), BAD_FILES)
def test_bad_user_file_raises_dictionary_error_with_file_and_line(tmp_path: Path, codebook, content, line, reason):  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(DictionaryError, match=reason) as info:
        load_patterns(extra_files=(bad,), codebook=codebook)
    assert f"{bad}:{line}" in str(info.value)


def test_missing_user_file_is_a_dictionary_error(tmp_path: Path):  # type: ignore[no-untyped-def]
    with pytest.raises(DictionaryError, match="cannot read"):
        load_patterns(extra_files=(tmp_path / "absent.yaml",))


def test_user_pattern_with_unknown_code_fails_at_load_without_a_codebook_given(tmp_path: Path):  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.yaml"
    bad.write_text('codes:\n  "999":\n    verbs: [frobnicate *]\n', encoding="utf-8")
    with pytest.raises(DictionaryError, match="unknown CAMEO code '999'"):
        load_patterns(extra_files=(bad,))


IMPLIED_BAD = [
    ('implied:\n  domestic:\n    "999": CVL\n', "unknown CAMEO code"),
    ('implied:\n  domestic:\n    "17": XYZ\n', "unknown role"),
    ('implied:\n  nowhere: [in]\n', "unknown part of implied"),
]


@pytest.mark.parametrize(("content", "reason"), IMPLIED_BAD)
def test_bad_implied_target_table_is_refused_at_load(tmp_path: Path, codebook, content, reason):  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(DictionaryError, match=reason):
        load_patterns(extra_files=(bad,), codebook=codebook)


def test_user_file_extends_a_word_list(tmp_path: Path, codebook):  # type: ignore[no-untyped-def]
    extra = tmp_path / "mine.yaml"
    extra.write_text("words:\n  conduits: [Aqueduct]\n", encoding="utf-8")
    loaded = load_patterns(extra_files=(extra,), codebook=codebook)
    assert "aqueduct" in loaded.words("conduits") and "pipeline" in loaded.words("conduits")
