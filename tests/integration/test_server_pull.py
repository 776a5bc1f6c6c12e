"""Pull over real HTTPS from real PostgreSQL: office scope, paging, the cursor under
concurrent transactions that commit out of order, and the epoch."""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from cotdesk.server import admin, store
from cotdesk.server.admin import DeviceIdentity
from cotdesk.server.push import push
from cotdesk.sync.protocol import SERVER_MANAGED_ENTITIES, Mutation, PushRequest
from tests.integration.conftest import Desk

MakeOffice = Callable[[], uuid.UUID]
Enroll = Callable[[uuid.UUID], Desk]


def insert_request(desk: Desk, *row_ids: uuid.UUID) -> PushRequest:
    """A push of new person rows, built for calling :func:`push` directly."""
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
                changes={"id": str(row_id), "given_name": "Luca"},
            )
        )
    return PushRequest(device_id=desk.device_id, mutations=mutations)


def identity(desk: Desk) -> DeviceIdentity:
    return DeviceIdentity(device_id=desk.device_id, office_id=desk.office_id)


def naive_feed(engine: Engine, office_id: uuid.UUID, after_id: int) -> list[int]:
    """What a plain ``id > :cursor`` feed would read (the approach DESIGN.md rejects)."""
    with engine.connect() as conn:
        return list(
            conn.execute(
                text(
                    "SELECT id FROM sync_change WHERE office_id = :o AND id > :c"
                    " AND entity = 'person' ORDER BY id"
                ),
                {"o": office_id, "c": after_id},
            ).scalars()
        )


def received_ids(changes: list[dict[str, Any]]) -> list[str]:
    """The ids of the desks' rows received (the office's own row, its operators and the
    directory, which the server administers, are left out)."""
    return [
        change["row_id"] for change in changes if change["entity"] not in SERVER_MANAGED_ENTITIES
    ]


def test_a_desk_receives_only_its_own_office(make_office: MakeOffice, enroll: Enroll) -> None:
    office_a, office_b = make_office(), make_office()
    writer_a, writer_b = enroll(office_a), enroll(office_b)
    reader_a, reader_b = enroll(office_a), enroll(office_b)
    rows_a = [uuid.uuid4() for _ in range(3)]
    rows_b = [uuid.uuid4() for _ in range(2)]
    writer_a.push_ok(
        [writer_a.mutation("person", r, "insert", {"id": str(r), "n": 1}) for r in rows_a]
    )
    writer_b.push_ok(
        [writer_b.mutation("person", r, "insert", {"id": str(r), "n": 1}) for r in rows_b]
    )
    assert sorted(received_ids(reader_a.pull_all())) == sorted(map(str, rows_a))
    assert sorted(received_ids(reader_b.pull_all())) == sorted(map(str, rows_b))
    # The request has no say in the office: an extra field is refused outright.
    response = reader_b.client.post("/v1/pull", json={"cursor": None, "office_id": str(office_a)})
    assert response.status_code == 422


def test_paged_pull_resumes_from_the_cursor(make_office: MakeOffice, enroll: Enroll) -> None:
    office = make_office()
    writer, reader = enroll(office), enroll(office)
    rows = [uuid.uuid4() for _ in range(25)]
    writer.push_ok([writer.mutation("case", r, "insert", {"id": str(r)}) for r in rows])
    writer.push_ok(
        [writer.mutation("case", r, "update", {"status": "open"}, base_version=1) for r in rows[:5]]
    )
    pages = []
    while True:
        page = reader.pull_page(limit=10)
        pages.append(page)
        if not page["more"]:
            break
    assert [len(p["changes"]) for p in pages][:2] == [10, 10]
    everything = [c for p in pages for c in p["changes"]]
    assert sorted(set(received_ids(everything))) == sorted(map(str, rows))
    final = {row_id: reader.rows[("case", row_id)] for row_id in map(str, rows)}
    assert all(final[str(r)][0] == 2 and final[str(r)][1]["status"] == "open" for r in rows[:5])
    assert all(final[str(r)][0] == 1 for r in rows[5:])
    # Nothing new: the same cursor comes back with an empty page.
    cursor = reader.cursor
    assert reader.pull_page()["changes"] == []
    assert reader.cursor == cursor


def test_a_transaction_that_commits_late_is_never_skipped(
    make_office: MakeOffice, enroll: Enroll, server_engine: Engine
) -> None:
    """T1 takes its change id first but commits after T2; a pull runs in between."""
    office = make_office()
    desk_1, desk_2, reader = enroll(office), enroll(office), enroll(office)
    row_1, row_2 = uuid.uuid4(), uuid.uuid4()
    with Session(server_engine) as t1, Session(server_engine) as t2:
        push(t1, identity(desk_1), insert_request(desk_1, row_1))
        push(t2, identity(desk_2), insert_request(desk_2, row_2))
        t2.commit()

        # Between the two commits: T2's change is committed with a higher change id.
        naive = naive_feed(server_engine, office, 0)
        assert len(naive) == 1  # a plain id cursor would now stand past T1's id...
        early = reader.pull_all()
        assert str(row_1) not in received_ids(early)

        t1.commit()

    # ...and would never see T1's row:
    assert naive_feed(server_engine, office, naive[-1]) == []
    late = reader.pull_all()
    everything = received_ids(early) + received_ids(late)
    assert sorted(everything) == sorted([str(row_1), str(row_2)])  # each exactly once


