"""The first sync of a desk against the real HTTPS server on real PostgreSQL (issue 6,
point 4 and faults 1, 5 and 12): open cases first, resumable after a desk killed with
SIGKILL between receiving a page and applying it (or in the middle of applying it), and
converging while the server keeps changing and the sync is interrupted at random points.

The office's data is a small demo network (persons, households, cases open and closed,
assessments, needs, referrals, events), loaded into the server as desks would have pushed
it; the receiving desks hold the reference data, the offices, the operators and the
partner directory (what the server sends of those is tested elsewhere).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from cotdesk.db.changes import to_wire
from cotdesk.db.database import Database, open_database
from cotdesk.db.models import DeskState
from cotdesk.db.search import index_counts
from cotdesk.server import admin
from cotdesk.server.push import push
from cotdesk.services.demo import build_demo_network
from cotdesk.sync import bulk, first_sync
from cotdesk.sync import client as sync
from cotdesk.sync.protocol import Mutation, PushRequest
from tests.integration.conftest import Desk, RunningServer, TLSFiles

DESK_ENTITIES = (
    "household",
    "person",
    "household_member",
    "case",
    "assessment",
    "assessment_need",
    "referral",
    "unmet_need",
    "case_event",
    "consent",
)
DIRECTORY_TABLES = ("office", "operator", "partner", "agreement", "service")


# --------------------------------------------------------------------------- the office's data


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo_network(path, persons=120, seed=7, replace=False)
    return path


@pytest.fixture(scope="module")
def template(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh desk file with the demo's offices, operators and partner directory."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("ATTACH DATABASE ? AS demo", (str(demo_file),))
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        for table in DIRECTORY_TABLES:
            conn.execute(f"INSERT OR IGNORE INTO main.{table} SELECT * FROM demo.{table}")
    conn.execute("DETACH DATABASE demo")
    conn.close()
    return path


@pytest.fixture(scope="module")
def wire(demo_file: Path) -> dict[str, list[dict[str, Any]]]:
    """The demo's rows as desks push them."""
    infos = bulk.tables()
    engine = create_engine(f"sqlite:///file:{demo_file}?mode=ro&uri=true")
    out: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as conn:
        for entity in DESK_ENTITIES:
            table = infos[entity].table
            out[entity] = [
                {
                    key: to_wire(value)
                    for key, value in row._mapping.items()
                    if key not in ("server_version", "updated_at")
                }
                for row in conn.execute(select(table).order_by(table.c.id))
            ]
    engine.dispose()
    return out


def load_office(
    database_url: str, office_id: uuid.UUID, wire: dict[str, list[dict[str, Any]]]
) -> int:
    """The rows into the server as pushed (version 1, one feed change each): how many."""
    dsn = database_url.replace("postgresql+psycopg://", "postgresql://")
    now = datetime.now(UTC)
    count = 0
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        row = cur.execute("SELECT epoch FROM server_state").fetchone()
        assert row is not None
        with cur.copy(
            "COPY sync_row (entity, id, office_id, version, data, field_versions, deleted,"
            " created_at, updated_at) FROM STDIN"
        ) as copy:
            for entity, rows in wire.items():
                for pushed in rows:
                    values = dict(pushed)
                    if "office_id" in values:  # the desks' rows belong to this office
                        values["office_id"] = str(office_id)
                    data = json.dumps(values)
                    versions = json.dumps(dict.fromkeys(values, 1))
                    copy.write_row(
                        (entity, values["id"], office_id, 1, data, versions, False, now, now)
                    )
                    count += 1
        with cur.copy(
            "COPY sync_change (epoch, office_id, entity, entity_id, op, version) FROM STDIN"
        ) as copy:
            for entity, rows in wire.items():
                for values in rows:
                    copy.write_row((row[0], office_id, entity, values["id"], "insert", 1))
        conn.commit()
    return count


def server_state(
    engine: Engine, office_id: uuid.UUID, *, every_entity: bool = False
) -> dict[tuple[str, uuid.UUID], int]:
    """``(entity, id) → version`` of the office's rows on the server (of the entities of
    the cases, unless ``every_entity``)."""
    entities = "" if every_entity else " AND entity = ANY(:entities)"
    with engine.connect() as conn:
        rows = conn.execute(
            text(f"SELECT entity, id, version FROM sync_row WHERE office_id = :o{entities}"),
            {"o": office_id, "entities": list(DESK_ENTITIES)},
        )
        return {(entity, row_id): int(version) for entity, row_id, version in rows}


