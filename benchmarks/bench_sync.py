"""Sync performance (issue 6) against a real HTTPS server process on PostgreSQL.

Set-up (not timed): a database ``cotdesk_bench_<random>`` on the local PostgreSQL
(127.0.0.1:5432, dropped at the end) with the server's schema; ``cotdesk-server serve`` as a
real uvicorn subprocess over HTTPS (a throwaway ``trustme`` CA). One office holds the rows
of the cached demo desk (:func:`benchmarks.common.demo_database`, 100,000 persons): its
households, members, persons, cases, assessments, needs, referrals, unmet needs and as many
case events as make ``--rows`` rows in all, as the desks would have pushed them (wire JSON,
version 1, one feed change each), loaded with ``COPY``. The desks are fresh desk files that
hold the reference data, the offices, the operators and the partner directory.

Measured:

* **first sync**: a fresh desk enrolled with the server pulls everything
  (``sync.client.pull_all``, real HTTPS, the open cases first): wall time, time until the
  open cases are in, rows per second, the desk process's and the server process's CPU;
* the limits it is compared with: the same rows loaded by plain ``COPY`` into PostgreSQL,
  and by plain SQLite ``executemany`` (values already in the desk's storage form) into a
  desk file;
* **bulk apply against row by row**: one page of 5,000 rows applied by ``apply_page`` and
  by the former row-by-row path (one SELECT and one INSERT per row);
* **push**: a desk with 10,000 queued mutations (new persons) pushes them all;
* **50 desks at once**: 50 desks (asyncio, one HTTPS connection each, in one process) do
  ``--rounds`` sync rounds, all starting each round at the same moment (push 5 mutations,
  then pull until caught up); the time of each request and of each round.

    python -m benchmarks.bench_sync [--rows 1000000] [--persons 100000] [--desks 50]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import keyring
import psycopg
import trustme
from keyring.backend import KeyringBackend
from psycopg import sql
from sqlalchemy import create_engine, select, update

from benchmarks.common import demo_database, summary_ms, write_results
from cotdesk.db.changes import to_wire
from cotdesk.db.database import Database, open_database
from cotdesk.db.models import DeskState, Person
from cotdesk.server import admin, store
from cotdesk.sync import bulk, credentials
from cotdesk.sync import client as sync
from cotdesk.sync.first_sync import Progress
from cotdesk.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, PullPage

PG_HOST, PG_PORT, PG_USER = "127.0.0.1", 5432, "postgres"
#: Entities loaded, parents first; case events fill up to ``--rows``.
ENTITIES = (
    "household",
    "person",
    "household_member",
    "case",
    "assessment",
    "assessment_need",
    "referral",
    "unmet_need",
    "case_event",
)
DIRECTORY_TABLES = ("office", "operator", "partner", "agreement", "service")
FIRST_SYNC_TARGET_S = 60.0
PUSH_TARGET_S = 10.0
DESKS_TARGET_P95_MS = 300.0


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring is untyped
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


# --------------------------------------------------------------------------- set-up


def _maintenance_connection() -> psycopg.Connection[tuple[Any, ...]]:
    """A connection to the ``postgres`` database, to create and drop the benchmark's own."""
    return psycopg.connect(
        host=PG_HOST, port=PG_PORT, user=PG_USER, dbname="postgres", autocommit=True
    )


