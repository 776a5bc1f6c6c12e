"""Server hardening over real HTTPS on PostgreSQL: rate limits (429, Retry-After, recovery),
body limits, strict payloads, security headers, secrets stored only as slow hashes, and
logs without personal data."""

from __future__ import annotations

import hashlib
import logging
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
import uvicorn
from sqlalchemy import Engine, func, select, text

from cotdesk.server import store
from cotdesk.server.app import create_app
from cotdesk.server.ratelimit import RateLimits, Rule
from cotdesk.server.settings import ServerSettings
from cotdesk.server.store import EnrollmentCode, SyncMutation, SyncRow
from cotdesk.sync.protocol import MAX_BODY_BYTES, PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.integration.conftest import (
    Desk,
    RunningServer,
    TLSFiles,
    serve_in_thread,
)

MakeOffice = Callable[[], uuid.UUID]
Enroll = Callable[[uuid.UUID], Desk]

#: Tight limits for the tests: a few attempts, refilled in a fraction of a second.
TIGHT = RateLimits(
    auth_per_address=Rule(burst=6, refill_seconds=2.0),
    auth_per_credential=Rule(burst=3, refill_seconds=2.0),
    enroll_per_address=Rule(burst=4, refill_seconds=2.0),
    enroll_per_code=Rule(burst=2, refill_seconds=2.0),
)
HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


@contextmanager
def tight_server(database_url: str, tls: TLSFiles, limits: RateLimits = TIGHT) -> Iterator[str]:
    settings = ServerSettings(database_url=database_url, rate_limits=limits)
    with serve_in_thread(create_app(settings), tls) as port:
        yield f"https://127.0.0.1:{port}"


def client_for(base_url: str, tls: TLSFiles, token: str | None = None) -> httpx.Client:
    headers = dict(HEADERS)
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.Client(base_url=base_url, verify=tls.client_context(), headers=headers)


def assert_rate_limited(response: httpx.Response) -> int:
    assert response.status_code == 429, response.text
    body = response.json()
    assert body["error"] == "rate_limited"
    assert "riprovare tra" in body["message"]
    retry_after = int(response.headers["retry-after"])
    assert retry_after >= 1
    return retry_after


def wait_until_allowed(
    call: Callable[[], httpx.Response], *, within: float = 15.0
) -> httpx.Response:
    deadline = time.monotonic() + within
    while True:
        response = call()
        if response.status_code != 429 or time.monotonic() > deadline:
            return response
        time.sleep(0.1)


@pytest.fixture
def desk(make_office: MakeOffice, enroll: Enroll) -> Desk:
    return enroll(make_office())


# --------------------------------------------------------------------------- rate limits


def test_failed_logins_are_limited_per_credential_then_recover(
    database_url: str, tls: TLSFiles, desk: Desk
) -> None:
    forged = f"cdd.{desk.device_id.hex}.{'x' * 43}"
    with (
        tight_server(database_url, tls) as url,
        client_for(url, tls, forged) as attacker,
        client_for(url, tls, desk.token) as real,
    ):
        statuses = [attacker.post("/v1/pull", json={}).status_code for _ in range(3)]
        assert statuses == [401, 401, 401]
        assert_rate_limited(attacker.post("/v1/pull", json={}))
        # The credential is locked for a moment, even with the right secret …
        assert_rate_limited(real.post("/v1/pull", json={}))
        # … and recovers once its bucket has refilled; successes are never charged.
        assert wait_until_allowed(lambda: real.post("/v1/pull", json={})).status_code == 200
        for _ in range(10):
            assert real.post("/v1/pull", json={}).status_code == 200


def test_failed_logins_are_limited_per_address(database_url: str, tls: TLSFiles) -> None:
    with tight_server(database_url, tls) as url, client_for(url, tls) as anonymous:
        # Different (unknown) credentials every time: only the address bucket catches them.
        statuses = []
        for _ in range(8):
            anonymous.headers["Authorization"] = f"Bearer cdd.{uuid.uuid4().hex}.secret"
            statuses.append(anonymous.post("/v1/pull", json={}).status_code)
        assert statuses[:6] == [401] * 6
        assert statuses[6:] == [429, 429]
        anonymous.headers["Authorization"] = f"Bearer cdd.{uuid.uuid4().hex}.secret"
        assert wait_until_allowed(lambda: anonymous.post("/v1/pull", json={})).status_code == 401