def desk_state(db: Database) -> dict[tuple[str, uuid.UUID], int]:
    infos = bulk.tables()
    found: dict[tuple[str, uuid.UUID], int] = {}
    with db.read_session() as session:
        for entity in DESK_ENTITIES:
            table = infos[entity].table
            for row_id, version in session.execute(select(table.c.id, table.c.server_version)):
                found[(entity, row_id)] = int(version)
    return found


def assert_converged(db: Database, engine: Engine, office_id: uuid.UUID) -> None:
    assert desk_state(db) == server_state(engine, office_id)
    with db.read_session() as session:
        cursor = session.get_one(DeskState, 1).sync_cursor
        assert cursor is not None
        assert first_sync.phase_of(cursor) == "live"
        conn = session.connection()
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        persons = conn.exec_driver_sql(
            "SELECT count(*) FROM person WHERE deleted_at IS NULL"
        ).scalar_one()
        assert index_counts(conn)["search_person"] == persons  # rebuilt at the end
        assert conn.exec_driver_sql("SELECT enabled FROM search_state").scalar_one() == 1


# --------------------------------------------------------------------------- desks


@dataclass
class FirstSyncDesk:
    db: Database
    http: httpx.Client
    url: str

    @property
    def token(self) -> str:
        return sync.credentials.load_token(self.db.device_id)

    def pull(self, **kwargs: Any) -> int:
        return sync.pull_all(self.db, self.http, self.url, self.token, **kwargs)

    def cursor(self) -> str | None:
        with self.db.read_session() as session:
            return session.get_one(DeskState, 1).sync_cursor


MakeDesk = Callable[..., FirstSyncDesk]


@pytest.fixture
def make_desk(
    tmp_path: Path,
    template: Path,
    server: RunningServer,
    tls: TLSFiles,
    admin_client: httpx.Client,
) -> Iterator[MakeDesk]:
    opened: list[FirstSyncDesk] = []

    def make(
        office_id: uuid.UUID, *, transport: httpx.BaseTransport | None = None
    ) -> FirstSyncDesk:
        path = tmp_path / f"desk{len(opened)}.db"
        path.write_bytes(template.read_bytes())
        with sqlite3.connect(path) as conn:  # the office's own row (the demo's first, renamed)
            columns = [row[1] for row in conn.execute("PRAGMA table_info(office)")]
            own = {"id": office_id.hex, "code": "T" + office_id.hex[:8]}
            picked = ", ".join(f":{c}" if c in own else c for c in columns)
            conn.execute(
                f"INSERT INTO office ({', '.join(columns)}) SELECT {picked} FROM office"
                " WHERE code = (SELECT min(code) FROM office)",
                own,
            )
            conn.execute("UPDATE desk_state SET device_id = ?", (uuid.uuid4().hex,))
        conn.close()
        db = open_database(path)
        code = admin_client.post(f"/v1/offices/{office_id}/enrollment-codes").json()["code"]
        http = httpx.Client(
            verify=tls.client_context(),
            timeout=60,
            transport=transport or httpx.HTTPTransport(verify=tls.client_context()),
        )
        sync.enroll(db, server.base_url, code, http_client=http)
        desk = FirstSyncDesk(db=db, http=http, url=server.base_url)
        opened.append(desk)
        return desk

    yield make
    for desk in opened:
        desk.http.close()
        desk.db.close()


@dataclass(frozen=True)
class Office:
    id: uuid.UUID
    #: Its rows as pushed (the demo's, with ids of their own: every test has its office).
    wire: dict[str, list[dict[str, Any]]]


