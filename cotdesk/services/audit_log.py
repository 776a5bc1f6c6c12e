"""The access log (*registro accessi*): checking its hash chain, and reading it.

* :func:`verify_chain` walks every desk's chain of :class:`~cotdesk.db.models.AuditEvent`
  rows in order and reports each break: an event whose content no longer matches its hash
  (edited), a gap in the sequence (deleted), an event with no place in the chain or a
  repeated place (inserted), a broken link, or a head that does not match what this desk
  recorded last (the last events removed). ``cotdesk audit verify`` prints the report.
* :func:`audit_events` is the viewer's query, for supervisors (their office) and
  administrators (the whole desk), with filters; :func:`audit_filter_choices` lists the
  operators, actions and record kinds that the filters offer.

Being able to read the log is itself not logged here (the viewer is the supervisors' tool);
the log cannot be changed through any service.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final

from sqlalchemy import String, cast, or_, select
from sqlalchemy.orm import Session, aliased

from cotdesk.db.audit_chain import fields_of
from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent, Case, DeskState, Operator, Person
from cotdesk.domain.audit_chain import GENESIS, chain_hash
from cotdesk.domain.italian import LOCAL_ZONE
from cotdesk.domain.roles import Role
from cotdesk.errors import ValidationError
from cotdesk.services.unit_of_work import Actor, ReadUnit

__all__ = [
    "ACTION_LABELS",
    "ENTITY_LABELS",
    "MAX_ROWS",
    "AuditFilter",
    "AuditFilterChoices",
    "AuditRow",
    "ChainBreak",
    "ChainReport",
    "audit_events",
    "audit_filter_choices",
    "check_chain",
    "verify_chain",
]

#: Most rows the viewer lists at once (newest first); narrow the filters for older ones.
MAX_ROWS: Final = 2000

#: Italian names of the actions recorded (unknown actions are shown as recorded).
ACTION_LABELS: Final[dict[str, str]] = {
    "view": "Consultazione",
    "create": "Inserimento",
    "update": "Modifica",
    "print": "Stampa",
    "export": "Esportazione",
    "login": "Accesso",
    "login_failed": "Accesso non riuscito",
    "consent": "Consenso privacy",
    "break_glass": "Accesso riservato (motivato)",
    "restrict": "Riservatezza",
    "unenroll": "Registrazione sul server annullata",
    "delete": "Eliminazione",
    "erase": "Cancellazione (diritto all'oblio)",
    "import": "Importazione",
    "retention": "Anonimizzazione per conservazione",
    "resolve_conflict": "Conflitto risolto",
    "lock": "Schermo bloccato",
    "unlock": "Schermo sbloccato",
    "unlock_failed": "Sblocco non riuscito",
}

#: Italian names of the kinds of record (``AuditEvent.entity``).
ENTITY_LABELS: Final[dict[str, str]] = {
    "person": "Persona",
    "case": "Presa in carico",
    "referral": "Invio",
    "assessment": "Valutazione",
    "case_event": "Diario",
    "household": "Nucleo familiare",
    "household_member": "Componente del nucleo",
    "unmet_need": "Bisogno senza risposta",
    "operator": "Operatore",
    "consent": "Consenso",
    "desk": "Postazione",
    "office": "Sportello",
    "device": "Postazione registrata",
    "assessment_need": "Bisogno valutato",
    "partner": "Ente partner",
    "agreement": "Protocollo d'intesa",
    "service": "Servizio",
    "person_revision": "Correzione dei dati",
    "meeting": "Riunione d'équipe",
    "meeting_item": "Caso in riunione",
    "statistics": "Statistiche",
}


# --------------------------------------------------------------------------- verification


@dataclass(frozen=True)
class ChainBreak:
    """One place where a chain does not hold, and what is wrong there (Italian)."""

    device_id: uuid.UUID | None
    sequence: int | None
    problem: str
    event_id: uuid.UUID | None = None

    def describe(self) -> str:
        desk = str(self.device_id)[:8] if self.device_id else "sconosciuta"
        where = f"sequenza {self.sequence}" if self.sequence is not None else "senza sequenza"
        what = f"postazione {desk}, {where}: {self.problem}"
        if self.event_id is not None:
            what += f" (evento {self.event_id})"
        return what


@dataclass(frozen=True)
class ChainReport:
    events: int
    devices: int
    breaks: tuple[ChainBreak, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.breaks

    def describe(self) -> str:
        if self.ok:
            return (
                f"OK: registro accessi integro, {self.events} eventi ({self.devices} postazioni)."
            )
        count = len(self.breaks)
        problems = "1 problema" if count == 1 else f"{count} problemi"
        lines = [f"Registro accessi NON integro: {problems} su {self.events} eventi."]
        lines.extend(f"  {b.describe()}" for b in self.breaks)
        return "\n".join(lines)


#: What verification reads of each event (plain rows: no ORM objects for a whole log).
_CHAIN_COLUMNS = (
    AuditEvent.id,
    AuditEvent.device_id,
    AuditEvent.sequence,
    AuditEvent.occurred_at,
    AuditEvent.operator_id,
    AuditEvent.office_id,
    AuditEvent.action,
    AuditEvent.entity,
    AuditEvent.entity_id,
    AuditEvent.detail,
    AuditEvent.prev_hash,
    AuditEvent.chain_hash,
)


def _events_by_chain(session: Session) -> Iterator[Any]:
    stmt = (
        select(*_CHAIN_COLUMNS)
        .order_by(AuditEvent.device_id, AuditEvent.sequence, AuditEvent.occurred_at)
        .execution_options(yield_per=5000)
    )
    yield from session.execute(stmt)


class _Walker:
    """Walks one desk's chain, in sequence order, collecting its breaks."""

    def __init__(self, device_id: uuid.UUID | None, breaks: list[ChainBreak]) -> None:
        self.device_id = device_id
        self.breaks = breaks
        self.expected = 1
        self.prev = GENESIS

    def fail(self, sequence: int | None, problem: str, event_id: uuid.UUID | None) -> None:
        self.breaks.append(ChainBreak(self.device_id, sequence, problem, event_id))

    def step(self, event: Any) -> None:
        sequence = event.sequence
        if sequence is None:
            self.fail(
                None,
                "evento senza posto nella catena: è stato aggiunto fuori da cotdesk",
                event.id,
            )
            return
        if sequence < self.expected:
            self.fail(
                sequence,
                "posizione già occupata da un altro evento: un evento è stato aggiunto",
                event.id,
            )
            return
        if sequence > self.expected:
            missing = (
                f"l'evento {self.expected}"
                if sequence == self.expected + 1
                else f"gli eventi da {self.expected} a {sequence - 1}"
            )
            self.fail(sequence, f"manca {missing}: sono stati cancellati", None)
        elif event.prev_hash != self.prev:
            self.fail(
                sequence,
                "il collegamento con l'evento precedente non corrisponde: la catena è stata "
                "alterata",
                event.id,
            )
        if chain_hash(event.prev_hash, fields_of(event)) != event.chain_hash:
            self.fail(
                sequence,
                "il contenuto non corrisponde alla sua impronta: l'evento è stato modificato",
                event.id,
            )
        self.prev = event.chain_hash
        self.expected = sequence + 1

    def finish_local(self, head_sequence: int, head_hash: str) -> None:
        """This desk's own chain must end where ``desk_state`` says it ends."""
        last = self.expected - 1
        if last < head_sequence:
            missing = (
                f"l'ultimo evento ({head_sequence})"
                if head_sequence == last + 1
                else f"gli ultimi eventi (da {last + 1} a {head_sequence})"
            )
            self.fail(head_sequence, f"manca {missing}: sono stati cancellati", None)
        elif last > head_sequence:
            self.fail(
                last,
                f"la catena prosegue oltre l'ultimo evento registrato ({head_sequence}): "
                "eventi aggiunti fuori da cotdesk",
                None,
            )
        elif last > 0 and self.prev != head_hash:
            self.fail(
                last,
                "l'ultimo evento non è quello registrato dalla postazione: la catena è stata "
                "alterata",
                None,
            )


