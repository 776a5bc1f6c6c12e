"""The data subject's rights at the desk (GDPR arts. 15-17): access, and erasure.

Access (art. 15) — :func:`export_person`
    Everything this desk holds on a person, as one JSON document (:data:`EXPORT_SCHEMA`,
    version :data:`EXPORT_SCHEMA_VERSION`) and a readable PDF
    (:mod:`cotdesk.letters.person_export`): the registry data, the rectifications with the
    values they replaced, the consent acts, the household memberships (the other members
    only as a count: their data is theirs), every case with its assessments and needs,
    diario, referrals (and the partner and service), unmet needs, the referral letters
    printed, and the access log of who viewed, changed, printed or exported any of it.
    Structure of the JSON (every timestamp UTC ISO 8601, every date ISO)::

        {"schema": "cotdesk.person-export", "schema_version": 1,
         "generated_at", "generated_by": {"operator", "office"},
         "person": {...registry fields...},
         "rectifications": [{"changed_at", "operator", "fields", "previous"}],
         "consents": [{"recorded_at", "action", "purposes", "notice_version", ...}],
         "households": [{"label", "address_street", "district_code", "relation",
                         "since", "until", "other_members"}],
         "cases": [{...case fields..., "assigned_operator",
                    "assessments": [{...,"needs": [{"need_code", "need", "severity",
                                                    "notes"}]}],
                    "timeline": [{"occurred_at", "kind", "operator", "text"}],
                    "referrals": [{..., "partner", "service"}],
                    "unmet_needs": [{"need_code", "need", "area_code", "district_code",
                                     "recorded_on", "resolved_on", "notes"}]}],
         "letters_printed": [{"occurred_at", "operator", "referral", "action"}],
         "access_log": [{"occurred_at", "operator", "office", "action", "record",
                         "record_id"}]}

    Only supervisors and administrators export (restricted cases are in it); the export
    itself is written to the access log (``export``, ``document="gdpr_access"``).

Erasure (art. 17) — :func:`erasure_preview`, :func:`erase_person`
    A supervisor or administrator, with a reason, removes the person from this desk: the
    rows are deleted (not tombstoned, with ``session.info["purge"]``), and with them the
    search index entries (triggers), the drafts that mention them, the outbox entries
    carrying their data and any pulled state waiting for them. Then
    :func:`secure_cleanup` merges the full-text index, runs ``VACUUM`` and truncates the
    WAL, so the name is no longer anywhere in the database file.

    What is kept, and why (:data:`KEPT_AFTER_ERASURE`):

    * the statistics of the network (people reached per area, cases per month, unmet needs
      per district and area, referral outcomes) must not change: each case is replaced by
      an anonymous copy (new id, reference ``ANON-…``) tied to an anonymous person with no
      name, code, date, contact or text, only the district and office; its unmet needs and
      referrals are copied the same way, without notes, answers or appointments. Nothing
      links a copy to the erased person;
    * the access log (a security measure the controller must keep): its rows carry ids,
      never names or values. The erasure is itself logged (``erase``, with the reason,
      cleaned of the person's names and codes, and the counts of what was removed);
    * the other members of a household keep it.

    The server and the other desks: the outbox gets a ``delete`` of the person carrying
    ``purge: true`` and the ids removed here (``purged``), so the server can purge its copy
    and propagate it; the server side of that is the sync engineer's (see the report).

Retention — :mod:`cotdesk.services.retention` uses :func:`anonymise_cases` of this module.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Final

from sqlalchemy import delete, inspect, select, update
from sqlalchemy.orm import Session

from cotdesk.db.changes import to_wire
from cotdesk.db.database import Database
from cotdesk.db.models import (
    Assessment,
    AssessmentNeed,
    AuditEvent,
    Case,
    CaseEvent,
    Consent,
    DeskState,
    District,
    Draft,
    Household,
    HouseholdMember,
    InterventionArea,
    MeetingItem,
    Need,
    Office,
    Operator,
    OutboxEntry,
    Partner,
    Person,
    PersonRevision,
    Referral,
    Service,
    SyncDeferred,
    Synced,
    UnmetNeed,
)
from cotdesk.db.types import utcnow
from cotdesk.domain.cases import CaseStatus
from cotdesk.domain.roles import Role
from cotdesk.errors import NotFound, UserError, ValidationError
from cotdesk.letters.models import OfficeHeading
from cotdesk.services.consents import PURPOSES
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork

__all__ = [
    "EXPORT_SCHEMA",
    "EXPORT_SCHEMA_VERSION",
    "KEPT_AFTER_ERASURE",
    "ErasurePreview",
    "ErasureReport",
    "PersonExport",
    "anonymise_cases",
    "erase_person",
    "erasure_preview",
    "export_person",
    "export_person_files",
    "export_person_pdf",
    "secure_cleanup",
]

log = logging.getLogger(__name__)

EXPORT_SCHEMA: Final = "cotdesk.person-export"
EXPORT_SCHEMA_VERSION: Final = 1
#: Shortest reason accepted for an erasure.
MIN_REASON_LENGTH: Final = 10
#: What an erasure keeps, in Italian (shown before confirming and in the documentation).
KEPT_AFTER_ERASURE: Final = (
    "le statistiche anonime della rete (prese in carico, invii e bisogni senza risposta "
    "senza nome, codici, date di nascita, recapiti né testi)",
    "il registro accessi, che contiene solo identificativi e non dati della persona, con la "
    "registrazione della cancellazione (motivo e quantità, senza il nome)",
    "i nuclei familiari degli altri componenti",
)
#: Bookkeeping columns left out of the export (they say nothing about the person).
_TECHNICAL: Final = frozenset({"server_version", "updated_at"})
_ANON_PREFIX: Final = "ANON-"
#: The consent acts, as the person page names them.
CONSENT_ACTIONS: Final = {
    "notice_given": "Informativa consegnata",
    "given": "Consenso dato",
    "withdrawn": "Consenso revocato",
}


# --------------------------------------------------------------------------- what is linked


@dataclass
class _Linked:
    """The rows of this desk that are about one person."""

    person: Person
    consents: list[Consent] = field(default_factory=list)
    revisions: list[PersonRevision] = field(default_factory=list)
    memberships: list[HouseholdMember] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    assessments: list[Assessment] = field(default_factory=list)
    assessment_needs: list[AssessmentNeed] = field(default_factory=list)
    events: list[CaseEvent] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    unmet_needs: list[UnmetNeed] = field(default_factory=list)
    meeting_items: list[MeetingItem] = field(default_factory=list)

    def groups(self) -> list[Sequence[Synced]]:
        """The linked rows by kind, children before parents (the order to delete them in)."""
        return [
            self.meeting_items,
            self.events,
            self.assessment_needs,
            self.assessments,
            self.unmet_needs,
            self.referrals,
            self.cases,
            self.consents,
            self.revisions,
            self.memberships,
            [self.person],
        ]

    def rows(self) -> list[Synced]:
        return [row for group in self.groups() for row in group]


def _all(session: Session, model: type[Any], column: Any, ids: Sequence[uuid.UUID]) -> list[Any]:
    if not ids:
        return []
    return list(session.scalars(select(model).where(column.in_(ids))))


def _linked_case_rows(session: Session, linked: _Linked, cases: list[Case]) -> None:
    case_ids = [case.id for case in cases]
    linked.cases = cases
    linked.assessments = _all(session, Assessment, Assessment.case_id, case_ids)
    linked.assessment_needs = _all(
        session,
        AssessmentNeed,
        AssessmentNeed.assessment_id,
        [assessment.id for assessment in linked.assessments],
    )
    linked.events = _all(session, CaseEvent, CaseEvent.case_id, case_ids)
    linked.referrals = _all(session, Referral, Referral.case_id, case_ids)
    linked.unmet_needs = _all(session, UnmetNeed, UnmetNeed.case_id, case_ids)
    linked.meeting_items = _all(session, MeetingItem, MeetingItem.case_id, case_ids)


def _linked(session: Session, person: Person) -> _Linked:
    linked = _Linked(person)
    ids = [person.id]
    linked.consents = _all(session, Consent, Consent.person_id, ids)
    linked.revisions = _all(session, PersonRevision, PersonRevision.person_id, ids)
    linked.memberships = _all(session, HouseholdMember, HouseholdMember.person_id, ids)
    cases = _all(session, Case, Case.person_id, ids)
    cases.sort(key=lambda case: (case.opened_on, case.reference))
    _linked_case_rows(session, linked, cases)
    return linked


def _person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFound("La persona non esiste o è già stata cancellata.")
    return person


# --------------------------------------------------------------------------- access (art. 15)


@dataclass(frozen=True)
class PersonExport:
    """An art. 15 export: the JSON document, and what the PDF needs around it."""

    document: dict[str, Any]
    office_id: uuid.UUID

    def json_text(self) -> str:
        return json.dumps(self.document, ensure_ascii=False, indent=2, sort_keys=False)

    @property
    def person_label(self) -> str:
        person = self.document["person"]
        return f"{person['last_name']} {person['first_name']}".strip()


def _row(obj: Synced, *, skip: Iterable[str] = ()) -> dict[str, Any]:
    left_out = _TECHNICAL | set(skip)
    return {
        attr.key: to_wire(getattr(obj, attr.key))
        for attr in inspect(obj).mapper.column_attrs
        if attr.key not in left_out
    }


class _Names:
    """Labels of ids and codes, looked up once each."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._operators: dict[uuid.UUID, str] = {}
        self._offices: dict[uuid.UUID, str] = {}
        self.needs = dict(session.execute(select(Need.code, Need.label_it)).all())
        self.areas = dict(
            session.execute(select(InterventionArea.code, InterventionArea.label_it)).all()
        )

    def operator(self, operator_id: uuid.UUID | None) -> str:
        if operator_id is None:
            return ""
        if operator_id not in self._operators:
            name = self._session.scalar(
                select(Operator.full_name).where(Operator.id == operator_id)
            )
            self._operators[operator_id] = name or str(operator_id)
        return self._operators[operator_id]

    def office(self, office_id: uuid.UUID | None) -> str:
        if office_id is None:
            return ""
        if office_id not in self._offices:
            name = self._session.scalar(select(Office.name).where(Office.id == office_id))
            self._offices[office_id] = name or str(office_id)
        return self._offices[office_id]


