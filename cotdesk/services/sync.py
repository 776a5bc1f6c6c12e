"""Sync as the desk's people see it: state for the status area, a sync run, enrollment,
parked changes and conflicts to resolve.

The network work (:func:`run_sync`, :func:`check_server`, :func:`enroll_desk`,
:func:`load_conflicts`, :func:`resolve_conflict`) is meant to run off the GUI thread; the
rest are quick local reads. Rows given to the UI are frozen dataclasses; errors are
:class:`~cotdesk.errors.UserError` with Italian messages.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Final, Literal

from sqlalchemy import and_, func, or_, select

from cotdesk.db.database import Database
from cotdesk.db.models import (
    Case,
    DeskState,
    Operator,
    OutboxEntry,
    Person,
    Referral,
    Synced,
    synced_models,
)
from cotdesk.db.types import utcnow
from cotdesk.domain.italian import short_date
from cotdesk.domain.roles import Role, require_role
from cotdesk.errors import NotFound, UserError
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork
from cotdesk.sync import client, first_sync, tls
from cotdesk.sync.client import SyncReport
from cotdesk.sync.protocol import (
    SERVER_MANAGED_ENTITIES,
    ConflictSide,
    EnrollResponse,
    OpenConflict,
    Resolution,
)
from cotdesk.sync.tls import ServerCertificate

#: What the sync of an entity is called, for people.
ENTITY_LABELS: Final = {
    "person": "Persona",
    "household": "Nucleo familiare",
    "household_member": "Componente del nucleo",
    "case": "Presa in carico",
    "assessment": "Valutazione del bisogno",
    "assessment_need": "Bisogno rilevato",
    "unmet_need": "Bisogno senza risposta",
    "case_event": "Evento della presa in carico",
    "referral": "Invio",
    "consent": "Consenso privacy",
    "audit_event": "Registro accessi",
    "meeting": "Riunione d'équipe",
    "meeting_item": "Punto della riunione",
    "office": "Sportello",
    "operator": "Operatore",
    "partner": "Ente partner",
    "agreement": "Protocollo d'intesa",
    "service": "Servizio",
}
#: Field names shown to people (the others are shown as they are called in the data).
FIELD_LABELS: Final = {
    "last_name": "Cognome",
    "first_name": "Nome",
    "birth_date": "Data di nascita",
    "birth_place_name": "Luogo di nascita",
    "fiscal_code": "Codice fiscale",
    "foreign_code": "Codice STP/ENI",
    "sex": "Sesso",
    "citizenship": "Cittadinanza",
    "languages": "Lingue",
    "phone": "Telefono",
    "phone_alt": "Altro telefono",
    "email": "Email",
    "address_street": "Indirizzo",
    "address_city": "Comune",
    "address_postcode": "CAP",
    "district_code": "Municipio",
    "no_fixed_abode": "Senza fissa dimora",
    "notes": "Note",
    "status": "Stato",
    "priority": "Priorità",
    "assigned_operator_id": "Operatore assegnato",
    "summary": "Sintesi",
    "label": "Nome del nucleo",
    "due_date": "Scadenza",
}
OP_LABELS: Final = {"insert": "inserimento", "update": "modifica", "delete": "eliminazione"}
EMPTY: Final = "(vuoto)"

ENROLL_ACTION = "registrare la postazione presso il server di sincronizzazione"
NOT_ENROLLED = client.NOT_ENROLLED
ROW_NOT_HERE = (
    "Il record in conflitto non è ancora sulla postazione: sincronizzare (F9) e riprovare."
)
ALREADY_ENROLLED = (
    "Questa postazione è già registrata presso il server {url}: non può essere registrata "
    "di nuovo. Se va collegata a un altro server, o registrata di nuovo, un amministratore "
    "deve prima annullare la registrazione: cotdesk sync unenroll --user <amministratore>."
)
RESOLVE_NOT_SENT = (
    "La scelta è salvata sulla postazione ma il server non ha ancora ricevuto la modifica: "
    "il conflitto resta aperto. Sincronizzare (F9) e riprovare."
)


# --------------------------------------------------------------------------- state


@dataclass(frozen=True)
class SyncState:
    """The desk's sync state as kept locally (no network)."""

    enrolled: bool
    server_url: str
    last_sync_at: datetime | None
    #: Changes waiting to be sent.
    pending: int
    #: Changes the server refused, kept for a person to look at.
    parked: int
    resync_needed: bool
    #: How far the first sync (or a resync) has come; None when it is not under way.
    first_sync: first_sync.Progress | None = None


