"""`dyads relations`, `partners`, `network`, `blocs`, `shifts` and `plot`: output of each format, and
bad input as one line."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from dyads.cli.app import app
from tests.analysis.storebuilder import build, coop, fight
from tests.analysis.test_blocs import ROWS as BLOC_ROWS

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    rows = [*BLOC_ROWS, coop("RUSGOV", "CHNGOV", "2006-01-10"), coop("RUSMIL", "CHN", "2006-03-05", code="061"),
            fight("CHN", "RUS", "2006-02-14")]  # fmt: skip
    return build(tmp_path_factory.mktemp("cmds") / "c.duckdb", rows)


def _run(db, *args):
    result = runner.invoke(app, [*args, "--db", str(db)], env={"COLUMNS": "80"})
    return result


def _ok(db, *args):
    result = _run(db, *args)
    assert result.exit_code == 0, result.output
    return result.output


def test_relations_table_fits_80_columns_and_names_the_dyad(db):
    out = _ok(db, "relations", "RUS", "CHN", "--since", "2006-01", "--until", "2006-03")
    assert "RUS -> CHN by month: 2 events" in out
    assert all(len(line) <= 80 for line in out.splitlines())
    assert [line.split("│")[1].strip() for line in out.splitlines() if line.startswith("│")] == ["2006-01", "2006-02", "2006-03"]


def test_relations_by_name_equals_by_code(db):
    assert _ok(db, "relations", "Russia", "China", "--format", "jsonl") == _ok(db, "relations", "RUS", "CHN", "--format", "jsonl")


def test_relations_jsonl_and_csv(db):
    points = [json.loads(line) for line in _ok(db, "relations", "RUS", "CHN", "--by", "year", "--both-ways", "--format", "jsonl").splitlines()]
    assert [(p["label"], p["events"]) for p in points] == [("2006", 6), ("2007", 3)]  # the camp triangle's 3 each year, and 3 more in 2006
    csv = _ok(db, "relations", "RUS", "CHN", "--by", "quarter", "--format", "csv", "--normalise").splitlines()
    assert csv[0].startswith("label,start,events,goldstein_sum") and csv[1].startswith("2006-Q1,2006-01-01,2,")


def test_relations_normalised_shows_the_share(db):
    assert "share" in _ok(db, "relations", "RUS", "CHN", "--normalise", "--since", "2006-01", "--until", "2006-01")


def test_role_level_takes_actor_codes(db):
    out = _ok(db, "relations", "RUSGOV", "CHNGOV", "--level", "role", "--by", "year", "--format", "jsonl")
    assert [json.loads(line)["events"] for line in out.splitlines()] == [1]


def test_partners_ranks_both_kinds(db):
    rows = [json.loads(line) for line in _ok(db, "partners", "USA", "--format", "jsonl").splitlines()]
    # over both years France is even (+3 in 2006, -3 in 2007): neither
    assert [(r["kind"], r["rank"], r["key"], r["net"]) for r in rows] == [
        ("partner", 1, "GBR", 6), ("rival", 1, "IRN", -6), ("rival", 2, "RUS", -6), ("rival", 3, "NOR", -4),
    ]  # fmt: skip
    assert "USA: 1 of 1 partners, 3 of 3 rivals (28 events)" in _ok(db, "partners", "United States")


def test_a_table_says_how_many_it_shows_and_an_export_writes_all(db):
    assert "USA: 1 of 1 partners, 1 of 3 rivals" in _ok(db, "partners", "USA", "--limit", "1")
    assert len(_ok(db, "partners", "USA", "--format", "csv").splitlines()) == 1 + 4
    assert len(_ok(db, "partners", "USA", "--format", "csv", "--limit", "1").splitlines()) == 1 + 2
    assert ": 2 of 13 dyads" in _ok(db, "shifts", "--from", "2006", "--to", "2007", "--limit", "2")
    assert len(_ok(db, "shifts", "--from", "2006", "--to", "2007", "--format", "jsonl").splitlines()) == 13


def test_network_table_json_graphml_gexf_and_png(db, tmp_path):
    assert "ties" in _ok(db, "network", "--since", "2006", "--until", "2006")
    plain = json.loads(_ok(db, "network", "--since", "2006", "--until", "2006", "--format", "json"))
    assert {(t["a"], t["b"]) for t in plain["ties"]} >= {("GBR", "USA"), ("IRN", "USA")}
    graphml = tmp_path / "n.graphml"
    _ok(db, "network", "--format", "graphml", "-o", str(graphml))
    assert ET.parse(graphml).getroot().tag.endswith("graphml")
    gexf = tmp_path / "n.gexf"
    _ok(db, "network", "--format", "gexf", "-o", str(gexf))
    assert ET.parse(gexf).getroot().tag.endswith("gexf")
    png = tmp_path / "n.png"
    _ok(db, "network", "--format", "png", "-o", str(png))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_blocs_finds_the_camps_and_follows_them(db):
    out = _ok(db, "blocs", "--since", "2006", "--until", "2006")
    assert "USA FRA GBR" in out and "CHN IRN RUS" in out and "unaligned: NOR" in out
    history = [json.loads(line) for line in _ok(db, "blocs", "--since", "2006", "--until", "2007", "--window", "1y",
                                                "--format", "jsonl").splitlines()]  # fmt: skip
    assert [c["joined"] for c in history[1]["changes"]] == [["FRA"], []]
    out = _ok(db, "blocs", "--since", "2006", "--until", "2007", "--window", "1y")
    assert "(from A: +FRA)" in out and "(from B: -FRA)" in out


def test_shifts_between_two_years(db):
    out = _ok(db, "shifts", "--from", "2006", "--to", "2007", "--format", "jsonl")
    shifts = {(r["a"], r["b"]): r for r in map(json.loads, out.splitlines())}
    assert shifts[("FRA", "USA")]["change"] < 0 and shifts[("FRA", "RUS")]["change"] > 0
    assert "Shifts 2006-01-01..2006-12-31 -> 2007-01-01..2007-12-31" in _ok(db, "shifts", "--from", "2006", "--to", "2007")


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_plot_dyad_and_network(db, tmp_path, suffix):
    dyad = tmp_path / f"d.{suffix}"
    result = _run(db, "plot", "dyad", "USA", "Russia", "-o", str(dyad), "--by", "quarter")
    assert result.exit_code == 0, result.output
    head = dyad.read_bytes()[:200]
    assert head.startswith(b"\x89PNG") if suffix == "png" else b"<svg" in dyad.read_bytes()[:2000] or b"<?xml" in head
    net = tmp_path / f"n.{suffix}"
    assert _run(db, "plot", "network", "-o", str(net)).exit_code == 0 and net.stat().st_size > 1000


@pytest.mark.parametrize(("args", "message"), [
    (("relations", "RUS", "Atlantis"), "COUNTRY 'Atlantis': not a country code"),
    (("relations", "RUSGOV", "CHN"), "an actor with a role; give its country (RUS) or add --level role"),
    (("relations", "RUS", "CHN", "--since", "2006-13"), "--since '2006-13': not a date"),
    (("partners", "Narnia"), "COUNTRY 'Narnia': not a country code"),
    (("shifts", "--from", "2006", "--to", "last year"), "--to 'last year': not a date"),
    (("shifts", "--from", "2007..2006", "--to", "2008"), "--from '2007..2006': the period ends before it starts"),
    (("blocs", "--window", "a while"), "--window 'a while': not a length of time"),
    (("network", "--format", "png"), "--format png: give the file with -o FILE.png"),
    (("network", "--format", "graphml"), "--format graphml: give the file with -o FILE.graphml"),
    (("plot", "dyad", "USA", "RUS", "-o", "x.jpg"), "-o 'x.jpg': a plot is written as .png or .svg"),
    (("plot", "network", "-o", "/no/such/folder/x.png"), "/no/such/folder is not a folder"),
])  # fmt: skip
def test_bad_input_is_one_line(db, args, message):
    result = _run(db, *args)
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == [f"error: {message}"] or (len(lines) == 1 and message in lines[0]), result.output


def test_a_missing_store_is_one_line(tmp_path):
    result = runner.invoke(app, ["relations", "USA", "RUS", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no store here" in result.output
