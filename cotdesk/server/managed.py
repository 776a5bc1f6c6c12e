"""Rows the network administers on the server and sends to the desks: offices, operators
and the partner directory (issue 6, item 2).

Scope, decided by the server from a desk's enrollment (never from a request parameter):

* an **office** row and its **operators** belong to that office: only its desks pull them
  (operators with their password hash, role and active flag, so a person logs in offline
  on any desk of the office);
* the **partner directory** (partners, agreements, services) is network-wide: its rows
  are stored with ``office_id`` NULL and each change goes to the feed of **every** office
  (one ``sync_change`` row per office, so the pull stays one indexed range per office); a
  new office gets the whole directory as a backfill when it is created.

Administration writes them here (the server's command line and admin API); a desk's push
of them is accepted only as :func:`authorize` allows (an active administrator of the
desk's office; operators their own password, supervisors their office's passwords).
Functions take a Session in the caller's transaction; the caller commits.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Connection, func, insert, literal, select, update
from sqlalchemy.orm import Session

from cotdesk.domain.passwords import check_password_strength, hash_password
from cotdesk.errors import ValidationError
from cotdesk.server.errors import ServerError, conflict, not_found
from cotdesk.server.security import is_slow_password_hash
from cotdesk.server.store import Office, SyncChange, SyncRow, utcnow
from cotdesk.sync.protocol import DIRECTORY_ENTITIES, Mutation

ROLES: Final = ("operator", "supervisor", "admin")
#: Fields of a desk's office row the administrator sets (the desk's ``Office`` columns).
OFFICE_FIELDS: Final = (
    "code",
    "name",
    "district_code",
    "address",
    "phone",
    "email",
    "opening_hours",
    "referral_answer_days",
    "retention_years",
)

# Reasons, in Italian (the desk parks the mutation and shows the reason to a person).
NOT_ADMIN = (
    "Modifica rifiutata: questi dati ({entity}) sono gestiti dall'amministratore di rete; "
    "solo un amministratore attivo dello sportello può modificarli dalla postazione."
)
OTHER_OFFICE_OPERATOR = (
    "Modifica rifiutata: l'operatore appartiene a un altro sportello e questa postazione "
    "non può modificarlo."
)
NOT_A_SLOW_HASH = (
    "Modifica rifiutata: la password dell'operatore deve arrivare al server solo come "
    "impronta scrypt (mai in chiaro). Aggiornare cotdesk sulla postazione e reimpostare la "
    "password."
)
DEVICES_ON_SERVER = (
    "Modifica rifiutata: le postazioni si registrano e si revocano solo sul server centrale."
)


def _epoch(session: Session) -> int:
    from cotdesk.server.admin import current_epoch

    return current_epoch(session, for_write=True)


# --------------------------------------------------------------------------- the feed


def feed_change(
    conn: Connection | Session,
    *,
    epoch: int,
    entity: str,
    row_id: uuid.UUID,
    op: str,
    version: int,
    office_id: uuid.UUID | None,
) -> None:
    """One change in the feed of ``office_id``, or of every office when it is None."""
    if office_id is not None:
        conn.execute(
            insert(SyncChange).values(
                epoch=epoch,
                office_id=office_id,
                entity=entity,
                entity_id=row_id,
                op=op,
                version=version,
            )
        )
        return
    offices = select(
        literal(epoch),
        Office.id,
        literal(entity),
        literal(row_id),
        literal(op),
        literal(version),
    )
    conn.execute(
        insert(SyncChange).from_select(
            ["epoch", "office_id", "entity", "entity_id", "op", "version"], offices
        )
    )


def backfill_office(session: Session, office_id: uuid.UUID) -> int:
    """Put the whole directory in a new office's feed (its scope grew: the cursor alone
    would never bring rows changed before the office existed)."""
    epoch = _epoch(session)
    rows = select(
        literal(epoch),
        literal(office_id),
        SyncRow.entity,
        SyncRow.id,
        literal("insert"),
        SyncRow.version,
    ).where(SyncRow.office_id.is_(None), SyncRow.entity.in_(DIRECTORY_ENTITIES))
    result = session.execute(
        insert(SyncChange).from_select(
            ["epoch", "office_id", "entity", "entity_id", "op", "version"], rows
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)


def scope_of(entity: str, row_id: uuid.UUID, office_id: uuid.UUID) -> uuid.UUID | None:
    """The office a new row of ``entity`` belongs to (None: the whole network)."""
    if entity in DIRECTORY_ENTITIES:
        return None
    if entity == "office":
        return row_id
    return office_id


# --------------------------------------------------------------------------- writing rows


def write_row(
    session: Session,
    entity: str,
    row_id: uuid.UUID,
    changes: Mapping[str, Any],
    *,
    office_id: uuid.UUID | None,
    delete: bool = False,
) -> int:
    """Create or change a server-managed row (an administrator's write: no conflicts, the
    last one wins) and put it in the feed of its scope; the row's new version."""
    now = utcnow()
    epoch = _epoch(session)
    current = session.execute(
        select(SyncRow).where(SyncRow.entity == entity, SyncRow.id == row_id).with_for_update()
    ).scalar_one_or_none()
    values = dict(changes)
    if current is None:
        if delete:
            raise not_found("Record sconosciuto al server.")
        values.setdefault("id", str(row_id))
        values.setdefault("created_at", now.isoformat())
        values.setdefault("deleted_at", None)
        session.add(
            SyncRow(
                entity=entity,
                id=row_id,
                office_id=office_id,
                version=1,
                data=values,
                field_versions=dict.fromkeys(values, 1),
                deleted=False,
                created_at=now,
                updated_at=now,
            )
        )
        session.flush()
        feed_change(
            session,
            epoch=epoch,
            entity=entity,
            row_id=row_id,
            op="insert",
            version=1,
            office_id=office_id,
        )
        return 1
    if current.deleted:
        raise conflict("Il record è stato eliminato e non può essere modificato.")
    if delete:
        values["deleted_at"] = now.isoformat()
    version = int(current.version) + 1
    data = dict(current.data)
    data.update(values)
    field_versions = dict(current.field_versions)
    field_versions.update(dict.fromkeys(values, version))
    session.execute(
        update(SyncRow)
        .where(SyncRow.entity == entity, SyncRow.id == row_id)
        .values(
            version=version,
            data=data,
            field_versions=field_versions,
            deleted=delete,
            updated_at=now,
        )
    )
    feed_change(
        session,
        epoch=epoch,
        entity=entity,
        row_id=row_id,
        op="delete" if delete else "update",
        version=version,
        office_id=current.office_id,
    )
    return version


