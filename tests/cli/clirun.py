"""Running ``dyads`` as a real process (for kills, concurrency and terminal output)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def env() -> dict[str, str]:
    values = dict(os.environ)
    values["PYTHONPATH"] = f"{SRC}{os.pathsep}{values['PYTHONPATH']}" if values.get("PYTHONPATH") else str(SRC)
    values["COLUMNS"] = "200"
    return values


def command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "dyads", "--db", str(db), *args]


def run(db: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(db, *args), capture_output=True, text=True, env=env(), timeout=timeout)


def start(db: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(command(db, *args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def stats(db: Path) -> dict[str, object]:
    done = run(db, "stats", "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    return {r["measure"]: r["value"] for r in map(json.loads, done.stdout.splitlines())}
