"""Server-side faults on real PostgreSQL over real HTTPS (issue 6, faults 4 and 5).

Fault 4: the server's PostgreSQL connection is killed (``pg_terminate_backend``) at each
step of a push transaction, and the server process itself is killed (SIGKILL) while it
applies a large push; the desk gets an error, nothing of the batch is on the server, and
the same batch sent again is applied exactly once.

Fault 5: writers commit out of order while one write transaction stays open; desks are held
back (lag) but never skip a row, and when the long transaction ends the lag drains, each
row delivered once.
"""

from __future__ import annotations

import random
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import psycopg
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from cotdesk.server import app as app_module
from cotdesk.server import push as push_module
from cotdesk.server.admin import DeviceIdentity
from cotdesk.server.push import push
from cotdesk.sync.protocol import Mutation, PushRequest
from tests.integration.conftest import Desk, TLSFiles

MakeOffice = Callable[[], uuid.UUID]
Enroll = Callable[[uuid.UUID], Desk]


def identity(desk: Desk) -> DeviceIdentity:
    return DeviceIdentity(device_id=desk.device_id, office_id=desk.office_id)


def person_batch(desk: Desk, count: int) -> list[dict[str, Any]]:
    rows = [uuid.uuid4() for _ in range(count)]
    return [
        desk.mutation("person", row, "insert", {"id": str(row), "last_name": f"Rossi {i}"})
        for i, row in enumerate(rows)
    ]


def server_counts(engine: Engine, desk: Desk, batch: list[dict[str, Any]]) -> tuple[int, int, int]:
    """(ledger entries, rows, feed changes) of the batch on the server."""
    ids = [uuid.UUID(m["mutation_id"]) for m in batch]
    rows = [uuid.UUID(m["row_id"]) for m in batch]
    with engine.connect() as conn:
        ledger = conn.execute(
            text(
                "SELECT count(*) FROM sync_mutation WHERE device_id = :d AND mutation_id = ANY(:i)"
            ),
            {"d": desk.device_id, "i": ids},
        ).scalar_one()
        stored = conn.execute(
            text("SELECT count(*) FROM sync_row WHERE id = ANY(:r) AND version = 1"),
            {"r": rows},
        ).scalar_one()
        feed = conn.execute(
            text("SELECT count(*) FROM sync_change WHERE entity_id = ANY(:r)"), {"r": rows}
        ).scalar_one()
    return int(ledger), int(stored), int(feed)


def terminate(connection: Any) -> None:
    """End the server's PostgreSQL session behind ``connection`` from another session."""
    pid = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
    engine = connection.get_bind() if isinstance(connection, Session) else connection.engine
    url = engine.url.set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


# --------------------------------------------------------------------------- fault 4


