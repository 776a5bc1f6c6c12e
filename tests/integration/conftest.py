"""Integration fixtures: a real PostgreSQL database and a real HTTPS sync server.

* One fresh database per test session on the local PostgreSQL (127.0.0.1:5432, trust auth,
  user ``postgres``): ``cotdesk_test_<random>``, built by the server's migrations and
  dropped at the end.
* A throwaway certificate authority (``trustme``) and a certificate for 127.0.0.1.
* The server itself: uvicorn over TLS in a thread, on a free loopback port.
* HTTPS clients that verify the server with that CA, and desks enrolled through the API.

Tests isolate themselves by creating their own offices and desks.
"""

from __future__ import annotations

import dataclasses
import os
import secrets
import socket
import ssl
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
import trustme
import uvicorn
from psycopg import sql
from sqlalchemy import Engine

from cotdesk.server import admin, store
from cotdesk.server.app import create_app
from cotdesk.server.ratelimit import RateLimits, Rule
from cotdesk.server.settings import ServerSettings
from cotdesk.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.memory_keyring import MemoryKeyring, installed_memory_keyring

PG_HOST = os.environ.get("COTDESK_TEST_PG_HOST", "127.0.0.1")
PG_PORT = int(os.environ.get("COTDESK_TEST_PG_PORT", "5432"))
PG_USER = os.environ.get("COTDESK_TEST_PG_USER", "postgres")


def _maintenance_connection() -> psycopg.Connection[Any]:
    try:
        return psycopg.connect(
            host=PG_HOST, port=PG_PORT, user=PG_USER, dbname="postgres", autocommit=True
        )
    except psycopg.OperationalError as exc:  # pragma: no cover - environment problem
        pytest.fail(
            f"PostgreSQL is needed on {PG_HOST}:{PG_PORT} (user {PG_USER}, trust auth) for the "
            f"server integration tests; start it with `pg_ctlcluster ... main start`: {exc}"
        )


@pytest.fixture(scope="session")
def database_url() -> Iterator[str]:
    """A fresh PostgreSQL database with the server's schema, dropped after the session."""
    name = f"cotdesk_test_{secrets.token_hex(6)}"
    with _maintenance_connection() as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = f"postgresql+psycopg://{PG_USER}@{PG_HOST}:{PG_PORT}/{name}"
    engine = store.create_server_engine(url, pool_size=1)
    try:
        store.upgrade(engine)
    finally:
        engine.dispose()
    try:
        yield url
    finally:
        with _maintenance_connection() as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.fixture(scope="session")
def server_engine(database_url: str) -> Iterator[Engine]:
    """An engine on the test database, for tests that look at or write the store directly."""
    engine = store.create_server_engine(database_url, pool_size=4)
    try:
        yield engine
    finally:
        engine.dispose()


