"""The local case store: one typed SQLAlchemy model per entity of the glossary.

Conventions (DESIGN.md):

* every synced row has a client-generated UUID key, ``created_at``/``updated_at`` in UTC,
  the ``server_version`` it was last seen at by the server (0: never) and a tombstone
  (``deleted_at``); rows are never deleted locally except by a GDPR purge;
* append-only entities (assessments and their needs, the case timeline, consents, the audit
  log) set ``__append_only__``: the unit of work refuses to update or delete them;
* reference data (areas, partner types, needs, districts) is keyed by its stable code and
  loaded from ``resources/``;
* enumerations are stored as their string values (see :mod:`cotdesk.domain`), so a new
  value never needs a schema change; services validate them.

Local-only tables (the outbox, the desk's own state) are at the end of the module.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from cotdesk.db.types import JSONList, UTCDateTime, utcnow
from cotdesk.domain.referrals import ANSWER_EXPECTED_WITHIN_DAYS
from cotdesk.domain.retention import DEFAULT_RETENTION_YEARS

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Synced:
    """Columns every synced row carries. Mixed into the models below."""

    #: Name of the entity on the wire (outbox, sync protocol).
    __sync_entity__: ClassVar[str]
    #: Append-only entities are inserted once and never updated or deleted.
    __append_only__: ClassVar[bool] = False

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    server_version: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


# --------------------------------------------------------------------------- reference data


class InterventionArea(Base):
    """Area di intervento: minori, disabilità, anziani, adulti e famiglie, cultura."""

    __tablename__ = "intervention_area"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label_it: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))


class PartnerType(Base):
    """Tipologia di ente partner (from ``partner-types.csv``)."""

    __tablename__ = "partner_type"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label_it: Mapped[str] = mapped_column(String(200))
    sector: Mapped[str] = mapped_column(String(40))


class Need(Base):
    """One entry of the need catalogue of an intervention area."""

    __tablename__ = "need"

    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    area_code: Mapped[str] = mapped_column(ForeignKey("intervention_area.code"), index=True)
    label_it: Mapped[str] = mapped_column(String(200))
    description_it: Mapped[str] = mapped_column(Text, default="")
    nomenclatore_code: Mapped[str] = mapped_column(String(20), default="")


class District(Base):
    """Municipal district (*municipio*) where offices, people and services are."""

    __tablename__ = "district"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label_it: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(100))


# --------------------------------------------------------------------------- network


class Office(Synced, Base):
    """COT / sportello: a front-desk office in one municipal district."""

    __tablename__ = "office"
    __sync_entity__ = "office"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    district_code: Mapped[str] = mapped_column(ForeignKey("district.code"))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    opening_hours: Mapped[str] = mapped_column(String(300), default="")
    #: After this many days without an answer a referral appears in the supervisor's queue.
    referral_answer_days: Mapped[int] = mapped_column(Integer, default=ANSWER_EXPECTED_WITHIN_DAYS)
    #: Years after the closure of a case before its personal data are anonymised.
    retention_years: Mapped[int] = mapped_column(
        Integer, default=DEFAULT_RETENTION_YEARS, server_default=text(str(DEFAULT_RETENTION_YEARS))
    )


class Device(Synced, Base):
    """Postazione: one enrolled desktop installation."""

    __tablename__ = "device"
    __sync_entity__ = "device"

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    enrolled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class Operator(Synced, Base):
    """Operatore: a user of the desk, scoped to one office."""

    __tablename__ = "operator"
    __sync_entity__ = "operator"
    __table_args__ = (CheckConstraint("role IN ('operator', 'supervisor', 'admin')", name="role"),)

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    #: Codes from ``resources/reference/specialisations.csv``.
    specialisations: Mapped[list[str]] = mapped_column(JSONList, default=list)
    email: Mapped[str] = mapped_column(String(200), default="")
    #: Salted slow hash of the local password (empty until a password is set).
    password_hash: Mapped[str] = mapped_column(String(300), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# --------------------------------------------------------------------------- people


class Person(Synced, Base):
    """Cittadino / utente.

    ``fiscal_code`` is the codice fiscale when the person has one; otherwise
    ``foreign_code`` may hold an STP or ENI code, or the person has no code at all
    (``identity_kind`` says which).
    """

    __tablename__ = "person"
    __sync_entity__ = "person"
    __table_args__ = (
        CheckConstraint("identity_kind IN ('cf', 'stp', 'eni', 'none')", name="identity_kind"),
        CheckConstraint("sex IN ('M', 'F', 'X')", name="sex"),
        Index("ix_person_names", "last_name", "first_name"),
        Index("ix_person_birth_date", "birth_date"),
    )

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    identity_kind: Mapped[str] = mapped_column(String(10), default="none")
    fiscal_code: Mapped[str | None] = mapped_column(String(16), unique=True, default=None)
    foreign_code: Mapped[str | None] = mapped_column(String(16), unique=True, default=None)
    last_name: Mapped[str] = mapped_column(String(120))
    first_name: Mapped[str] = mapped_column(String(120))
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    birth_place_code: Mapped[str] = mapped_column(String(4), default="")
    birth_place_name: Mapped[str] = mapped_column(String(120), default="")
    sex: Mapped[str] = mapped_column(String(1), default="X")
    #: ISO 3166-1 alpha-2 codes.
    citizenship: Mapped[list[str]] = mapped_column(JSONList, default=list)
    #: ISO 639-1 codes.
    languages: Mapped[list[str]] = mapped_column(JSONList, default=list)
    phone: Mapped[str] = mapped_column(String(50), default="")
    phone_alt: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address_street: Mapped[str] = mapped_column(String(200), default="")
    address_city: Mapped[str] = mapped_column(String(100), default="")
    address_postcode: Mapped[str] = mapped_column(String(10), default="")
    district_code: Mapped[str | None] = mapped_column(ForeignKey("district.code"), default=None)
    #: Homeless or without a fixed address: the district is where the person is followed.
    no_fixed_abode: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class Household(Synced, Base):
    """Nucleo familiare: people living together."""

    __tablename__ = "household"
    __sync_entity__ = "household"

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    address_street: Mapped[str] = mapped_column(String(200), default="")
    district_code: Mapped[str | None] = mapped_column(ForeignKey("district.code"), default=None)


class HouseholdMember(Synced, Base):
    """A person's membership of a household, with the relation to its reference person."""

    __tablename__ = "household_member"
    __sync_entity__ = "household_member"
    __table_args__ = (UniqueConstraint("household_id", "person_id"),)

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("household.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    #: intestatario, coniuge, convivente, figlio, genitore, fratello, nonno, nipote, altro
    relation: Mapped[str] = mapped_column(String(30))
    since: Mapped[date | None] = mapped_column(Date, default=None)
    until: Mapped[date | None] = mapped_column(Date, default=None)


# --------------------------------------------------------------------------- cases


class Case(Synced, Base):
    """Presa in carico: the ongoing work with a person (and household) at an office."""

    __tablename__ = "case_record"  # "case" is an SQL keyword
    __sync_entity__ = "case"
    __table_args__ = (
        Index("ix_case_record_office_status", "office_id", "status"),
        Index("ix_case_record_follow_up", "office_id", "follow_up_on"),
    )

    #: Human reference printed on letters, unique per desk: e.g. ``M05-2026-0001A3``.
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    household_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("household.id"), default=None)
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    assigned_operator_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("operator.id"), default=None, index=True
    )
    #: See :class:`cotdesk.domain.cases.CaseStatus`.
    status: Mapped[str] = mapped_column(String(30), default="open")
    #: Codes of :class:`InterventionArea`.
    areas: Mapped[list[str]] = mapped_column(JSONList, default=list)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    follow_up_on: Mapped[date | None] = mapped_column(Date, default=None)
    #: See :class:`cotdesk.domain.cases.Channel`.
    channel: Mapped[str] = mapped_column(String(30), default="walk_in")
    reporter_name: Mapped[str] = mapped_column(String(200), default="")
    reporter_organisation: Mapped[str] = mapped_column(String(200), default="")
    reporter_partner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("partner.id"), default=None
    )
    reporter_contact: Mapped[str] = mapped_column(String(200), default="")
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    closure_reason: Mapped[str] = mapped_column(Text, default="")
    #: Opened without a recorded privacy notice because of an emergency: to be resolved.
    consent_emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Flagged for the weekly integrated case meeting.
    flagged_for_review: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Restricted content (violence, child protection): visible to assigned operators only.
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    summary: Mapped[str] = mapped_column(Text, default="")