@contextmanager
def bench_database() -> Iterator[str]:
    name = f"cotdesk_bench_{secrets.token_hex(5)}"
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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def server_process(url: str, folder: Path) -> Iterator[tuple[str, Path, int]]:
    """``cotdesk-server serve`` over HTTPS: (base URL, CA file, pid)."""
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    certfile, keyfile, ca_file = folder / "server.pem", folder / "server.key", folder / "ca.pem"
    cert.private_key_and_cert_chain_pem.write_to_path(str(certfile))
    cert.private_key_pem.write_to_path(str(keyfile))
    ca.cert_pem.write_to_path(str(ca_file))
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "cotdesk.server",
        "serve",
        "--database-url",
        url.replace("+psycopg", ""),
        "--ssl-certfile",
        str(certfile),
        "--ssl-keyfile",
        str(keyfile),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"https://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        with httpx.Client(verify=str(ca_file)) as probe:
            while True:
                try:
                    if probe.get(f"{base}/v1/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    errors = process.stderr.read() if process.stderr else b""
                    raise RuntimeError(f"the server did not start: {errors!r}")
                time.sleep(0.2)
        yield base, ca_file, process.pid
    finally:
        process.terminate()
        process.wait(timeout=30)


def create_office(session: Any, code: str, name: str) -> Any:
    """An office on the server (with a municipio where the server asks for one)."""
    try:
        return admin.create_office(
            session, code=code, name=name, details={"district_code": "rm_m05"}
        )
    except TypeError:  # a server without office details
        return admin.create_office(session, code=code, name=name)


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def template_desk(demo: Path, folder: Path) -> Path:
    """A fresh desk file with the demo's offices, operators and partner directory."""
    path = folder / "template.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("ATTACH DATABASE ? AS demo", (str(demo),))
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        for table in DIRECTORY_TABLES:
            conn.execute(f"INSERT OR IGNORE INTO main.{table} SELECT * FROM demo.{table}")
    conn.execute("DETACH DATABASE demo")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def copy_desk(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target


def wire_rows(demo: Path, rows: int) -> dict[str, list[dict[str, Any]]]:
    """The demo's rows as desks push them (wire JSON), ``rows`` in all."""
    infos = bulk.tables()
    out: dict[str, list[dict[str, Any]]] = {}
    # A plain read-only engine: the cached demo file may carry another migration number.
    engine = create_engine(f"sqlite:///file:{demo}?mode=ro&uri=true")
    with engine.connect() as session:
        left = rows
        for entity in ENTITIES:
            table = infos[entity].table
            query = select(table).order_by(table.c.id).limit(max(0, left))
            out[entity] = [
                {
                    key: to_wire(value)
                    for key, value in row._mapping.items()
                    if key not in ("server_version", "updated_at")
                }
                for row in session.execute(query)
            ]
            left -= len(out[entity])
    engine.dispose()
    return out


def load_server(url: str, office_id: uuid.UUID, data: dict[str, list[dict[str, Any]]]) -> float:
    """COPY the rows into ``sync_row`` and ``sync_change``; the seconds taken."""
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    now = datetime.now(UTC)
    started = time.perf_counter()
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        epoch = cur.execute("SELECT epoch FROM server_state").fetchone()
        assert epoch is not None
        with cur.copy(
            "COPY sync_row (entity, id, office_id, version, data, field_versions, deleted,"
            " created_at, updated_at) FROM STDIN"
        ) as copy:
            for entity, rows in data.items():
                for row in rows:
                    values = json.dumps(row, separators=(",", ":"))
                    versions = json.dumps(dict.fromkeys(row, 1), separators=(",", ":"))
                    copy.write_row(
                        (entity, row["id"], office_id, 1, values, versions, False, now, now)
                    )
        with cur.copy(
            "COPY sync_change (epoch, office_id, entity, entity_id, op, version) FROM STDIN"
        ) as copy:
            for entity, rows in data.items():
                for row in rows:
                    copy.write_row((epoch[0], office_id, entity, row["id"], "insert", 1))
        conn.commit()
    elapsed = time.perf_counter() - started
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE sync_row")
        conn.execute("VACUUM ANALYZE sync_change")
    return elapsed


def sqlite_limit(demo: Path, template: Path, folder: Path, counts: dict[str, int]) -> float:
    """The same rows inserted by plain ``executemany`` (values as stored): seconds."""
    source = sqlite3.connect(demo)
    target = sqlite3.connect(copy_desk(template, folder / "limit.db"))
    target.execute("PRAGMA synchronous = FULL")
    infos = bulk.tables()
    batches: list[tuple[str, list[tuple[Any, ...]]]] = []
    for entity, count in counts.items():
        name = infos[entity].table.name
        columns = [row[1] for row in source.execute(f"PRAGMA table_info({name})")]
        rows = source.execute(
            f"SELECT {', '.join(columns)} FROM {name} ORDER BY id LIMIT ?", (count,)
        ).fetchall()
        marks = ", ".join("?" * len(columns))
        batches.append((f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({marks})", rows))
    started = time.perf_counter()
    with target:
        target.execute("PRAGMA defer_foreign_keys = ON")
        target.execute("UPDATE search_state SET enabled = 0")
        for statement, rows in batches:
            for start in range(0, len(rows), 5000):  # pages, as the first sync writes them
                target.executemany(statement, rows[start : start + 5000])
    elapsed = time.perf_counter() - started
    source.close()
    target.close()
    return elapsed


# --------------------------------------------------------------------------- desks


def enrolled_desk(
    path: Path, base: str, ca_file: Path, url: str, office_id: uuid.UUID
) -> tuple[Database, httpx.Client]:
    engine = store.create_server_engine(url, pool_size=1)
    try:
        with store.session_factory(engine).begin() as session:
            code = admin.create_enrollment_code(session, office_id).code
    finally:
        engine.dispose()
    db = open_database(path)
    http = httpx.Client(verify=str(ca_file), timeout=300)
    sync.enroll(db, base, code, http_client=http, name="Banco di prova")
    return db, http


def first_sync(db: Database, http: httpx.Client, base: str, server_pid: int) -> dict[str, Any]:
    token = credentials.load_token(db.device_id)
    marks: dict[str, float] = {}
    pages = 0

    def progress(done: Progress) -> None:
        nonlocal pages
        pages += 1
        marks.setdefault(done.phase, time.perf_counter())

    server_cpu = cpu_seconds(server_pid)
    cpu = time.process_time()
    started = time.perf_counter()
    rows = sync.pull_all(db, http, base, token, progress=progress)
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu
    server_cpu = cpu_seconds(server_pid) - server_cpu
    with db.read_session() as session:
        state = session.get_one(DeskState, 1)
        assert state.sync_cursor is not None
        assert state.sync_cursor.startswith("c1.")
    return {
        "rows_written": rows,
        "seconds": round(wall, 2),
        "open_cases_ready_s": round(marks.get("rest", started) - started, 2),
        "rows_per_s": round(rows / wall),
        "desk_cpu_s": round(cpu, 2),
        "server_process_cpu_s": round(server_cpu, 2),
        "pages": pages + 1,
    }


def page_comparison(
    *, template: Path, folder: Path, base: str, ca_file: Path, token: str
) -> dict[str, Any]:
    """One first-sync page of 5,000 rows (persons) applied in bulk and row by row."""
    with httpx.Client(verify=str(ca_file), timeout=300) as http:
        response = http.post(
            f"{base}/v1/pull",
            content=json.dumps({"cursor": None, "limit": 5000}),
            headers={
                "Authorization": f"Bearer {token}",
                "Content-Type": "application/json",
                PROTOCOL_HEADER: str(PROTOCOL_VERSION),
            },
        )
    response.raise_for_status()
    page = PullPage.model_validate_json(response.content)
    live = page.model_copy(update={"cursor": "c1.1.1.0.1"})
    results: dict[str, Any] = {"rows": len(page.changes)}
    with open_database(copy_desk(template, folder / "bulk.db")) as db:
        with db.write_session() as session, session.begin():
            session.execute(update(DeskState).values(sync_cursor="c1.1.1.0.0"))
        started = time.perf_counter()
        sync.apply_page(db, live)
        results["bulk_s"] = round(time.perf_counter() - started, 3)
    with open_database(copy_desk(template, folder / "rowwise.db")) as db:
        models = sync._models()
        started = time.perf_counter()
        with sync._remote_session(db) as session:
            for change in live.changes:
                model = models[change.entity]
                sync._local_version(session, model, change.row_id)
                sync._write_row(
                    session,
                    model,
                    change.row_id,
                    op=change.op,
                    version=change.version,
                    values=dict(change.values),
                )
        results["row_by_row_s"] = round(time.perf_counter() - started, 3)
    results["speed_up"] = round(results["row_by_row_s"] / max(results["bulk_s"], 1e-9), 1)
    return results


def push_benchmark(db: Database, http: httpx.Client, base: str, count: int) -> dict[str, Any]:
    from cotdesk.services.unit_of_work import UnitOfWork

    with db.read_session() as session:
        office_id = session.get_one(DeskState, 1).office_id
    assert office_id is not None
    conn = sqlite3.connect(db.path)  # the desk's own office row (the enrolled office)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(office)")]
    picked = ", ".join({"id": "?", "code": "'BENCH'"}.get(c, c) for c in columns)
    with conn:
        conn.execute(
            f"INSERT OR IGNORE INTO office ({', '.join(columns)}) SELECT {picked} FROM office"
            " WHERE code = (SELECT min(code) FROM office)",
            (office_id.hex,),
        )
    conn.close()
    with UnitOfWork(db, None) as uow:
        for index in range(count):
            uow.session.add(
                Person(
                    id=uuid.uuid4(),
                    office_id=office_id,
                    last_name=f"Prova{index}",
                    first_name="Banco",
                )
            )
        uow.commit()
    token = credentials.load_token(db.device_id)
    started = time.perf_counter()
    counts = sync.push_pending(db, http, base, token)
    wall = time.perf_counter() - started
    return {
        "mutations": count,
        "pushed": counts.pushed,
        "parked": counts.parked,
        "seconds": round(wall, 2),
        "per_s": round(count / wall),
    }


async def _desk_rounds(
    *,
    base: str,
    ca_file: Path,
    token: str,
    device_id: uuid.UUID,
    rounds: int,
    requests: list[float],
    round_times: list[float],
    starts: list[asyncio.Event],
    done: asyncio.Queue[None],
) -> None:
    headers = {"Authorization": f"Bearer {token}", PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    async with httpx.AsyncClient(verify=str(ca_file), headers=headers, timeout=120) as http:
        cursor: str | None = None
        sequence = 0
        # catch up first (the office's whole history is not what this measures)
        while True:
            response = await http.post(f"{base}/v1/pull", json={"cursor": cursor, "limit": 5000})
            page = response.json()
            cursor = page["cursor"]
            if not page["more"]:
                break
        for index in range(rounds):
            await starts[index].wait()  # every desk starts its round at the same moment
            round_started = time.perf_counter()
            mutations = []
            for _ in range(5):
                sequence += 1
                row = str(uuid.uuid4())
                mutations.append(
                    {
                        "mutation_id": str(uuid.uuid4()),
                        "sequence": sequence,
                        "entity": "person",
                        "row_id": row,
                        "op": "insert",
                        "base_version": 0,
                        "changes": {"id": row, "last_name": "Rossi", "first_name": "Anna"},
                    }
                )
            started = time.perf_counter()
            response = await http.post(
                f"{base}/v1/push", json={"device_id": str(device_id), "mutations": mutations}
            )
            requests.append(time.perf_counter() - started)
            assert response.status_code == 200, response.text
            while True:
                started = time.perf_counter()
                response = await http.post(f"{base}/v1/pull", json={"cursor": cursor})
                requests.append(time.perf_counter() - started)
                assert response.status_code == 200, response.text
                page = response.json()
                cursor = page["cursor"]
                if not page["more"]:
                    break
            round_times.append(time.perf_counter() - round_started)
            await done.put(None)


def desks_benchmark(url: str, base: str, ca_file: Path, desks: int, rounds: int) -> dict[str, Any]:
    engine = store.create_server_engine(url, pool_size=1)
    enrolled: list[tuple[str, uuid.UUID]] = []
    try:
        with store.session_factory(engine).begin() as session:
            office = create_office(session, "BENCH50", "COT 50 postazioni")
            office_id = office.id
        from cotdesk.sync.protocol import EnrollRequest

        for index in range(desks):
            with store.session_factory(engine).begin() as session:
                code = admin.create_enrollment_code(session, office_id).code
                device_id = uuid.uuid4()
                answer = admin.enroll(
                    session, EnrollRequest(code=code, device_id=device_id, name=f"Desk {index}")
                )
            enrolled.append((answer.token, device_id))
    finally:
        engine.dispose()
    requests: list[float] = []
    round_times: list[float] = []

    async def everyone() -> None:
        starts, done = [asyncio.Event() for _ in range(rounds)], asyncio.Queue[None]()

        async def conductor() -> None:
            await asyncio.sleep(5)  # every desk caught up with the (empty) office
            for start in starts:
                start.set()
                for _ in enrolled:
                    await done.get()
                await asyncio.sleep(1.0)

        await asyncio.gather(
            conductor(),
            *(
                _desk_rounds(
                    base=base,
                    ca_file=ca_file,
                    token=token,
                    device_id=device_id,
                    rounds=rounds,
                    requests=requests,
                    round_times=round_times,
                    starts=starts,
                    done=done,
                )
                for token, device_id in enrolled
            ),
        )

    started = time.perf_counter()
    asyncio.run(everyone())
    wall = time.perf_counter() - started
    return {
        "desks": desks,
        "rounds_each": rounds,
        "seconds": round(wall, 2),
        "request": summary_ms(requests),
        "round": summary_ms(round_times),
    }


# --------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--desks", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--push", type=int, default=10_000)
    parser.add_argument("--name", default="sync")
    args = parser.parse_args()

    keyring.set_keyring(MemoryKeyring())
    demo = demo_database(args.persons)
    results: dict[str, Any] = {"rows": args.rows, "persons": args.persons}
    with tempfile.TemporaryDirectory(prefix="cotdesk-bench-sync-") as tmp, bench_database() as url:
        folder = Path(tmp)
        print("reading the demo rows ...", flush=True)
        data = wire_rows(demo, args.rows)
        counts = {entity: len(rows) for entity, rows in data.items()}
        results["entities"] = counts
        total = sum(counts.values())
        wire_bytes = sum(len(json.dumps(row)) for rows in data.values() for row in rows)
        results["wire_mb"] = round(wire_bytes / 1e6, 1)
        engine = store.create_server_engine(url, pool_size=1)
        with store.session_factory(engine).begin() as session:
            office_id = create_office(session, "BENCH", "COT banco di prova").id
        engine.dispose()
        print(f"COPY of {total} rows ...", flush=True)
        results["postgresql_copy_s"] = round(load_server(url, office_id, data), 2)
        del data
        template = template_desk(demo, folder)
        print("SQLite executemany limit ...", flush=True)
        results["sqlite_executemany_s"] = round(sqlite_limit(demo, template, folder, counts), 2)
        with server_process(url, folder) as (base, ca_file, pid):
            db, http = enrolled_desk(
                copy_desk(template, folder / "desk.db"), base, ca_file, url, office_id
            )
            print("first sync ...", flush=True)
            with db:
                results["first_sync"] = first_sync(db, http, base, pid)
                print(results["first_sync"], flush=True)
                token = credentials.load_token(db.device_id)
                results["page_apply"] = page_comparison(
                    template=template, folder=folder, base=base, ca_file=ca_file, token=token
                )
                print(results["page_apply"], flush=True)
                print("push ...", flush=True)
                results["push"] = push_benchmark(db, http, base, args.push)
                print(results["push"], flush=True)
            http.close()
            print(f"{args.desks} desks ...", flush=True)
            results["desks"] = desks_benchmark(url, base, ca_file, args.desks, args.rounds)
            print(results["desks"], flush=True)
    fs = results["first_sync"]
    results["ratios"] = {
        "first_sync_vs_copy": round(fs["seconds"] / max(results["postgresql_copy_s"], 1e-9), 1),
        "first_sync_vs_sqlite_executemany": round(
            fs["seconds"] / max(results["sqlite_executemany_s"], 1e-9), 1
        ),
    }
    write_results(args.name, results, _markdown(results))
    print(_markdown(results))


def _markdown(r: dict[str, Any]) -> str:
    fs, push, desks, page = r["first_sync"], r["push"], r["desks"], r["page_apply"]

    def ok(good: bool) -> str:
        return "yes" if good else "**no**"

    lines = [
        "# Sync (issue 6)",
        "",
        f"One office, {sum(r['entities'].values()):,} rows ({r['wire_mb']} MB of wire JSON): "
        + ", ".join(f"{n:,} {e}" for e, n in r["entities"].items())
        + ". Server: `cotdesk-server serve` (uvicorn, HTTPS) on PostgreSQL, same machine "
        "(2 shared cores). Desk: a fresh desk file, real HTTPS.",
        "",
        "| what | result | target | met |",
        "|---|---:|---:|---|",
        f"| first sync, end to end | {fs['seconds']} s ({fs['rows_per_s']:,} rows/s) | "
        f"< {FIRST_SYNC_TARGET_S:.0f} s | {ok(fs['seconds'] < FIRST_SYNC_TARGET_S)} |",
        f"| … open cases usable after | {fs['open_cases_ready_s']} s | — | |",
        f"| … desk process CPU / server process CPU | {fs['desk_cpu_s']} s / "
        f"{fs['server_process_cpu_s']} s | — | |",
        f"| same rows by PostgreSQL `COPY` | {r['postgresql_copy_s']} s | — | "
        f"ratio {r['ratios']['first_sync_vs_copy']}× |",
        f"| same rows by SQLite `executemany` | {r['sqlite_executemany_s']} s | — | "
        f"ratio {r['ratios']['first_sync_vs_sqlite_executemany']}× |",
        f"| one page of {page['rows']:,} rows: bulk apply / row by row | {page['bulk_s']} s / "
        f"{page['row_by_row_s']} s | — | {page['speed_up']}× faster |",
        f"| push of {push['mutations']:,} queued mutations | {push['seconds']} s "
        f"({push['per_s']:,}/s) | < {PUSH_TARGET_S:.0f} s | {ok(push['seconds'] < PUSH_TARGET_S)} |",
        f"| {desks['desks']} desks at once: request p50 / p95 / max | "
        f"{desks['request']['p50_ms']} / {desks['request']['p95_ms']} / "
        f"{desks['request']['max_ms']} ms | p95 < {DESKS_TARGET_P95_MS:.0f} ms | "
        f"{ok(desks['request']['p95_ms'] < DESKS_TARGET_P95_MS)} |",
        f"| {desks['desks']} desks at once: sync round (push 5 + pull) p50 / p95 | "
        f"{desks['round']['p50_ms']} / {desks['round']['p95_ms']} ms | — | |",
        "",
        f"First sync: {fs['rows_written']:,} rows written in {fs['pages']} pages. The "
        "open cases' rows are sent twice (in the open phase, then again in the feed: what "
        "keeps a case opened or closed meanwhile from being missed) and written once (the "
        "desk leaves alone a row it already has at the same version).",
        "",
        "Where the time goes: the desk process is the bottleneck of the first sync (its "
        "CPU above: parsing the JSON pages, converting values to their stored form, "
        "SQLite inserts, two search index rebuilds); the next page is fetched while one is "
        "applied, so the server's time mostly overlaps. 50 desks at once: the server is "
        "one uvicorn worker process (one core at most) and every request is a few "
        "PostgreSQL round trips plus FastAPI's per-request work; with the 50 desks' client "
        "in the same 2 cores, 150 requests arriving together queue behind each other.",
        "",
        "    python -m benchmarks.bench_sync --rows 1000000",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
