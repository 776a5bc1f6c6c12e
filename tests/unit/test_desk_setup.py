"""Setting a desk up: its first-run state, enrolling again refused, un-enrolling (audited,
administrators only, also from the shell), and a database from a newer cotdesk through the
app's own opening (``open_desk``: encrypted, plaintext and demo files)."""

from __future__ import annotations

import io
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, update

from cotdesk.cli import main
from cotdesk.db import errors
from cotdesk.db.database import Database, mark_as_demo, open_database
from cotdesk.db.models import AuditEvent, DeskState, Operator, OutboxEntry
from cotdesk.domain.passwords import hash_password
from cotdesk.domain.roles import Role
from cotdesk.errors import PermissionDenied, UserError
from cotdesk.services import desk_keys
from cotdesk.services.desk import open_desk
from cotdesk.services.desk_setup import (
    SetupState,
    database_missing,
    discard_blank_desk,
    setup_state,
    unenroll_desk,
)
from cotdesk.services.sync import ALREADY_ENROLLED, enroll_desk
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.sync import credentials, tls
from cotdesk.sync.tls import ServerCertificate
from tests.factories import make_actor, make_office
from tests.memory_keyring import MemoryKeyring, memory_keyring

__all__ = ["memory_keyring"]
pytestmark = pytest.mark.usefixtures("memory_keyring")

SERVER = "https://127.0.0.1:9"  # nothing listens there: nothing may be asked of it
PASSWORD = "Sportello-2026!"


def set_password(db: Database, actor: Actor) -> None:
    with UnitOfWork(db, None) as uow:
        uow.session.execute(
            update(Operator)
            .where(Operator.id == actor.operator_id)
            .values(password_hash=hash_password(PASSWORD))
        )
        uow.commit()


def enrolled(db: Database, url: str = SERVER) -> None:
    """As ``client.enroll`` leaves a desk: the address in the database, the token in the
    keyring, a pinned certificate beside the file."""
    with db.write_session() as session, session.begin():
        session.execute(update(DeskState).values(server_url=url, sync_cursor="c1.1.0.0.0"))
    credentials.store_token(db.device_id, "token-di-prova")
    tls.pin_certificate(db.path, "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n")


def certificate() -> ServerCertificate:
    return ServerCertificate(
        url=SERVER, host="127.0.0.1", port=9, pem="", fingerprint="", trusted_by_system=True
    )


# --------------------------------------------------------------------------- setup state


def test_the_setup_states(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    assert database_missing(path)
    path.touch()  # an empty file left by a crash is no database
    assert database_missing(path)
    path.unlink()
    with open_database(path) as db:
        assert not database_missing(path)
        assert setup_state(db) is SetupState.BLANK
        enrolled(db)
        assert setup_state(db) is SetupState.AWAITING_OPERATORS
        office = make_office(db)
        admin = make_actor(db, office, Role.ADMIN, "ada.admin")
        # An operator without a password cannot log in yet.
        assert setup_state(db) is SetupState.AWAITING_OPERATORS
        set_password(db, admin)
        assert setup_state(db) is SetupState.READY


def test_a_desk_with_anything_written_is_not_blank_and_never_discarded(db: Database) -> None:
    make_office(db)  # an office and its outbox entry: written on this desk
    assert setup_state(db) is SetupState.READY
    with pytest.raises(UserError, match="non viene rimosso"):
        discard_blank_desk(db)
    assert db.path.exists()


def test_a_blank_desk_is_discarded_with_its_side_files(tmp_path: Path) -> None:
    db = open_database(tmp_path / "desk.db")
    tls.pin_certificate(db.path, "x")
    path = discard_blank_desk(db)
    assert not path.exists()
    assert not tls.pin_path(path).exists()
    assert [p.name for p in tmp_path.iterdir()] == []


# --------------------------------------------------------------------------- enrolling again


def test_enrolling_an_enrolled_desk_is_refused_before_asking_the_server(db: Database) -> None:
    enrolled(db)
    with pytest.raises(UserError) as refused:
        enroll_desk(db, None, certificate(), "ABCD-EFGH-JKLM", name="Sportello")
    assert refused.value.message == ALREADY_ENROLLED.format(url=SERVER)
    assert "cotdesk sync unenroll" in refused.value.message
    with db.read_session() as session:
        assert session.get_one(DeskState, 1).server_url == SERVER  # untouched
    assert tls.pinned_ca_file(db.path) is not None


def test_only_an_administrator_unenrolls_and_it_is_audited(
    db: Database, office_id: uuid.UUID, operator: Actor, supervisor: Actor
) -> None:
    admin = make_actor(db, office_id, Role.ADMIN, "ada.admin")
    enrolled(db)
    register_pending = make_office(db, code="M07")  # a change waiting to be sent
    assert register_pending
    for someone in (operator, supervisor):
        with pytest.raises(PermissionDenied):
            unenroll_desk(db, someone)
    with db.read_session() as session:
        assert session.get_one(DeskState, 1).server_url == SERVER

    assert unenroll_desk(db, admin) == SERVER
    with db.read_session() as session:
        state = session.get_one(DeskState, 1)
        assert (state.server_url, state.sync_cursor, state.last_sync_at) == ("", None, None)
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "unenroll")).one()
        assert event.operator_id == admin.operator_id
        assert event.entity_id == db.device_id
        assert SERVER in str(event.detail)
        assert session.scalars(select(OutboxEntry).where(OutboxEntry.state == "pending")).all()
    with pytest.raises(credentials.CredentialsError):
        credentials.load_token(db.device_id)
    assert tls.pinned_ca_file(db.path) is None
    with pytest.raises(UserError, match="non è registrata"):
        unenroll_desk(db, admin)


