"""The status area's counts include the server-managed changes an operator made (they are
sent, and a refused one is parked), never those made by no operator nor a device row."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from cotdesk.db.database import Database
from cotdesk.db.models import OutboxEntry
from cotdesk.services.sync import sync_state
from cotdesk.services.unit_of_work import Actor, UnitOfWork


def _entry(db: Database, entity: str, operator: Actor | None, state: str) -> None:
    with UnitOfWork(db, None) as uow:
        last = uow.session.scalar(select(func.max(OutboxEntry.sequence))) or 0
        uow.session.add(
            OutboxEntry(
                device_id=db.device_id,
                sequence=int(last) + 1,
                entity=entity,
                row_id=uuid.uuid4(),
                op="update",
                base_version=1,
                changes={"name": "Nuovo nome"},
                operator_id=operator.operator_id if operator else None,
                state=state,
                last_error="Modifica rifiutata" if state == "parked" else "",
            )
        )
        uow.commit()


def test_server_managed_changes_an_operator_made_are_counted(
    db: Database, operator: Actor, supervisor: Actor
) -> None:
    before = sync_state(db)

    _entry(db, "partner", supervisor, "pending")  # a directory edit: sent
    _entry(db, "operator", operator, "pending")  # a password change: sent
    _entry(db, "partner", None, "pending")  # fixture / demo data: never sent
    _entry(db, "office", None, "parked")  # (not sent, so not a refusal to show)
    _entry(db, "device", operator, "pending")  # never sent
    after = sync_state(db)
    assert after.pending == before.pending + 2
    assert after.parked == before.parked

    _entry(db, "agreement", supervisor, "parked")  # an admin's directory edit refused
    _entry(db, "person", operator, "parked")
    refused = sync_state(db)
    assert refused.parked == before.parked + 2
    assert refused.pending == after.pending
