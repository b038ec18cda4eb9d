"""Schemathesis against the app's OpenAPI description: generated requests never make a server error.

Every operation of ``/openapi.json`` (the JSON API and the pages it lists) gets a few generated
requests, valid and not; the app must answer each without a 5xx, with a status code the
description lists, and JSON that matches the described schema. (The operations are driven from
one test with Hypothesis: schemathesis's own pytest fixture loader does not run on pytest 9.)
"""

from __future__ import annotations

import os

import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = int(os.environ.get("BANTIN_FUZZ_EXAMPLES", "8"))  # more for a deeper run by hand


def test_no_generated_request_makes_a_server_error(app: FastAPI) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures: list[str] = []
    labels: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()
        labels.append(operation.label)

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  database=None)
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate(checks=CHECKS)

        try:
            check()
        except Exception as error:  # noqa: BLE001 - every operation is tried, the failures reported together
            failures.append(f"{operation.label}: {error}")
    assert "GET /api/v1/search" in labels and "POST /api/v1/ingest" in labels
    assert not failures, "\n\n".join(failures)