def _case_document(session: Session, names: _Names, linked: _Linked, case: Case) -> dict[str, Any]:
    data = _row(case, skip={"person_id"})
    data["assigned_operator"] = names.operator(case.assigned_operator_id)
    data["area_labels"] = [names.areas.get(code, code) for code in case.areas]
    needs_by_assessment: dict[uuid.UUID, list[AssessmentNeed]] = defaultdict(list)
    for need in linked.assessment_needs:
        needs_by_assessment[need.assessment_id].append(need)
    assessments = sorted(
        (a for a in linked.assessments if a.case_id == case.id), key=lambda a: a.version
    )
    data["assessments"] = [
        {
            **_row(assessment, skip={"case_id"}),
            "operator": names.operator(assessment.operator_id),
            "needs": [
                {
                    "need_code": need.need_code,
                    "need": names.needs.get(need.need_code, need.need_code),
                    "severity": need.severity,
                    "notes": need.notes,
                }
                for need in sorted(needs_by_assessment[assessment.id], key=lambda n: n.need_code)
            ],
        }
        for assessment in assessments
    ]
    events = sorted((e for e in linked.events if e.case_id == case.id), key=lambda e: e.occurred_at)
    data["timeline"] = [
        {
            "occurred_at": to_wire(event.occurred_at),
            "kind": event.kind,
            "operator": names.operator(event.operator_id),
            "text": event.text,
            "referral_id": to_wire(event.referral_id),
        }
        for event in events
    ]
    referrals = sorted(
        (r for r in linked.referrals if r.case_id == case.id), key=lambda r: r.reference
    )
    data["referrals"] = []
    for referral in referrals:
        partner = session.get(Partner, referral.partner_id)
        service = session.get(Service, referral.service_id)
        data["referrals"].append(
            {
                **_row(referral, skip={"case_id"}),
                "partner": partner.name if partner is not None else "",
                "service": service.name if service is not None else "",
                "needs": [names.needs.get(code, code) for code in referral.need_codes],
                "created_by": names.operator(referral.created_by_id),
            }
        )
    data["unmet_needs"] = [
        {
            "need_code": unmet.need_code,
            "need": names.needs.get(unmet.need_code, unmet.need_code),
            "area_code": unmet.area_code,
            "district_code": unmet.district_code,
            "recorded_on": to_wire(unmet.recorded_on),
            "resolved_on": to_wire(unmet.resolved_on),
            "notes": unmet.notes,
        }
        for unmet in sorted(
            (u for u in linked.unmet_needs if u.case_id == case.id), key=lambda u: u.recorded_on
        )
    ]
    return data