class Assessment(Synced, Base):
    """Valutazione del bisogno: a dated, versioned, append-only assessment of a case."""

    __tablename__ = "assessment"
    __sync_entity__ = "assessment"
    __append_only__ = True
    __table_args__ = (UniqueConstraint("case_id", "version"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_record.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    assessed_on: Mapped[date] = mapped_column(Date)
    operator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    #: Codes of :class:`cotdesk.domain.priority.Vulnerability`.
    vulnerabilities: Mapped[list[str]] = mapped_column(JSONList, default=list)
    narrative: Mapped[str] = mapped_column(Text, default="")
    priority_score: Mapped[int] = mapped_column(Integer, default=0)
    #: The reasons of the score, in Italian, as shown when it was computed.
    priority_reasons: Mapped[list[str]] = mapped_column(JSONList, default=list)


class AssessmentNeed(Synced, Base):
    """One need recorded in an assessment, with its severity (append-only)."""

    __tablename__ = "assessment_need"
    __sync_entity__ = "assessment_need"
    __append_only__ = True
    __table_args__ = (
        CheckConstraint("severity BETWEEN 1 AND 4", name="severity"),
        UniqueConstraint("assessment_id", "need_code"),
    )

    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessment.id"), index=True)
    need_code: Mapped[str] = mapped_column(ForeignKey("need.code"), index=True)
    severity: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


class UnmetNeed(Synced, Base):
    """A need of a case for which no suitable service exists in the district."""

    __tablename__ = "unmet_need"
    __sync_entity__ = "unmet_need"
    __table_args__ = (Index("ix_unmet_need_district_area", "district_code", "area_code"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_record.id"), index=True)
    need_code: Mapped[str] = mapped_column(ForeignKey("need.code"))
    area_code: Mapped[str] = mapped_column(ForeignKey("intervention_area.code"))
    district_code: Mapped[str] = mapped_column(ForeignKey("district.code"))
    recorded_on: Mapped[date] = mapped_column(Date)
    operator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[date | None] = mapped_column(Date, default=None)


class CaseEvent(Synced, Base):
    """Diario: one entry of the case timeline (append-only)."""

    __tablename__ = "case_event"
    __sync_entity__ = "case_event"
    __append_only__ = True
    __table_args__ = (
        Index("ix_case_event_case_time", "case_id", "occurred_at"),
        #: Deleting a referral (a GDPR purge) checks the entries pointing at it.
        Index("ix_case_event_referral_id", "referral_id"),
    )

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_record.id"))
    #: note, call, assessment, referral, decision, status, assignment, follow_up, meeting
    kind: Mapped[str] = mapped_column(String(30))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    operator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"))
    text: Mapped[str] = mapped_column(Text, default="")
    referral_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("referral.id"), default=None)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


# --------------------------------------------------------------------------- partners


class Partner(Synced, Base):
    """Ente partner: an organisation of the network."""

    __tablename__ = "partner"
    __sync_entity__ = "partner"

    name: Mapped[str] = mapped_column(String(300), index=True)
    partner_type_code: Mapped[str] = mapped_column(ForeignKey("partner_type.code"))
    tax_code: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    district_code: Mapped[str | None] = mapped_column(ForeignKey("district.code"), default=None)
    #: Codes of the districts it serves (empty: the whole city).
    districts_served: Mapped[list[str]] = mapped_column(JSONList, default=list)
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Identifier in an imported Open Referral (HSDS) directory, for idempotent imports.
    external_id: Mapped[str | None] = mapped_column(String(100), default=None, unique=True)


class Agreement(Synced, Base):
    """Protocollo d'intesa: a partner's membership of the network."""

    __tablename__ = "agreement"
    __sync_entity__ = "agreement"

    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner.id"), index=True)
    protocol_number: Mapped[str] = mapped_column(String(60), default="")
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    #: The agreement this one renews, if any.
    renews_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agreement.id"), default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class Service(Synced, Base):
    """Servizio / prestazione offered by a partner."""

    __tablename__ = "service"
    __sync_entity__ = "service"
    __table_args__ = (
        CheckConstraint(
            "cost_form IN ('gratuito', 'compartecipazione', 'a_pagamento')", name="cost_form"
        ),
    )

    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    areas: Mapped[list[str]] = mapped_column(JSONList, default=list)
    #: Need codes this service answers.
    needs_met: Mapped[list[str]] = mapped_column(JSONList, default=list)
    cost_form: Mapped[str] = mapped_column(String(30), default="gratuito")
    cost_notes: Mapped[str] = mapped_column(String(300), default="")
    #: Places available (None: not limited / unknown).
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)
    capacity_used: Mapped[int] = mapped_column(Integer, default=0)
    languages: Mapped[list[str]] = mapped_column(JSONList, default=list)
    district_code: Mapped[str | None] = mapped_column(ForeignKey("district.code"), default=None)
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    schedule: Mapped[str] = mapped_column(String(500), default="")
    eligibility: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    external_id: Mapped[str | None] = mapped_column(String(100), default=None, unique=True)


class Referral(Synced, Base):
    """Invio: a case sent to a partner's service, with its lifecycle and outcome."""

    __tablename__ = "referral"
    __sync_entity__ = "referral"
    __table_args__ = (
        Index("ix_referral_status_sent", "status", "sent_on"),
        #: The supervisor's queue of referrals waiting for an answer (covering).
        Index("ix_referral_waiting", "status", "sent_on", "case_id", "deleted_at"),
        #: The network's referral outcomes per service, in service order (covering).
        Index(
            "ix_referral_outcomes",
            "service_id",
            "sent_on",
            "answered_on",
            "status",
            "case_id",
            "deleted_at",
        ),
    )

    #: Printed on the letter and in its QR code.
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_record.id"), index=True)
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service.id"), index=True)
    partner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner.id"), index=True)
    need_codes: Mapped[list[str]] = mapped_column(JSONList, default=list)
    #: See :class:`cotdesk.domain.referrals.ReferralStatus`.
    status: Mapped[str] = mapped_column(String(30), default="draft")
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    sent_on: Mapped[date | None] = mapped_column(Date, default=None)
    answered_on: Mapped[date | None] = mapped_column(Date, default=None)
    appointment_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    partner_answer: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    completed_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


# --------------------------------------------------------------------------- consent, audit


class PersonRevision(Synced, Base):
    """Rettifica: the values a correction of a person's data replaced (append-only).

    Rectification (GDPR art. 16) keeps the history: each correction records which fields
    changed, their previous values, who changed them and when. The new values are on the
    person row. Erasure (art. 17) removes these rows with the person.
    """

    __tablename__ = "person_revision"
    __sync_entity__ = "person_revision"
    __append_only__ = True

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    operator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"))
    #: Names of the fields changed.
    fields: Mapped[list[str]] = mapped_column(JSONList, default=list)
    #: Their values before the change (JSON, as on the wire).
    previous: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Consent(Synced, Base):
    """Consenso privacy: one recorded act (notice given, consent given or withdrawn).

    Append-only: a withdrawal is a new row, so the history of what the person agreed to,
    and when, is never lost.
    """

    __tablename__ = "consent"
    __sync_entity__ = "consent"
    __append_only__ = True
    __table_args__ = (
        CheckConstraint("action IN ('notice_given', 'given', 'withdrawn')", name="action"),
    )

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))
    notice_version: Mapped[str] = mapped_column(String(40))
    #: Purposes covered by this act (codes, see the consent service).
    purposes: Mapped[list[str]] = mapped_column(JSONList, default=list)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    operator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("operator.id"))
    #: Signed by a guardian or legal representative (minors, incapacitated persons).
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class AuditEvent(Synced, Base):
    """Registro accessi: who viewed, changed, printed or exported what, when."""

    __tablename__ = "audit_event"
    __sync_entity__ = "audit_event"
    __append_only__ = True
    __table_args__ = (
        Index("ix_audit_event_time", "occurred_at"),
        #: The hash chain of each desk, in order (``cotdesk audit verify``).
        Index("ix_audit_event_chain", "device_id", "sequence"),
        #: Everything about one record (break-the-glass grants, the viewer's filter).
        Index("ix_audit_event_entity", "entity_id", "action"),
    )

    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    operator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("operator.id"))
    device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    office_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    #: view, create, update, print, export, login, login_failed, ...
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: Position in the chain of the desk that wrote it (``device_id``), from 1.
    sequence: Mapped[int | None] = mapped_column(Integer, default=None)
    #: ``chain_hash`` of the previous event of the same chain (see
    #: :mod:`cotdesk.domain.audit_chain`).
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default=text("''"))
    #: SHA-256 over ``prev_hash`` and the canonical serialization of this event.
    chain_hash: Mapped[str] = mapped_column(String(64), default="", server_default=text("''"))