def verify_chain(db: Database) -> ChainReport:
    """Check every desk's chain in the access log (read only; a consistent snapshot)."""
    breaks: list[ChainBreak] = []
    count = 0
    devices: set[uuid.UUID | None] = set()
    with ReadUnit(db, None) as unit:
        session = unit.session
        local, head_sequence, head_hash = session.execute(
            select(DeskState.device_id, DeskState.audit_sequence, DeskState.audit_head)
        ).one()
        walker: _Walker | None = None
        for event in _events_by_chain(session):
            count += 1
            if walker is None or event.device_id != walker.device_id:
                if walker is not None and walker.device_id == local:
                    walker.finish_local(head_sequence, head_hash)
                walker = _Walker(event.device_id, breaks)
                devices.add(event.device_id)
            walker.step(event)
        if walker is not None and walker.device_id == local:
            walker.finish_local(head_sequence, head_hash)
        if local not in devices and head_sequence:
            _Walker(local, breaks).finish_local(head_sequence, head_hash)
    return ChainReport(events=count, devices=len(devices), breaks=tuple(breaks))


def check_chain(db: Database, actor: Actor) -> ChainReport:
    """:func:`verify_chain` for the viewer's button (coordinators and administrators)."""
    with ReadUnit(db, actor) as unit:
        _require_reader(unit)
    return verify_chain(db)