def _access_log(
    session: Session, names: _Names, linked: _Linked
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The access log of the person and everything linked; and the letters printed."""
    records: dict[uuid.UUID, tuple[str, str]] = {linked.person.id: ("persona", "")}
    for case in linked.cases:
        records[case.id] = ("presa in carico", case.reference)
    for referral in linked.referrals:
        records[referral.id] = ("invio", referral.reference)
    for assessment in linked.assessments:
        records[assessment.id] = ("valutazione", f"versione {assessment.version}")
    events = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.entity_id.in_(list(records)))
        .order_by(AuditEvent.occurred_at, AuditEvent.sequence)
    ).all()
    log: list[dict[str, Any]] = []
    letters: list[dict[str, Any]] = []
    for event in events:
        assert event.entity_id is not None
        what, reference = records[event.entity_id]
        entry = {
            "occurred_at": to_wire(event.occurred_at),
            "operator": names.operator(event.operator_id),
            "office": names.office(event.office_id),
            "action": event.action,
            "record": what,
            "reference": reference,
            "record_id": str(event.entity_id),
        }
        log.append(entry)
        if event.detail.get("document") == "referral_letter" and event.action in (
            "print",
            "export",
        ):
            letters.append(
                {
                    "occurred_at": entry["occurred_at"],
                    "operator": entry["operator"],
                    "referral": reference,
                    "action": event.action,
                }
            )
    return log, letters


def _household_documents(session: Session, linked: _Linked) -> list[dict[str, Any]]:
    documents = []
    for membership in linked.memberships:
        household = session.get(Household, membership.household_id)
        if household is None:
            continue
        other_count = len(
            session.scalars(
                select(HouseholdMember.id).where(
                    HouseholdMember.household_id == household.id,
                    HouseholdMember.person_id != linked.person.id,
                    HouseholdMember.deleted_at.is_(None),
                )
            ).all()
        )
        documents.append(
            {
                "household_id": str(household.id),
                "label": household.label,
                "address_street": household.address_street,
                "district_code": household.district_code,
                "relation": membership.relation,
                "since": to_wire(membership.since),
                "until": to_wire(membership.until),
                "other_members": other_count,
            }
        )
    return documents


def export_person(
    db: Database, actor: Actor, person_id: uuid.UUID, *, output_format: str = "json"
) -> PersonExport:
    """Everything held on a person (art. 15), audited as an ``export``.

    ``output_format`` (``json`` or ``pdf``) is written in the access log.
    """
    if output_format not in ("json", "pdf", "json+pdf"):
        raise ValueError(f"unknown export format {output_format!r}")
    with UnitOfWork(db, actor) as uow:
        uow.require_role(Role.SUPERVISOR, "esportare i dati di una persona (art. 15 GDPR)")
        session = uow.session
        person = _person(session, person_id)
        uow.require_office(person.office_id)
        names = _Names(session)
        linked = _linked(session, person)
        log, letters = _access_log(session, names, linked)
        document: dict[str, Any] = {
            "schema": EXPORT_SCHEMA,
            "schema_version": EXPORT_SCHEMA_VERSION,
            "generated_at": to_wire(utcnow()),
            "generated_by": {
                "operator": actor.full_name or names.operator(actor.operator_id),
                "office": names.office(actor.office_id),
            },
            "person": _row(person),
            "rectifications": [
                {
                    "changed_at": to_wire(revision.changed_at),
                    "operator": names.operator(revision.operator_id),
                    "fields": list(revision.fields),
                    "previous": dict(revision.previous),
                }
                for revision in sorted(linked.revisions, key=lambda r: r.changed_at)
            ],
            "consents": [
                {
                    **_row(consent, skip={"person_id", "operator_id"}),
                    "operator": names.operator(consent.operator_id),
                    "action_label": CONSENT_ACTIONS.get(consent.action, consent.action),
                    "purpose_labels": [PURPOSES.get(code, code) for code in consent.purposes],
                }
                for consent in sorted(linked.consents, key=lambda c: c.recorded_at)
            ],
            "households": _household_documents(session, linked),
            "cases": [_case_document(session, names, linked, case) for case in linked.cases],
            "letters_printed": letters,
            "access_log": log,
        }
        uow.audit("export", person, document="gdpr_access", format=output_format)
        uow.commit()
        return PersonExport(document, person.office_id)


def export_person_pdf(
    db: Database, actor: Actor, person_id: uuid.UUID, *, output_format: str = "pdf"
) -> tuple[bytes, PersonExport]:
    """The readable PDF of :func:`export_person` (audited with ``format="pdf"``)."""
    from cotdesk.letters.person_export import render_person_export

    export = export_person(db, actor, person_id, output_format=output_format)
    with ReadUnit(db, actor) as unit:
        office = unit.session.get(Office, export.office_id)
        if office is None:
            raise NotFound("Lo sportello della persona non è disponibile.")
        district = unit.session.get(District, office.district_code)
        heading = OfficeHeading(
            name=office.name,
            district=district.label_it if district is not None else "",
            address=office.address,
            phone=office.phone,
            email=office.email,
            opening_hours=office.opening_hours,
        )
    return render_person_export(export.document, heading), export


def export_person_files(
    db: Database, actor: Actor, person_id: uuid.UUID, folder: Path, *, today: date
) -> tuple[Path, Path]:
    """Write the art. 15 export to ``folder`` as JSON and PDF; returns both paths.

    The file names carry the date and the start of the person's id, never the name (the
    folder may be shared). A full disk or a forbidden folder: UserError in Italian.
    """
    from cotdesk.services.documents import save_pdf

    pdf, export = export_person_pdf(db, actor, person_id, output_format="json+pdf")
    stem = f"dati-personali-{today:%Y%m%d}-{str(person_id)[:8]}"
    json_path = save_pdf(export.json_text().encode("utf-8"), folder / f"{stem}.json")
    pdf_path = save_pdf(pdf, folder / f"{stem}.pdf")
    return json_path, pdf_path


# --------------------------------------------------------------------------- erasure (art. 17)


@dataclass(frozen=True)
class ErasurePreview:
    """What an erasure would remove and keep, shown before the operator confirms."""

    person_id: uuid.UUID
    #: "ROSSI Mario", for the confirmation (the operator types the surname).
    display_name: str
    last_name: str
    #: Rows that would be deleted, per entity.
    counts: dict[str, int]
    #: References of cases that are not closed (they block the erasure).
    open_cases: tuple[str, ...]
    #: Cases copied anonymously for the statistics.
    anonymised_cases: int
    kept: tuple[str, ...] = KEPT_AFTER_ERASURE

    @property
    def blocked_reason(self) -> str:
        if not self.open_cases:
            return ""
        return (
            "La persona ha prese in carico non ancora chiuse ("
            + ", ".join(self.open_cases)
            + "): chiuderle prima di cancellare i suoi dati."
        )


@dataclass(frozen=True)
class ErasureReport:
    person_id: uuid.UUID
    #: Rows deleted on this desk, per entity.
    removed: dict[str, int]
    anonymised_cases: int
    drafts_removed: int
    outbox_entries_removed: int
    #: A purge was queued for the server (the person had reached it).
    purge_queued: bool
    #: The file was vacuumed at once (False: it was busy; see :func:`try_secure_cleanup`).
    cleaned: bool = True


def _counts(linked: _Linked) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for row in linked.rows():
        counts[row.__sync_entity__] += 1
    return dict(counts)


def _open_cases(linked: _Linked) -> tuple[str, ...]:
    return tuple(
        case.reference
        for case in linked.cases
        if case.deleted_at is None and case.status != CaseStatus.CLOSED.value
    )


def erasure_preview(db: Database, actor: Actor, person_id: uuid.UUID) -> ErasurePreview:
    with ReadUnit(db, actor) as unit:
        unit.require_role(Role.SUPERVISOR, "cancellare i dati di una persona (art. 17 GDPR)")
        person = _person(unit.session, person_id)
        unit.require_office(person.office_id)
        linked = _linked(unit.session, person)
        return ErasurePreview(
            person_id=person.id,
            display_name=f"{person.last_name.upper()} {person.first_name}",
            last_name=person.last_name,
            counts=_counts(linked),
            open_cases=_open_cases(linked),
            anonymised_cases=sum(1 for case in linked.cases if case.deleted_at is None),
        )


def _redact(text: str, person: Person) -> str:
    """``text`` without the person's names and codes (a reason must not carry them)."""
    secrets = [person.last_name, person.first_name, person.fiscal_code, person.foreign_code]
    secrets.extend(person.last_name.split() + person.first_name.split())
    for secret in sorted({s for s in secrets if s and len(s) >= 2}, key=len, reverse=True):
        text = re.sub(re.escape(secret), "[…]", text, flags=re.IGNORECASE)
    return text