def _renumbered(wire: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """The rows with new ids, references between them following."""
    new_ids = {row["id"]: str(uuid.uuid4()) for rows in wire.values() for row in rows}
    return {
        entity: [
            {
                key: new_ids.get(value, value) if isinstance(value, str) else value
                for key, value in row.items()
            }
            for row in rows
        ]
        for entity, rows in wire.items()
    }


@pytest.fixture
def office(
    make_office: Callable[[], uuid.UUID],
    database_url: str,
    wire: dict[str, list[dict[str, Any]]],
) -> Office:
    office_id = make_office()
    rows = _renumbered(wire)
    load_office(database_url, office_id, rows)
    return Office(office_id, rows)


def _open_case_ids(wire: dict[str, list[dict[str, Any]]]) -> set[str]:
    return {case["id"] for case in wire["case"] if case["status"] != "closed"}


# --------------------------------------------------------------------------- tests


def test_open_cases_arrive_first_then_everything(
    office: Office, make_desk: MakeDesk, server_engine: Engine
) -> None:
    wire = office.wire
    desk = make_desk(office.id)
    on_server = len(server_state(server_engine, office.id, every_entity=True))
    seen: list[first_sync.Progress] = []
    open_cases = _open_case_ids(wire)
    closed_cases = {case["id"] for case in wire["case"]} - open_cases
    assert open_cases
    assert closed_cases
    ready: dict[str, int] = {}

    def progress(done: first_sync.Progress) -> None:
        seen.append(done)
        if done.phase == "rest" and "cases" not in ready:
            # The open phase is over: the open cases are on the desk, with their persons,
            # assessments and referrals, and searchable; no closed case yet.
            with desk.db.read_session() as session:
                conn = session.connection()
                cases = {
                    uuid.UUID(hex=row_id).__str__()
                    for row_id in conn.exec_driver_sql("SELECT id FROM case_record").scalars()
                }
                ready["cases"] = len(cases)
                assert cases == open_cases
                persons = conn.exec_driver_sql(
                    "SELECT count(*) FROM person WHERE id IN (SELECT person_id FROM case_record)"
                ).scalar_one()
                assert persons == conn.exec_driver_sql("SELECT count(*) FROM person").scalar_one()
                assert index_counts(conn)["search_person"] == persons
                assert conn.exec_driver_sql("SELECT count(*) FROM referral").scalar_one() > 0
                assert conn.exec_driver_sql("SELECT count(*) FROM case_event").scalar_one() == 0

    desk.pull(limit=150, progress=progress)
    assert ready["cases"] == len(open_cases)
    phases = [done.phase for done in seen]
    assert phases[0] == "open"
    assert "rest" in phases
    assert seen[0].total == on_server  # the office's rows when the first sync began
    assert_converged(desk.db, server_engine, office.id)


# --------------------------------------------------------------------------- fault 1

CHILD = r"""
import json, os, sys, time, uuid
from pathlib import Path

import httpx, keyring
from keyring.backend import KeyringBackend

class One(KeyringBackend):
    priority = 1
    def get_password(self, service, username): return os.environ["DESK_TOKEN"]
    def set_password(self, *a): pass
    def delete_password(self, *a): pass

keyring.set_keyring(One())

from cotdesk.db.database import open_database
from cotdesk.db.models import DeskState
from cotdesk.sync import bulk
from cotdesk.sync import client as sync

mode, kill_at, marker = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
db = open_database(Path(os.environ["DESK_DB"]))
pages = 0

def snapshot():
    with db.read_session() as session:
        conn = session.connection()
        counts = {
            name: conn.exec_driver_sql(f"SELECT count(*) FROM {name}").scalar_one()
            for name in ("person", "case_record", "assessment", "referral", "case_event")
        }
        return {"cursor": session.get_one(DeskState, 1).sync_cursor, "counts": counts}

real_apply, real_write = sync.apply_page, bulk._Batch.write

def apply_page(db_, page):
    global pages
    pages += 1
    if pages == kill_at:
        marker.write_text(json.dumps(snapshot()))
        if mode == "received":
            time.sleep(600)  # the page is here, not applied: killed now
    return real_apply(db_, page)

def write(self, session, **kwargs):
    result = real_write(self, session, **kwargs)
    if pages == kill_at and mode == "applying":
        Path(str(marker) + ".writing").write_text("1")
        time.sleep(600)  # in the middle of the page's transaction: killed now
    return result

sync.apply_page = apply_page
bulk._Batch.write = write
with httpx.Client(verify=os.environ["CA_FILE"], timeout=60) as http:
    with db.read_session() as session:
        url = session.get_one(DeskState, 1).server_url
    sync.pull_all(db, http, url, os.environ["DESK_TOKEN"], limit=100)
print("finished")
"""


@pytest.mark.parametrize(("mode", "kill_at"), [("received", 3), ("applying", 5), ("applying", 2)])
def test_a_desk_killed_during_the_first_sync_resumes_and_converges(  # noqa: PLR0917
    office: Office,
    make_desk: MakeDesk,
    server_engine: Engine,
    tls: TLSFiles,
    tmp_path: Path,
    mode: str,
    kill_at: int,
) -> None:
    """Fault 1: a real desk process is killed (SIGKILL) with a pulled page received but
    not applied, or half-way through applying it; nothing of that page is on the desk, the
    cursor is the previous page's, and the next sync resumes from there and converges."""
    desk = make_desk(office.id)
    token = desk.token
    desk.db.close()
    marker = tmp_path / "marker.json"
    env = {
        **os.environ,
        "DESK_DB": str(desk.db.path),
        "DESK_TOKEN": token,
        "CA_FILE": str(tls.ca_file),
    }
    log = tmp_path / "child.log"
    with log.open("wb") as output:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, mode, str(kill_at), str(marker)],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    waited = marker if mode == "received" else Path(str(marker) + ".writing")
    deadline = time.monotonic() + 120
    while not waited.exists():
        if child.poll() is not None:
            pytest.fail(f"the desk process ended early: {log.read_text()}")
        assert time.monotonic() < deadline, "the desk process never reached the page"
        time.sleep(0.05)
    time.sleep(0.1)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    before = json.loads(marker.read_text())
    db = open_database(desk.db.path)
    try:
        with db.read_session() as session:
            conn = session.connection()
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
            assert session.get_one(DeskState, 1).sync_cursor == before["cursor"]
            for name, count in before["counts"].items():
                assert conn.exec_driver_sql(f"SELECT count(*) FROM {name}").scalar_one() == count
        resumed = FirstSyncDesk(db=db, http=desk.http, url=desk.url)
        sync.credentials.store_token(db.device_id, token)
        resumed.pull(limit=100)
        assert_converged(db, server_engine, office.id)
    finally:
        db.close()