def _row(session: Session, entity: str, row_id: uuid.UUID) -> SyncRow | None:
    return session.execute(
        select(SyncRow).where(SyncRow.entity == entity, SyncRow.id == row_id)
    ).scalar_one_or_none()


# --------------------------------------------------------------------------- offices


def publish_office(session: Session, office: Office, values: Mapping[str, Any]) -> int:
    """The office's row for its desks (``Office`` on the desk); ``values`` beyond code and
    name: district_code (required by the desk), address, phone, email, opening_hours,
    and the office-wide settings referral_answer_days and retention_years."""
    unknown = set(values) - set(OFFICE_FIELDS)
    if unknown:
        raise ValueError(f"unknown office fields: {sorted(unknown)}")
    row = {"code": office.code, "name": office.name, **values}
    return write_row(session, "office", office.id, row, office_id=office.id)


# --------------------------------------------------------------------------- operators


@dataclass(frozen=True, slots=True)
class OperatorInfo:
    id: uuid.UUID
    office_id: uuid.UUID
    username: str
    full_name: str
    role: str
    active: bool
    version: int


def _operator_info(row: SyncRow) -> OperatorInfo:
    data = row.data
    return OperatorInfo(
        id=row.id,
        office_id=uuid.UUID(str(data.get("office_id") or row.office_id)),
        username=str(data.get("username", "")),
        full_name=str(data.get("full_name", "")),
        role=str(data.get("role", "")),
        active=bool(data.get("active", True)) and not row.deleted,
        version=int(row.version),
    )


def _password_hash(password: str) -> str:
    try:
        check_password_strength(password)
    except ValidationError as exc:
        raise ServerError(422, "weak_password", exc.message) from None
    return hash_password(password)


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ServerError(
            422, "invalid_role", f"Ruolo sconosciuto: {role!r} (operator, supervisor, admin)."
        )


def create_operator(
    session: Session,
    *,
    office_id: uuid.UUID,
    username: str,
    full_name: str,
    role: str = "operator",
    password: str | None = None,
    email: str = "",
    specialisations: Iterable[str] = (),
    operator_id: uuid.UUID | None = None,
) -> OperatorInfo:
    """A new operator of ``office_id``: sent with its password hash to the office's desks."""
    if session.get(Office, office_id) is None:
        raise not_found("Ufficio sconosciuto: crearlo prima di aggiungere operatori.")
    _check_role(role)
    name = username.strip().lower()
    if not name:
        raise ServerError(422, "invalid_username", "Indicare il nome utente dell'operatore.")
    taken = session.execute(
        select(SyncRow.id).where(
            SyncRow.entity == "operator",
            func.lower(SyncRow.data["username"].as_string()) == name,
        )
    ).first()
    if taken is not None:
        raise conflict(f"Esiste già un operatore con nome utente {name!r}.")
    row_id = operator_id or uuid.uuid4()
    if _row(session, "operator", row_id) is not None:
        raise conflict("Esiste già un operatore con lo stesso id.")
    write_row(
        session,
        "operator",
        row_id,
        {
            "office_id": str(office_id),
            "username": name,
            "full_name": full_name.strip(),
            "role": role,
            "specialisations": list(specialisations),
            "email": email,
            "password_hash": _password_hash(password) if password else "",
            "active": True,
        },
        office_id=office_id,
    )
    found = _row(session, "operator", row_id)
    assert found is not None
    return _operator_info(found)


