"""The quantity and calendar word lists are data files, read and checked by their loaders."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from dyads.attributes.dates.periods import calendar_words, load_calendar_words
from dyads.attributes.quantities.units import Unit, load_quantity_words, quantity_words
from dyads.errors import ResourceError


def _packaged(name: str) -> str:
    return resources.files("dyads").joinpath("data", "lexicon", name).read_text(encoding="utf-8")


def _broken(tmp_path: Path, name: str, old: str, new: str) -> tuple[Path, int]:
    """The packaged file with ``old`` replaced by ``new``, and the line of the change."""
    text = _packaged(name)
    assert text.count(old) == 1, old
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path, text[: text.index(old)].count("\n") + 1


def test_the_quantity_words_load_with_known_entries() -> None:
    words = load_quantity_words()
    assert words.scales["bn"] == 1e9 and words.scales["crore"] == 1e7
    assert words.currency_prefixes["us$"] == "USD" and words.currency_prefixes["rs."] == "INR"
    assert {"US$", "Rs.", "€"} <= set(words.prefix_forms)
    assert words.currency_words["hong kong dollars"] == "HKD"
    assert words.measures["kg"] == Unit("tonne", "mass", 1e-3)
    assert words.measures["bpd"] == Unit("barrel/day", "rate")
    assert words.nouns["troops"] == Unit("troop", "force")
    assert words.nouns["fighter jets"].kind == "equipment"
    assert words.local_dollars["CAN"] == "CAD"
    assert words.casualty_verbs["injure"] == "wounded"
    assert "ban" in words.threshold_lemmas
    assert words.rates_before["annual"] == "year" and "annual" not in words.rates_after
    assert words.vague_numbers["dozens"] == 24.0 and words.word_numbers["ninety"] == 90


def test_the_quantity_words_are_read_once_and_cannot_be_changed() -> None:
    assert quantity_words() is quantity_words()
    with pytest.raises(TypeError):
        quantity_words().scales["bn"] = 1.0  # type: ignore[index]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("kg: [tonne, 1e-3]", "kg: [tonne, heavy]", "must be a number"),
        ("yuan: CNY", "yuan: yuan", "three-letter code"),
        ("troops: troop", "Troops: troop", "lower case"),
        ("  power: {", "  wattage: {", "unknown kind"),
        ("lakh: 1e5", "lakh: -1e5", "above zero"),
        ("guns: gun", "tanks: gun", "given twice"),
    ],
)
def test_a_malformed_quantity_entry_names_the_file_and_line(tmp_path: Path, old: str, new: str, message: str) -> None:
    path, line = _broken(tmp_path, "quantities.yaml", old, new)
    with pytest.raises(ResourceError, match=re.escape(f"{path}:")) as err:
        load_quantity_words(path=path)
    assert message in str(err.value)
    assert str(err.value).startswith(f"{path}:{line}: ")


def test_a_quantity_file_without_a_section_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "quantities.yaml"
    path.write_text("scales: {bn: 1e9}\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="no section 'currency_prefixes'"):
        load_quantity_words(path=path)


def test_the_calendar_words_load_with_known_entries() -> None:
    words = load_calendar_words()
    assert words.months["sept"] == 9 and words.months["may"] == 5 and words.months["dec"] == 12
    assert words.weekdays["monday"] == 0 and words.weekdays["sunday"] == 6
    assert words.numbers["an"] == 1 and words.numbers["hundred"] == 100
    assert calendar_words() is calendar_words()


# the hand-written alternation the calendar file replaced: the built one must match the same
_FORMER_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Sept\.?|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sep\.|Oct\.|Nov\.|Dec\.|"
    r"Jan|Feb|Apr|Aug|Sep|Oct|Nov|Dec)"
)


@pytest.mark.parametrize(
    "text",
    ["September 26", "Sept. 26", "Sept 26", "Sep. 26", "Sep 26", "Mar. 3", "Mar 3", "March 3", "Jun 5", "Jun. 5",
     "July", "Jul 4", "May 1", "jan 2", "Dec. 31", "Decimal", "Marching", "Sept.26"],
)
def test_the_built_month_pattern_matches_what_the_former_one_did(text: str) -> None:
    built = re.compile(rf"\b(?P<m>{calendar_words().month_re})\s*\d*")
    former = re.compile(rf"\b(?P<m>{_FORMER_MONTH_RE})\s*\d*")
    assert [m.group(0) for m in built.finditer(text)] == [m.group(0) for m in former.finditer(text)]


def test_the_number_words_pattern_leaves_out_the_articles() -> None:
    pattern = re.compile(rf"{calendar_words().number_word_re}\Z")
    assert pattern.match("sixteen") and pattern.match("120")
    assert not pattern.match("an") and not pattern.match("1000")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("  December: [Dec]\n", "", "expected the 12 months"),
        ("  October: [Oct]", "  October: [Okt]", "does not abbreviate"),
        ("seven: 7,\n  eight", "seven: seven,\n  eight", "whole number"),
        ("Sunday]", "sunday]", "capitalised"),
    ],
)
def test_a_malformed_calendar_entry_names_the_file_and_line(tmp_path: Path, old: str, new: str, message: str) -> None:
    path, _ = _broken(tmp_path, "calendar.yaml", old, new)
    with pytest.raises(ResourceError, match=re.escape(f"{path}:")) as err:
        load_calendar_words(path=path)
    assert message in str(err.value)
    assert re.match(rf"{re.escape(str(path))}:\d+: ", str(err.value))