def test_enrollment_guessing_is_limited_and_successes_are_not_charged(
    database_url: str, tls: TLSFiles, make_office: MakeOffice, admin_client: httpx.Client
) -> None:
    office = make_office()

    def new_code() -> str:
        response = admin_client.post(f"/v1/offices/{office}/enrollment-codes")
        assert response.status_code == 201
        code: str = response.json()["code"]
        return code

    def enroll(client: httpx.Client, code: str) -> httpx.Response:
        return client.post(
            "/v1/enroll", json={"code": code, "device_id": str(uuid.uuid4()), "name": "P"}
        )

    with tight_server(database_url, tls) as url, client_for(url, tls) as client:
        # An office enrolling more desks than the burst at once is never slowed down.
        for _ in range(6):
            assert enroll(client, new_code()).status_code == 201
        # Guessing: the same wrong code is refused twice, then limited per code …
        assert [enroll(client, "AAAA-BBBB-CCCC").status_code for _ in range(2)] == [403, 403]
        retry = assert_rate_limited(enroll(client, "AAAA-BBBB-CCCC"))
        assert retry <= 2
        # … and different codes hit the address's bucket.
        statuses = [enroll(client, f"AAAA-BBBB-{n:04d}").status_code for n in range(3)]
        assert statuses[:2] == [403, 403]
        assert statuses[2] == 429
        # The buckets refill: a good code works again.
        code = new_code()
        assert wait_until_allowed(lambda: enroll(client, code)).status_code == 201


def test_the_default_limits_are_on(server: RunningServer) -> None:
    limits = RateLimits()  # what a server gets unless configured otherwise
    assert limits.enabled
    shared = server.settings.rate_limits  # the tests' shared server: per credential as shipped
    assert (shared.auth_per_credential, shared.enroll_per_code) == (
        limits.auth_per_credential,
        limits.enroll_per_code,
    )
    assert limits.auth_per_credential.burst <= 20
    assert limits.enroll_per_code.burst <= 10


# --------------------------------------------------------------------------- body size


def test_a_full_push_batch_fits_under_the_body_limit(desk: Desk, server_engine: Engine) -> None:
    """The desk pushes batches of ``PUSH_BATCH`` entries: a batch of realistic person
    inserts (every field filled, long notes) is far below the limit and accepted."""
    from cotdesk.sync.client import PUSH_BATCH

    mutations = []
    for n in range(PUSH_BATCH):
        row_id = uuid.uuid4()
        values = {
            "id": str(row_id),
            "surname": f"Esposito-{n}",
            "given_names": "Maria Grazia",
            "codice_fiscale": "SPSMGR80A41H501X",
            "birth_date": "1980-01-01",
            "phone": "+39 333 1234567",
            "email": "maria.esposito@example.org",
            "address": "Via dei Fori Imperiali 1, 00186 Roma",
            "notes": "Nota dell'operatore. " * 100,
        }
        mutations.append(desk.mutation("person", row_id, "insert", values))
    body = {"device_id": str(desk.device_id), "mutations": mutations}
    size = len(httpx.Request("POST", "https://x", json=body).content)
    assert size < MAX_BODY_BYTES / 2, size
    results = desk.push_ok(mutations)
    assert {r["status"] for r in results} == {"applied"}


def test_an_oversize_enrollment_is_413_and_the_code_stays_usable(
    make_office: MakeOffice, admin_client: httpx.Client, client: httpx.Client
) -> None:
    office = make_office()
    code = admin_client.post(f"/v1/offices/{office}/enrollment-codes").json()["code"]
    body = {"code": code, "device_id": str(uuid.uuid4()), "name": "P" * (MAX_BODY_BYTES + 10)}
    response = client.post("/v1/enroll", json=body)
    assert response.status_code == 413
    assert response.json()["error"] == "payload_too_large"
    body["name"] = "Sportello"
    assert client.post("/v1/enroll", json=body).status_code == 201


# --------------------------------------------------------------------------- strict payloads


def _enroll_body(code: str, **extra: Any) -> dict[str, Any]:
    return {"code": code, "device_id": str(uuid.uuid4()), "name": "Sportello", **extra}


