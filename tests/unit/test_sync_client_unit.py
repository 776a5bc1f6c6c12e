"""Desk sync without a server: backoff, keyring rules, HTTPS only, pages applied whole."""

from __future__ import annotations

import uuid

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from keyring.backends.null import Keyring as NullKeyring
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import DeskState, OutboxEntry, Person
from cotdesk.sync import client as sync
from cotdesk.sync.credentials import CredentialsError, check_keyring
from cotdesk.sync.protocol import PulledChange, PullPage


def test_backoff_grows_exponentially_with_full_jitter_and_a_cap() -> None:
    top = [sync.next_retry_delay(n, rng=lambda: 1.0) for n in range(1, 10)]
    assert top[:5] == [2.0, 4.0, 8.0, 16.0, 32.0]
    assert top[-1] == 300.0  # capped
    assert sync.next_retry_delay(6, rng=lambda: 0.25) == 16.0
    assert sync.next_retry_delay(3, rng=lambda: 0.0) == 1.0  # never a busy loop
    assert sync.next_retry_delay(10_000, rng=lambda: 1.0) == 300.0


@pytest.mark.parametrize("backend", [FailKeyring(), NullKeyring()])
def test_unsafe_keyrings_are_refused_in_italian(backend: object) -> None:
    with pytest.raises(CredentialsError, match="portachiavi"):
        check_keyring(backend)  # type: ignore[arg-type]


def test_enrollment_needs_https(db: Database) -> None:
    with pytest.raises(sync.SyncError, match="https://"):
        sync.enroll(db, "http://server.example", "ABCD-EFGH-IJKL")


def test_sync_of_a_desk_never_enrolled_says_so(db: Database) -> None:
    report = sync.sync_once(db)
    assert not report.ok
    assert "non è registrata" in report.errors[0]


def _person(
    office_id: uuid.UUID, row_id: uuid.UUID, version: int, **values: object
) -> PulledChange:
    return PulledChange(
        entity="person",
        row_id=row_id,
        op="upsert",
        version=version,
        values={
            "id": str(row_id),
            "office_id": str(office_id),
            "last_name": "Rossi",
            "first_name": "Mario",
            "birth_date": "1980-01-02",
            "created_at": "2026-11-01T10:00:00+00:00",
            **values,
        },
    )


def test_a_page_with_a_missing_parent_is_not_applied_and_keeps_the_cursor(
    db: Database, office_id: uuid.UUID
) -> None:
    good = _person(office_id, uuid.uuid4(), 1)
    orphan = _person(uuid.uuid4(), uuid.uuid4(), 1)  # its office is unknown here
    with pytest.raises(sync.SyncError, match="nessun dato di questa pagina"):
        sync.apply_page(db, PullPage(changes=[good, orphan], cursor="c1.1.1.1.9", more=False))
    with db.read_session() as session:
        assert session.get(Person, good.row_id) is None
        assert session.get_one(DeskState, 1).sync_cursor is None


def test_pulled_rows_update_tombstone_and_never_enter_the_outbox(
    db: Database, office_id: uuid.UUID
) -> None:
    row_id = uuid.uuid4()
    assert (
        sync.apply_page(
            db, PullPage(changes=[_person(office_id, row_id, 1)], cursor="c1.1.1.1.1", more=False)
        )
        == 1
    )
    older = _person(office_id, row_id, 1, last_name="Vecchio")
    newer = _person(office_id, row_id, 2, phone="06 5555")
    sync.apply_page(db, PullPage(changes=[newer], cursor="c1.1.1.1.2", more=False))
    # An older version never goes over a newer one.
    assert sync.apply_page(db, PullPage(changes=[older], cursor="c1.1.1.1.3", more=False)) == 0
    gone = PulledChange(
        entity="person",
        row_id=row_id,
        op="delete",
        version=3,
        values={**newer.values, "deleted_at": "2026-11-20T09:00:00+00:00"},
    )
    sync.apply_page(db, PullPage(changes=[gone], cursor="c1.1.1.1.4", more=False))
    with db.read_session() as session:
        person = session.get_one(Person, row_id)
        assert (person.phone, person.server_version) == ("06 5555", 3)
        assert person.last_name == "Rossi"
        assert person.deleted_at is not None
        assert session.get_one(DeskState, 1).sync_cursor == "c1.1.1.1.4"
        entities = set(session.scalars(select(OutboxEntry.entity)))
    assert "person" not in entities
