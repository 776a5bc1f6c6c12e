"""Push over real HTTPS into real PostgreSQL: exactly-once, merge, conflicts, the rules."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from cotdesk.server.store import Device, SyncChange, SyncConflict, SyncMutation, SyncRow
from cotdesk.sync.protocol import DIRECTORY_ENTITIES
from tests.integration.conftest import Desk

MakeOffice = Callable[[], uuid.UUID]
Enroll = Callable[[uuid.UUID], Desk]


def server_row(engine: Engine, entity: str, row_id: uuid.UUID) -> Any:
    with engine.connect() as conn:
        return conn.execute(
            select(SyncRow).where(SyncRow.entity == entity, SyncRow.id == row_id)
        ).one_or_none()


def count(engine: Engine, model: Any, *where: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model).where(*where)).scalar_one())


def person(row_id: uuid.UUID, **values: Any) -> dict[str, Any]:
    return {"id": str(row_id), "given_name": "Anna", "family_name": "Bianchi", **values}


def test_insert_then_update_versions_and_feed(
    make_office: MakeOffice, enroll: Enroll, server_engine: Engine
) -> None:
    desk = enroll(make_office())
    row_id = uuid.uuid4()
    results = desk.push_ok(
        [
            desk.mutation("person", row_id, "insert", person(row_id)),
            desk.mutation("person", row_id, "update", {"phone": "06 1234"}, base_version=1),
        ]
    )
    assert [(r["status"], r["server_version"]) for r in results] == [("applied", 1), ("applied", 2)]
    row = server_row(server_engine, "person", row_id)
    assert row.version == 2
    assert row.data["phone"] == "06 1234"
    assert row.office_id == desk.office_id
    assert row.field_versions["phone"] == 2
    assert row.field_versions["given_name"] == 1
    # One feed row per applied change, in the same transaction.
    assert count(server_engine, SyncChange, SyncChange.entity_id == row_id) == 2


def test_replay_returns_the_stored_result_and_applies_nothing_twice(
    make_office: MakeOffice, enroll: Enroll, server_engine: Engine
) -> None:
    desk = enroll(make_office())
    row_id = uuid.uuid4()
    batch = [
        desk.mutation("person", row_id, "insert", person(row_id)),
        desk.mutation("person", row_id, "update", {"phone": "1"}, base_version=1),
        desk.mutation("case_event", uuid.uuid4(), "update", {"text": "x"}, base_version=1),
    ]
    first = desk.push_ok(batch)
    assert [r["status"] for r in first] == ["applied", "applied", "rejected"]
    changes_before = count(server_engine, SyncChange, SyncChange.entity_id == row_id)

    # The reply was lost: the desk sends the very same batch again, and once more later.
    for _ in range(2):
        again = desk.push_ok(batch)
        assert [r["status"] for r in again] == ["duplicate", "duplicate", "rejected"]
        assert [r["server_version"] for r in again] == [r["server_version"] for r in first]
        assert again[2]["reason"] == first[2]["reason"]

    assert server_row(server_engine, "person", row_id).version == 2
    assert count(server_engine, SyncChange, SyncChange.entity_id == row_id) == changes_before
    assert count(server_engine, SyncMutation, SyncMutation.device_id == desk.device_id) == 3


def test_same_mutation_id_with_another_payload_is_refused_and_never_applied(
    make_office: MakeOffice, enroll: Enroll, server_engine: Engine
) -> None:
    desk = enroll(make_office())
    row_id = uuid.uuid4()
    insert = desk.mutation("person", row_id, "insert", person(row_id))
    desk.push_ok([insert])
    update = desk.mutation("person", row_id, "update", {"phone": "1"}, base_version=1)
    assert desk.push_ok([update])[0]["status"] == "applied"

    tampered = {**update, "changes": {"phone": "2"}}
    result = desk.push_ok([tampered])[0]
    assert result["status"] == "rejected"
    assert "stesso identificativo" in result["reason"]
    assert "contenuto diverso" in result["reason"]
    row = server_row(server_engine, "person", row_id)
    assert row.data["phone"] == "1"
    assert row.version == 2


def test_a_poison_mutation_does_not_block_the_batch(
    make_office: MakeOffice, enroll: Enroll, server_engine: Engine
) -> None:
    """PostgreSQL's JSONB refuses \\u0000: that mutation's SAVEPOINT is rolled back alone."""
    desk = enroll(make_office())
    good_before, poison, good_after = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    batch = [
        desk.mutation("person", good_before, "insert", person(good_before)),
        desk.mutation("person", poison, "insert", person(poison, notes="a\u0000b")),
        desk.mutation("person", good_after, "insert", person(good_after)),
        desk.mutation("person", good_after, "update", {"phone": "3"}, base_version=1),
    ]
    results = desk.push_ok(batch)
    assert [r["status"] for r in results] == ["applied", "rejected", "applied", "applied"]
    assert "non validi" in results[1]["reason"]
    assert server_row(server_engine, "person", poison) is None
    assert server_row(server_engine, "person", good_after).version == 2
    # Nothing about it is lost: the server kept the payload of the rejected mutation.
    with server_engine.connect() as conn:
        stored = conn.execute(
            select(SyncMutation.payload, SyncMutation.status).where(
                SyncMutation.mutation_id == uuid.UUID(batch[1]["mutation_id"])
            )
        ).one()
    assert stored.status == "rejected"
    assert "\\u0000" in stored.payload
    # A replay answers the same.
    assert [r["status"] for r in desk.push_ok(batch)] == [
        "duplicate",
        "rejected",
        "duplicate",
        "duplicate",
    ]


def test_sequence_gaps_allowed_order_respected(
    make_office: MakeOffice, enroll: Enroll, server_engine: Engine
) -> None:
    desk = enroll(make_office())
    row_id = uuid.uuid4()
    insert = desk.mutation("person", row_id, "insert", person(row_id), sequence=10)
    update = desk.mutation("person", row_id, "update", {"phone": "1"}, base_version=1, sequence=20)
    # Sent out of order within the batch: applied in sequence order.
    results = desk.push_ok([update, insert])
    assert [r["status"] for r in results] == ["applied", "applied"]
    assert [r["server_version"] for r in results] == [2, 1]
    with server_engine.connect() as conn:
        last = conn.execute(
            select(Device.last_sequence).where(Device.id == desk.device_id)
        ).scalar_one()
    assert last == 20

    # A new mutation with a sequence already passed is refused, not applied.
    late = desk.mutation("person", row_id, "update", {"phone": "late"}, base_version=2, sequence=15)
    result = desk.push_ok([late])[0]
    assert result["status"] == "rejected"
    assert "sequenza" in result["reason"]
    assert server_row(server_engine, "person", row_id).data["phone"] == "1"

    response = desk.push(
        [
            desk.mutation("person", row_id, "update", {"a": 1}, base_version=2, sequence=30),
            desk.mutation("person", row_id, "update", {"b": 1}, base_version=2, sequence=30),
        ]
    )
    assert response.status_code == 422
    assert response.json()["error"] == "invalid_batch"


def test_different_fields_merge_same_field_conflicts_and_keeps_both(
    make_office: MakeOffice, enroll: Enroll, server_engine: Engine
) -> None:
    office = make_office()
    desk_a, desk_b = enroll(office), enroll(office)
    row_id = uuid.uuid4()
    desk_a.push_ok([desk_a.mutation("person", row_id, "insert", person(row_id))])

    # Both desks saw version 1 and went offline. A changes the phone, B the address.
    result_a = desk_a.push_ok(
        [desk_a.mutation("person", row_id, "update", {"phone": "111"}, base_version=1)]
    )[0]
    assert (result_a["status"], result_a["server_version"]) == ("applied", 2)
    result_b = desk_b.push_ok(
        [desk_b.mutation("person", row_id, "update", {"address": "Via Roma 1"}, base_version=1)]
    )[0]
    assert result_b["status"] == "applied"
    assert result_b["server_version"] == 3
    row = server_row(server_engine, "person", row_id)
    assert row.data["phone"] == "111"
    assert row.data["address"] == "Via Roma 1"

    # Now both change the phone; B's change is based on version 1, A's on the current one.
    desk_a.push_ok([desk_a.mutation("person", row_id, "update", {"phone": "222"}, base_version=3)])
    result = desk_b.push_ok(
        [
            desk_b.mutation(
                "person",
                row_id,
                "update",
                {"phone": "999", "email": "anna@example.org"},
                base_version=1,
            )
        ]
    )[0]
    assert result["status"] == "conflict"
    assert "il campo phone" in result["reason"]
    row = server_row(server_engine, "person", row_id)
    assert row.data["phone"] == "222"  # the value already on the server stays
    assert row.data["email"] == "anna@example.org"  # the other field merged
    assert result["server_version"] == row.version == 5
    with server_engine.connect() as conn:
        conflicts = conn.execute(select(SyncConflict).where(SyncConflict.row_id == row_id)).all()
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert (conflict.field, conflict.server_value, conflict.device_value) == ("phone", "222", "999")
    assert conflict.device_id == desk_b.device_id
    assert conflict.office_id == office
    assert conflict.base_version == 1
    assert conflict.resolved_at is None

    # The same value written on both sides is no conflict.
    same = desk_b.push_ok(
        [desk_b.mutation("person", row_id, "update", {"phone": "222"}, base_version=1)]
    )[0]
    assert same["status"] == "applied"
    assert same["server_version"] == 5


def test_append_only_entities_are_insert_only(
    make_office: MakeOffice, enroll: Enroll, server_engine: Engine
) -> None:
    desk = enroll(make_office())
    event_id = uuid.uuid4()
    values = {"id": str(event_id), "kind": "note", "text": "Colloquio"}
    assert desk.push_ok([desk.mutation("case_event", event_id, "insert", values)])[0]["status"] == (
        "applied"
    )
    results = desk.push_ok(
        [
            desk.mutation("case_event", event_id, "update", {"text": "Altro"}, base_version=1),
            desk.mutation("case_event", event_id, "delete", {"deleted_at": "2026-01-01T00:00:00"}),
            desk.mutation("case_event", event_id, "insert", values),
            desk.mutation("case_event", event_id, "insert", {**values, "text": "Cambiato"}),
        ]
    )
    assert [r["status"] for r in results] == ["rejected", "rejected", "applied", "rejected"]
    assert "solo aggiungere" in results[0]["reason"]
    row = server_row(server_engine, "case_event", event_id)
    assert (row.version, row.data["text"], row.deleted) == (1, "Colloquio", False)


def test_deletes_are_tombstones_and_the_record_never_comes_back(
    make_office: MakeOffice, enroll: Enroll, server_engine: Engine
) -> None:
    office = make_office()
    desk_a, desk_b = enroll(office), enroll(office)
    row_id = uuid.uuid4()
    desk_a.push_ok([desk_a.mutation("case", row_id, "insert", {"id": str(row_id), "x": 1})])
    deleted = desk_a.push_ok(
        [desk_a.mutation("case", row_id, "delete", {"deleted_at": "2026-03-01T10:00:00+00:00"})]
    )[0]
    assert deleted["status"] == "applied"
    row = server_row(server_engine, "case", row_id)
    assert row.deleted is True
    assert row.version == 2

    # B edited the record offline (based on version 1): the edit does not resurrect it.
    edit = desk_b.push_ok([desk_b.mutation("case", row_id, "update", {"x": 2}, base_version=1)])[0]
    assert edit["status"] == "rejected"
    assert "eliminato" in edit["reason"]
    undelete = desk_b.push_ok(
        [desk_b.mutation("case", row_id, "update", {"deleted_at": None}, base_version=2)]
    )[0]
    assert undelete["status"] == "rejected"
    row = server_row(server_engine, "case", row_id)
    assert (row.deleted, row.version, row.data["x"]) == (True, 2, 1)

    changes = {c["row_id"]: c for c in desk_b.pull_all()}
    assert changes[str(row_id)]["op"] == "delete"
    assert changes[str(row_id)]["values"]["deleted_at"] == "2026-03-01T10:00:00+00:00"


def test_the_office_comes_from_the_enrollment_never_from_the_payload(
    make_office: MakeOffice, enroll: Enroll, server_engine: Engine
) -> None:
    office_a, office_b = make_office(), make_office()
    desk_a, desk_b = enroll(office_a), enroll(office_b)
    row_id = uuid.uuid4()
    results = desk_a.push_ok(
        [
            desk_a.mutation("case", row_id, "insert", {"id": str(row_id)}),
            desk_a.mutation(
                "case", uuid.uuid4(), "insert", {"office_id": str(office_b), "note": "x"}
            ),
            desk_a.mutation("case", uuid.uuid4(), "insert", {"id": str(uuid.uuid4())}),
            desk_a.mutation("partner", uuid.uuid4(), "insert", {"name": "Caritas"}),
            desk_a.mutation("spaceship", uuid.uuid4(), "insert", {"name": "x"}),
        ]
    )
    assert [r["status"] for r in results] == [
        "applied",
        "rejected",
        "rejected",
        "rejected",
        "rejected",
    ]
    assert "altro ufficio" in results[1]["reason"]
    assert "identificativo" in results[2]["reason"]
    assert "amministratore di rete" in results[3]["reason"]
    assert "sconosciuto" in results[4]["reason"]
    assert server_row(server_engine, "case", row_id).office_id == office_a

    # A desk of another office can neither change nor take over the row.
    for op in ("update", "insert", "delete"):
        result = desk_b.push_ok(
            [desk_b.mutation("case", row_id, op, {"note": "presa"}, base_version=1)]
        )[0]
        assert result["status"] == "rejected"
        assert "altro ufficio" in result["reason"]
    assert server_row(server_engine, "case", row_id).version == 1

    # Pushing on behalf of another device is forbidden.
    response = desk_b.client.post(
        "/v1/push", json={"device_id": str(desk_a.device_id), "mutations": []}
    )
    assert response.status_code == 403


def test_the_same_batch_sent_twice_at_once_is_applied_once(
    make_office: MakeOffice, enroll: Enroll, server_engine: Engine
) -> None:
    office = make_office()
    desk = enroll(office)
    second_client = enroll(office)  # only for a second connection with the same token
    second_client.client.headers["Authorization"] = f"Bearer {desk.token}"
    rows = [uuid.uuid4() for _ in range(200)]
    batch = [desk.mutation("person", row, "insert", person(row)) for row in rows]
    batch += [
        desk.mutation("person", row, "update", {"phone": "p"}, base_version=1) for row in rows
    ]
    body = {"device_id": str(desk.device_id), "mutations": batch}
    answers: list[list[dict[str, Any]]] = []
    barrier = threading.Barrier(2)

    def send(client: Any) -> None:
        barrier.wait()
        response = client.post("/v1/push", json=body)
        assert response.status_code == 200, response.text
        answers.append(response.json()["results"])

    clients = (desk.client, second_client.client)
    threads = [threading.Thread(target=send, args=(c,)) for c in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(answers) == 2
    statuses = sorted({r["status"] for r in answers[0]} | {r["status"] for r in answers[1]})
    assert statuses == ["applied", "duplicate"]
    for first, second in zip(answers[0], answers[1], strict=True):
        assert {first["status"], second["status"]} == {"applied", "duplicate"}
        assert first["server_version"] == second["server_version"]
    assert count(server_engine, SyncMutation, SyncMutation.device_id == desk.device_id) == 400
    assert count(server_engine, SyncChange, SyncChange.entity_id.in_(rows)) == 400
    for row in rows[:5]:
        assert server_row(server_engine, "person", row).version == 2


@pytest.mark.slow
def test_push_of_large_batches_timing(
    make_office: MakeOffice, enroll: Enroll, server_engine: Engine, capsys: Any
) -> None:
    """1,000 mutations in one batch, then 10,000 queued ones in batches of 2,000 (client
    and server in one process, over HTTPS), then another desk pulls it all."""
    desk = enroll(make_office())

    def batch(n: int) -> list[dict[str, Any]]:
        out = []
        for _ in range(n // 2):
            row = uuid.uuid4()
            out.append(desk.mutation("person", row, "insert", person(row, notes="x" * 200)))
            out.append(desk.mutation("person", row, "update", {"phone": "06"}, base_version=1))
        return out

    one = batch(1000)
    started = time.perf_counter()
    results = desk.push_ok(one)
    one_batch = time.perf_counter() - started
    assert all(r["status"] == "applied" for r in results)

    queued = batch(10_000)
    started = time.perf_counter()
    for start in range(0, len(queued), 2000):
        results = desk.push_ok(queued[start : start + 2000])
        assert all(r["status"] == "applied" for r in results)
    ten_thousand = time.perf_counter() - started
    reader = enroll(desk.office_id)
    started = time.perf_counter()
    pulled = reader.pull_all(limit=5000)
    pull_time = time.perf_counter() - started
    # (a new office also receives the network directory and its own office row: only the
    # rows pushed are counted)
    own = {c["row_id"] for c in pulled if c["entity"] not in {*DIRECTORY_ENTITIES, "office"}}
    assert len(own) == 5500
    with capsys.disabled():
        print(
            f"\npush: 1,000 mutations in one batch {one_batch:.2f} s; "
            f"10,000 in 5 batches {ten_thousand:.2f} s; "
            f"pull of the 5,500 rows in pages of 5,000 {pull_time:.2f} s"
        )
    assert count(server_engine, SyncMutation, SyncMutation.device_id == desk.device_id) == 11_000
    assert one_batch < 10
    assert ten_thousand < 30