def _new_reference() -> str:
    return _ANON_PREFIX + uuid.uuid4().hex[:16].upper()


def anonymise_cases(
    session: Session, cases: Sequence[Case], *, district_code: str | None, office_id: uuid.UUID
) -> tuple[Person, list[Sequence[Synced]]]:
    """Anonymous copies of ``cases`` (and of their unmet needs and referrals) for the
    statistics, tied to a new anonymous person; returns it and the rows to delete, in
    groups, children first.

    The caller deletes the returned rows in that order in a purge session. A copy keeps
    what the statistics count (office, areas, status, dates, channel, priority, partner,
    service, need and district codes, the operators) and nothing that identifies or
    describes the person (no name, code, birth date, contact, address, text, appointment).
    """
    stub = Person(
        id=uuid.uuid4(),
        office_id=office_id,
        identity_kind="none",
        last_name="",
        first_name="",
        district_code=district_code,
        sex="X",
    )
    session.add(stub)
    linked = _Linked(stub)
    _linked_case_rows(session, linked, list(cases))
    copies: dict[uuid.UUID, Case] = {}
    for case in cases:
        copy = Case(
            id=uuid.uuid4(),
            reference=_new_reference(),
            person_id=stub.id,
            office_id=case.office_id,
            assigned_operator_id=case.assigned_operator_id,
            status=case.status,
            areas=list(case.areas),
            priority=case.priority,
            channel=case.channel,
            opened_on=case.opened_on,
            closed_on=case.closed_on,
            consent_emergency=case.consent_emergency,
            deleted_at=case.deleted_at,
        )
        copies[case.id] = copy
        session.add(copy)
    session.flush()
    for unmet in linked.unmet_needs:
        session.add(
            UnmetNeed(
                case_id=copies[unmet.case_id].id,
                need_code=unmet.need_code,
                area_code=unmet.area_code,
                district_code=unmet.district_code,
                recorded_on=unmet.recorded_on,
                operator_id=unmet.operator_id,
                resolved_on=unmet.resolved_on,
                deleted_at=unmet.deleted_at,
            )
        )
    for referral in linked.referrals:
        session.add(
            Referral(
                reference=_new_reference(),
                case_id=copies[referral.case_id].id,
                service_id=referral.service_id,
                partner_id=referral.partner_id,
                need_codes=list(referral.need_codes),
                status=referral.status,
                created_by_id=referral.created_by_id,
                sent_on=referral.sent_on,
                answered_on=referral.answered_on,
                completed_on=referral.completed_on,
                deleted_at=referral.deleted_at,
            )
        )
    session.flush()
    return stub, linked.groups()[:-1]  # not the anonymous person