# --------------------------------------------------------------------------- the viewer


@dataclass(frozen=True)
class AuditFilter:
    """What the viewer narrows the log to; every field empty means everything."""

    operator_id: uuid.UUID | None = None
    action: str = ""
    entity: str = ""
    date_from: date | None = None
    date_to: date | None = None
    #: Words that must all appear in the operator, the record or the details.
    text: str = ""


@dataclass(frozen=True)
class AuditRow:
    """One event of the access log as the viewer shows it (time in Europe/Rome)."""

    id: uuid.UUID
    occurred_at: datetime
    operator_id: uuid.UUID | None
    operator_name: str
    action: str
    action_label: str
    entity: str
    entity_label: str
    entity_id: uuid.UUID | None
    #: The person's name or the case's reference, when the record is one of those.
    subject: str
    detail: str
    device: str
    sequence: int | None


@dataclass(frozen=True)
class AuditFilterChoices:
    operators: tuple[tuple[uuid.UUID, str], ...]
    actions: tuple[tuple[str, str], ...]
    entities: tuple[tuple[str, str], ...]


def _require_reader(unit: ReadUnit) -> Actor:
    return unit.require_role(Role.SUPERVISOR, "consultare il registro degli accessi")


def _scope(stmt: Any, actor: Actor) -> Any:
    """Supervisors read their office's events (and the desk's failed log-ins)."""
    if actor.role is Role.ADMIN:
        return stmt
    return stmt.where(or_(AuditEvent.office_id == actor.office_id, AuditEvent.office_id.is_(None)))


def _detail_text(detail: dict[str, Any]) -> str:
    parts = []
    for key, value in sorted((detail or {}).items()):
        shown = ", ".join(str(item) for item in value) if isinstance(value, list) else value
        parts.append(f"{key}: {shown}")
    return "; ".join(parts)


def _local_midnight_utc(day: date) -> datetime:
    return datetime.combine(day, time(), LOCAL_ZONE).astimezone(UTC)