@pytest.mark.parametrize(
    "bad",
    [
        {"surprise": True},  # unknown field
        {"name": "N" * 201},  # oversized string
        {"name": ""},
        {"name": "Sportello\u0000 2"},  # a control character (PostgreSQL refuses NUL)
        {"device_id": "not-a-uuid"},
    ],
)
def test_a_strict_enrollment_refuses_and_spends_nothing(
    make_office: MakeOffice,
    admin_client: httpx.Client,
    client: httpx.Client,
    server_engine: Engine,
    bad: dict[str, Any],
) -> None:
    office = make_office()
    code = admin_client.post(f"/v1/offices/{office}/enrollment-codes").json()["code"]
    response = client.post("/v1/enroll", json={**_enroll_body(code), **bad})
    assert response.status_code == 422, response.text
    assert response.json()["error"] == "invalid_request"
    with server_engine.connect() as conn:
        used = conn.execute(
            select(func.count())
            .select_from(EnrollmentCode)
            .where(EnrollmentCode.office_id == office, EnrollmentCode.used_at.is_not(None))
        ).scalar_one()
    assert used == 0
    assert client.post("/v1/enroll", json=_enroll_body(code)).status_code == 201


def _nested(depth: int) -> Any:
    value: Any = "fondo"
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize(
    "changes",
    [
        {"notes": "x" * 1_000_001},  # a string longer than any a person types
        {"details": _nested(40)},  # nesting deeper than any row has
        {"details": list(range(10_001))},  # a list longer than any row has
        {f"f{n}": 1 for n in range(301)},  # more fields than any table
    ],
    ids=["long-string", "deep", "long-list", "many-fields"],
)
def test_an_unbounded_push_value_is_422_and_nothing_applied(
    desk: Desk, server_engine: Engine, changes: dict[str, Any]
) -> None:
    row_id = uuid.uuid4()
    ok = desk.mutation("person", uuid.uuid4(), "insert", {"surname": "Esposito"})
    bad = desk.mutation("person", row_id, "insert", changes)
    response = desk.push([ok, bad])
    assert response.status_code == 422, response.text[:500]
    assert response.json()["error"] == "invalid_request"
    with server_engine.connect() as conn:
        for model in (SyncMutation, SyncRow):
            column = model.device_id if model is SyncMutation else model.office_id
            key = desk.device_id if model is SyncMutation else desk.office_id
            query = select(func.count()).select_from(model).where(column == key)
            if model is SyncRow:
                query = query.where(SyncRow.entity != "office")  # the office's own row
            count = conn.execute(query).scalar_one()
            assert count == 0


def test_integers_are_integers(
    desk: Desk, server_engine: Engine, admin_client: httpx.Client
) -> None:
    """``true`` is not 1, ``"5"`` is not 5: found by the fuzzer."""
    mutation = desk.mutation("person", uuid.uuid4(), "insert", {"surname": "Esposito"})
    for field, value in (("sequence", True), ("base_version", "0"), ("sequence", 1.5)):
        response = desk.push([{**mutation, field: value}])
        assert response.status_code == 422, (field, value)
    for path in ("/v1/pull", "/v1/conflicts"):
        assert desk.client.post(path, json={"limit": True}).status_code == 422
    assert (
        admin_client.post("/v1/offices", json={"code": "X\u0000", "name": "X"}).status_code == 422
    )
    with server_engine.connect() as conn:
        ledger = conn.execute(
            select(func.count())
            .select_from(SyncMutation)
            .where(SyncMutation.device_id == desk.device_id)
        ).scalar_one()
    assert ledger == 0


# --------------------------------------------------------------------------- headers


def _assert_security_headers(response: httpx.Response) -> None:
    headers = response.headers
    assert headers["strict-transport-security"].startswith("max-age=")
    assert int(headers["strict-transport-security"].split("=")[1].split(";")[0]) >= 15_552_000
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["cache-control"] == "no-store"
    assert "default-src 'none'" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["referrer-policy"] == "no-referrer"
    assert "server" not in headers


