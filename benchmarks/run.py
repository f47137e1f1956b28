"""`make bench`: every benchmark in this folder, one after the other.

Benchmarks measure speed and memory against the targets in the issues; tests
never time anything.  Each bench_*.py prints its own figures.

    python benchmarks/run.py [NAME...] [--option value...]

names pick benchmarks (``coding`` for bench_coding.py); the options from the first ``--`` on are
given to each benchmark run (e.g. ``coding --articles 100``).
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    args = sys.argv[1:]
    cut = next((i for i, a in enumerate(args) if a.startswith("--")), len(args))
    only, passed = set(args[:cut]), args[cut:]
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        if only and script.stem.removeprefix("bench_") not in only:
            continue
        print(f"== {script.stem}", flush=True)
        sys.argv = [str(script), *passed]
        try:
            runpy.run_path(str(script), run_name="__main__")
        except SystemExit as exc:  # a benchmark reports its own failure by exit status
            if exc.code not in (0, None):
                failed.append(script.stem)
    if failed:
        print(f"targets missed: {', '.join(failed)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