#: The outbox entries a sync sends (the rule of ``client._skip_server_managed``): every
#: desk-writable change, and the server-managed ones an operator made (an administrator's
#: edit of an office, an operator or the directory, a password change: the server
#: authorizes or refuses them, parked); never those made by no operator (fixtures, demo
#: data, reference loads: marked sent locally) nor a device row.
_SENT: Final = or_(
    OutboxEntry.entity.not_in(SERVER_MANAGED_ENTITIES),
    and_(OutboxEntry.entity != "device", OutboxEntry.operator_id.is_not(None)),
)


def sync_state(db: Database) -> SyncState:
    """Counts for the status area: changes waiting to be sent and changes the server
    refused (parked), including server-managed changes an operator made."""
    with ReadUnit(db, None) as unit:
        session = unit.session
        state = session.get_one(DeskState, 1)
        counts = {
            str(row.state): int(row.n)
            for row in session.execute(
                select(OutboxEntry.state, func.count().label("n"))
                .where(OutboxEntry.state.in_(("pending", "parked")), _SENT)
                .group_by(OutboxEntry.state)
            )
        }
        return SyncState(
            enrolled=bool(state.server_url),
            server_url=state.server_url,
            last_sync_at=state.last_sync_at,
            pending=int(counts.get("pending", 0)),
            parked=int(counts.get("parked", 0)),
            resync_needed=state.resync_needed,
            first_sync=first_sync.progress(state.sync_cursor),
        )


@dataclass(frozen=True)
class SyncRun:
    """What one background sync did."""

    report: SyncReport
    #: Open conflicts of the office after the run (None: the server could not be asked).
    conflicts: int | None
    finished_at: datetime = field(default_factory=utcnow)

    @property
    def ok(self) -> bool:
        return self.report.ok


def run_sync(db: Database) -> SyncRun:
    """Push, pull, then count the office's open conflicts. Never raises for sync trouble
    (the report carries Italian errors); meant for a background thread."""
    report = client.sync_once(db)
    conflicts: int | None = None
    if report.ok:
        try:
            page = client.fetch_conflicts(db)
            conflicts = len(page.conflicts)
        except UserError as exc:
            report.errors.append(exc.message)
            report.retry = True
    return SyncRun(report=report, conflicts=conflicts)


# --------------------------------------------------------------------------- enrollment


def check_server(url: str) -> ServerCertificate:
    """The certificate the server at ``url`` presents, to show its fingerprint (network)."""
    return tls.fetch_certificate(url)


def enroll_desk(
    db: Database,
    actor: Actor | None,
    certificate: ServerCertificate,
    code: str,
    *,
    name: str,
    expected_fingerprint: str = "",
) -> EnrollResponse:
    """Enroll this desk with the server whose certificate a person has checked (refused
    on a desk already enrolled: an administrator un-enrolls it first).

    A certificate the system does not trust is pinned beside the database (only after the
    person confirmed its fingerprint, or it matched ``expected_fingerprint``); if the
    enrollment fails the previous pin, if any, is put back.
    """
    if actor is not None:
        require_role(actor.role, Role.ADMIN, ENROLL_ACTION)
    enrolled_with = sync_state(db).server_url
    if enrolled_with:  # an administrator un-enrolls it first (services.desk_setup)
        raise UserError(ALREADY_ENROLLED.format(url=enrolled_with))
    if expected_fingerprint.strip():
        tls.check_expected(certificate, expected_fingerprint)
    previous = tls.pinned_ca_file(db.path)
    previous_pem = previous.read_text(encoding="ascii") if previous is not None else None
    ca_file = None
    if not certificate.trusted_by_system:
        ca_file = tls.pin_certificate(db.path, certificate.pem)
    try:
        answer = client.enroll(db, certificate.url, code, name=name, ca_file=ca_file)
    except BaseException:
        if previous_pem is not None:
            tls.pin_certificate(db.path, previous_pem)
        else:
            tls.forget_pin(db.path)
        raise
    if certificate.trusted_by_system:
        tls.forget_pin(db.path)
    return answer