def test_security_headers_on_every_answer(
    desk: Desk, client: httpx.Client, admin_client: httpx.Client, database_url: str, tls: TLSFiles
) -> None:
    answers = {
        "health": client.get("/v1/health"),
        "pull": desk.client.post("/v1/pull", json={}),
        "push": desk.client.post(
            "/v1/push", json={"device_id": str(desk.device_id), "mutations": []}
        ),
        "401": client.post("/v1/pull", json={}),
        "404": client.get("/v1/nowhere"),
        "413": desk.client.post(
            "/v1/push",
            content=b"x" * (MAX_BODY_BYTES + 1),
            headers={"Content-Type": "application/json"},
        ),
        "415": desk.client.post("/v1/push", content=b"x", headers={"Content-Type": "text/plain"}),
        "422": desk.client.post("/v1/push", json={"surprise": 1}),
        "426": desk.client.post("/v1/pull", json={}, headers={PROTOCOL_HEADER: "99"}),
        "openapi": admin_client.get("/openapi.json"),
    }
    expected = {
        "health": 200, "pull": 200, "push": 200, "401": 401, "404": 404,
        "413": 413, "415": 415, "422": 422, "426": 426, "openapi": 200,
    }  # fmt: skip
    assert {name: r.status_code for name, r in answers.items()} == expected
    for name, response in answers.items():
        assert response.headers["content-type"].startswith("application/json"), name
        _assert_security_headers(response)
    with tight_server(database_url, tls) as url, client_for(url, tls) as anonymous:
        for _ in range(7):
            anonymous.headers["Authorization"] = f"Bearer cdd.{uuid.uuid4().hex}.s"
            limited = anonymous.post("/v1/pull", json={})
        assert limited.status_code == 429
        _assert_security_headers(limited)


def test_no_html_pages_and_the_openapi_document_for_administrators_only(
    client: httpx.Client, desk: Desk
) -> None:
    for path in ("/docs", "/redoc", "/docs/oauth2-redirect"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("application/json")
    for anonymous_or_desk in (client, desk.client):
        response = anonymous_or_desk.get("/openapi.json")
        assert response.status_code == 401
        assert "amministratore" in response.json()["message"]


# --------------------------------------------------------------------------- stored secrets


def test_tokens_and_codes_are_stored_only_as_slow_hashes(
    desk: Desk, admin_token: str, admin_client: httpx.Client, server_engine: Engine
) -> None:
    code = admin_client.post(f"/v1/offices/{desk.office_id}/enrollment-codes").json()["code"]
    secrets_in_clear = {
        "device token": desk.token,
        "admin token": admin_token,
        "enrollment code": code,
    }
    forbidden: list[bytes] = []
    for secret in secrets_in_clear.values():
        for form in {secret, secret.rsplit(".", 1)[-1], secret.replace("-", "")}:
            forbidden.append(form.encode())
            forbidden.append(form.encode().hex().encode())
            forbidden.append(hashlib.sha256(form.encode()).digest())
            forbidden.append(hashlib.sha256(form.encode()).hexdigest().encode())
    tables = ("device", "admin_token", "enrollment_code", "office", "sync_mutation")
    with server_engine.connect() as conn:
        dump = b"".join(
            repr(row).encode() + b"".join(v for v in row if isinstance(v, bytes))
            for table in tables
            for row in conn.execute(text(f"SELECT * FROM {table}"))
        )
    for form in forbidden:
        assert form not in dump
    # Every stored secret is a 32-byte scrypt output; tokens with a per-row salt.
    with server_engine.connect() as conn:
        device = conn.execute(
            select(store.Device.token_salt, store.Device.token_hash).where(
                store.Device.id == desk.device_id
            )
        ).one()
        assert len(device.token_hash) == 32
        assert len(device.token_salt) == 16
        hashes = conn.execute(select(EnrollmentCode.code_hash)).scalars().all()
    from cotdesk.server.security import code_hash, scrypt_hash

    assert code_hash(code) in hashes
    assert code_hash(code.lower().replace("-", " ")) == code_hash(code)
    assert scrypt_hash(desk.token.rsplit(".", 1)[-1], device.token_salt) == device.token_hash


def test_operator_passwords_reach_the_server_only_as_scrypt_hashes(
    desk: Desk, admin_client: httpx.Client, server_engine: Engine
) -> None:
    from cotdesk.domain.passwords import hash_password
    from cotdesk.server.security import is_slow_password_hash

    password = "Segreta2026!hardening"
    response = admin_client.post(
        f"/v1/offices/{desk.office_id}/operators",
        json={"username": f"op{uuid.uuid4().hex[:8]}", "full_name": "Op", "password": password},
    )
    assert response.status_code == 201, response.text
    operator = uuid.UUID(response.json()["id"])
    with server_engine.connect() as conn:
        data = conn.execute(
            select(SyncRow.data).where(SyncRow.entity == "operator", SyncRow.id == operator)
        ).scalar_one()
        everything = conn.execute(text("SELECT data::text FROM sync_row")).scalars().all()
    assert is_slow_password_hash(data["password_hash"])
    assert data["password_hash"].startswith("scrypt$16384$8$1$")
    assert not any(password in row for row in everything)

    # The operator changes their own password on the desk: only a slow hash is taken.
    weak = hash_password(password).replace("scrypt$16384$", "scrypt$1024$")
    pushed = []
    for value in (password, weak, "scrypt$x", hash_password("Nuova2026!hardening")):
        mutation = desk.mutation(
            "operator", operator, "update", {"password_hash": value}, base_version=1
        )
        pushed.append(desk.push_ok([{**mutation, "operator_id": str(operator)}])[0])
    assert [r["status"] for r in pushed] == ["rejected", "rejected", "rejected", "applied"]
    assert "scrypt" in pushed[0]["reason"]
    with server_engine.connect() as conn:
        ledger = (
            conn.execute(
                select(SyncMutation.payload).where(SyncMutation.device_id == desk.device_id)
            )
            .scalars()
            .all()
        )
    # Rejected mutations are kept (nothing a desk sent is lost), but not a password.
    assert len(ledger) == 4
    assert not any(payload and "password_hash" in payload for payload in ledger)


def test_an_administrator_s_directory_value_with_nul_is_422(admin_client: httpx.Client) -> None:
    """Found by the fuzzer: PostgreSQL refuses NUL in JSON, which was a 500."""
    for values in ({"name": "Il Ponte\u0000"}, {"na\u0000me": "x"}, {"Bad Field": "x"}):
        response = admin_client.put(
            f"/v1/directory/partner/{uuid.uuid4()}", json={"values": values}
        )
        assert response.status_code == 422, (values, response.text)
        assert response.json()["error"] == "invalid_request"


# --------------------------------------------------------------------------- logs


@contextmanager
def logging_server(database_url: str, tls: TLSFiles) -> Iterator[int]:
    """uvicorn as ``cotdesk-server serve`` runs it (access log on), but logging to the
    root logger so the test can read every line, at DEBUG."""
    settings = ServerSettings(database_url=database_url)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port: int = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(settings),
        ssl_certfile=str(tls.certfile),
        ssl_keyfile=str(tls.keyfile),
        log_config=None,
        log_level="debug",
        access_log=True,
        server_header=False,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive(), "server did not start"
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.02)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        sock.close()


