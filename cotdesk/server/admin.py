"""Administration on the server: offices, enrollment, device and admin tokens, the epoch.

Plain functions that take a Session inside the caller's transaction; the caller commits
(one transaction per use case). Messages meant for a person are Italian.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cotdesk.server import managed
from cotdesk.server.errors import ServerError, conflict, not_found, unauthorized
from cotdesk.server.security import (
    ADMIN_TOKEN,
    DEVICE_TOKEN,
    TokenVerifier,
    code_hash,
    new_enrollment_code,
    new_token,
    parse_token,
)
from cotdesk.server.store import (
    AdminToken,
    Device,
    EnrollmentCode,
    Office,
    ServerState,
    utcnow,
)
from cotdesk.sync.protocol import EnrollRequest, EnrollResponse

INVALID_CODE = (
    "Codice di attivazione non valido, già usato o scaduto: "
    "chiedere un nuovo codice all'amministratore di rete."
)


@dataclass(frozen=True, slots=True)
class DeviceIdentity:
    """The authenticated desk: its office comes from its enrollment, never from a request."""

    device_id: uuid.UUID
    office_id: uuid.UUID


@dataclass(frozen=True, slots=True)
class IssuedCode:
    code: str
    office_id: uuid.UUID
    expires_at: datetime


# --------------------------------------------------------------------------- offices


def create_office(
    session: Session,
    *,
    code: str,
    name: str,
    office_id: uuid.UUID | None = None,
    details: Mapping[str, Any] | None = None,
) -> Office:
    """A new office. With a ``district_code`` in ``details`` (and optionally address, phone,
    email, opening_hours) its row is sent to its desks (they need the district); the whole
    partner directory is put in its feed either way."""
    office = Office(id=office_id or uuid.uuid4(), code=code, name=name, created_at=utcnow())
    session.add(office)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError:
        raise conflict(f"Esiste già un ufficio con codice {code!r} o con lo stesso id.") from None
    values = {key: value for key, value in (details or {}).items() if value is not None}
    if values.get("district_code"):
        managed.publish_office(session, office, values)
    managed.backfill_office(session, office.id)
    return office


# --------------------------------------------------------------------------- enrollment


def create_enrollment_code(
    session: Session, office_id: uuid.UUID, *, valid_for: timedelta = timedelta(hours=72)
) -> IssuedCode:
    """A one-time code enrolling one desk into ``office_id``; shown once, stored hashed."""
    if session.get(Office, office_id) is None:
        raise not_found("Ufficio sconosciuto: crearlo prima di generare il codice.")
    now = utcnow()
    code = new_enrollment_code()
    session.add(
        EnrollmentCode(
            id=uuid.uuid4(),
            office_id=office_id,
            code_hash=code_hash(code),
            created_at=now,
            expires_at=now + valid_for,
        )
    )
    session.flush()
    return IssuedCode(code=code, office_id=office_id, expires_at=now + valid_for)


def enroll(session: Session, request: EnrollRequest) -> EnrollResponse:
    """Use an enrollment code: the desk gets its token, once."""
    now = utcnow()
    claimed = session.execute(
        update(EnrollmentCode)
        .where(
            EnrollmentCode.code_hash == code_hash(request.code),
            EnrollmentCode.used_at.is_(None),
            EnrollmentCode.expires_at > now,
        )
        .values(used_at=now)
        .returning(EnrollmentCode.id, EnrollmentCode.office_id)
    ).one_or_none()
    if claimed is None:
        raise ServerError(403, "invalid_enrollment_code", INVALID_CODE)
    code_id, office_id = claimed
    if session.get(Device, request.device_id) is not None:
        raise conflict(
            "Questa postazione risulta già registrata sul server. Se è stata revocata o "
            "reinstallata, registrarla con un nuovo identificativo."
        )
    token, salt, token_hash = new_token(DEVICE_TOKEN, request.device_id)
    session.add(
        Device(
            id=request.device_id,
            office_id=office_id,
            name=request.name,
            token_salt=salt,
            token_hash=token_hash,
            enrolled_at=now,
            last_sequence=0,
        )
    )
    session.flush()
    session.execute(
        update(EnrollmentCode)
        .where(EnrollmentCode.id == code_id)
        .values(device_id=request.device_id)
    )
    return EnrollResponse(device_id=request.device_id, office_id=office_id, token=token)


def revoke_device(session: Session, device_id: uuid.UUID) -> Device:
    device = session.get(Device, device_id, with_for_update=True)
    if device is None:
        raise not_found("Postazione sconosciuta.")
    if device.revoked_at is None:
        device.revoked_at = utcnow()
    session.flush()
    return device


# --------------------------------------------------------------------------- authentication


def bearer_token(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def authenticate_device(
    session: Session, verifier: TokenVerifier, authorization: str | None
) -> DeviceIdentity:
    """The desk behind ``Authorization: Bearer …``, or 401 (also when revoked)."""
    token = bearer_token(authorization)
    parsed = parse_token(token) if token else None
    if token is None or parsed is None or parsed.kind != DEVICE_TOKEN:
        raise unauthorized()
    row = session.execute(
        select(Device.office_id, Device.token_salt, Device.token_hash, Device.revoked_at).where(
            Device.id == parsed.owner_id
        )
    ).one_or_none()
    if row is None or row.revoked_at is not None:
        raise unauthorized()
    if not verifier.verify(token, parsed.secret, row.token_salt, row.token_hash):
        raise unauthorized()
    return DeviceIdentity(device_id=parsed.owner_id, office_id=row.office_id)


def authenticate_admin(
    session: Session, verifier: TokenVerifier, authorization: str | None
) -> uuid.UUID:
    token = bearer_token(authorization)
    parsed = parse_token(token) if token else None
    message = "Operazione riservata all'amministratore di rete: token mancante o non valido."
    if token is None or parsed is None or parsed.kind != ADMIN_TOKEN:
        raise unauthorized(message)
    row = session.get(AdminToken, parsed.owner_id)
    if row is None or row.revoked_at is not None:
        raise unauthorized(message)
    if not verifier.verify(token, parsed.secret, row.token_salt, row.token_hash):
        raise unauthorized(message)
    return row.id


def create_admin_token(session: Session, name: str) -> str:
    """A new administrator token, returned once (only its hash is stored)."""
    token_id = uuid.uuid4()
    token, salt, token_hash = new_token(ADMIN_TOKEN, token_id)
    session.add(
        AdminToken(
            id=token_id, name=name, token_salt=salt, token_hash=token_hash, created_at=utcnow()
        )
    )
    session.flush()
    return token


# --------------------------------------------------------------------------- epoch


def current_epoch(session: Session, *, for_write: bool = False) -> int:
    """The server's epoch. Writers read it ``FOR SHARE``: a :func:`bump_epoch` then waits
    for every push in flight, and pushes after it see the new epoch, so no change is
    written with an epoch older than one a desk may already have resynced to."""
    query = select(ServerState.epoch)
    if for_write:
        query = query.with_for_update(read=True)
    return session.execute(query).scalar_one()


def bump_epoch(session: Session) -> int:
    """Start a new epoch: run after restoring the database from a backup.

    Every desk holding a cursor of an older epoch is told to resync on its next pull.
    """
    return session.execute(
        update(ServerState)
        .values(epoch=ServerState.epoch + 1, epoch_changed_at=utcnow())
        .returning(ServerState.epoch)
    ).scalar_one()