# --------------------------------------------------------------------------- parked changes


@dataclass(frozen=True)
class ParkedChange:
    mutation_id: uuid.UUID
    entity_label: str
    record_label: str
    op_label: str
    reason: str
    operator_name: str
    created_at: datetime
    #: ``(field label, value)`` of the data kept in the change.
    changes: tuple[tuple[str, str], ...]


def parked_changes(db: Database) -> list[ParkedChange]:
    with ReadUnit(db, None) as unit:
        session = unit.session
        entries = list(
            session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.state == "parked")
                .order_by(OutboxEntry.sequence)
            )
        )
        names = _operator_names(session, (e.operator_id for e in entries))
        return [
            ParkedChange(
                mutation_id=entry.mutation_id,
                entity_label=ENTITY_LABELS.get(entry.entity, entry.entity),
                record_label=_describe(session, entry.entity, entry.row_id),
                op_label=OP_LABELS.get(entry.op, entry.op),
                reason=entry.last_error,
                operator_name=names.get(entry.operator_id, "") if entry.operator_id else "",
                created_at=entry.created_at,
                changes=tuple(
                    (field_label(key), value_text(value))
                    for key, value in sorted(entry.changes.items())
                    if key not in ("id", "created_at", "updated_at", "server_version")
                ),
            )
            for entry in entries
        ]


# --------------------------------------------------------------------------- conflicts


@dataclass(frozen=True)
class SideView:
    """One value of a conflict, with who wrote it and when, ready to show."""

    value: Any
    value_text: str
    desk_name: str
    operator_name: str
    #: When the change was made (the writing desk's clock) or, if unknown, received.
    when: datetime | None
    this_desk: bool


@dataclass(frozen=True)
class ConflictView:
    conflict_id: uuid.UUID
    entity: str
    entity_label: str
    row_id: uuid.UUID
    record_label: str
    field: str
    field_label: str
    #: The value the record holds now (first to reach the server).
    current: SideView
    #: The other value (kept aside by the server).
    other: SideView
    created_at: datetime


def load_conflicts(db: Database) -> list[ConflictView]:
    """The office's open conflicts from the server (network), described for people."""
    page = client.fetch_conflicts(db)
    return describe_conflicts(db, page.conflicts)


def describe_conflicts(db: Database, conflicts: Iterable[OpenConflict]) -> list[ConflictView]:
    conflicts = list(conflicts)
    with ReadUnit(db, None) as unit:
        session = unit.session
        names = _operator_names(
            session,
            [c.server.operator_id for c in conflicts] + [c.device.operator_id for c in conflicts],
        )

        def side(data: ConflictSide) -> SideView:
            this_desk = data.device_id == db.device_id
            desk = "questa postazione" if this_desk else (data.device_name or "altra postazione")
            return SideView(
                value=data.value,
                value_text=value_text(data.value),
                desk_name=desk,
                operator_name=names.get(data.operator_id, "") if data.operator_id else "",
                when=data.changed_at or data.received_at,
                this_desk=this_desk,
            )

        return [
            ConflictView(
                conflict_id=c.conflict_id,
                entity=c.entity,
                entity_label=ENTITY_LABELS.get(c.entity, c.entity),
                row_id=c.row_id,
                record_label=_describe(session, c.entity, c.row_id),
                field=c.field,
                field_label=field_label(c.field),
                current=side(c.server),
                other=side(c.device),
                created_at=c.created_at,
            )
            for c in conflicts
        ]