def _delete_groups(session: Session, groups: Sequence[Sequence[Synced]]) -> None:
    """Delete the rows, group by group in the order given (children first), with one
    statement per group (ORM deletes row by row were most of an erasure's time); the
    search index follows by its triggers. Only in a purge."""
    session.flush()  # the anonymous copies first: they must exist before their originals go
    for group in groups:
        if not group:
            continue
        model = type(group[0])
        ids = [row.id for row in group]
        for start in range(0, len(ids), 500):
            session.execute(
                delete(model)
                .where(model.id.in_(ids[start : start + 500]))
                .execution_options(synchronize_session=False)
            )
        for row in group:
            session.expunge(row)


def _queue_purge(
    session: Session, device_id: uuid.UUID, row: Synced, purged: dict[str, list[str]]
) -> None:
    """One outbox entry telling the server to purge ``row`` and ``purged`` (module doc)."""
    connection = session.connection()
    sequence = connection.execute(
        update(DeskState)
        .values(last_sequence=DeskState.last_sequence + 1)
        .returning(DeskState.last_sequence)
    ).scalar_one()
    actor = session.info.get("actor")
    now = utcnow()
    session.add(
        OutboxEntry(
            device_id=device_id,
            sequence=sequence,
            entity=row.__sync_entity__,
            row_id=row.id,
            op="delete",
            base_version=row.server_version,
            changes={"deleted_at": to_wire(now), "purge": True, "purged": purged},
            operator_id=getattr(actor, "operator_id", None),
            created_at=now,
            state="pending",
        )
    )


