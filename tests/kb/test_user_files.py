"""User dictionaries add or override actors with dates; bad files fail with file:line and reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dyads.errors import DictionaryError
from dyads.kb import load_knowledge_base

TSV = (
    "# my actors\n"
    "name\tcode\tvalid_from\tvalid_to\taliases\tkind\n"
    "Aigerim Nurlanova\tKAZGOV\t2021-01-01\t\tNurlanova\tperson\n"
    "Medvedev\tRUSELI\t2020-01-16\t\t\tperson\n"
    "Steppe Energy\tKAZBUS\t\t\tSteppe Energy Group\torganisation\n"
    "Central Asia Water Council\tIGOCASWAT\t2019\t\t\t\n"
)


@pytest.fixture()
def user_tsv(tmp_path: Path) -> Path:
    path = tmp_path / "actors.tsv"
    path.write_text(TSV, encoding="utf-8")
    return path


def test_user_file_adds_new_actors(user_tsv: Path) -> None:
    kb = load_knowledge_base(extra_files=(user_tsv,))
    day = dt.date(2022, 1, 1)
    person = kb.lookup("Nurlanova", day)
    assert person is not None and kb.resolve(person, day).code == "KAZGOV"
    org = kb.lookup("Steppe Energy Group", day)
    assert org is not None and kb.resolve(org, day).code == "KAZBUS"
    igo = kb.lookup("Central Asia Water Council", day)
    assert igo is not None and kb.resolve(igo, day).code == "IGOCASWAT" and igo.role == "IGO"


def test_user_row_overrides_only_on_its_dates(user_tsv: Path) -> None:
    kb = load_knowledge_base(extra_files=(user_tsv,))
    late, early = dt.date(2021, 6, 1), dt.date(2010, 6, 1)
    assert kb.resolve(kb.lookup("Medvedev", late), late).code == "RUSELI"  # type: ignore[arg-type]
    assert kb.resolve(kb.lookup("Medvedev", early), early).code == "RUSGOV"  # type: ignore[arg-type]


def test_user_row_with_builtin_id_replaces_it(tmp_path: Path) -> None:
    path = tmp_path / "fix.tsv"
    path.write_text("kb_id\tname\tcode\nbus:GAZ\tGAZ Group\tRUSMIL\n", encoding="utf-8")
    kb = load_knowledge_base(extra_files=(path,))
    assert kb.resolve(kb.entries["bus:GAZ"], None).code == "RUSMIL"


def test_yaml_user_file(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(
        "actors:\n"
        "  - name: Tamara Osipova\n"
        "    code: RUSLEG\n"
        "    aliases: [Osipova]\n"
        "    valid_from: 2018-01-01\n"
        "    kind: person\n",
        encoding="utf-8",
    )
    kb = load_knowledge_base(extra_files=(path,))
    day = dt.date(2019, 1, 1)
    assert kb.resolve(kb.lookup("Osipova", day), day).code == "RUSLEG"  # type: ignore[arg-type]
    assert kb.lookup("Osipova", dt.date(2017, 1, 1)) is None


@pytest.mark.parametrize(
    ("suffix", "content", "where", "reason"),
    [
        (".tsv", "title\tcode\nX\tRUSGOV\n", ":1:", "'name' column"),
        (".tsv", "name\tcode\nX\tRUSGOVERNMENT\n", ":2:", "bad CAMEO code"),
        (".tsv", "name\tcode\nX\tZZZGOV\n", ":2:", "no known country"),
        (".tsv", "name\tcode\n\tRUSGOV\n", ":2:", "'name' is empty"),
        (".tsv", "name\tcode\tvalid_from\nX\tRUSGOV\t2020-13-01\n", ":2:", "bad date"),
        (".tsv", "name\tcode\tvalid_from\tvalid_to\nX\tRUSGOV\t2020\t2019\n", ":2:", "before valid_from"),
        (".tsv", "name\tcountry\nX\tXXX\n", ":2:", "unknown country"),
        (".tsv", "name\tcolour\nX\tred\n", ":1:", "unknown column"),
        (".tsv", "name\nX\n", ":2:", "give a 'code'"),
        (".tsv", "name\tcode\tkind\nX\tRUSGOV\talien\n", ":2:", "unknown kind"),
        (".yaml", "actors:\n  - name: X\n    code: RUSGOV\n  - 42\n", ":4:", "mapping"),
        (".yaml", "actors: [\n", ":2:", "not valid YAML"),
        (".yaml", "- name: X\n  code: RUSGOV\n  colour: red\n", ":1:", "unknown key"),
    ],
)
def test_bad_user_file_names_file_line_and_reason(tmp_path: Path, suffix: str, content: str, where: str, reason: str) -> None:
    path = tmp_path / f"bad{suffix}"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        load_knowledge_base(extra_files=(path,))
    message = str(info.value)
    assert f"{path}{where}" in message and reason in message, message


def test_missing_user_file_is_a_dictionary_error(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="cannot be read"):
        load_knowledge_base(extra_files=(tmp_path / "absent.tsv",))