# --------------------------------------------------------------------------- case meeting


class Meeting(Synced, Base):
    """Riunione d'équipe: the office's weekly integrated case meeting.

    ``status``: ``draft`` (agenda being prepared), ``held`` (decisions being recorded),
    ``closed`` (minutes final; nothing changes any more).
    """

    __tablename__ = "meeting"
    __sync_entity__ = "meeting"
    __table_args__ = (Index("ix_meeting_office_starts", "office_id", "starts_at"),)

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    place: Mapped[str] = mapped_column(String(300), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    #: Who takes part (names and organisations, one per line).
    participants: Mapped[str] = mapped_column(Text, default="")
    #: General notes of the minutes (*verbale*).
    notes: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class MeetingItem(Synced, Base):
    """One case on a meeting's agenda, and the decision taken about it."""

    __tablename__ = "meeting_item"
    __sync_entity__ = "meeting_item"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_record.id"), index=True)
    #: Why it is on the agenda: ``flagged``, ``overdue``, ``stuck_referral``, ``manual``.
    reasons: Mapped[list[str]] = mapped_column(JSONList, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: Who does what by when, as agreed at the meeting.
    decision: Mapped[str] = mapped_column(Text, default="")
    responsible_operator_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("operator.id"), default=None
    )
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


# --------------------------------------------------------------------------- local-only


class DeskState(Base):
    """This desk's own identity and counters (exactly one row; never synced)."""

    __tablename__ = "desk_state"
    __table_args__ = (CheckConstraint("singleton = 1", name="singleton"),)

    singleton: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, default=uuid.uuid4)
    office_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    #: Last per-device sequence number given to an outbox entry.
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)
    #: Last number used for human references (cases, referrals) made on this desk.
    last_reference: Mapped[int] = mapped_column(Integer, default=0)
    #: Hash of the reference data last loaded from ``resources/`` (reloaded when it changes).
    reference_hash: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: The sync server this desk is enrolled with (``https://...``; empty: not enrolled).
    #: The device token is never here: it lives in the OS keyring (``cotdesk.sync.client``).
    server_url: Mapped[str] = mapped_column(String(300), default="", server_default=text("''"))
    #: The opaque cursor of the last pull page applied (None: next pull is a full sync).
    sync_cursor: Mapped[str | None] = mapped_column(String(200), default=None)
    #: The server answered "resync" (restored database): the next pull starts over.
    resync_needed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    #: When the last sync (push and pull) completed without errors.
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    #: Head of this desk's access-log chain: the last sequence given and its hash.
    audit_sequence: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    audit_head: Mapped[str] = mapped_column(String(64), default="", server_default=text("''"))


class OutboxEntry(Base):
    """A local change waiting to be pushed, written in the same transaction as the change."""

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("device_id", "sequence"),
        Index("ix_outbox_state_sequence", "state", "sequence"),
        CheckConstraint("op IN ('insert', 'update', 'delete')", name="op"),
        CheckConstraint("state IN ('pending', 'pushed', 'parked')", name="state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    sequence: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    op: Mapped[str] = mapped_column(String(10))
    #: The server version the change was based on (0: a row the server has never seen).
    base_version: Mapped[int] = mapped_column(Integer)
    #: Changed fields and their new values, JSON-encoded (see ``cotdesk.db.changes``).
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    operator_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    state: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")


class SyncDeferred(Base):
    """A pulled row held back because the desk had local edits of it not yet pushed.

    Pulled data never overwrites unpushed local edits; the server will not send the row
    again unless it changes again, so the pulled state waits here and is applied once the
    row's outbox entries are settled, if it is still the newest the desk knows
    (local-only, never synced).
    """

    __tablename__ = "sync_deferred"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    op: Mapped[str] = mapped_column(String(10))
    version: Mapped[int] = mapped_column(Integer)
    values: Mapped[dict[str, Any]] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Draft(Base):
    """A form's unsaved state, so interrupted work is never lost (local-only, never synced).

    One row per form kind, key (a person's id, or ``"new"``) and operator; written through a
    write session like everything else (``synchronous=FULL``: it survives a power cut), but
    not a :class:`Synced` row, so it never enters the outbox.
    """

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("operator_id", "kind", "key"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    #: Which form: e.g. ``person`` (registration and correction of a person).
    kind: Mapped[str] = mapped_column(String(40))
    #: Which record the form is about: a person's id as text, or ``"new"``.
    key: Mapped[str] = mapped_column(String(80))
    operator_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    #: The form's state as the form itself describes it (JSON object).
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OperatorPin(Base):
    """An operator's PIN for unlocking the screen of this desk (local-only, never synced).

    A PIN (4-8 digits) is quick to type at a busy desk but weak against guessing, so it is
    stored as a slow salted hash like a password, stays on this desk (it never travels to
    the server) and the lock screen throttles and audits failed attempts
    (:mod:`cotdesk.services.screen_lock`).
    """

    __tablename__ = "operator_pin"

    operator_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    pin_hash: Mapped[str] = mapped_column(String(300))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


def synced_models() -> list[type[Synced]]:
    """Every synced model class, in dependency order (parents before children)."""
    return [
        mapper.class_
        for table in Base.metadata.sorted_tables
        for mapper in Base.registry.mappers
        if mapper.local_table is table and issubclass(mapper.class_, Synced)
    ]