Choice = Literal["current", "other"]


def resolve_conflict(db: Database, actor: Actor, conflict: ConflictView, choice: Choice) -> str:
    """Apply a person's decision; the server's answer (``resolved``, ``already_resolved``,
    ...). ``other``: the other value is written on this desk as a new edit (audited, in
    the outbox), pushed, and then the server is told. Network: off the GUI thread."""
    mutation_id: uuid.UUID | None = None
    if choice == "other":
        mutation_id = _write_value(db, actor, conflict)
        if mutation_id is not None:
            report = client.sync_once(db)
            if not report.ok:
                raise UserError(report.errors[0])
    resolution = Resolution(
        conflict_id=conflict.conflict_id,
        choice="device" if choice == "other" else "server",
        mutation_id=mutation_id,
        operator_id=actor.operator_id,
    )
    (result,) = client.send_resolutions(db, [resolution]).results
    if result.status == "mutation_not_received":
        raise UserError(RESOLVE_NOT_SENT)
    if result.status == "resolved":
        with UnitOfWork(db, actor) as uow:
            uow.audit(
                "resolve_conflict",
                entity_name=conflict.entity,
                entity_id=conflict.row_id,
                field=conflict.field,
                choice=choice,
            )
            uow.commit()
    return result.status


def _write_value(db: Database, actor: Actor, conflict: ConflictView) -> uuid.UUID | None:
    """Write the conflict's other value into the local record; the new outbox entry's
    mutation id (None when the record already holds that value)."""
    model = _model(conflict.entity)
    values = client.column_values(conflict.entity, {conflict.field: conflict.other.value})
    if model is None or conflict.field not in values:
        raise NotFound(ROW_NOT_HERE)
    with UnitOfWork(db, actor) as uow:
        row = uow.session.get(model, conflict.row_id)
        if row is None:
            raise NotFound(ROW_NOT_HERE)
        office = getattr(row, "office_id", None)
        if office is not None:
            uow.require_office(office)
        if getattr(row, conflict.field) == values[conflict.field]:
            return None
        setattr(row, conflict.field, values[conflict.field])
        uow.audit("update", row, conflict_resolution=str(conflict.conflict_id))
        uow.flush()
        mutation_id = uow.session.execute(
            select(OutboxEntry.mutation_id)
            .where(
                OutboxEntry.state == "pending",
                OutboxEntry.entity == conflict.entity,
                OutboxEntry.row_id == conflict.row_id,
            )
            .order_by(OutboxEntry.sequence.desc())
            .limit(1)
        ).scalar_one_or_none()
        uow.commit()
        return mutation_id


# --------------------------------------------------------------------------- helpers


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name.replace("_", " "))


def value_text(value: Any) -> str:
    """A wire value as a person reads it."""
    if value is None or value in ("", []):
        return EMPTY
    if isinstance(value, bool):
        return "sì" if value else "no"
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {value_text(v)}" for k, v in value.items())
    if isinstance(value, str) and len(value) == 10:
        try:
            return short_date(date.fromisoformat(value))
        except ValueError:
            pass
    return str(value)


def _model(entity: str) -> type[Synced] | None:
    return {model.__sync_entity__: model for model in synced_models()}.get(entity)


def _operator_names(session: Any, ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(Operator.id, Operator.full_name).where(Operator.id.in_(wanted)))
    return {row.id: row.full_name for row in rows}


def _describe(session: Any, entity: str, row_id: uuid.UUID) -> str:
    """A short description of a record for people (name, reference), or ''."""
    if entity == "person":
        person = session.get(Person, row_id)
        if person is not None:
            return f"{person.last_name} {person.first_name}".strip()
    elif entity == "case":
        case = session.get(Case, row_id)
        if case is not None:
            return str(case.reference)
    elif entity == "referral":
        referral = session.get(Referral, row_id)
        if referral is not None:
            return str(referral.reference)
    return ""