def _scrub(value: Any, person: Person) -> Any:
    if isinstance(value, str):
        return _redact(value, person)
    if isinstance(value, list):
        return [_scrub(item, person) for item in value]
    if isinstance(value, dict):
        return {key: _scrub(item, person) for key, item in value.items()}
    return value


def _scrub_outbox(session: Session, person: Person, row_ids: Iterable[uuid.UUID]) -> None:
    """Remove the person's names and codes from the outbox changes of rows that stay (a
    household labelled "Nucleo Rossi Mario" kept for its other members)."""
    ids = list(row_ids)
    if not ids:
        return
    for entry in session.scalars(select(OutboxEntry).where(OutboxEntry.row_id.in_(ids))).all():
        scrubbed = _scrub(entry.changes, person)
        if scrubbed != entry.changes:
            entry.changes = scrubbed


def _remove_local_traces(
    session: Session, person: Person, ids: set[uuid.UUID], kept: Iterable[uuid.UUID] = ()
) -> tuple[int, int, bool]:
    """Drafts, outbox entries and deferred pulls about ``ids``: (drafts, entries, reached).

    ``reached``: whether the server ever received one of these rows.
    """
    id_list = list(ids)
    pushed = session.scalar(
        select(OutboxEntry.id)
        .where(OutboxEntry.row_id.in_(id_list), OutboxEntry.state == "pushed")
        .limit(1)
    )
    entries = session.execute(
        delete(OutboxEntry).where(OutboxEntry.row_id.in_(id_list)).returning(OutboxEntry.id)
    ).all()
    session.execute(delete(SyncDeferred).where(SyncDeferred.row_id.in_(id_list)))
    _scrub_outbox(session, person, kept)
    texts = {str(row_id) for row_id in ids}
    markers = [text for text in (person.fiscal_code, person.foreign_code) if text]
    drafts = 0
    for draft in session.scalars(select(Draft)).all():
        payload = json.dumps(draft.payload, ensure_ascii=False)
        if draft.key in texts or any(text in payload for text in [*texts, *markers]):
            session.delete(draft)
            drafts += 1
    return drafts, len(entries), pushed is not None


def erase_person(
    db: Database, actor: Actor, person_id: uuid.UUID, *, reason: str, cleanup: bool = True
) -> ErasureReport:
    """Erase a person from this desk (art. 17): see the module documentation.

    Refused (ValidationError) while a case of the person is not closed, or without a reason
    of at least :data:`MIN_REASON_LENGTH` characters. ``cleanup=False`` leaves the
    :func:`secure_cleanup` to the caller (a batch of erasures runs it once).
    """
    reason = " ".join(reason.split())
    if len(reason) < MIN_REASON_LENGTH:
        raise ValidationError(
            "Indicare il motivo della cancellazione (ad esempio «richiesta dell'interessato "
            "del 24/11/2026, protocollo 123»), senza il nome della persona.",
            field="reason",
        )
    with UnitOfWork(db, actor) as uow:
        uow.require_role(Role.SUPERVISOR, "cancellare i dati di una persona (art. 17 GDPR)")
        session = uow.session
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        person = _person(session, person_id)
        uow.require_office(person.office_id)
        linked = _linked(session, person)
        open_cases = _open_cases(linked)
        if open_cases:
            raise ValidationError(
                "La persona ha prese in carico non ancora chiuse ("
                + ", ".join(open_cases)
                + "): chiuderle prima di cancellare i suoi dati.",
                field="cases",
            )
        report = _erase(uow, linked, reason)
        uow.commit()
    if cleanup and not try_secure_cleanup(db):
        report = replace(report, cleaned=False)
    return report