# --------------------------------------------------------------------------- the shell


def shell_desk(path: Path) -> None:
    """A real (encrypted) desk, enrolled, with an administrator and an operator."""
    with open_desk(path) as db:
        office = make_office(db)
        for role, name in ((Role.ADMIN, "ada.admin"), (Role.OPERATOR, "olga.operatrice")):
            set_password(db, make_actor(db, office, role, name))
        enrolled(db)


def unenroll(
    monkeypatch: pytest.MonkeyPatch, path: Path, user: str, password: str = PASSWORD
) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return main(["sync", "unenroll", "--db", str(path), "--user", user, "--password-stdin"])


def test_cotdesk_sync_unenroll(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "desk.db"
    shell_desk(path)
    assert unenroll(monkeypatch, path, "ada.admin", "sbagliata") == 2
    assert "non corretti" in capsys.readouterr().err
    assert unenroll(monkeypatch, path, "olga.operatrice") == 2
    assert "amministratore" in capsys.readouterr().err.lower()
    assert main(["sync", "status", "--db", str(path)]) == 0
    assert SERVER in capsys.readouterr().out

    assert unenroll(monkeypatch, path, "ada.admin") == 0
    out = capsys.readouterr().out
    assert f"Registrazione presso {SERVER} annullata" in out
    assert main(["sync", "status", "--db", str(path)]) == 0
    assert "non registrata" in capsys.readouterr().out
    with open_desk(path, read_only=True) as db, db.read_session() as session:
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.sequence)))
    assert actions[-4:] == ["login_failed", "login", "login", "unenroll"]


# --------------------------------------------------------------------------- a newer database


def make_newer(path: Path, key: bytes | None = None) -> None:
    """Mark the database at ``path`` as written by a future cotdesk."""
    if key is None:
        conn = sqlite3.connect(path)
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        conn.commit()
        conn.close()
        return
    with open_database(path, key=key) as db, db.write_engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")


@pytest.mark.parametrize("kind", ["encrypted", "plaintext", "demo"])
def test_the_app_never_opens_a_database_from_a_newer_cotdesk_for_writing(
    tmp_path: Path, kind: str, memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "desk.db"
    if kind == "encrypted":
        open_desk(path).close()
        make_newer(path, desk_keys.load_key(path))
    else:
        with open_database(path) as db:
            if kind == "demo":
                mark_as_demo(db)
        make_newer(path)
    for side in path.parent.glob("desk.db-*"):
        side.unlink()  # WAL folded in by the close: compare the file alone
    before = path.read_bytes()
    keys_before = dict(memory_keyring.secrets)
    with pytest.raises(errors.DatabaseTooNew, match="versione più recente"):
        open_desk(path)
    assert path.read_bytes() == before  # neither encrypted, upgraded nor touched
    assert memory_keyring.secrets == keys_before  # no key made for it
    assert not (path.parent / "backups").exists()
    # Reading it stays possible, writing never.
    with open_desk(path, read_only=True) as db, pytest.raises(errors.DatabaseReadOnly):
        db.write_session()
    assert path.read_bytes() == before