def test_logs_carry_no_personal_data(
    database_url: str,
    tls: TLSFiles,
    desk: Desk,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    name, cf = "Immacolata Scognamiglio", "SCGMCL70A41F839Z"
    with logging_server(database_url, tls) as port:
        base = f"https://127.0.0.1:{port}"
        with client_for(base, tls, desk.token) as c:
            row_id = uuid.uuid4()
            values = {"id": str(row_id), "surname": name, "codice_fiscale": cf, "notes": name}
            mutation = desk.mutation("person", row_id, "insert", values)
            body = {"device_id": str(desk.device_id), "mutations": [mutation]}
            assert c.post("/v1/push", json=body).status_code == 200
            # The same mutation id with another payload: refused, logged, no values.
            changed = {**mutation, "changes": {**values, "notes": name + " bis"}}
            c.post("/v1/push", json={**body, "mutations": [changed]})
            # Data in a query string, a refused body, an unknown path.
            c.post(f"/v1/pull?cognome={name}&cf={cf}", json={})
            c.post("/v1/push", json={"device_id": name, "mutations": []})
            c.get(f"/v1/persone/{cf}?nome={name}")
            # A value PostgreSQL refuses (\u0000 in JSONB): its error quotes the JSON.
            bad_id = uuid.uuid4()
            c.post(
                "/v1/push",
                json={
                    "device_id": str(desk.device_id),
                    "mutations": [
                        desk.mutation("person", bad_id, "insert", {"surname": name + "\u0000"})
                    ],
                },
            )
    out, err = capfd.readouterr()
    # Everything the server side logged (the test's own HTTP client logs its URLs: skip it).
    server_records = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    assert {r.name.split(".")[0] for r in server_records} >= {"uvicorn", "cotdesk"}
    logged = "\n".join(caplog.handler.format(r) for r in server_records) + out + err
    assert "/v1/push" in caplog.text  # the access log was captured …
    assert '"POST /v1/pull HTTP/1.1" 200' in caplog.text  # … without its query string
    for secret in (name, "Scognamiglio", cf, desk.token):
        assert secret not in logged, secret
    assert "cognome" not in logged
