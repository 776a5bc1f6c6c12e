"""Fuzz the sync server's OpenAPI with schemathesis, on PostgreSQL: no 5xx, every answer
conforms to the document (status code, content type, headers, body schema), and data
outside the schema is refused.

Each operation gets a bounded number of generated requests, valid (positive) and invalid
(negative), sent in process to the ASGI application (the same application the HTTPS server
runs) with a real device token or administrator token as the operation needs. The total
runtime is bounded (about 20-40 s on this machine) and printed.
"""

from __future__ import annotations

import secrets
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from psycopg import sql
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from cotdesk.server import admin, store
from cotdesk.server.app import create_app
from cotdesk.server.ratelimit import RateLimits
from cotdesk.server.settings import ServerSettings
from cotdesk.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, EnrollRequest
from tests.integration.conftest import PG_HOST, PG_PORT, PG_USER, _maintenance_connection

#: Generated requests per operation and mode (valid, invalid).
MAX_EXAMPLES = 25
#: Operations a desk calls with its token; the rest (but enroll and health) are an admin's.
DEVICE_PATHS = frozenset({"/v1/push", "/v1/pull", "/v1/conflicts", "/v1/conflicts/resolve"})
OPEN_PATHS = frozenset({"/v1/enroll", "/v1/health"})

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.fixture
def fuzz_database_url() -> Iterator[str]:
    """A database of its own: what the fuzzer writes never meets the other tests' rows."""
    name = f"cotdesk_fuzz_{secrets.token_hex(6)}"
    with _maintenance_connection() as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield f"postgresql+psycopg://{PG_USER}@{PG_HOST}:{PG_PORT}/{name}"
    finally:
        with _maintenance_connection() as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.fixture
def fuzz_app(fuzz_database_url: str) -> Iterator[tuple[Any, dict[str, str]]]:
    """The application (rate limits off: the fuzzer is one address guessing all the time)
    and a token per kind: an admin, and a desk enrolled into its own office."""
    engine = store.create_server_engine(fuzz_database_url, pool_size=4)
    store.upgrade(engine)
    app = create_app(
        ServerSettings(database_url=fuzz_database_url, rate_limits=RateLimits.disabled()),
        engine=engine,
    )
    sessions = store.session_factory(engine)
    with sessions.begin() as session:
        admin_token = admin.create_admin_token(session, "Fuzz")
        office = admin.create_office(
            session,
            code=f"F{uuid.uuid4().hex[:8]}",
            name="Fuzz",
            details={"district_code": "rm_m05"},
        )
        issued = admin.create_enrollment_code(session, office.id)
    with sessions.begin() as session:
        device_id = uuid.uuid4()
        enrolled = admin.enroll(
            session, EnrollRequest(code=issued.code, device_id=device_id, name="Fuzz")
        )
    tokens = {"admin": admin_token, "device": enrolled.token, "device_id": str(device_id)}
    try:
        yield app, tokens
    finally:
        engine.dispose()


def fuzz(operation: Any, mode: GenerationMode, headers: dict[str, str], device_id: str) -> int:
    """Send up to :data:`MAX_EXAMPLES` generated requests; the number sent."""
    checks = [*CHECKS, negative_data_rejection] if mode is GenerationMode.NEGATIVE else CHECKS
    strategy = operation.as_strategy(generation_mode=mode, headers=headers)
    if mode is GenerationMode.POSITIVE and operation.path == "/v1/push":

        def own_device(case: Any) -> Any:
            # A push names the pushing desk: ours, so that valid batches are applied.
            if isinstance(case.body, dict):
                case.body["device_id"] = device_id
            return case

        strategy = strategy.map(own_device)
    sent = 0

    @given(case=strategy)
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        nonlocal sent
        sent += 1
        case.call_and_validate(checks=checks)

    try:
        run()
    except Unsatisfiable:
        # An operation with nothing to make invalid (no body, no parameter but the fixed
        # headers): no negative case exists.
        if mode is not GenerationMode.NEGATIVE:
            raise
    return sent


def test_openapi_fuzz_no_server_errors_and_answers_conform(
    fuzz_app: tuple[Any, dict[str, str]],
) -> None:
    app, tokens = fuzz_app
    schema = schemathesis.openapi.from_asgi(
        "/openapi.json", app, headers={"Authorization": f"Bearer {tokens['admin']}"}
    )
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= DEVICE_PATHS | OPEN_PATHS | {"/v1/offices"}

    started = time.monotonic()
    calls: dict[str, int] = {}
    for operation in operations:
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        if operation.path in DEVICE_PATHS:
            headers["Authorization"] = f"Bearer {tokens['device']}"
        elif operation.path not in OPEN_PATHS:
            headers["Authorization"] = f"Bearer {tokens['admin']}"
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            key = f"{operation.method.upper()} {operation.path} {mode.value}"
            calls[key] = fuzz(operation, mode, headers, tokens["device_id"])
    elapsed = time.monotonic() - started
    print(f"\nschemathesis: {sum(calls.values())} requests, {len(calls)} runs, {elapsed:.1f} s")
    for key, count in sorted(calls.items()):
        print(f"  {key}: {count}")
    assert all(count > 0 for key, count in calls.items() if key.endswith("positive")), calls
    assert elapsed < 120, f"the fuzz run took {elapsed:.0f} s"
