"""The CAMEO codebook table: codes with leading zeros, 1.1b3 names, Goldstein, quad class, PLOVER."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

from dyads.cameo import load_codebook
from dyads.errors import ResourceError

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def codebook():  # type: ignore[no-untyped-def]
    return load_codebook()


ENTRIES = [
    # code, root, name (CAMEO 1.1b3), goldstein, quad class, plover type, mode
    ("010", "01", "Make statement, not specified below", 0.0, 1, None, None),
    ("042", "04", "Make a visit", 1.9, 1, "CONSULT", "visit"),
    ("0841", "08", "Return, release person(s)", 7.0, 2, "RETREAT", "release"),
    ("101", "10", "Demand material cooperation, not specified below", -5.0, 3, "REQUEST", "assist"),
    ("106", "10", "Demand meeting, negotiation", -5.0, 3, "REQUEST", "meet"),
    ("1056", "10", "Demand de-escalation of military engagement", -5.0, 3, "REQUEST", "yield"),
    ("173", "17", "Arrest, detain, or charge with legal action", -5.0, 4, "COERCE", "arrest"),
    ("1951", "19", "Employ precision-guided aerial munitions", -10.0, 4, "ASSAULT", "heavy-weapons"),
    ("2042", "20", "Detonate nuclear weapons", -10.0, 4, "ASSAULT", "unconventional"),
]


@pytest.mark.parametrize(("code", "root", "name", "goldstein", "quad", "ptype", "pmode"), ENTRIES)
def test_code_has_its_facts(codebook, code, root, name, goldstein, quad, ptype, pmode):  # type: ignore[no-untyped-def]
    e = codebook[code]
    assert (e.code, e.root, e.name, e.goldstein, e.quad_class, e.plover_type, e.plover_mode) == (
        code, root, name, goldstein, quad, ptype, pmode)


@pytest.mark.parametrize("code", ["155", "176", "1834"])
def test_codes_without_a_goldstein_value_inherit_their_parents(codebook, code):  # type: ignore[no-untyped-def]
    e = codebook[code]
    assert e.goldstein_origin.startswith("parent:")
    assert e.goldstein == codebook[e.goldstein_origin.split(":")[1]].goldstein


def test_codebook_has_every_root_and_quad_classes_follow_roots(codebook):  # type: ignore[no-untyped-def]
    assert codebook.roots() == tuple(f"{n:02d}" for n in range(1, 21))
    expected = {**dict.fromkeys(["01", "02", "03", "04", "05"], 1), **dict.fromkeys(["06", "07", "08", "09"], 2),
                **dict.fromkeys(["10", "11", "12", "13", "14"], 3), **{f"{n}": 4 for n in range(15, 21)}}
    assert all(e.quad_class == expected[e.root] for e in codebook)


def test_unknown_code_is_a_key_error_naming_it(codebook):  # type: ignore[no-untyped-def]
    with pytest.raises(KeyError, match="999"):
        codebook["999"]
    assert codebook.get("999") is None
    assert "042" in codebook and "42" not in codebook


def test_unreadable_codebook_is_a_resource_error(tmp_path: Path):  # type: ignore[no-untyped-def]
    bad = tmp_path / "codebook.tsv"
    bad.write_text("code\tname\n042\tvisit\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="missing columns"):
        load_codebook(bad)


def test_build_script_reproduces_the_packaged_table(shared, tmp_path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_codebook", REPO / "scripts" / "build_codebook.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["build_codebook"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    assert module.main(["--reference", str(shared / "reference"), "--out", str(tmp_path)]) == 0
    built = (tmp_path / "codebook.tsv").read_text(encoding="utf-8")
    packaged = (REPO / "src" / "dyads" / "data" / "cameo" / "codebook.tsv").read_text(encoding="utf-8")
    assert built == packaged
    rows = list(csv.DictReader(built.splitlines(), delimiter="\t"))
    assert len(rows) == 316
