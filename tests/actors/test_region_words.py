"""The region adjectives are a data file, read and checked by their loader."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dyads.actors.regions import load_region_words, region_words
from dyads.errors import ResourceError


def test_the_region_words_load_with_known_entries() -> None:
    words = load_region_words()
    assert words.adjectives[("western",)] == "WST"
    assert words.adjectives[("latin", "american")] == "LAM"
    assert words.adjectives[("south-east", "asian")] == "SEA"
    assert words.adjectives[("gulf",)] == "PGS"
    assert ("american",) not in words.adjectives  # a nationality, not a region
    assert region_words() is region_words()


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("regions:\n  european: EUR\n  sub saharan african: AFR\n", 3, "one or two lower-case words"),
        ("regions:\n  European: EUR\n", 2, "one or two lower-case words"),
        ("regions:\n  european: EUR\n  western: wst\n", 3, "three capital letters"),
        ("regions:\n  european: EUR\n  european: EEU\n", 3, "given twice"),
        ("regions: [european]\n", 1, "must be a mapping"),
    ],
)
def test_a_malformed_region_entry_names_the_file_and_line(tmp_path: Path, body: str, line: int, message: str) -> None:
    path = tmp_path / "regions.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ResourceError, match=re.escape(f"{path}:{line}: ")) as err:
        load_region_words(path=path)
    assert message in str(err.value)


def test_a_missing_region_file_is_a_resource_error(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="cannot be read"):
        load_region_words(path=tmp_path / "absent.yaml")
