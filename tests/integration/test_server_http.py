"""The HTTP surface over real TLS: certificates, tokens and revocation, enrollment, bad
payloads (each a clear 4xx and nothing applied), error bodies and the OpenAPI document."""

from __future__ import annotations

import json
import socket
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, func, select

from cotdesk.server.store import SyncMutation, SyncRow
from cotdesk.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.integration.conftest import (
    Desk,
    RunningServer,
    TLSFiles,
    https_client,
    serve_in_thread,
)

MakeOffice = Callable[[], uuid.UUID]
Enroll = Callable[[uuid.UUID], Desk]


def nothing_applied(engine: Engine, desk: Desk) -> bool:
    with engine.connect() as conn:
        ledger = conn.execute(
            select(func.count())
            .select_from(SyncMutation)
            .where(SyncMutation.device_id == desk.device_id)
        ).scalar_one()
        rows = conn.execute(
            select(func.count())
            .select_from(SyncRow)
            .where(SyncRow.office_id == desk.office_id, SyncRow.entity != "office")
        ).scalar_one()
    return ledger == 0 and rows == 0


@pytest.fixture
def desk(make_office: MakeOffice, enroll: Enroll) -> Desk:
    return enroll(make_office())


def push_body(desk: Desk, n: int = 1, **extra: Any) -> dict[str, Any]:
    mutations = []
    for _ in range(n):
        row_id = uuid.uuid4()
        mutations.append(desk.mutation("person", row_id, "insert", {"id": str(row_id), **extra}))
    return {"device_id": str(desk.device_id), "mutations": mutations}


# --------------------------------------------------------------------------- TLS


def test_https_only_with_certificate_verification(server: RunningServer, tls: TLSFiles) -> None:
    # A client that does not trust the test CA refuses the server.
    with (
        httpx.Client(base_url=server.base_url) as untrusting,
        pytest.raises(httpx.ConnectError) as err,
    ):
        untrusting.get("/v1/health")
    assert "CERTIFICATE_VERIFY_FAILED" in str(err.value)
    # Plain HTTP on the same port gets no answer.
    with (
        httpx.Client(base_url=f"http://127.0.0.1:{server.port}") as plain,
        pytest.raises(httpx.TransportError),
    ):
        plain.get("/v1/health")
    # With the CA it answers, and says its protocol version.
    with httpx.Client(base_url=server.base_url, verify=tls.client_context()) as trusting:
        response = trusting.get("/v1/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "protocol": PROTOCOL_VERSION}
    assert response.headers[PROTOCOL_HEADER] == str(PROTOCOL_VERSION)


# --------------------------------------------------------------------------- tokens


def test_revoked_device_gets_401_on_push_and_pull(
    desk: Desk, admin_client: httpx.Client, server_engine: Engine
) -> None:
    assert desk.push(push_body(desk)["mutations"]).status_code == 200
    assert desk.client.post("/v1/pull", json={}).status_code == 200

    # Only an administrator may revoke.
    response = desk.client.post(f"/v1/devices/{desk.device_id}/revoke")
    assert response.status_code == 401
    response = admin_client.post(f"/v1/devices/{desk.device_id}/revoke")
    assert response.status_code == 200, response.text
    assert response.json()["device_id"] == str(desk.device_id)
    assert admin_client.post(f"/v1/devices/{uuid.uuid4()}/revoke").status_code == 404

    for path, body in (("/v1/push", push_body(desk)), ("/v1/pull", {"cursor": desk.cursor})):
        response = desk.client.post(path, json=body)
        assert response.status_code == 401
        assert response.headers["www-authenticate"].startswith("Bearer")
        assert "revocato" in response.json()["message"]
    with server_engine.connect() as conn:
        ledger = conn.execute(
            select(func.count())
            .select_from(SyncMutation)
            .where(SyncMutation.device_id == desk.device_id)
        ).scalar_one()
    assert ledger == 1


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer", "Bearer nonsense", "Basic dXNlcjpwYXNz", "Bearer cdd.{device}.wrong-secret"],
)
def test_missing_or_wrong_token_gets_401(
    desk: Desk, server: RunningServer, tls: TLSFiles, authorization: str | None
) -> None:
    with https_client(server, tls) as anonymous:
        if authorization is not None:
            anonymous.headers["Authorization"] = authorization.format(device=desk.device_id.hex)
        response = anonymous.post("/v1/pull", json={})
    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized"


def test_admin_endpoints_refuse_device_tokens(desk: Desk, client: httpx.Client) -> None:
    response = desk.client.post("/v1/offices", json={"code": "X1", "name": "X"})
    assert response.status_code == 401
    assert "amministratore" in response.json()["message"]
    assert client.post("/v1/offices", json={"code": "X1", "name": "X"}).status_code == 401