@dataclass(frozen=True)
class TLSFiles:
    ca: trustme.CA
    certfile: Path
    keyfile: Path
    ca_file: Path

    def client_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        self.ca.configure_trust(context)
        return context


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every integration test gets an empty in-memory OS keyring: desks keep their device
    token there, and the machines that run the tests may have no keyring at all."""
    with installed_memory_keyring() as backend:
        yield backend


@pytest.fixture(scope="session")
def tls(tmp_path_factory: pytest.TempPathFactory) -> TLSFiles:
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    folder = tmp_path_factory.mktemp("tls")
    certfile, keyfile, ca_file = folder / "server.pem", folder / "server.key", folder / "ca.pem"
    cert.cert_chain_pems[0].write_to_path(str(certfile))
    for blob in cert.cert_chain_pems[1:]:
        blob.write_to_path(str(certfile), append=True)
    cert.private_key_pem.write_to_path(str(keyfile))
    ca.cert_pem.write_to_path(str(ca_file))
    return TLSFiles(ca=ca, certfile=certfile, keyfile=keyfile, ca_file=ca_file)


@dataclass(frozen=True)
class RunningServer:
    base_url: str
    port: int
    settings: ServerSettings


@contextmanager
def serve_in_thread(app: Any, tls: TLSFiles) -> Iterator[int]:
    """Run ``app`` with uvicorn over TLS in a thread on a free loopback port (yielded)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port: int = sock.getsockname()[1]
    config = uvicorn.Config(
        app,
        ssl_certfile=str(tls.certfile),
        ssl_keyfile=str(tls.keyfile),
        log_level="warning",
        server_header=False,
        lifespan="on",
    )
    uv_server = uvicorn.Server(config)
    thread = threading.Thread(
        target=uv_server.run, kwargs={"sockets": [sock]}, name="sync-server", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + 20
    while not uv_server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the sync server did not start")
        time.sleep(0.02)
    try:
        yield port
    finally:
        uv_server.should_exit = True
        thread.join(timeout=20)
        sock.close()


#: The shared server's limits: the defaults, except the per-address buckets. Every test of
#: the session comes from 127.0.0.1 and many fail a log-in or an enrollment on purpose, so
#: those buckets would empty over the session; the per-credential and per-code limits stay
#: as shipped (test_server_hardening checks the limits themselves on servers of its own).
SHARED_SERVER_LIMITS = dataclasses.replace(
    RateLimits(),
    auth_per_address=Rule(burst=1_000_000, refill_seconds=0.001),
    enroll_per_address=Rule(burst=1_000_000, refill_seconds=0.001),
)


@pytest.fixture(scope="session")
def server(database_url: str, tls: TLSFiles) -> Iterator[RunningServer]:
    """The sync server on HTTPS, in a thread, for the whole session."""
    settings = ServerSettings(
        database_url=database_url,
        ssl_certfile=tls.certfile,
        ssl_keyfile=tls.keyfile,
        idle_in_transaction_timeout_ms=30_000,
        rate_limits=SHARED_SERVER_LIMITS,
    )
    with serve_in_thread(create_app(settings), tls) as port:
        yield RunningServer(base_url=f"https://127.0.0.1:{port}", port=port, settings=settings)


def https_client(
    server: RunningServer, tls: TLSFiles, *, token: str | None = None, protocol: bool = True
) -> httpx.Client:
    headers: dict[str, str] = {}
    if protocol:
        headers[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.Client(
        base_url=server.base_url, verify=tls.client_context(), headers=headers, timeout=60
    )


@pytest.fixture
def client(server: RunningServer, tls: TLSFiles) -> Iterator[httpx.Client]:
    """An anonymous HTTPS client that trusts the test CA and speaks the protocol."""
    with https_client(server, tls) as c:
        yield c


@pytest.fixture(scope="session")
def admin_token(server_engine: Engine) -> str:
    sessions = store.session_factory(server_engine)
    with sessions.begin() as session:
        return admin.create_admin_token(session, "Amministratore dei test")


@pytest.fixture
def admin_client(server: RunningServer, tls: TLSFiles, admin_token: str) -> Iterator[httpx.Client]:
    with https_client(server, tls, token=admin_token) as c:
        yield c


# --------------------------------------------------------------------------- desks


@dataclass
class Desk:
    """A desk enrolled through the API, with its own HTTPS client and sequence counter."""

    device_id: uuid.UUID
    office_id: uuid.UUID
    token: str
    client: httpx.Client
    sequence: int = 0
    cursor: str | None = None
    #: What this desk has pulled: (entity, row_id) → (version, values, op).
    rows: dict[tuple[str, str], tuple[int, dict[str, Any], str]] = field(default_factory=dict)

    def mutation(
        self,
        entity: str,
        row_id: uuid.UUID,
        op: str,
        changes: dict[str, Any],
        *,
        base_version: int = 0,
        mutation_id: uuid.UUID | None = None,
        sequence: int | None = None,
    ) -> dict[str, Any]:
        if sequence is None:
            self.sequence += 1
            sequence = self.sequence
        return {
            "mutation_id": str(mutation_id or uuid.uuid4()),
            "sequence": sequence,
            "entity": entity,
            "row_id": str(row_id),
            "op": op,
            "base_version": base_version,
            "changes": changes,
            "client_time": datetime.now(UTC).isoformat(),
        }

    def push(self, mutations: list[dict[str, Any]]) -> httpx.Response:
        return self.client.post(
            "/v1/push", json={"device_id": str(self.device_id), "mutations": mutations}
        )

    def push_ok(self, mutations: list[dict[str, Any]]) -> list[dict[str, Any]]:
        response = self.push(mutations)
        assert response.status_code == 200, response.text
        results: list[dict[str, Any]] = response.json()["results"]
        return results

    def pull_page(self, limit: int = 1000) -> dict[str, Any]:
        response = self.client.post("/v1/pull", json={"cursor": self.cursor, "limit": limit})
        assert response.status_code == 200, response.text
        page: dict[str, Any] = response.json()
        for change in page["changes"]:
            key = (change["entity"], change["row_id"])
            known = self.rows.get(key)
            if known is None or known[0] <= change["version"]:
                self.rows[key] = (change["version"], change["values"], change["op"])
        self.cursor = page["cursor"]
        return page

    def pull_all(self, limit: int = 1000) -> list[dict[str, Any]]:
        """Pull until no more pages; returns every change received."""
        received: list[dict[str, Any]] = []
        for _ in range(10_000):
            page = self.pull_page(limit)
            received.extend(page["changes"])
            if not page["more"]:
                return received
        raise AssertionError("pull did not end")


@pytest.fixture
def make_office(admin_client: httpx.Client) -> Callable[[], uuid.UUID]:
    def make() -> uuid.UUID:
        code = "T" + secrets.token_hex(4).upper()
        response = admin_client.post(
            "/v1/offices", json={"code": code, "name": f"COT {code}", "district_code": "rm_m05"}
        )
        assert response.status_code == 201, response.text
        return uuid.UUID(response.json()["id"])

    return make


@pytest.fixture
def enroll(
    server: RunningServer, tls: TLSFiles, admin_client: httpx.Client, client: httpx.Client
) -> Iterator[Callable[[uuid.UUID], Desk]]:
    desks: list[Desk] = []

    def make(office_id: uuid.UUID) -> Desk:
        response = admin_client.post(f"/v1/offices/{office_id}/enrollment-codes")
        assert response.status_code == 201, response.text
        code = response.json()["code"]
        device_id = uuid.uuid4()
        response = client.post(
            "/v1/enroll", json={"code": code, "device_id": str(device_id), "name": "Postazione"}
        )
        assert response.status_code == 201, response.text
        token = response.json()["token"]
        desk = Desk(
            device_id=device_id,
            office_id=office_id,
            token=token,
            client=https_client(server, tls, token=token),
        )
        desks.append(desk)
        return desk

    yield make
    for desk in desks:
        desk.client.close()
