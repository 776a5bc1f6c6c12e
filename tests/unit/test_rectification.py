"""Rectification (GDPR art. 16) keeps the history: previous values in person_revision."""

from __future__ import annotations

from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, OutboxEntry, PersonRevision
from cotdesk.services import persons
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork


def test_a_correction_keeps_the_previous_values(db: Database, operator: Actor) -> None:
    data = persons.PersonData(last_name="Rosi", first_name="Anna", phone="333 1111111")
    with UnitOfWork(db, operator) as uow:
        person_id = persons.register_person(uow, data).id
        uow.commit()
    with UnitOfWork(db, operator) as uow:
        persons.update_person(
            uow, person_id, persons.PersonData(last_name="Rossi", first_name="Anna", phone="")
        )
        uow.commit()
    with UnitOfWork(db, operator) as uow:  # nothing changed: no revision
        persons.update_person(
            uow, person_id, persons.PersonData(last_name="Rossi", first_name="Anna", phone="")
        )
        uow.commit()
    with ReadUnit(db, None) as unit:
        revisions = unit.session.scalars(select(PersonRevision)).all()
        assert len(revisions) == 1
        revision = revisions[0]
        assert revision.person_id == person_id
        assert revision.operator_id == operator.operator_id
        assert revision.fields == ["last_name", "phone"]
        assert revision.previous == {"last_name": "Rosi", "phone": "333 1111111"}
        # The access log names the fields, never the values (an erasure can remove them).
        update = unit.session.scalars(select(AuditEvent).where(AuditEvent.action == "update")).one()
        assert update.detail == {"fields": ["last_name", "phone"]}
        # The revision travels to the server like any other row.
        assert (
            unit.session.scalar(
                select(OutboxEntry.op).where(OutboxEntry.entity == "person_revision")
            )
            == "insert"
        )
