"""Where a desk is in its setting up: the first run, and leaving a sync server.

The app shows the first-run wizard (:mod:`cotdesk.ui.first_run`) while a desk cannot be
used yet: no database file at all, a blank one (a first run stopped before its end: not
enrolled, no operator, nothing written), or a desk enrolled with a server whose operators
have not arrived yet. A desk that is set up goes straight to the log-in.

Trying cotdesk locally builds the demo network (:func:`build_demo`, as ``cotdesk
demo-data``) in a file beside the desk database (:func:`demo_path`), reused the next time;
:func:`demo_login` names a user of each role for the log-in.

Enrolling again a desk that is enrolled is refused (:func:`cotdesk.services.sync.enroll_desk`)
until an administrator un-enrolls it here (:func:`unenroll_desk`, ``cotdesk sync unenroll``):
that forgets the server's address, the device token and the pinned certificate, keeps every
local row and every change waiting to be sent, and is written in the access log. The desk
keeps its device id: moving it to another server works at once; enrolling it again on the
same server needs the network administrator to release it there first (``cotdesk-server
revoke-device ID``, then a new code): the server re-activates the same device, keeping its
sequence and its exactly-once ledger, so the changes kept waiting are applied once.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

from sqlalchemy import func, select

from cotdesk.db import encryption
from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, DeskState, Office, Operator, OutboxEntry, Person
from cotdesk.domain.roles import Role
from cotdesk.errors import UserError
from cotdesk.services.demo import DEFAULT_PERSONS, build_demo_network
from cotdesk.services.demo_network import DEMO_PASSWORD
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork
from cotdesk.sync import credentials, tls

log = logging.getLogger(__name__)

#: The demo's seed (as ``cotdesk demo-data``): the same network on every desk that tries it.
DEMO_SEED: Final = 2026
UNENROLL_ACTION: Final = "annullare la registrazione della postazione presso il server"
NOT_ENROLLED: Final = (
    "Questa postazione non è registrata presso un server di sincronizzazione: non c'è "
    "nessuna registrazione da annullare."
)


#: An operator who can log in on this desk: active, not deleted, with a password.
_CAN_LOG_IN: Final = (
    Operator.deleted_at.is_(None),
    Operator.active.is_(True),
    Operator.password_hash != "",
)


class SetupState(StrEnum):
    #: No database file yet: the first run.
    MISSING = "missing"
    #: A database with nothing in it, not enrolled: a first run stopped before its end.
    BLANK = "blank"
    #: Enrolled, but no operator can log in yet (they come from the server).
    AWAITING_OPERATORS = "awaiting_operators"
    #: Ready: the log-in.
    READY = "ready"


def database_missing(path: Path) -> bool:
    """No desk database at ``path`` yet (an empty file left by a crash counts as none)."""
    path = Path(path).expanduser()
    return not path.exists() or path.stat().st_size == 0


def setup_state(db: Database) -> SetupState:
    """Where the opened desk is in its setting up (quick local reads)."""
    with ReadUnit(db, None) as unit:
        session = unit.session
        state = session.get_one(DeskState, 1)
        operators = session.scalar(select(func.count()).select_from(Operator).where(*_CAN_LOG_IN))
        if operators:
            return SetupState.READY
        if state.server_url:
            return SetupState.AWAITING_OPERATORS
        written = any(
            session.scalar(select(func.count()).select_from(model))
            for model in (Person, OutboxEntry, AuditEvent)
        )
    return SetupState.READY if written else SetupState.BLANK


def is_enrolled(db: Database) -> bool:
    with ReadUnit(db, None) as unit:
        return bool(unit.session.get_one(DeskState, 1).server_url)


def active_operators(db: Database) -> int:
    """Operators who can log in on this desk."""
    with ReadUnit(db, None) as unit:
        return int(
            unit.session.scalar(select(func.count()).select_from(Operator).where(*_CAN_LOG_IN)) or 0
        )


def unenroll_desk(db: Database, actor: Actor) -> str:
    """Detach this desk from its sync server (administrators only, audited); the address
    of the server it left. Local rows and changes waiting to be sent are kept."""
    with UnitOfWork(db, actor) as uow:
        uow.require_role(Role.ADMIN, UNENROLL_ACTION)
        state = uow.session.get_one(DeskState, 1)
        if not state.server_url:
            raise UserError(NOT_ENROLLED)
        server_url = state.server_url
        waiting = uow.session.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "pending")
        )
        state.server_url = ""
        state.sync_cursor = None
        state.resync_needed = False
        state.last_sync_at = None
        uow.audit(
            "unenroll",
            entity_name="desk",
            entity_id=db.device_id,
            server_url=server_url,
            pending_changes=int(waiting or 0),
        )
        uow.commit()
    # The database no longer points at the server: what is left of it goes too.
    with contextlib.suppress(UserError):  # a keyring that fails: the token is useless now
        credentials.forget_token(db.device_id)
    tls.forget_pin(db.path)
    log.info("desk %s un-enrolled from %s", db.device_id, server_url)
    return server_url


# --------------------------------------------------------------------------- trying it out


@dataclass(frozen=True)
class DemoLogin:
    """How to log in on the demo desk: the shared password and a user name per role."""

    office_name: str
    password: str
    #: ``(role, user name)``: an operator, a coordinator, an administrator of the office.
    accounts: tuple[tuple[Role, str], ...]


def demo_path(db_path: Path) -> Path:
    """Where the first run builds the demo network for trying cotdesk locally: beside the
    desk database, never in its place (so connecting to the network later is still a
    first run)."""
    db_path = Path(db_path).expanduser().absolute()
    return db_path.with_name(f"{db_path.stem}-prova{db_path.suffix or '.db'}")


def demo_ready(path: Path) -> bool:
    """A demo network was already built at ``path`` (it is reused, not built again)."""
    return encryption.is_demo(path) and not database_missing(path)


def demo_login(db: Database) -> DemoLogin:
    """User names of the demo desk's office for each role, and the demo password."""
    roles = (Role.OPERATOR, Role.SUPERVISOR, Role.ADMIN)
    with ReadUnit(db, None) as unit:
        session = unit.session
        office = session.scalar(
            select(Office.name).join(DeskState, DeskState.office_id == Office.id)
        )
        accounts = []
        for role in roles:
            query = select(Operator.username).where(*_CAN_LOG_IN, Operator.role == role.value)
            if role is not Role.ADMIN:  # administrators are the network's, of any office
                query = query.join(DeskState, DeskState.office_id == Operator.office_id)
            name = session.scalar(query.order_by(Operator.username).limit(1))
            if name:
                accounts.append((role, str(name)))
    return DemoLogin(office_name=office or "", password=DEMO_PASSWORD, accounts=tuple(accounts))


def build_demo(
    path: Path, *, persons: int = DEFAULT_PERSONS, progress: Callable[[str], None] | None = None
) -> None:
    """Build the demo network at ``path`` (:func:`cotdesk.services.demo.build_demo_network`,
    the same seed as ``cotdesk demo-data``), unless one is there already."""
    if demo_ready(path):
        return
    build_demo_network(path, persons=persons, seed=DEMO_SEED, replace=False, progress=progress)


# --------------------------------------------------------------------------- starting again


def discard_blank_desk(db: Database) -> Path:
    """Close and remove a blank desk database (:data:`SetupState.BLANK`: nothing written in
    it) and its side files, so that the first run can start again; its path. Anything else
    is refused, untouched. Its key stays in the keyring (a new file there reuses it)."""
    if setup_state(db) is not SetupState.BLANK:
        raise UserError(
            f"Il database {db.path} contiene già dei dati o è registrato presso un server: "
            "non viene rimosso."
        )
    path = db.path
    db.close()
    for suffix in ("", "-wal", "-shm", "-journal", tls.PIN_SUFFIX):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return path
