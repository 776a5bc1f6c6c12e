"""Facts about this desk's database, for the status bar and `cotdesk db status`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from cotdesk.db import encryption, errors, schema
from cotdesk.db.database import Database, open_database
from cotdesk.db.models import Case, DeskState, District, Office, OutboxEntry, Partner, Person
from cotdesk.services import desk_keys
from cotdesk.services.unit_of_work import ReadUnit

#: The handle the UI holds on the desk database (the UI never imports ``cotdesk.db``).
Desk = Database


@dataclass(frozen=True)
class DeskSummary:
    schema_revision: str | None
    device_id: uuid.UUID
    persons: int
    cases: int
    open_cases: int
    partners: int
    pending_changes: int


def desk_summary(db: Database) -> DeskSummary:
    with ReadUnit(db, None) as unit:
        session = unit.session

        def count(stmt: object) -> int:
            return int(session.execute(stmt).scalar_one())  # type: ignore[call-overload]

        return DeskSummary(
            schema_revision=schema.current_revision(session.connection()),
            device_id=db.device_id,
            persons=count(
                select(func.count()).select_from(Person).where(Person.deleted_at.is_(None))
            ),
            cases=count(select(func.count()).select_from(Case).where(Case.deleted_at.is_(None))),
            open_cases=count(
                select(func.count())
                .select_from(Case)
                .where(Case.deleted_at.is_(None), Case.status != "closed")
            ),
            partners=count(
                select(func.count()).select_from(Partner).where(Partner.deleted_at.is_(None))
            ),
            pending_changes=count(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "pending")
            ),
        )


def open_desk(path: Path, *, read_only: bool = False, upgrade: bool = True) -> Database:
    """Open this desk's database for the application, always encrypted (SQLCipher).

    * A new database is created encrypted with a new random key, kept in the OS keyring
      (:mod:`cotdesk.services.desk_keys`); without a safe keyring a real desk does not
      start (Italian message).
    * An existing plaintext desk database is encrypted first, without losing a row
      (:func:`cotdesk.db.encryption.encrypt_database`), and so are the plaintext copies in
      its ``backups/`` folder. Opened read-only, it is only read.
    * An encrypted one opens with the key from the keyring: a missing key and a key that
      does not open the file each give an Italian message that says what to do.
    * The demo database (``cotdesk demo-data``: fictitious people) stays plaintext, so the
      demo runs on machines without a keyring.

    Then the schema is upgraded if needed, after an (encrypted) backup (with
    ``upgrade=False``: an Italian error instead).
    """
    path = Path(path).expanduser().absolute()
    kind = encryption.file_kind(path)
    if kind is encryption.FileKind.OTHER:
        raise errors.corrupt(path)
    if kind is encryption.FileKind.PLAINTEXT and (read_only or encryption.is_demo(path)):
        return open_database(path, read_only=read_only)
    if kind is encryption.FileKind.MISSING:
        if read_only:
            return open_database(path, read_only=True)  # "does not exist"
        key = desk_keys.key_for_new_database(path)
    elif kind is encryption.FileKind.PLAINTEXT:
        # Only a file known to be a cotdesk database of a schema this program knows is
        # rewritten (else: the Italian error, the file untouched).
        with open_database(path, read_only=True) as existing, existing.read_engine.connect() as c:
            revision = schema.current_revision(c)
        if revision is not None and revision not in schema.known_revisions():
            raise errors.too_new(path, revision)
        try:
            key = desk_keys.key_for_new_database(path)
        except errors.DatabaseKeyMissing as exc:  # no safe keyring: the file stays as it is
            raise errors.DatabaseKeyMissing(
                f"{exc.message} Se {path} è un database dimostrativo creato da una versione "
                "precedente di cotdesk, ricrearlo: cotdesk demo-data --force --db "
                f"{path}"
            ) from exc
        encryption.encrypt_database(path, key)
        encryption.encrypt_backups(path.parent / "backups", path.stem, key)
    else:
        key = desk_keys.load_key(path)
    db = open_database(path, read_only=read_only, key=key, upgrade=upgrade)
    if not read_only:
        encryption.remove_plaintext_leftovers(path)
    return db


@dataclass(frozen=True)
class DeskIdentity:
    """What the main window shows about where it runs."""

    office_name: str
    office_code: str
    district_label: str
    database_path: Path


def desk_identity(db: Database) -> DeskIdentity:
    with ReadUnit(db, None) as unit:
        session = unit.session
        row = session.execute(
            select(Office.name, Office.code, District.label_it)
            .join(District, District.code == Office.district_code)
            .join(DeskState, DeskState.office_id == Office.id)
        ).first()
    if row is None:
        return DeskIdentity("Sportello non configurato", "", "", db.path)
    return DeskIdentity(row[0], row[1], row[2], db.path)
