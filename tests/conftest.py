"""Shared fixtures: the reference material beside the project, and one spaCy parser per session."""

from __future__ import annotations

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
def kb():  # type: ignore[no-untyped-def]
    """The built-in knowledge base, loaded once."""
    from dyads.kb import load_knowledge_base

    return load_knowledge_base()