def audit_events(
    db: Database, actor: Actor, flt: AuditFilter | None = None, *, limit: int = MAX_ROWS
) -> list[AuditRow]:
    """The access log, newest first, narrowed by ``flt`` (supervisors and administrators)."""
    flt = flt or AuditFilter()
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise ValidationError(
            "La data iniziale è successiva a quella finale: correggere l'intervallo.",
            field="date_from",
        )
    person = aliased(Person)
    case = aliased(Case)
    with ReadUnit(db, actor) as unit:
        actor = _require_reader(unit)
        stmt = (
            select(
                AuditEvent, Operator.full_name, person.last_name, person.first_name, case.reference
            )
            .outerjoin(Operator, Operator.id == AuditEvent.operator_id)
            .outerjoin(
                person, (AuditEvent.entity == "person") & (person.id == AuditEvent.entity_id)
            )
            .outerjoin(case, (AuditEvent.entity == "case") & (case.id == AuditEvent.entity_id))
        )
        stmt = _scope(stmt, actor)
        if flt.operator_id is not None:
            stmt = stmt.where(AuditEvent.operator_id == flt.operator_id)
        if flt.action:
            stmt = stmt.where(AuditEvent.action == flt.action)
        if flt.entity:
            stmt = stmt.where(AuditEvent.entity == flt.entity)
        if flt.date_from is not None:
            stmt = stmt.where(AuditEvent.occurred_at >= _local_midnight_utc(flt.date_from))
        if flt.date_to is not None:
            end = _local_midnight_utc(flt.date_to + timedelta(days=1))
            stmt = stmt.where(AuditEvent.occurred_at < end)
        for word in flt.text.split():
            pattern = f"%{word}%"
            stmt = stmt.where(
                or_(
                    Operator.full_name.ilike(pattern),
                    person.last_name.ilike(pattern),
                    person.first_name.ilike(pattern),
                    case.reference.ilike(pattern),
                    cast(AuditEvent.detail, String).ilike(pattern),
                    AuditEvent.action.ilike(pattern),
                )
            )
        stmt = stmt.order_by(AuditEvent.occurred_at.desc(), AuditEvent.sequence.desc()).limit(limit)
        rows = unit.session.execute(stmt).all()
        result = []
        for event, operator_name, last, first, reference in rows:
            subject = reference or (f"{last} {first}".strip() if last is not None else "")
            result.append(
                AuditRow(
                    id=event.id,
                    occurred_at=event.occurred_at.astimezone(LOCAL_ZONE),
                    operator_id=event.operator_id,
                    operator_name=operator_name or "",
                    action=event.action,
                    action_label=ACTION_LABELS.get(event.action, event.action),
                    entity=event.entity,
                    entity_label=ENTITY_LABELS.get(event.entity, event.entity),
                    entity_id=event.entity_id,
                    subject=subject,
                    detail=_detail_text(event.detail),
                    device=str(event.device_id)[:8] if event.device_id else "",
                    sequence=event.sequence,
                )
            )
        return result


def audit_filter_choices(db: Database, actor: Actor) -> AuditFilterChoices:
    """The operators, actions and record kinds the viewer's filters offer."""
    with ReadUnit(db, actor) as unit:
        actor = _require_reader(unit)
        operators = select(Operator.id, Operator.full_name).where(Operator.deleted_at.is_(None))
        if actor.role is not Role.ADMIN:
            operators = operators.where(Operator.office_id == actor.office_id)
        found = unit.session.execute(operators.order_by(Operator.full_name)).all()
        recorded = unit.session.execute(
            _scope(select(AuditEvent.action, AuditEvent.entity).distinct(), actor)
        ).all()
    actions = {row[0] for row in recorded} | set(ACTION_LABELS)
    entities = {row[1] for row in recorded if row[1]} | set(ENTITY_LABELS)
    return AuditFilterChoices(
        operators=tuple((row[0], row[1]) for row in found),
        actions=tuple(
            sorted(((a, ACTION_LABELS.get(a, a)) for a in actions), key=lambda p: p[1].casefold())
        ),
        entities=tuple(
            sorted(((e, ENTITY_LABELS.get(e, e)) for e in entities), key=lambda p: p[1].casefold())
        ),
    )