# --------------------------------------------------------------------------- fault 12


class Interrupting(httpx.BaseTransport):
    """Forwards to the real server, losing some answers at random (the request reached
    the server; the desk never sees the page)."""

    def __init__(self, inner: httpx.BaseTransport, rng: random.Random, rate: float) -> None:
        self.inner, self.rng, self.rate = inner, rng, rate
        self.lost = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.url.path == "/v1/pull" and self.rng.random() < self.rate:
            response.read()
            response.close()
            self.lost += 1
            raise httpx.ReadError("connection lost", request=request)
        return response

    def close(self) -> None:
        self.inner.close()


class Writer(threading.Thread):
    """Another desk of the office that keeps changing it while the first sync runs: new
    persons and new open cases (also for persons whose cases were all closed), cases
    closed and reopened, persons edited, rows deleted."""

    def __init__(
        self, desk: Desk, engine: Engine, wire: dict[str, list[dict[str, Any]]], seed: int
    ) -> None:
        super().__init__(name="office-writer", daemon=True)
        self.desk, self.engine, self.rng = desk, engine, random.Random(seed)
        office = {"office_id": str(desk.office_id)}
        self.persons = [{**row, **office} for row in wire["person"]]
        self.cases = [{**row, **office} for row in wire["case"]]
        self.stop = threading.Event()
        self.batches = 0

    def _version(self, session: Session, entity: str, row_id: str) -> int:
        version = session.execute(
            text("SELECT version FROM sync_row WHERE entity = :e AND id = :i"),
            {"e": entity, "i": uuid.UUID(row_id)},
        ).scalar_one_or_none()
        return int(version or 0)  # 0: inserted earlier in this very batch

    def _mutation(
        self, entity: str, row_id: str, op: str, changes: dict[str, Any], base: int
    ) -> Mutation:
        self.desk.sequence += 1
        return Mutation(
            mutation_id=uuid.uuid4(),
            sequence=self.desk.sequence,
            entity=entity,
            row_id=uuid.UUID(row_id),
            op=op,  # type: ignore[arg-type]
            base_version=base,
            changes=changes,
        )

    def run(self) -> None:
        identity = admin.DeviceIdentity(
            device_id=self.desk.device_id, office_id=self.desk.office_id
        )
        while not self.stop.is_set():
            with Session(self.engine) as session:
                mutations = []
                for _ in range(self.rng.randint(1, 6)):
                    mutations.append(self._change(session))
                push(
                    session,
                    identity,
                    PushRequest(device_id=self.desk.device_id, mutations=mutations),
                )
                time.sleep(self.rng.uniform(0, 0.05))  # commits late, out of order
                session.commit()
            self.batches += 1
            time.sleep(self.rng.uniform(0, 0.02))

    def _change(self, session: Session) -> Mutation:
        kind = self.rng.random()
        if kind < 0.25:  # a new open case for an existing person
            case = dict(self.rng.choice(self.cases))
            case.update(
                id=str(uuid.uuid4()),
                reference=f"NEW-{uuid.uuid4().hex[:12]}",
                status="open",
                closed_on=None,
                closure_reason="",
            )
            self.cases.append(case)
            return self._mutation("case", case["id"], "insert", case, 0)
        if kind < 0.4:  # a new person
            person = dict(self.rng.choice(self.persons))
            person.update(id=str(uuid.uuid4()), fiscal_code=None, foreign_code=None)
            self.persons.append(person)
            return self._mutation("person", person["id"], "insert", person, 0)
        if kind < 0.7:  # a case closed or reopened
            case = self.rng.choice(self.cases)
            base = self._version(session, "case", case["id"])
            status = self.rng.choice(["open", "closed", "in_progress"])
            return self._mutation("case", case["id"], "update", {"status": status}, base)
        if kind < 0.95:  # a person edited
            person = self.rng.choice(self.persons)
            base = self._version(session, "person", person["id"])
            phone = f"06 {self.rng.randint(100000, 999999)}"
            return self._mutation("person", person["id"], "update", {"phone": phone}, base)
        person = self.rng.choice(self.persons)  # a person deleted (a tombstone)
        base = self._version(session, "person", person["id"])
        return self._mutation(
            "person", person["id"], "delete", {"deleted_at": datetime.now(UTC).isoformat()}, base
        )