def try_secure_cleanup(db: Database) -> bool:
    """:func:`secure_cleanup`, reporting instead of raising when the file is busy (another
    program or a long read holds it): the erasure is committed anyway, and the next
    erasure, retention run or ``VACUUM`` finishes the job."""
    try:
        with db.translated_errors():
            done = secure_cleanup(db)
    except UserError as exc:  # locked, busy, full disk: the environment, said in Italian
        log.warning("secure clean-up after an erasure not done now: %s", type(exc).__name__)
        return False
    if not done:  # a reader kept the old pages: they reach the file at the next checkpoint
        log.warning("secure clean-up after an erasure: the WAL could not be checkpointed")
    return done


def _erase(uow: UnitOfWork, linked: _Linked, reason: str) -> ErasureReport:
    session = uow.session
    person = linked.person
    session.info["purge"] = True
    anonymised = [case for case in linked.cases if case.deleted_at is None]
    if linked.cases:
        anonymise_cases(
            session,
            anonymised,
            district_code=person.district_code,
            office_id=person.office_id,
        )
    rows = linked.rows()
    counts = _counts(linked)
    purged: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        purged[row.__sync_entity__].append(str(row.id))
    households = {membership.household_id for membership in linked.memberships}
    relabelled: list[uuid.UUID] = []
    _delete_groups(session, linked.groups())
    for household_id in households:
        household = session.get(Household, household_id)
        if household is None:
            continue
        member = session.scalars(
            select(HouseholdMember).where(HouseholdMember.household_id == household_id).limit(1)
        ).first()
        used = session.scalar(select(Case.id).where(Case.household_id == household_id).limit(1))
        if member is None and used is None:
            session.delete(household)
            purged["household"].append(str(household_id))
            counts["household"] = counts.get("household", 0) + 1
        elif _redact(household.label, person) != household.label:
            # "Nucleo Rossi Mario": the household stays for the others, the name goes.
            relabelled.append(household_id)
            other = session.get(Person, member.person_id) if member is not None else None
            household.label = (
                f"Nucleo {other.last_name} {other.first_name}" if other is not None else "Nucleo"
            )
    session.flush()
    ids = {uuid.UUID(text) for texts in purged.values() for text in texts}
    drafts, entries, reached = _remove_local_traces(session, person, ids, relabelled)
    reached = reached or any(row.server_version > 0 for row in rows)
    if reached:
        _queue_purge(session, uow.db.device_id, person, dict(purged))
    uow.audit(
        "erase",
        entity_name="person",
        entity_id=person.id,
        reason=_redact(reason, person),
        removed=dict(sorted(counts.items())),
        anonymised_cases=len(anonymised),
    )
    session.info["purge"] = False
    return ErasureReport(
        person_id=person.id,
        removed=dict(sorted(counts.items())),
        anonymised_cases=len(anonymised),
        drafts_removed=drafts,
        outbox_entries_removed=entries,
        purge_queued=reached,
    )


def secure_cleanup(db: Database) -> bool:
    """Leave no trace of deleted rows in the file: merge the full-text indexes (a deleted
    name stays in FTS5 segments until they are merged), ``VACUUM`` (rewrites every page, so
    freed ones and free space inside pages go), and truncate the WAL. False when a reader
    kept the WAL from being checkpointed (the old pages are still in the main file)."""
    raw = db.write_engine.raw_connection()
    try:
        conn: Any = raw.driver_connection
        for table in ("search_person_fts", "search_scratch"):
            exists = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).fetchone()
            if exists:
                conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("VACUUM")
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        conn.execute("PRAGMA secure_delete = OFF")
    finally:
        raw.close()
    return not busy


def is_anonymous_reference(reference: str) -> bool:
    """Whether a case or referral reference is one of an anonymous statistical copy."""
    return reference.startswith(_ANON_PREFIX)


def erase_linked(uow: UnitOfWork, person: Person, reason: str) -> ErasureReport:
    """Erase ``person`` in the caller's unit of work (the retention job: its cases are all
    closed and old); the caller commits and runs :func:`secure_cleanup`."""
    return _erase(uow, _linked(uow.session, person), reason)