def find_operator(session: Session, key: str) -> OperatorInfo:
    """An operator by id or username (404 otherwise)."""
    query = select(SyncRow).where(SyncRow.entity == "operator")
    try:
        query = query.where(SyncRow.id == uuid.UUID(key))
    except ValueError:
        query = query.where(func.lower(SyncRow.data["username"].as_string()) == key.strip().lower())
    row = session.execute(query).scalar_one_or_none()
    if row is None:
        raise not_found(f"Operatore sconosciuto: {key}.")
    return _operator_info(row)


def update_operator(
    session: Session,
    operator_id: uuid.UUID,
    *,
    role: str | None = None,
    active: bool | None = None,
    password: str | None = None,
    full_name: str | None = None,
    email: str | None = None,
) -> OperatorInfo:
    """Change an operator's role, active flag, password or name (reaches the office's
    desks with the next pull; a deactivated operator can no longer log in there)."""
    row = _row(session, "operator", operator_id)
    if row is None:
        raise not_found("Operatore sconosciuto.")
    changes: dict[str, Any] = {}
    if role is not None:
        _check_role(role)
        changes["role"] = role
    if active is not None:
        changes["active"] = active
    if password is not None:
        changes["password_hash"] = _password_hash(password)
    if full_name is not None:
        changes["full_name"] = full_name.strip()
    if email is not None:
        changes["email"] = email
    if changes:
        write_row(session, "operator", operator_id, changes, office_id=row.office_id)
    found = _row(session, "operator", operator_id)
    assert found is not None
    return _operator_info(found)


# --------------------------------------------------------------------------- directory


def upsert_directory(
    session: Session, entity: str, row_id: uuid.UUID, values: Mapping[str, Any]
) -> int:
    """Create or change a partner, agreement or service for the whole network."""
    if entity not in DIRECTORY_ENTITIES:
        raise ServerError(
            422, "invalid_entity", "Si gestiscono qui solo enti partner, protocolli e servizi."
        )
    return write_row(session, entity, row_id, dict(values), office_id=None)


def delete_directory(session: Session, entity: str, row_id: uuid.UUID) -> int:
    if entity not in DIRECTORY_ENTITIES:
        raise ServerError(
            422, "invalid_entity", "Si gestiscono qui solo enti partner, protocolli e servizi."
        )
    return write_row(session, entity, row_id, {}, office_id=None, delete=True)


# --------------------------------------------------------------------------- desks' pushes


def _operator_row(conn: Connection, operator_id: uuid.UUID | None) -> tuple[Any, bool] | None:
    """``(data, deleted)`` of the server's operator row, or None."""
    if operator_id is None:
        return None
    found = conn.execute(
        select(SyncRow.data, SyncRow.deleted).where(
            SyncRow.entity == "operator", SyncRow.id == operator_id
        )
    ).one_or_none()
    return None if found is None else (found.data, bool(found.deleted))


def authorize(
    conn: Connection, office_id: uuid.UUID, mutation: Mutation, target_office: uuid.UUID | None
) -> str | None:
    """Whether a desk of ``office_id`` may push ``mutation`` of a server-managed entity:
    None, or the reason (Italian) to reject it. ``target_office``: the office of the row
    as the server has it (None for a new row or the directory)."""
    entity = mutation.entity
    if entity == "device":
        return DEVICES_ON_SERVER
    if entity == "operator":
        if "password_hash" in mutation.changes and not is_slow_password_hash(
            mutation.changes["password_hash"]
        ):
            return NOT_A_SLOW_HASH
        claimed = mutation.changes.get("office_id")
        if (target_office is not None and target_office != office_id) or (
            claimed is not None and claimed != str(office_id)
        ):
            return OTHER_OFFICE_OPERATOR
        if mutation.op == "insert" and claimed is None:
            return OTHER_OFFICE_OPERATOR
    if entity == "office" and mutation.row_id != office_id:
        return NOT_ADMIN.format(entity=entity)
    actor = _operator_row(conn, mutation.operator_id)
    if actor is None:
        return NOT_ADMIN.format(entity=entity)
    data, deleted = actor
    if deleted or not data.get("active", True) or data.get("office_id") != str(office_id):
        return NOT_ADMIN.format(entity=entity)
    role = data.get("role")
    if role == "admin":
        return None
    # Their own password (a person changing it, or a stronger hash at log-in); a
    # supervisor sets the password of the office's operators.
    own = mutation.row_id == mutation.operator_id or role == "supervisor"
    password_only = set(mutation.changes) <= {"password_hash"}
    if entity == "operator" and mutation.op == "update" and own and password_only:
        return None
    return NOT_ADMIN.format(entity=entity)
