"""One built-in knowledge base per session for the kb tests."""

from __future__ import annotations




