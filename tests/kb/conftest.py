"""One built-in knowledge base per session for the kb tests."""

from __future__ import annotations

import pytest

from dyads.kb import KnowledgeBase, load_knowledge_base


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge_base()