# --------------------------------------------------------------------------- enrollment


def test_enrollment_codes_are_single_use(
    make_office: MakeOffice, admin_client: httpx.Client, client: httpx.Client
) -> None:
    office = make_office()
    code = admin_client.post(f"/v1/offices/{office}/enrollment-codes").json()["code"]
    typed = " " + code.lower().replace("-", " ") + " "  # as a person may type it
    first = client.post(
        "/v1/enroll", json={"code": typed, "device_id": str(uuid.uuid4()), "name": "Sportello 1"}
    )
    assert first.status_code == 201, first.text
    assert first.json()["office_id"] == str(office)
    assert first.json()["token"].startswith("cdd.")

    again = client.post(
        "/v1/enroll", json={"code": code, "device_id": str(uuid.uuid4()), "name": "Sportello 2"}
    )
    assert again.status_code == 403
    assert "già usato" in again.json()["message"]
    wrong = client.post(
        "/v1/enroll",
        json={"code": "AAAA-BBBB-CCCC", "device_id": str(uuid.uuid4()), "name": "Sportello 3"},
    )
    assert wrong.status_code == 403
    unknown_office = admin_client.post(f"/v1/offices/{uuid.uuid4()}/enrollment-codes")
    assert unknown_office.status_code == 404


def test_an_enrolled_device_id_cannot_enroll_again_and_the_code_stays_usable(
    desk: Desk, admin_client: httpx.Client, client: httpx.Client
) -> None:
    code = admin_client.post(f"/v1/offices/{desk.office_id}/enrollment-codes").json()["code"]
    response = client.post(
        "/v1/enroll", json={"code": code, "device_id": str(desk.device_id), "name": "Di nuovo"}
    )
    assert response.status_code == 409
    response = client.post(
        "/v1/enroll", json={"code": code, "device_id": str(uuid.uuid4()), "name": "Nuova"}
    )
    assert response.status_code == 201


# --------------------------------------------------------------------------- bad payloads


