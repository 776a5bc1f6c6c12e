"""Administration on the server: offices, enrollment, device and admin tokens, the epoch.

Plain functions that take a Session inside the caller's transaction; the caller commits
(one transaction per use case). Messages meant for a person are Italian.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cotdesk import resources
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
    SyncRow,
    utcnow,
)
from cotdesk.sync.protocol import EnrollRequest, EnrollResponse

INVALID_CODE = (
    "Codice di attivazione non valido, già usato o scaduto: "
    "chiedere un nuovo codice all'amministratore di rete."
)


DISTRICT_REQUIRED = (
    'Municipio dell\'ufficio mancante: indicarlo (es. --district rm_m05 o "district_code": '
    '"rm_m05"); senza municipio le postazioni non possono ricevere l\'ufficio. '
    "Codici validi: {codes}."
)
UNKNOWN_DISTRICT = "Municipio sconosciuto: {code!r}. Codici validi: {codes}."
OFFICE_WITHOUT_DISTRICT = (
    "L'ufficio {code} non ha un municipio e le sue postazioni non potrebbero riceverlo: "
    "impostarlo prima con: cotdesk-server set-office-district --office {code} "
    "--district CODICE (codici validi: {codes})."
)
DEVICE_STILL_ACTIVE = (
    "Questa postazione risulta già registrata sul server ed è ancora attiva. Se la sua "
    "registrazione è stata annullata, l'amministratore di rete deve prima liberarla con: "
    "cotdesk-server revoke-device {device_id}; poi generare un nuovo codice di attivazione."
)
DEVICE_OTHER_OFFICE = (
    "Questa postazione era registrata presso un altro ufficio di questo server: può essere "
    "registrata di nuovo solo nel suo ufficio (le modifiche in attesa appartengono a quello)."
)


def district_codes() -> tuple[str, ...]:
    """The municipi a desk knows (``resources/reference/districts.csv``, shared with it)."""
    return tuple(district.code for district in resources.districts())


def check_district(code: str | None) -> str:
    """``code`` if it is a known municipio; else a 422 with an Italian message."""
    codes = district_codes()
    shown = ", ".join(codes)
    if code is None or not code.strip():
        raise ServerError(422, "district_required", DISTRICT_REQUIRED.format(codes=shown))
    if code.strip() not in codes:
        raise ServerError(422, "unknown_district", UNKNOWN_DISTRICT.format(code=code, codes=shown))
    return code.strip()


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
    """A new office, with its row for its desks and the whole partner directory in its feed.

    ``details`` must hold a known ``district_code`` (the desk's office row requires its
    municipio: without it no desk of the office could store it); optionally address, phone,
    email, opening_hours. A missing or unknown district: 422 with an Italian message,
    nothing created."""
    values = {key: value for key, value in (details or {}).items() if value is not None}
    values["district_code"] = check_district(values.get("district_code"))
    office = Office(id=office_id or uuid.uuid4(), code=code, name=name, created_at=utcnow())
    session.add(office)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError:
        raise conflict(f"Esiste già un ufficio con codice {code!r} o con lo stesso id.") from None
    managed.publish_office(session, office, values)
    managed.backfill_office(session, office.id)
    return office


def office_district(session: Session, office_id: uuid.UUID) -> str | None:
    """The municipio of the office's published row (None: no row a desk could store)."""
    row = session.execute(
        select(SyncRow.data).where(SyncRow.entity == "office", SyncRow.id == office_id)
    ).scalar_one_or_none()
    district = (row or {}).get("district_code")
    return district if isinstance(district, str) and district in district_codes() else None


def set_office_district(session: Session, office_id: uuid.UUID, district_code: str) -> int:
    """Give an existing office (one created before the district was required) its
    municipio: its row goes to its desks; the row's version."""
    office = session.get(Office, office_id)
    if office is None:
        raise not_found("Ufficio sconosciuto.")
    district = check_district(district_code)
    return managed.publish_office(session, office, {"district_code": district})


@dataclass(frozen=True, slots=True)
class OfficeSetting:
    """An office-wide setting: a column of the office's row, set here, read by its desks."""

    field: str
    #: As the desk's settings dialog names it (Italian, for messages).
    label: str
    minimum: int
    maximum: int
    #: The desk's value while the office's row does not say.
    default: int
    unit: str


#: The office-wide settings the administrator sets on the server (``set-office-settings``,
#: ``PATCH /v1/offices/{id}``); they reach the desks with the office's row. The desk declares
#: them in ``cotdesk.services.settings.SETTINGS``, which the server does not import: only the
#: numbers are repeated here, and a test checks they are the desk's.
OFFICE_SETTINGS: Final = (
    OfficeSetting("referral_answer_days", "Giorni per la risposta dell'ente", 1, 90, 15, "giorni"),
    OfficeSetting("retention_years", "Conservazione dei dati", 1, 30, 10, "anni"),
)
NO_OFFICE_SETTING = (
    "Nessuna impostazione indicata: indicare --referral-answer-days N e/o --retention-years N "
    '(nell\'API: "referral_answer_days", "retention_years").'
)
OFFICE_SETTING_RANGE = "«{label}»: indicare un numero intero tra {minimum} e {maximum} {unit}."