@contextmanager
def killed_at(step: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Kill the server's database session at ``step`` of the next push (once)."""
    fired: list[str] = []

    def once(connection: Any) -> None:
        if not fired:
            fired.append(step)
            terminate(connection)

    if step == "after_device_lock":
        real_epoch = push_module.current_epoch

        def epoch(session: Session, **kwargs: Any) -> int:
            once(session)
            return real_epoch(session, **kwargs)

        monkeypatch.setattr(push_module, "current_epoch", epoch)
    elif step in ("first_mutation", "middle_mutation"):
        real_apply = push_module._apply_in_savepoint
        calls = iter(range(1000))
        at = 0 if step == "first_mutation" else 5

        def apply(conn: Any, *args: Any) -> Any:
            if next(calls) == at:
                once(conn)
            return real_apply(conn, *args)

        monkeypatch.setattr(push_module, "_apply_in_savepoint", apply)
    elif step in ("ledger", "feed"):
        real_insert = push_module.insert
        table = "sync_mutation" if step == "ledger" else "sync_change"
        sessions: list[Session] = []
        real_push = push_module.push

        def tracking_push(session: Session, *args: Any) -> Any:
            sessions.append(session)
            return real_push(session, *args)

        def insert(target: Any) -> Any:
            if getattr(target, "__tablename__", None) == table and sessions:
                once(sessions[-1])
            return real_insert(target)

        monkeypatch.setattr(push_module, "insert", insert)
        monkeypatch.setattr(app_module, "push", tracking_push)
    elif step == "before_commit":
        real_push = push_module.push

        def push_then_kill(session: Session, *args: Any) -> Any:
            response = real_push(session, *args)
            once(session)
            return response

        monkeypatch.setattr(app_module, "push", push_then_kill)
    else:  # pragma: no cover
        raise ValueError(step)
    yield fired


@pytest.mark.parametrize(
    "step",
    ["after_device_lock", "first_mutation", "middle_mutation", "ledger", "feed", "before_commit"],
)
def test_a_push_whose_database_session_is_killed_is_applied_once_when_sent_again(
    make_office: MakeOffice,
    enroll: Enroll,
    server_engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    step: str,
) -> None:
    desk = enroll(make_office())
    batch = person_batch(desk, 12)
    with killed_at(step, monkeypatch) as fired:
        response = desk.push(batch)
    assert fired == [step]
    assert response.status_code == 500, response.text
    assert "nessuna modifica è stata applicata" in response.json()["message"]
    assert server_counts(server_engine, desk, batch) == (0, 0, 0)  # nothing half-done

    monkeypatch.undo()
    results = desk.push_ok(batch)  # the same batch, the same ids: applied now, once
    assert {r["status"] for r in results} == {"applied"}
    assert server_counts(server_engine, desk, batch) == (12, 12, 12)
    again = desk.push_ok(batch)
    assert {r["status"] for r in again} == {"duplicate"}
    assert server_counts(server_engine, desk, batch) == (12, 12, 12)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def server_process(
    database_url: str, tls: TLSFiles, port: int
) -> Iterator[subprocess.Popen[bytes]]:
    command = [
        sys.executable,
        "-m",
        "cotdesk.server",
        "serve",
        "--database-url",
        database_url.replace("+psycopg", ""),
        "--ssl-certfile",
        str(tls.certfile),
        "--ssl-keyfile",
        str(tls.keyfile),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        with httpx.Client(verify=tls.client_context()) as probe:
            while True:
                try:
                    if probe.get(f"https://127.0.0.1:{port}/v1/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert process.poll() is None, "the server process ended"
                assert time.monotonic() < deadline, "the server process did not start"
                time.sleep(0.1)
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)


def test_a_server_process_killed_during_a_push_applies_all_or_nothing_then_once(
    make_office: MakeOffice,
    enroll: Enroll,
    server_engine: Engine,
    database_url: str,
    tls: TLSFiles,
) -> None:
    """Fault 4, the process: ``cotdesk-server`` (uvicorn) is killed with SIGKILL while it
    applies a batch of 2,000 mutations; PostgreSQL rolls the open transaction back. The
    desk sends the same batch to the restarted server: every mutation applied once."""
    office = make_office()
    desk = enroll(office)
    batch = person_batch(desk, 2000)
    port = _free_port()
    rng = random.Random(4)
    outcome: list[Any] = []
    with server_process(database_url, tls, port) as process:
        base = f"https://127.0.0.1:{port}"
        with httpx.Client(
            base_url=base,
            verify=tls.client_context(),
            headers=dict(desk.client.headers),
            timeout=60,
        ) as http:

            def send() -> None:
                try:
                    outcome.append(
                        http.post(
                            "/v1/push",
                            json={"device_id": str(desk.device_id), "mutations": batch},
                        )
                    )
                except httpx.TransportError as exc:
                    outcome.append(exc)

            sender = threading.Thread(target=send)
            sender.start()
            time.sleep(rng.uniform(0.3, 0.8))  # the batch is being applied
            process.send_signal(signal.SIGKILL)
            sender.join(timeout=60)
    assert outcome
    if isinstance(outcome[0], httpx.Response):  # (a fast machine: it was done already)
        assert outcome[0].status_code == 200, outcome[0].text
    ledger, stored, feed = server_counts(server_engine, desk, batch)
    assert (ledger, stored, feed) in ((0, 0, 0), (2000, 2000, 2000))  # all or nothing

    with server_process(database_url, tls, port):
        base = f"https://127.0.0.1:{port}"
        with httpx.Client(
            base_url=base,
            verify=tls.client_context(),
            headers=dict(desk.client.headers),
            timeout=120,
        ) as http:
            response = http.post(
                "/v1/push", json={"device_id": str(desk.device_id), "mutations": batch}
            )
    assert response.status_code == 200, response.text
    statuses = {r["status"] for r in response.json()["results"]}
    assert statuses <= {"applied", "duplicate"}
    assert server_counts(server_engine, desk, batch) == (2000, 2000, 2000)


# --------------------------------------------------------------------------- fault 5


def insert_request(desk: Desk, *row_ids: uuid.UUID) -> PushRequest:
    mutations = []
    for row_id in row_ids:
        desk.sequence += 1
        mutations.append(
            Mutation(
                mutation_id=uuid.uuid4(),
                sequence=desk.sequence,
                entity="person",
                row_id=row_id,
                op="insert",
                base_version=0,
                changes={"id": str(row_id), "last_name": "Verdi"},
            )
        )
    return PushRequest(device_id=desk.device_id, mutations=mutations)


def test_a_long_open_write_transaction_holds_desks_back_and_the_lag_drains(
    make_office: MakeOffice, enroll: Enroll, server_engine: Engine
) -> None:
    office = make_office()
    slow, writer_a, writer_b, reader = (enroll(office) for _ in range(4))
    reader.pull_all()  # the (empty) office's first sync: an ordinary cursor from here
    received: list[str] = []
    held = uuid.uuid4()
    written: list[uuid.UUID] = []
    with Session(server_engine) as long:
        push(long, identity(slow), insert_request(slow, held))  # takes its xid, stays open
        # Meanwhile other desks commit, some out of order.
        with Session(server_engine) as first, Session(server_engine) as second:
            rows_1, rows_2 = [uuid.uuid4() for _ in range(3)], [uuid.uuid4() for _ in range(3)]
            push(first, identity(writer_a), insert_request(writer_a, *rows_1))
            push(second, identity(writer_b), insert_request(writer_b, *rows_2))
            second.commit()
            first.commit()
            written += rows_1 + rows_2
        for _ in range(5):
            batch = person_batch(writer_a, 4)
            writer_a.push_ok(batch)
            written += [uuid.UUID(m["row_id"]) for m in batch]
        # The desk is held back: everything committed after the long transaction began
        # waits behind it (sync lag), nothing is skipped.
        deadline = time.monotonic() + 2.0
        while time.monotonic() < deadline:
            received += [c["row_id"] for c in reader.pull_all()]
            time.sleep(0.2)
        assert received == []
        with server_engine.connect() as conn:
            lag = conn.execute(
                text("SELECT count(*) FROM sync_change WHERE entity_id = ANY(:rows)"),
                {"rows": written},
            ).scalar_one()
        assert lag == len(written)  # committed, waiting
        long.commit()

    # The lag drains (other tests' transactions on the same PostgreSQL can hold the
    # horizon back a moment longer): each row exactly once.
    everything = {str(row) for row in [*written, held]}
    deadline = time.monotonic() + 60
    while set(received) != everything:
        assert time.monotonic() < deadline, "the lag never drained"
        received += [c["row_id"] for c in reader.pull_all()]
        time.sleep(0.1)
    assert sorted(received) == sorted(everything)
    assert reader.pull_all() == []