def anonymise_and_remove(uow: UnitOfWork, person: Person, case_ids: Sequence[uuid.UUID]) -> int:
    """Replace some cases of ``person`` by anonymous copies and delete the originals with
    everything linked to them (the retention job); a purge order per case that had reached
    the server. Returns the number of cases."""
    session = uow.session
    cases = [
        case for case in _all(session, Case, Case.id, list(case_ids)) if case.deleted_at is None
    ]
    if not cases:
        return 0
    session.info["purge"] = True
    _, groups = anonymise_cases(
        session, cases, district_code=person.district_code, office_id=person.office_id
    )
    rows = [row for group in groups for row in group]
    _delete_groups(session, groups)
    ids = {row.id for row in rows}
    pushed = set(
        session.scalars(
            select(OutboxEntry.row_id).where(
                OutboxEntry.row_id.in_(list(ids)), OutboxEntry.state == "pushed"
            )
        )
    )
    session.execute(delete(OutboxEntry).where(OutboxEntry.row_id.in_(list(ids))))
    session.execute(delete(SyncDeferred).where(SyncDeferred.row_id.in_(list(ids))))
    texts = {str(row_id) for row_id in ids}
    for draft in session.scalars(select(Draft)).all():
        if draft.key in texts:
            session.delete(draft)
    for case in cases:
        children = [row for row in rows if getattr(row, "case_id", None) == case.id]
        reached = case.server_version > 0 or case.id in pushed
        if reached or any(child.server_version > 0 or child.id in pushed for child in children):
            purged: dict[str, list[str]] = defaultdict(list)
            for child in children:
                purged[child.__sync_entity__].append(str(child.id))
            _queue_purge(session, uow.db.device_id, case, dict(purged))
    session.info["purge"] = False
    return len(cases)


# --------------------------------------------------------------------------- purges from the server


def _remote_purge_groups(
    session: Session, listed: dict[str, set[uuid.UUID]], people: list[Person]
) -> list[Sequence[Synced]]:
    """The rows of this desk a purge order reaches, in groups, children first."""
    groups: list[Sequence[Synced]] = []
    for person in people:
        groups.extend(_linked(session, person).groups())
    seen = {row.id for group in groups for row in group}
    cases = [c for c in _all(session, Case, Case.id, list(listed["case"])) if c.id not in seen]
    if cases:
        holder = _Linked(None)  # type: ignore[arg-type]  # cases only: no person here
        _linked_case_rows(session, holder, cases)
        groups = list(holder.groups()[:-1]) + groups
    seen = {row.id for group in groups for row in group}
    # Listed rows not reached through a person or a case here, children first.
    leaves: dict[str, type[Any]] = {
        "meeting_item": MeetingItem,
        "case_event": CaseEvent,
        "assessment_need": AssessmentNeed,
        "unmet_need": UnmetNeed,
        "referral": Referral,
        "consent": Consent,
        "person_revision": PersonRevision,
        "household_member": HouseholdMember,
    }
    for entity, model in leaves.items():
        extra = _all(session, model, model.id, list(listed[entity]))
        groups.insert(0, [row for row in extra if row.id not in seen])
    return groups


def _forget_traces(session: Session, people: list[Person], ids: set[uuid.UUID]) -> None:
    """Outbox entries (pending or parked), held-back pulls and drafts about ``ids``."""
    if people:
        for person in people:
            _remove_local_traces(session, person, ids)
        return
    session.execute(delete(OutboxEntry).where(OutboxEntry.row_id.in_(list(ids))))
    session.execute(delete(SyncDeferred).where(SyncDeferred.row_id.in_(list(ids))))
    texts = {str(row_id) for row_id in ids}
    for draft in session.scalars(select(Draft)).all():
        payload = json.dumps(draft.payload, ensure_ascii=False)
        if draft.key in texts or any(text in payload for text in texts):
            session.delete(draft)


def apply_remote_purge(session: Session, values: dict[str, Any]) -> int:
    """Apply on this desk an erasure the server propagated (another desk erased a person,
    or the retention job removed old cases): the same removal as :func:`erase_person` —
    the record and everything linked to it here (:func:`_linked`, :func:`_linked_case_rows`),
    the ids the server lists, and their traces (:func:`_remove_local_traces`: outbox
    entries pending or parked, held-back pulls, drafts); the search index follows by its
    triggers. Runs in the sync's page transaction (``session.info["applying_remote"]``);
    no anonymous copies here (the erasing desk made them, they arrive as rows). Returns the
    number of rows deleted. The caller runs :func:`try_secure_cleanup` after committing.
    """
    listed: dict[str, set[uuid.UUID]] = defaultdict(set)
    for entity, ids in dict(values.get("purged") or {}).items():
        listed[str(entity)].update(uuid.UUID(str(text)) for text in ids)
    listed[str(values["entity"])].add(uuid.UUID(str(values["row_id"])))
    people: list[Person] = _all(session, Person, Person.id, list(listed["person"]))
    groups = _remote_purge_groups(session, listed, people)
    session.info["purge"] = True
    deleted = 0
    try:
        for group in groups:
            for row in group:
                session.delete(row)
                deleted += 1
            session.flush()
        for household in _all(session, Household, Household.id, list(listed["household"])):
            member = session.scalar(
                select(HouseholdMember.id).where(HouseholdMember.household_id == household.id)
            )
            used = session.scalar(select(Case.id).where(Case.household_id == household.id))
            if member is None and used is None:
                session.delete(household)
                deleted += 1
        session.flush()
    finally:
        session.info["purge"] = False
    ids = {row_id for row_ids in listed.values() for row_id in row_ids}
    ids |= {row.id for group in groups for row in group}
    _forget_traces(session, people, ids)
    session.flush()
    log.info("purge from the server applied: %d rows deleted", deleted)
    return deleted