def test_an_older_transaction_id_committing_late_is_never_skipped(
    make_office: MakeOffice, enroll: Enroll, server_engine: Engine
) -> None:
    """T2 has the older xid but the later change id; T1 commits last. Ordering by
    (xid, id) and reading below the horizon delivers both, each once."""
    office = make_office()
    desk_1, desk_2, reader = enroll(office), enroll(office), enroll(office)
    row_1, row_2 = uuid.uuid4(), uuid.uuid4()
    with Session(server_engine) as t1, Session(server_engine) as t2:
        xid_2 = int(t2.execute(text("SELECT pg_current_xact_id()::text")).scalar_one())
        push(t1, identity(desk_1), insert_request(desk_1, row_1))
        xid_1 = int(t1.execute(text("SELECT pg_current_xact_id()::text")).scalar_one())
        push(t2, identity(desk_2), insert_request(desk_2, row_2))
        assert xid_2 < xid_1
        ids = dict(
            t2.execute(
                text(
                    "SELECT entity_id::text, id FROM sync_change "
                    "WHERE entity_id = :r2 OR entity_id = :r1"
                ),
                {"r1": row_1, "r2": row_2},
            ).all()
        )
        t2.commit()
        first = reader.pull_all()
        assert received_ids(first) == [str(row_2)]
        t1.commit()
    with Session(server_engine) as s:
        ids.update(
            s.execute(
                text("SELECT entity_id::text, id FROM sync_change WHERE entity_id = :r1"),
                {"r1": row_1},
            ).all()
        )
    assert ids[str(row_1)] < ids[str(row_2)]  # an id cursor would have skipped row 1
    second = reader.pull_all()
    assert received_ids(second) == [str(row_1)]


def test_the_savepoints_of_a_push_share_the_top_level_xid(
    make_office: MakeOffice, enroll: Enroll, server_engine: Engine
) -> None:
    desk = enroll(make_office())
    rows = [uuid.uuid4() for _ in range(3)]
    with Session(server_engine) as s:
        push(s, identity(desk), insert_request(desk, *rows))
        top = int(s.execute(text("SELECT pg_current_xact_id()::text")).scalar_one())
        xids = (
            s.execute(
                text("SELECT xid::text FROM sync_change WHERE entity_id = ANY(:rows)"),
                {"rows": rows},
            )
            .scalars()
            .all()
        )
        s.commit()
    assert [int(x) for x in xids] == [top] * 3


def test_concurrent_writers_committing_out_of_order_lose_nothing(
    make_office: MakeOffice, enroll: Enroll, server_engine: Engine, capsys: Any
) -> None:
    """Writers hold their transactions open for random times while a desk pulls small
    pages; every row arrives exactly at its final version. A plain id cursor, read
    alongside, is counted for comparison."""
    office = make_office()
    writers = [enroll(office) for _ in range(4)]
    reader = enroll(office)
    written: list[uuid.UUID] = []
    lock = threading.Lock()
    done = threading.Event()
    rng = random.Random(8)
    delays = [[rng.uniform(0, 0.03) for _ in range(12)] for _ in writers]

    def write(index: int) -> None:
        desk = writers[index]
        for delay in delays[index]:
            rows = [uuid.uuid4() for _ in range(3)]
            with Session(server_engine) as session:
                push(session, identity(desk), insert_request(desk, *rows))
                time.sleep(delay)
                session.commit()
            with lock:
                written.extend(rows)

    naive_seen: set[int] = set()

    def naive_reader() -> None:
        cursor = 0
        while not done.is_set():
            new = naive_feed(server_engine, office, cursor)
            naive_seen.update(new)
            if new:
                cursor = new[-1]
            time.sleep(0.002)

    received: list[dict[str, Any]] = []
    threads = [threading.Thread(target=write, args=(i,)) for i in range(len(writers))]
    naive = threading.Thread(target=naive_reader)
    naive.start()
    for thread in threads:
        thread.start()
    while any(thread.is_alive() for thread in threads):
        received.extend(reader.pull_page(limit=5)["changes"])
    for thread in threads:
        thread.join()
    done.set()
    naive.join()
    received.extend(reader.pull_all(limit=5))

    assert len(written) == 4 * 12 * 3
    assert sorted(received_ids(received)) == sorted(map(str, written))  # none missed, none twice
    with server_engine.connect() as conn:
        total = conn.execute(
            text("SELECT count(*) FROM sync_change WHERE office_id = :o AND entity = 'person'"),
            {"o": office},
        ).scalar_one()
    missed = total - len(naive_seen)
    with capsys.disabled():
        print(f"\nout-of-order writers: a plain id cursor missed {missed} of {total} changes")


def test_another_epoch_answers_resync(
    make_office: MakeOffice, enroll: Enroll, server_engine: Engine
) -> None:
    office = make_office()
    writer, reader = enroll(office), enroll(office)
    before = uuid.uuid4()
    writer.push_ok([writer.mutation("case", before, "insert", {"id": str(before)})])
    reader.pull_all()
    old_cursor = reader.cursor

    sessions = store.session_factory(server_engine)
    with sessions.begin() as session:
        admin.bump_epoch(session)

    after = uuid.uuid4()
    writer.push_ok([writer.mutation("case", after, "insert", {"id": str(after)})])
    response = reader.client.post("/v1/pull", json={"cursor": old_cursor})
    assert response.status_code == 410
    body = response.json()
    assert body["error"] == "resync"
    assert "sincronizzazione completa" in body["message"]

    # A full resync from no cursor is a first sync: the open cases first (both), then the
    # feed with the rows of both epochs, older epoch first.
    reader.cursor = None
    open_first = sorted(map(str, (before, after)))
    cases = [change for change in reader.pull_all() if change["entity"] == "case"]
    assert received_ids(cases) == [*open_first, str(before), str(after)]
    assert reader.pull_page()["changes"] == []

    response = reader.client.post("/v1/pull", json={"cursor": "c1.x.y"})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_cursor"
