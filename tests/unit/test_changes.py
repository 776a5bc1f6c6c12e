"""Change capture: each write leaves its outbox entry in the same transaction, or neither."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from cotdesk.db.database import Database
from cotdesk.db.models import (
    Assessment,
    AuditEvent,
    Case,
    CaseEvent,
    OutboxEntry,
    Person,
)
from cotdesk.errors import AppendOnlyViolation
from cotdesk.services.unit_of_work import Actor, UnitOfWork


def _outbox(db: Database) -> list[OutboxEntry]:
    with db.read_session() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.sequence)))


def _add_person(db: Database, actor: Actor, last_name: str = "Esposito") -> uuid.UUID:
    with UnitOfWork(db, actor) as uow:
        person = Person(
            office_id=actor.office_id,
            last_name=last_name,
            first_name="Anna",
            birth_date=date(1984, 3, 12),
        )
        uow.session.add(person)
        uow.audit("create", person)
        uow.commit()
        return person.id


def test_an_insert_records_every_field_with_device_sequence_and_operator(
    db: Database, operator: Actor
) -> None:
    before = len(_outbox(db))
    person_id = _add_person(db, operator)
    entries = _outbox(db)[before:]
    person_entries = [entry for entry in entries if entry.entity == "person"]
    assert len(person_entries) == 1
    entry = person_entries[0]
    assert entry.op == "insert"
    assert entry.row_id == person_id
    assert entry.device_id == db.device_id
    assert entry.operator_id == operator.operator_id
    assert entry.base_version == 0
    assert entry.state == "pending"
    assert entry.changes["last_name"] == "Esposito"
    assert entry.changes["birth_date"] == "1984-03-12"
    assert entry.changes["id"] == str(person_id)
    assert entry.changes["office_id"] == str(operator.office_id)
    assert "server_version" not in entry.changes
    # the audit row of the same use case is captured too, after the person
    assert [e.entity for e in entries] == ["person", "audit_event"]


def test_an_update_records_only_the_changed_fields_and_the_base_version(
    db: Database, operator: Actor
) -> None:
    person_id = _add_person(db, operator)
    with UnitOfWork(db, operator) as uow:
        person = uow.session.get(Person, person_id)
        assert person is not None
        person.server_version = 7  # as if pulled from the server
        uow.session.info["applying_remote"] = True
        uow.flush()
        uow.session.info["applying_remote"] = False
        person.phone = "+39 333 123 4567"
        uow.commit()
    entry = _outbox(db)[-1]
    assert entry.op == "update"
    assert entry.changes == {"phone": "+39 333 123 4567"}
    assert entry.base_version == 7


def test_sequences_grow_strictly_across_transactions(db: Database, operator: Actor) -> None:
    for name in ("Rossi", "Bianchi", "Ferrari"):
        _add_person(db, operator, name)
    sequences = [entry.sequence for entry in _outbox(db)]
    assert sequences == sorted(sequences)
    assert len(set(sequences)) == len(sequences)
    assert sequences == list(range(sequences[0], sequences[0] + len(sequences)))


def test_a_failed_transaction_leaves_neither_the_change_nor_its_outbox_entry(
    db: Database, operator: Actor
) -> None:
    before = len(_outbox(db))

    class BoomError(Exception):
        pass

    with pytest.raises(BoomError), UnitOfWork(db, operator) as uow:
        person = Person(office_id=operator.office_id, last_name="Romano", first_name="Luca")
        uow.session.add(person)
        uow.audit("create", person)
        uow.flush()  # the outbox rows exist inside the transaction now...
        assert uow.session.scalar(select(func.count()).select_from(OutboxEntry)) > before
        raise BoomError
    # ...and are gone with it
    assert len(_outbox(db)) == before
    with db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == 0


def test_leaving_without_commit_rolls_back(db: Database, operator: Actor) -> None:
    before = len(_outbox(db))
    with UnitOfWork(db, operator) as uow:
        uow.session.add(Person(office_id=operator.office_id, last_name="Greco", first_name="Ada"))
    assert len(_outbox(db)) == before


def test_a_constraint_failure_at_commit_leaves_nothing(db: Database, operator: Actor) -> None:
    with UnitOfWork(db, operator) as uow:
        uow.session.add(
            Person(
                office_id=operator.office_id,
                last_name="Conti",
                first_name="Sara",
                fiscal_code="CNTSRA80A41H501X",
            )
        )
        uow.commit()
    before = len(_outbox(db))
    with pytest.raises(Exception, match="UNIQUE"), UnitOfWork(db, operator) as uow:
        uow.session.add(
            Person(
                office_id=operator.office_id,
                last_name="Conti",
                first_name="Sara",
                fiscal_code="CNTSRA80A41H501X",
            )
        )
        uow.commit()
    assert len(_outbox(db)) == before


def test_a_tombstone_is_recorded_as_a_delete_and_rows_are_never_removed(
    db: Database, operator: Actor
) -> None:
    person_id = _add_person(db, operator)
    with UnitOfWork(db, operator) as uow:
        person = uow.session.get(Person, person_id)
        assert person is not None
        uow.session.delete(person)
        with pytest.raises(AppendOnlyViolation, match="tombstone"):
            uow.flush()
    with UnitOfWork(db, operator) as uow:
        person = uow.session.get(Person, person_id)
        assert person is not None
        from cotdesk.db.types import utcnow

        person.deleted_at = utcnow()
        uow.commit()
    assert _outbox(db)[-1].op == "delete"


def _case_with_assessment(db: Database, actor: Actor) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    person_id = _add_person(db, actor)
    with UnitOfWork(db, actor) as uow:
        case = Case(
            reference=f"T-{uuid.uuid4().hex[:8]}",
            person_id=person_id,
            office_id=actor.office_id,
            opened_on=date(2026, 11, 2),
        )
        uow.session.add(case)
        uow.flush()
        assessment = Assessment(
            case_id=case.id, version=1, assessed_on=date(2026, 11, 2), operator_id=actor.operator_id
        )
        event = CaseEvent(
            case_id=case.id, kind="note", operator_id=actor.operator_id, text="Primo colloquio"
        )
        uow.session.add_all([assessment, event])
        uow.commit()
        return case.id, assessment.id, event.id


@pytest.mark.parametrize("model", [Assessment, CaseEvent])
def test_append_only_entities_cannot_be_updated_or_deleted(
    db: Database, operator: Actor, model: type[Assessment] | type[CaseEvent]
) -> None:
    _, assessment_id, event_id = _case_with_assessment(db, operator)
    row_id = assessment_id if model is Assessment else event_id
    before = len(_outbox(db))
    with UnitOfWork(db, operator) as uow:
        row = uow.session.get(model, row_id)
        assert row is not None
        if isinstance(row, Assessment):
            row.narrative = "riscritto"
        else:
            row.text = "riscritto"
        with pytest.raises(AppendOnlyViolation, match="append-only"):
            uow.flush()
    with UnitOfWork(db, operator) as uow:
        row = uow.session.get(model, row_id)
        uow.session.delete(row)
        with pytest.raises(AppendOnlyViolation):
            uow.flush()
    assert len(_outbox(db)) == before
