"""Fixtures for store faults: a small tmpfs (a disk that fills up, a directory that turns read-only)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


class Mount:
    def __init__(self, path: Path) -> None:
        self.path = path

    def remount(self, options: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{options}", str(self.path)], check=True, capture_output=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Mount]:
    """A 4 MB tmpfs at ``tmp_path/disk``; skipped where mounting is not permitted."""
    point = tmp_path / "disk"
    point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(point)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or 'not permitted'}): needs root")
    try:
        yield Mount(point)
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)
