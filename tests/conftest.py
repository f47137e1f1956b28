"""Shared fixtures: the reference material beside the project, one spaCy parser per session, and a
small tmpfs for store faults (a disk that fills up, a directory that turns read-only)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared``; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the reference material lives beside the project")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared: Path) -> Path:
    path = shared / "seed" / "000_95a2145abd261211.txt"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return path


@pytest.fixture(scope="session")
def parser():
    """The spaCy parser, loaded once for the whole session."""
    from dyads.nlp import load_parser
    from dyads.settings import DEFAULT_MODEL

    return load_parser(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def codebook():  # type: ignore[no-untyped-def]
    """The packaged CAMEO codebook, loaded once."""
    from dyads.cameo import load_codebook

    return load_codebook()


@pytest.fixture(scope="session")
def patterns(codebook):  # type: ignore[no-untyped-def]
    """The packaged patterns, checked against the codebook, loaded once."""
    from dyads.events import load_patterns

    return load_patterns(codebook=codebook)


@pytest.fixture(scope="session")
def towns():  # type: ignore[no-untyped-def]
    """The gazetteer as the coder's town -> country lookup, loaded once."""
    from dyads.attributes.places.gazetteer import load_gazetteer
    from dyads.attributes.places.towns import GazetteerTowns

    return GazetteerTowns(load_gazetteer())


@pytest.fixture(scope="session")
def kb():  # type: ignore[no-untyped-def]
    """The built-in knowledge base, loaded once."""
    from dyads.kb import load_knowledge_base

    return load_knowledge_base()


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
