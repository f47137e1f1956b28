"""Analysis on a large store: `dyads relations` and `dyads network` over one million synthetic events.

Target (issue 11): each command answers in under a second (timed in the process, from the
command's start to its last line printed: opening the store, the query, the table).  The wall time
of the same command as a new process (Python's own start included) is printed beside it.

The store is made by DuckDB SQL straight into the events table (60 countries, roles, the four quad
classes, ten years of days), not by coding text.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import time
from contextlib import redirect_stdout
from pathlib import Path

EVENTS = 1_000_000
TARGET_SECONDS = 1.0
COUNTRIES = ("USA", "RUS", "CHN", "IRN", "ISR", "PSE", "GBR", "FRA", "DEU", "JPN", "KOR", "PRK", "IND", "PAK", "AFG",
             "IRQ", "SYR", "LBN", "TUR", "EGY", "SAU", "UKR", "GEO", "BLR", "POL", "ITA", "ESP", "CAN", "MEX", "BRA",
             "VEN", "CUB", "COL", "ARG", "ZAF", "NGA", "KEN", "ETH", "SOM", "SDN", "AUS", "NZL", "IDN", "PHL", "THA",
             "VNM", "MYS", "SGP", "TWN", "MNG", "KAZ", "UZB", "AZE", "ARM", "SRB", "GRC", "CYP", "NOR", "SWE", "FIN")  # fmt: skip
ROLES = ("", "GOV", "GOV", "MIL", "LEG", "OPP", "BUS")
SRC = Path(__file__).resolve().parents[1] / "src"


def build(path: Path) -> None:
    from dyads.store import open_store

    countries = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    roles = "[" + ", ".join(f"'{r}'" for r in ROLES) + "]"
    with open_store(path) as store:
        con = store.con
        con.execute("INSERT INTO articles (doc_id, content_hash, text) SELECT 'd' || i, 'h' || i, 't' FROM range(10000) t(i)")
        con.execute(f"""
            INSERT INTO events (event_id, doc_id, code, root, name, goldstein, quad_class, negated, modality,
                source_code, source_country, source_role, target_code, target_country, target_role,
                date_start, date_end, dyadic, historical, record)
            SELECT 'e' || i, 'd' || (i % 10000), code, substr(code, 1, 2), 'synthetic', g, q, i % 97 = 0, 'asserted',
                sc || sr, sc, nullif(sr, ''), tc || tr, tc, nullif(tr, ''), day, day, true, i % 53 = 0, '{{}}'
            FROM (
                SELECT i, q, ['042', '061', '112', '190'][q] AS code, [3.5, 6.0, -2.0, -10.0][q] AS g,
                    {countries}[1 + (hash(i, 1) % {len(COUNTRIES)})::INTEGER] AS sc,
                    {countries}[1 + (hash(i, 2) % {len(COUNTRIES)})::INTEGER] AS tc,
                    {roles}[1 + (hash(i, 3) % {len(ROLES)})::INTEGER] AS sr,
                    {roles}[1 + (hash(i, 4) % {len(ROLES)})::INTEGER] AS tr,
                    DATE '2000-01-01' + (hash(i, 5) % 3650)::INTEGER AS day
                FROM (SELECT i, 1 + (hash(i, 6) % 4)::INTEGER AS q FROM range({EVENTS}) t(i))
            )""")


def in_process(db: Path, args: list[str]) -> tuple[float, str]:
    from dyads.cli.app import app

    out = io.StringIO()
    start = time.perf_counter()
    with redirect_stdout(out):
        try:
            app(["--db", str(db), *args], prog_name="dyads", standalone_mode=False)
        except SystemExit as exc:
            if exc.code not in (0, None):
                raise
    return time.perf_counter() - start, out.getvalue()


def as_process(db: Path, args: list[str]) -> float:
    env = dict(os.environ, PYTHONPATH=f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}", COLUMNS="80")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dyads", "--db", str(db), *args], check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def main() -> None:
    os.environ["COLUMNS"] = "80"
    commands = [
        ["relations", "USA", "RUS", "--by", "month"],
        ["relations", "USA", "RUS", "--by", "week", "--both-ways", "--normalise"],
        ["network"],
        ["network", "--since", "2005", "--until", "2006", "--format", "json"],
    ]
    missed = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        build(db)
        print(f"built a store of {EVENTS:,} synthetic events in {time.perf_counter() - t0:.1f} s")
        in_process(db, ["relations", "USA", "RUS"])  # the first run reads the file into the cache
        for args in commands:
            seconds = min(in_process(db, args)[0] for _ in range(3))
            wall = as_process(db, args)
            flag = "" if seconds < TARGET_SECONDS else "  MISSED"
            print(f"dyads {' '.join(args)}: {seconds:.3f} s in the process (target < {TARGET_SECONDS:.0f} s),"
                  f" {wall:.2f} s as a new process{flag}")  # fmt: skip
            if seconds >= TARGET_SECONDS:
                missed.append(" ".join(args))
    if missed:
        print(f"FAILED: target not met by {', '.join(missed)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