@pytest.mark.parametrize("seed", [1, 2])
def test_a_first_sync_interrupted_at_random_while_the_office_changes_converges(  # noqa: PLR0917
    office: Office,
    make_desk: MakeDesk,
    enroll: Callable[[uuid.UUID], Desk],
    server_engine: Engine,
    tls: TLSFiles,
    monkeypatch: pytest.MonkeyPatch,
    seed: int,
) -> None:
    """Fault 12: answers lost and pages failing to apply at random points of both phases
    while another desk keeps writing (committing out of order); the desk retries until
    its first sync is over, then converges with the server."""
    rng = random.Random(seed)
    transport = Interrupting(httpx.HTTPTransport(verify=tls.client_context()), rng, 0.15)
    desk = make_desk(office.id, transport=transport)
    writer = Writer(enroll(office.id), server_engine, office.wire, seed)

    real_write = bulk._Batch.write
    failures = 0

    def flaky(self: Any, session: Any, **kwargs: Any) -> Any:
        nonlocal failures
        written = real_write(self, session, **kwargs)
        if rng.random() < 0.1:
            failures += 1
            raise OperationalError("INSERT", {}, Exception("disk I/O error"))
        return written

    monkeypatch.setattr(bulk._Batch, "write", flaky)
    writer.start()
    try:
        for _ in range(400):
            with contextlib.suppress(sync.SyncError):
                desk.pull(limit=rng.choice([40, 90, 150]))
            if first_sync.phase_of(desk.cursor()) == "live":
                break
        assert first_sync.phase_of(desk.cursor()) == "live", "the first sync never ended"
        assert transport.lost + failures > 3  # it was interrupted, more than once
        time.sleep(0.3)
    finally:
        writer.stop.set()
        writer.join(timeout=30)
    assert writer.batches > 3
    monkeypatch.setattr(bulk._Batch, "write", real_write)
    transport.rate = 0.0
    # The writer's last transactions are committed; other tests' transactions on the same
    # PostgreSQL can hold the horizon back for a moment: pull until the desk has it all.
    deadline = time.monotonic() + 60
    while True:
        desk.pull()
        if desk_state(desk.db) == server_state(server_engine, office.id):
            break
        assert time.monotonic() < deadline, "the desk never caught up"
        time.sleep(0.5)
    assert_converged(desk.db, server_engine, office.id)