def test_non_json_body_is_400(desk: Desk, server_engine: Engine) -> None:
    response = desk.client.post(
        "/v1/push", content=b"device_id=1&mutations=2", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "invalid_json"
    assert "JSON valido" in body["message"]
    assert nothing_applied(server_engine, desk)


def test_truncated_body_is_400_and_nothing_applied(desk: Desk, server_engine: Engine) -> None:
    full = json.dumps(push_body(desk, 20)).encode()
    response = desk.client.post(
        "/v1/push", content=full[: len(full) // 2], headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert "troncato" in response.json()["message"]
    assert nothing_applied(server_engine, desk)


def test_a_body_cut_off_by_a_dropped_connection_applies_nothing(
    desk: Desk, server: RunningServer, tls: TLSFiles, server_engine: Engine
) -> None:
    full = json.dumps(push_body(desk, 20)).encode()
    head = (
        f"POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\n{PROTOCOL_HEADER}: {PROTOCOL_VERSION}\r\n"
        f"Authorization: Bearer {desk.token}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(full)}\r\n\r\n"
    ).encode()
    with (
        socket.create_connection(("127.0.0.1", server.port)) as raw,
        tls.client_context().wrap_socket(raw, server_hostname="127.0.0.1") as conn,
    ):
        conn.sendall(head + full[: len(full) // 3])
    # The server saw the disconnect; a request after it works and nothing was applied.
    assert desk.client.get("/v1/health").status_code == 200
    assert desk.client.post("/v1/pull", json={}).status_code == 200
    assert nothing_applied(server_engine, desk)


def test_oversize_body_is_413(desk: Desk, server_engine: Engine) -> None:
    big = push_body(desk, 1, notes="x" * (6 * 1024 * 1024))
    response = desk.client.post("/v1/push", json=big)
    assert response.status_code == 413
    assert "troppo grande" in response.json()["message"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while it arrives
        payload = json.dumps(big).encode()
        for start in range(0, len(payload), 256 * 1024):
            yield payload[start : start + 256 * 1024]

    response = desk.client.post(
        "/v1/push", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert nothing_applied(server_engine, desk)


def test_wrong_protocol_version_is_426_in_italian(
    desk: Desk, server: RunningServer, tls: TLSFiles, server_engine: Engine
) -> None:
    for version in ("2", "0", "abc"):
        response = desk.client.post(
            "/v1/push", json=push_body(desk), headers={PROTOCOL_HEADER: version}
        )
        assert response.status_code == 426
        body = response.json()
        assert body["error"] == "protocol_version"
        assert "Aggiornare cotdesk" in body["message"]
        assert response.headers["upgrade"] == f"cotdesk-sync/{PROTOCOL_VERSION}"
    with https_client(server, tls, token=desk.token, protocol=False) as old_desk:
        response = old_desk.post("/v1/pull", json={})
    assert response.status_code == 426
    assert "nessuna" in response.json()["message"]
    assert nothing_applied(server_engine, desk)


def test_wrong_media_type_is_415(desk: Desk, server_engine: Engine) -> None:
    response = desk.client.post(
        "/v1/push",
        content=json.dumps(push_body(desk)).encode(),
        headers={"Content-Type": "text/plain"},
    )
    assert response.status_code == 415
    assert nothing_applied(server_engine, desk)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda m: m.pop("mutation_id"),
        lambda m: m.update(op="upsert"),
        lambda m: m.update(sequence=0),
        lambda m: m.update(row_id="not-a-uuid"),
        lambda m: m.update(changes={"Bad Field": 1}),
        lambda m: m.update(client_time="2026-01-01T10:00:00"),  # no time zone
        lambda m: m.update(surprise=True),
    ],
)
def test_wrong_schema_is_422_and_nothing_applied(
    desk: Desk, server_engine: Engine, mutate: Callable[[dict[str, Any]], Any]
) -> None:
    body = push_body(desk, 3)
    mutate(body["mutations"][1])
    response = desk.client.post("/v1/push", json=body)
    assert response.status_code == 422
    answer = response.json()
    assert answer["error"] == "invalid_request"
    assert "protocollo" in answer["message"]
    assert answer["details"]
    assert nothing_applied(server_engine, desk)


def test_unknown_path_and_method_answer_in_italian(client: httpx.Client) -> None:
    response = client.get("/v1/nowhere")
    assert response.status_code == 404
    assert response.json()["message"].startswith("Indirizzo sconosciuto")
    response = client.get("/v1/push")
    assert response.status_code == 405
    assert response.json()["error"] == "http_error"


# --------------------------------------------------------------------------- OpenAPI


def test_openapi_document_describes_the_protocol(
    client: httpx.Client, admin_client: httpx.Client
) -> None:
    assert client.get("/openapi.json").status_code == 401  # for administrators only
    response = admin_client.get("/openapi.json")
    assert response.status_code == 200
    spec = response.json()
    assert spec["openapi"].startswith("3.")
    paths = spec["paths"]
    for path in (
        "/v1/push",
        "/v1/pull",
        "/v1/enroll",
        "/v1/offices",
        "/v1/offices/{office_id}/enrollment-codes",
        "/v1/devices/{device_id}/revoke",
        "/v1/health",
    ):
        assert "post" in paths[path] or "get" in paths[path], path
    schemas = spec["components"]["schemas"]
    for name in (
        "PushRequest",
        "Mutation",
        "PushResponse",
        "PushResult",
        "PullRequest",
        "PullPage",
        "PulledChange",
        "EnrollRequest",
        "EnrollResponse",
        "ErrorBody",
    ):
        assert name in schemas, name
    assert set(schemas["PushResult"]["properties"]["status"]["enum"]) == {
        "applied",
        "duplicate",
        "conflict",
        "rejected",
    }
    assert set(schemas["Mutation"]["required"]) >= {
        "mutation_id",
        "sequence",
        "entity",
        "row_id",
        "op",
        "base_version",
        "changes",
    }
    push = paths["/v1/push"]["post"]
    assert push["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/PushRequest"
    )
    for status in ("200", "401", "413", "422", "426"):
        assert status in push["responses"], status
    assert "410" in paths["/v1/pull"]["post"]["responses"]
    header = [p for p in push["parameters"] if p["in"] == "header"]
    assert [p["name"] for p in header] == [PROTOCOL_HEADER]
    assert any(
        scheme.get("scheme") == "bearer"
        for scheme in spec["components"]["securitySchemes"].values()
    )


def test_a_database_outage_is_a_500_in_italian_that_the_desk_retries(
    tls: TLSFiles, caplog: pytest.LogCaptureFixture
) -> None:
    """No database behind the app: the desk gets a 5xx (retried with backoff), not a 4xx
    (which would park its mutations)."""
    from cotdesk.server.app import create_app
    from cotdesk.server.settings import ServerSettings

    settings = ServerSettings(database_url="postgresql://postgres@127.0.0.1:1/none")
    with serve_in_thread(create_app(settings), tls) as port:
        response = httpx.post(
            f"https://127.0.0.1:{port}/v1/pull",
            json={},
            headers={
                PROTOCOL_HEADER: str(PROTOCOL_VERSION),
                "Authorization": f"Bearer cdd.{uuid.uuid4().hex}.secret",
            },
            verify=tls.client_context(),
        )
    assert response.status_code == 500
    body = response.json()
    assert body["error"] == "internal"
    assert "ripetuta automaticamente" in body["message"]
    assert "unexpected error on POST /v1/pull" in caplog.text
