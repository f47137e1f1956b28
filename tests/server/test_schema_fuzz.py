"""Schemathesis against the OpenAPI schema: generated requests to every operation (valid and not)
get no 5xx and only answers the schema documents (status, content type, body).

Schemathesis's own "a schema-valid request must be accepted" check is left out: the schema cannot
say that ``since`` is a real day or ``country`` a country the knowledge base knows, and those get
a documented 400.  ``DYADS_FUZZ_EXAMPLES`` raises the example count (default kept small for CI).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from dyads.server.app import create_app
from tests.cli.eventstore import make_store
from tests.server.conftest import server_settings

_STORE = Path(tempfile.mkdtemp(prefix="dyads-fuzz-")) / "fuzz.duckdb"


def _app():  # type: ignore[no-untyped-def]
    return create_app(server_settings(make_store(_STORE)))


schema = schemathesis.openapi.from_asgi("/api/openapi.json", _app())
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@schema.parametrize()
@settings(max_examples=int(os.environ.get("DYADS_FUZZ_EXAMPLES", "25")), deadline=None,
          suppress_health_check=list(HealthCheck))  # fmt: skip
def test_no_server_error_and_no_schema_violation(case) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(checks=CHECKS)