@dataclass(frozen=True, slots=True)
class OfficeSettings:
    """The office-wide settings of an office as its desks receive them."""

    office_id: uuid.UUID
    code: str
    values: Mapping[str, int]
    #: The version of the office's row.
    version: int


def office_settings(session: Session, office_id: uuid.UUID) -> OfficeSettings:
    """The office's settings, from its published row (a value not there: the default)."""
    office = session.get(Office, office_id)
    if office is None:
        raise not_found("Ufficio sconosciuto.")
    row = session.execute(
        select(SyncRow.data, SyncRow.version).where(
            SyncRow.entity == "office", SyncRow.id == office_id
        )
    ).one_or_none()
    data = row.data if row is not None else {}
    values: dict[str, int] = {}
    for spec in OFFICE_SETTINGS:
        value = data.get(spec.field)
        if isinstance(value, int) and not isinstance(value, bool):
            values[spec.field] = value
        else:
            values[spec.field] = spec.default
    return OfficeSettings(office.id, office.code, values, int(row.version) if row else 0)


def set_office_settings(
    session: Session, office_id: uuid.UUID, changes: Mapping[str, int | None]
) -> OfficeSettings:
    """Set office-wide settings (``changes``: field of :data:`OFFICE_SETTINGS` -> value, None
    left as it is): the office's row goes to its desks. A value out of range, or nothing to
    set: 422 with an Italian message, nothing changed."""
    office = session.get(Office, office_id)
    if office is None:
        raise not_found("Ufficio sconosciuto.")
    unknown = set(changes) - {spec.field for spec in OFFICE_SETTINGS}
    if unknown:
        raise ValueError(f"unknown office settings: {sorted(unknown)}")
    values: dict[str, int] = {}
    for spec in OFFICE_SETTINGS:
        value = changes.get(spec.field)
        if value is None:
            continue
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not spec.minimum <= value <= spec.maximum
        ):
            message = OFFICE_SETTING_RANGE.format(
                label=spec.label, minimum=spec.minimum, maximum=spec.maximum, unit=spec.unit
            )
            raise ServerError(422, "invalid_office_setting", message)
        values[spec.field] = value
    if not values:
        raise ServerError(422, "no_office_setting", NO_OFFICE_SETTING)
    managed.publish_office(session, office, values)
    return office_settings(session, office_id)


def _require_district(session: Session, office: Office) -> None:
    """Refuse to attach a desk to an office its desks could not store (no municipio):
    its first sync would stop on the office's operators, for ever."""
    if office_district(session, office.id) is None:
        raise conflict(
            OFFICE_WITHOUT_DISTRICT.format(code=office.code, codes=", ".join(district_codes()))
        )


# --------------------------------------------------------------------------- enrollment


def create_enrollment_code(
    session: Session, office_id: uuid.UUID, *, valid_for: timedelta = timedelta(hours=72)
) -> IssuedCode:
    """A one-time code enrolling one desk into ``office_id``; shown once, stored hashed."""
    office = session.get(Office, office_id)
    if office is None:
        raise not_found("Ufficio sconosciuto: crearlo prima di generare il codice.")
    _require_district(session, office)
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
    office = session.get_one(Office, office_id)
    _require_district(session, office)  # codes issued before the district was required
    token, salt, token_hash = new_token(DEVICE_TOKEN, request.device_id)
    known = session.get(Device, request.device_id, with_for_update=True)
    if known is None:
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
    else:
        _reactivate(
            known, office_id=office_id, name=request.name, salt=salt, token_hash=token_hash, now=now
        )
    session.flush()
    session.execute(
        update(EnrollmentCode)
        .where(EnrollmentCode.id == code_id)
        .values(device_id=request.device_id)
    )
    return EnrollResponse(device_id=request.device_id, office_id=office_id, token=token)


def _reactivate(
    device: Device,
    *,
    office_id: uuid.UUID,
    name: str,
    salt: bytes,
    token_hash: bytes,
    now: datetime,
) -> None:
    """A desk that un-enrolled and enrolls again on this server with the same device id.

    Allowed only once an administrator has released it (``revoke-device``: its old token
    no longer works) and only into the same office. It keeps its ``last_sequence`` and its
    exactly-once ledger (keyed by device and mutation id), so the changes it kept waiting
    while un-enrolled, and any it sends again, are applied exactly once."""
    if device.revoked_at is None:
        raise conflict(DEVICE_STILL_ACTIVE.format(device_id=device.id))
    if device.office_id != office_id:
        raise conflict(DEVICE_OTHER_OFFICE)
    device.name = name
    device.token_salt = salt
    device.token_hash = token_hash
    device.enrolled_at = now
    device.revoked_at = None


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
