"""The partner directory (*elenco degli enti partner*): partners, their agreements, services.

Everyone logged in may browse the directory; only the network administrator
(:attr:`Role.ADMIN`) creates and edits partners, their services and their agreements
(*protocolli d'intesa*). The checks are here, not in the widgets.

Agreements follow :mod:`cotdesk.domain.agreements`: five years unless stated otherwise; a
renewal is a new agreement that ``renews_id`` the one in force and starts the day after it
ends. :func:`agreement_alerts` lists the partners whose protocol expires within
:data:`~cotdesk.domain.agreements.EXPIRING_WITHIN_DAYS` days and those whose protocol has
lapsed: their services are flagged wherever they are offered (the referral dialog, through
:mod:`cotdesk.services.matching`, uses the same rule).

Filters of :func:`list_partners`: partner type, sector, municipio served (a partner with no
list serves the whole city, so it serves every municipio), agreement state, and a text
matched without accents against name, tax code, contact person, email and phone.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cotdesk import resources
from cotdesk.db.database import Database
from cotdesk.db.models import Agreement, Operator, Partner, Service
from cotdesk.domain.agreements import (
    AGREEMENT_STATE_LABELS,
    AgreementState,
    AgreementStatus,
    agreement_status,
    default_end_on,
    renewal_start_on,
)
from cotdesk.domain.italian import short_date
from cotdesk.domain.roles import Role
from cotdesk.domain.services_catalogue import COST_FORM_LABELS, CostForm
from cotdesk.errors import NotFound, PermissionDenied, ValidationError
from cotdesk.services.case_view import today_in_rome
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork

__all__ = [
    "AgreementAlert",
    "AgreementRow",
    "DirectoryChoices",
    "PartnerDetail",
    "PartnerFilter",
    "PartnerInput",
    "PartnerRow",
    "ServiceInput",
    "ServiceRow",
    "add_agreement",
    "agreement_alerts",
    "command_line_actor",
    "create_partner",
    "directory_choices",
    "list_partners",
    "partner_detail",
    "renew_agreement",
    "save_service",
    "update_partner",
]

_EDIT_ACTION = "modificare l'elenco degli enti partner"
_AGREEMENT_ACTION = "registrare o rinnovare i protocolli d'intesa"
WHOLE_CITY = "tutta la città"


def fold(text: str) -> str:
    """Lower case without accents and apostrophes: ``"Sant'Egidio"`` → ``"santegidio"``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(
        ch for ch in decomposed if not unicodedata.combining(ch) and ch not in "'’`"
    ).strip()


# --------------------------------------------------------------------------- read models


@dataclass(frozen=True)
class PartnerRow:
    """One partner in the directory list."""

    id: uuid.UUID
    name: str
    partner_type_code: str
    partner_type_label: str
    sector: str
    district_code: str | None
    district_label: str
    districts_served: tuple[str, ...]
    #: "Municipio III, Municipio V" or "tutta la città".
    districts_served_label: str
    phone: str
    email: str
    contact_person: str
    agreement: AgreementStatus
    services: int
    external_id: str | None

    @property
    def flagged(self) -> bool:
        """No protocol in force: its services are flagged wherever offered."""
        return not self.agreement.in_force


@dataclass(frozen=True)
class AgreementRow:
    """One protocol of a partner (the history, newest first)."""

    id: uuid.UUID
    protocol_number: str
    start_on: date
    end_on: date
    renews_id: uuid.UUID | None
    notes: str
    #: "in corso", "scaduto", "futuro".
    period_label: str
    #: Another agreement renews this one already.
    renewed: bool


@dataclass(frozen=True)
class ServiceRow:
    """One service of a partner, as the detail panel lists it."""

    id: uuid.UUID
    name: str
    description: str
    areas: tuple[str, ...]
    area_labels: tuple[str, ...]
    needs_met: tuple[str, ...]
    cost_form: str
    cost_form_label: str
    cost_notes: str
    capacity: int | None
    languages: tuple[str, ...]
    district_code: str | None
    district_label: str
    address: str
    phone: str
    email: str
    schedule: str
    eligibility: str
    active: bool
    external_id: str | None


@dataclass(frozen=True)
class PartnerDetail:
    """Everything the detail panel shows about a partner."""

    id: uuid.UUID
    name: str
    partner_type_code: str
    partner_type_label: str
    sector: str
    tax_code: str
    address: str
    district_code: str | None
    district_label: str
    districts_served: tuple[str, ...]
    districts_served_labels: tuple[str, ...]
    phone: str
    email: str
    website: str
    contact_person: str
    notes: str
    external_id: str | None
    agreement: AgreementStatus
    agreements: tuple[AgreementRow, ...]
    services: tuple[ServiceRow, ...]

    @property
    def flagged(self) -> bool:
        return not self.agreement.in_force

    @property
    def current_agreement(self) -> AgreementRow | None:
        """The agreement a renewal would renew: the latest one not yet renewed."""
        open_ended = [row for row in self.agreements if not row.renewed]
        return max(open_ended, key=lambda row: row.end_on, default=None)


@dataclass(frozen=True)
class AgreementAlert:
    """A partner whose protocol expires soon or has lapsed."""

    partner_id: uuid.UUID
    partner_name: str
    state: AgreementState
    end_on: date | None
    #: Days left (expiring) or days since it lapsed (lapsed).
    days: int
    label: str


@dataclass(frozen=True)
class PartnerFilter:
    text: str = ""
    partner_type: str = ""
    sector: str = ""
    district: str = ""
    agreement_state: AgreementState | None = None


@dataclass(frozen=True)
class DirectoryChoices:
    """Values for the filter and edit widgets: (code, Italian label) pairs."""

    partner_types: tuple[tuple[str, str], ...]
    sectors: tuple[tuple[str, str], ...]
    districts: tuple[tuple[str, str], ...]
    agreement_states: tuple[tuple[AgreementState, str], ...]
    areas: tuple[tuple[str, str], ...]
    cost_forms: tuple[tuple[str, str], ...]
    languages: tuple[tuple[str, str], ...]


#: Italian names of the sectors of ``partner-types.csv``.
SECTOR_LABELS: dict[str, str] = {
    "pubblico": "Pubblico",
    "terzo_settore": "Terzo settore",
    "privato": "Privato",
    "religioso": "Religioso",
    "informale": "Informale",
}


def directory_choices() -> DirectoryChoices:
    types = sorted(((t.code, t.label_it) for t in resources.partner_types()), key=lambda p: p[1])
    sectors = sorted({t.sector for t in resources.partner_types()})
    return DirectoryChoices(
        partner_types=tuple(types),
        sectors=tuple((code, SECTOR_LABELS.get(code, code)) for code in sectors),
        districts=tuple((d.code, d.label_it) for d in resources.districts()),
        agreement_states=tuple(AGREEMENT_STATE_LABELS.items()),
        areas=tuple((a.code, a.label_it) for a in resources.intervention_areas()),
        cost_forms=tuple((c.value, label) for c, label in COST_FORM_LABELS.items()),
        languages=tuple(
            sorted(((lang.code, lang.label_it) for lang in resources.languages()), key=_second)
        ),
    )


def _second(pair: tuple[str, str]) -> str:
    return pair[1]


def _type_info() -> dict[str, tuple[str, str]]:
    return {t.code: (t.label_it, t.sector) for t in resources.partner_types()}


def _district_labels() -> dict[str, str]:
    return {d.code: d.label_it for d in resources.districts()}


def _periods(
    session: Session, partner_ids: Iterable[uuid.UUID] | None = None
) -> dict[uuid.UUID, list[tuple[date, date]]]:
    stmt = select(Agreement.partner_id, Agreement.start_on, Agreement.end_on).where(
        Agreement.deleted_at.is_(None)
    )
    if partner_ids is not None:
        stmt = stmt.where(Agreement.partner_id.in_(list(partner_ids)))
    periods: dict[uuid.UUID, list[tuple[date, date]]] = defaultdict(list)
    for partner_id, start, end in session.execute(stmt):
        periods[partner_id].append((start, end))
    return periods


def _served_label(codes: Sequence[str], labels: dict[str, str]) -> str:
    if not codes:
        return WHOLE_CITY
    return ", ".join(labels.get(code, code) for code in codes)


def list_partners(
    db: Database,
    actor: Actor | None,
    flt: PartnerFilter | None = None,
    *,
    today: date | None = None,
) -> list[PartnerRow]:
    """The partners of the network matching ``flt``, by name."""
    flt = flt or PartnerFilter()
    day = today or today_in_rome()
    types = _type_info()
    districts = _district_labels()
    with ReadUnit(db, actor) as unit:
        unit.require_actor()
        session = unit.session
        partners = list(
            session.execute(
                select(
                    Partner.id,
                    Partner.name,
                    Partner.partner_type_code,
                    Partner.district_code,
                    Partner.districts_served,
                    Partner.phone,
                    Partner.email,
                    Partner.contact_person,
                    Partner.tax_code,
                    Partner.external_id,
                )
                .where(Partner.deleted_at.is_(None))
                .order_by(Partner.name)
            )
        )
        periods = _periods(session)
        counts: dict[uuid.UUID, int] = {
            pid: int(n)
            for pid, n in session.execute(
                select(Service.partner_id, func.count())
                .where(Service.deleted_at.is_(None))
                .group_by(Service.partner_id)
            )
        }
    needle = fold(flt.text)
    rows: list[PartnerRow] = []
    for (
        pid,
        name,
        type_code,
        district,
        served,
        phone,
        email,
        contact,
        tax_code,
        external_id,
    ) in partners:
        label, sector = types.get(type_code, (type_code, ""))
        served_codes = tuple(served or ())
        if flt.partner_type and type_code != flt.partner_type:
            continue
        if flt.sector and sector != flt.sector:
            continue
        if flt.district and served_codes and flt.district not in served_codes:
            continue
        if needle:
            haystack = fold(" ".join((name, tax_code, contact, email, phone, label)))
            if needle not in haystack:
                continue
        status = agreement_status(periods.get(pid, ()), day)
        if flt.agreement_state is not None and status.state is not flt.agreement_state:
            continue
        rows.append(
            PartnerRow(
                id=pid,
                name=name,
                partner_type_code=type_code,
                partner_type_label=label,
                sector=sector,
                district_code=district,
                district_label=districts.get(district or "", ""),
                districts_served=served_codes,
                districts_served_label=_served_label(served_codes, districts),
                phone=phone,
                email=email,
                contact_person=contact,
                agreement=status,
                services=int(counts.get(pid, 0)),
                external_id=external_id,
            )
        )
    return rows


def _period_label(start: date, end: date, today: date) -> str:
    if end < today:
        return "scaduto"
    if start > today:
        return "futuro"
    return "in corso"


def partner_detail(
    db: Database, actor: Actor | None, partner_id: uuid.UUID, *, today: date | None = None
) -> PartnerDetail:
    day = today or today_in_rome()
    types = _type_info()
    districts = _district_labels()
    areas = {a.code: a.label_it for a in resources.intervention_areas()}
    with ReadUnit(db, actor) as unit:
        unit.require_actor()
        session = unit.session
        partner = session.get(Partner, partner_id)
        if partner is None or partner.deleted_at is not None:
            raise NotFound("L'ente partner non esiste più: aggiornare l'elenco.")
        agreements = list(
            session.scalars(
                select(Agreement)
                .where(Agreement.partner_id == partner_id, Agreement.deleted_at.is_(None))
                .order_by(Agreement.start_on.desc(), Agreement.end_on.desc())
            )
        )
        renewed = {a.renews_id for a in agreements if a.renews_id is not None}
        agreement_rows = tuple(
            AgreementRow(
                id=a.id,
                protocol_number=a.protocol_number,
                start_on=a.start_on,
                end_on=a.end_on,
                renews_id=a.renews_id,
                notes=a.notes,
                period_label=_period_label(a.start_on, a.end_on, day),
                renewed=a.id in renewed,
            )
            for a in agreements
        )
        services = tuple(
            _service_row(s, areas, districts)
            for s in session.scalars(
                select(Service)
                .where(Service.partner_id == partner_id, Service.deleted_at.is_(None))
                .order_by(Service.name)
            )
        )
        label, sector = types.get(partner.partner_type_code, (partner.partner_type_code, ""))
        served = tuple(partner.districts_served or ())
        return PartnerDetail(
            id=partner.id,
            name=partner.name,
            partner_type_code=partner.partner_type_code,
            partner_type_label=label,
            sector=sector,
            tax_code=partner.tax_code,
            address=partner.address,
            district_code=partner.district_code,
            district_label=districts.get(partner.district_code or "", ""),
            districts_served=served,
            districts_served_labels=tuple(districts.get(c, c) for c in served) or (WHOLE_CITY,),
            phone=partner.phone,
            email=partner.email,
            website=partner.website,
            contact_person=partner.contact_person,
            notes=partner.notes,
            external_id=partner.external_id,
            agreement=agreement_status(((a.start_on, a.end_on) for a in agreements), day),
            agreements=agreement_rows,
            services=services,
        )


def _service_row(s: Service, areas: dict[str, str], districts: dict[str, str]) -> ServiceRow:
    try:
        cost_label = COST_FORM_LABELS[CostForm(s.cost_form)]
    except ValueError:
        cost_label = s.cost_form
    return ServiceRow(
        id=s.id,
        name=s.name,
        description=s.description,
        areas=tuple(s.areas or ()),
        area_labels=tuple(areas.get(a, a) for a in s.areas or ()),
        needs_met=tuple(s.needs_met or ()),
        cost_form=s.cost_form,
        cost_form_label=cost_label,
        cost_notes=s.cost_notes,
        capacity=s.capacity,
        languages=tuple(s.languages or ()),
        district_code=s.district_code,
        district_label=districts.get(s.district_code or "", ""),
        address=s.address,
        phone=s.phone,
        email=s.email,
        schedule=s.schedule,
        eligibility=s.eligibility,
        active=s.active,
        external_id=s.external_id,
    )


def agreement_alerts(
    db: Database, actor: Actor | None, *, today: date | None = None
) -> list[AgreementAlert]:
    """Partners whose protocol expires within 60 days (soonest first), then the lapsed ones
    (most recently lapsed first)."""
    day = today or today_in_rome()
    with ReadUnit(db, actor) as unit:
        unit.require_actor()
        session = unit.session
        names: dict[uuid.UUID, str] = {
            row.id: row.name
            for row in session.execute(
                select(Partner.id, Partner.name).where(Partner.deleted_at.is_(None))
            )
        }
        periods = _periods(session)
    expiring: list[AgreementAlert] = []
    lapsed: list[AgreementAlert] = []
    for pid, name in names.items():
        status = agreement_status(periods.get(pid, ()), day)
        if status.end_on is None:
            continue
        if status.state is AgreementState.EXPIRING:
            days = (status.end_on - day).days
            expiring.append(
                AgreementAlert(pid, name, status.state, status.end_on, days, status.label)
            )
        elif status.state is AgreementState.LAPSED:
            days = (day - status.end_on).days
            lapsed.append(
                AgreementAlert(pid, name, status.state, status.end_on, days, status.label)
            )
    expiring.sort(key=lambda a: (a.days, a.partner_name))
    lapsed.sort(key=lambda a: (a.days, a.partner_name))
    return expiring + lapsed


# --------------------------------------------------------------------------- writes


@dataclass(frozen=True)
class PartnerInput:
    """What the administrator types for a partner."""

    name: str
    partner_type_code: str
    tax_code: str = ""
    address: str = ""
    district_code: str | None = None
    districts_served: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    website: str = ""
    contact_person: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ServiceInput:
    """What the administrator types for a service."""

    name: str
    description: str = ""
    areas: tuple[str, ...] = ()
    needs_met: tuple[str, ...] = ()
    cost_form: str = CostForm.FREE.value
    cost_notes: str = ""
    capacity: int | None = None
    languages: tuple[str, ...] = ()
    district_code: str | None = None
    address: str = ""
    phone: str = ""
    email: str = ""
    schedule: str = ""
    eligibility: str = ""
    active: bool = True


def _clean(text: str, limit: int, what: str, fld: str) -> str:
    value = " ".join(text.split()) if "\n" not in text else text.strip()
    if len(value) > limit:
        raise ValidationError(
            f"{what}: al massimo {limit} caratteri (ora {len(value)}): accorciare il testo.",
            field=fld,
        )
    return value


def _check_district(code: str | None, fld: str) -> str | None:
    if not code:
        return None
    if code not in _district_labels():
        raise ValidationError(
            f"Municipio sconosciuto: «{code}». Sceglierlo dall'elenco.", field=fld
        )
    return code


def validate_partner(data: PartnerInput) -> PartnerInput:
    """``data`` cleaned, or ValidationError with the field and what to do."""
    name = _clean(data.name, 300, "Nome dell'ente", "name")
    if not name:
        raise ValidationError("Scrivere il nome dell'ente partner.", field="name")
    if data.partner_type_code not in _type_info():
        raise ValidationError(
            "Scegliere la tipologia dell'ente dall'elenco.", field="partner_type_code"
        )
    served = tuple(dict.fromkeys(data.districts_served))
    for code in served:
        _check_district(code, "districts_served")
    email = _clean(data.email, 200, "Email", "email")
    if email and ("@" not in email or " " in email):
        raise ValidationError(f"Indirizzo email non valido: «{email}».", field="email")
    return PartnerInput(
        name=name,
        partner_type_code=data.partner_type_code,
        tax_code=_clean(data.tax_code, 20, "Codice fiscale / partita IVA", "tax_code").upper(),
        address=_clean(data.address, 300, "Indirizzo", "address"),
        district_code=_check_district(data.district_code, "district_code"),
        districts_served=served,
        phone=_clean(data.phone, 50, "Telefono", "phone"),
        email=email,
        website=_clean(data.website, 200, "Sito web", "website"),
        contact_person=_clean(data.contact_person, 200, "Referente", "contact_person"),
        notes=data.notes.strip(),
    )


def _apply_partner(partner: Partner, data: PartnerInput) -> None:
    partner.name = data.name
    partner.partner_type_code = data.partner_type_code
    partner.tax_code = data.tax_code
    partner.address = data.address
    partner.district_code = data.district_code
    partner.districts_served = list(data.districts_served)
    partner.phone = data.phone
    partner.email = data.email
    partner.website = data.website
    partner.contact_person = data.contact_person
    partner.notes = data.notes


def create_partner(db: Database, actor: Actor | None, data: PartnerInput) -> uuid.UUID:
    clean = validate_partner(data)
    with UnitOfWork(db, actor) as uow:
        uow.require_role(Role.ADMIN, _EDIT_ACTION)
        partner = Partner(name=clean.name, partner_type_code=clean.partner_type_code)
        _apply_partner(partner, clean)
        uow.session.add(partner)
        uow.flush()
        uow.audit("create", partner)
        uow.commit()
        return partner.id


def _live_partner(session: Session, partner_id: uuid.UUID) -> Partner:
    partner = session.get(Partner, partner_id)
    if partner is None or partner.deleted_at is not None:
        raise NotFound("L'ente partner non esiste più: aggiornare l'elenco.")
    return partner


def update_partner(
    db: Database, actor: Actor | None, partner_id: uuid.UUID, data: PartnerInput
) -> None:
    clean = validate_partner(data)
    with UnitOfWork(db, actor) as uow:
        uow.require_role(Role.ADMIN, _EDIT_ACTION)
        partner = _live_partner(uow.session, partner_id)
        _apply_partner(partner, clean)
        uow.audit("update", partner)
        uow.commit()


def validate_service(data: ServiceInput) -> ServiceInput:
    name = _clean(data.name, 300, "Nome del servizio", "name")
    if not name:
        raise ValidationError("Scrivere il nome del servizio.", field="name")
    known_areas = {a.code for a in resources.intervention_areas()}
    for code in data.areas:
        if code not in known_areas:
            raise ValidationError(f"Area di intervento sconosciuta: «{code}».", field="areas")
    known_needs = {n.code for n in resources.needs()}
    for code in data.needs_met:
        if code not in known_needs:
            raise ValidationError(f"Bisogno sconosciuto: «{code}».", field="needs_met")
    try:
        cost = CostForm(data.cost_form)
    except ValueError:
        raise ValidationError(
            "Scegliere la forma di costo: gratuito, compartecipazione o a pagamento.",
            field="cost_form",
        ) from None
    if data.capacity is not None and data.capacity < 0:
        raise ValidationError("I posti disponibili non possono essere negativi.", field="capacity")
    known_languages = {lang.code for lang in resources.languages()}
    for code in data.languages:
        if code not in known_languages:
            raise ValidationError(f"Lingua sconosciuta: «{code}».", field="languages")
    return ServiceInput(
        name=name,
        description=data.description.strip(),
        areas=tuple(dict.fromkeys(data.areas)),
        needs_met=tuple(dict.fromkeys(data.needs_met)),
        cost_form=cost.value,
        cost_notes=_clean(data.cost_notes, 300, "Note sul costo", "cost_notes"),
        capacity=data.capacity,
        languages=tuple(dict.fromkeys(data.languages)),
        district_code=_check_district(data.district_code, "district_code"),
        address=_clean(data.address, 300, "Indirizzo", "address"),
        phone=_clean(data.phone, 50, "Telefono", "phone"),
        email=_clean(data.email, 200, "Email", "email"),
        schedule=_clean(data.schedule, 500, "Orari", "schedule"),
        eligibility=data.eligibility.strip(),
        active=data.active,
    )


def _apply_service(service: Service, data: ServiceInput) -> None:
    service.name = data.name
    service.description = data.description
    service.areas = list(data.areas)
    service.needs_met = list(data.needs_met)
    service.cost_form = data.cost_form
    service.cost_notes = data.cost_notes
    service.capacity = data.capacity
    service.languages = list(data.languages)
    service.district_code = data.district_code
    service.address = data.address
    service.phone = data.phone
    service.email = data.email
    service.schedule = data.schedule
    service.eligibility = data.eligibility
    service.active = data.active


def save_service(
    db: Database,
    actor: Actor | None,
    partner_id: uuid.UUID,
    data: ServiceInput,
    service_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Create (``service_id`` None) or update a service of a partner."""
    clean = validate_service(data)
    with UnitOfWork(db, actor) as uow:
        uow.require_role(Role.ADMIN, _EDIT_ACTION)
        _live_partner(uow.session, partner_id)
        if service_id is None:
            service = Service(partner_id=partner_id, name=clean.name)
            _apply_service(service, clean)
            uow.session.add(service)
            uow.flush()
            uow.audit("create", service)
        else:
            found = uow.session.get(Service, service_id)
            if found is None or found.deleted_at is not None or found.partner_id != partner_id:
                raise NotFound("Il servizio non esiste più: aggiornare la scheda dell'ente.")
            service = found
            _apply_service(service, clean)
            uow.audit("update", service)
        uow.commit()
        return service.id


def _check_period(start_on: date, end_on: date) -> None:
    if end_on < start_on:
        raise ValidationError(
            f"La fine del protocollo ({short_date(end_on)}) viene prima dell'inizio "
            f"({short_date(start_on)}): correggere le date.",
            field="end_on",
        )


def add_agreement(
    db: Database,
    actor: Actor | None,
    partner_id: uuid.UUID,
    start_on: date,
    end_on: date | None = None,
    *,
    protocol_number: str = "",
    notes: str = "",
) -> uuid.UUID:
    """Record a protocol; it lasts five years unless ``end_on`` says otherwise."""
    end = end_on or default_end_on(start_on)
    _check_period(start_on, end)
    number = _clean(protocol_number, 60, "Numero di protocollo", "protocol_number")
    with UnitOfWork(db, actor) as uow:
        uow.require_role(Role.ADMIN, _AGREEMENT_ACTION)
        _live_partner(uow.session, partner_id)
        agreement = Agreement(
            partner_id=partner_id,
            start_on=start_on,
            end_on=end,
            protocol_number=number,
            notes=notes.strip(),
        )
        uow.session.add(agreement)
        uow.flush()
        uow.audit("create", agreement, partner_id=str(partner_id))
        uow.commit()
        return agreement.id


def renew_agreement(
    db: Database,
    actor: Actor | None,
    agreement_id: uuid.UUID,
    end_on: date | None = None,
    *,
    protocol_number: str = "",
    notes: str = "",
) -> uuid.UUID:
    """Renew a protocol: a new agreement from the day after it ends, five years by default."""
    number = _clean(protocol_number, 60, "Numero di protocollo", "protocol_number")
    with UnitOfWork(db, actor) as uow:
        uow.require_role(Role.ADMIN, _AGREEMENT_ACTION)
        session = uow.session
        current = session.get(Agreement, agreement_id)
        if current is None or current.deleted_at is not None:
            raise NotFound("Il protocollo d'intesa non esiste più: aggiornare la scheda.")
        already = session.scalar(
            select(Agreement.end_on).where(
                Agreement.renews_id == agreement_id, Agreement.deleted_at.is_(None)
            )
        )
        if already is not None:
            raise ValidationError(
                f"Questo protocollo è già stato rinnovato (fino al {short_date(already)}): "
                "rinnovare l'ultimo."
            )
        start = renewal_start_on(current.end_on)
        end = end_on or default_end_on(start)
        _check_period(start, end)
        renewal = Agreement(
            partner_id=current.partner_id,
            start_on=start,
            end_on=end,
            renews_id=current.id,
            protocol_number=number,
            notes=notes.strip(),
        )
        session.add(renewal)
        uow.flush()
        uow.audit("create", renewal, partner_id=str(current.partner_id), renews=str(current.id))
        uow.commit()
        return renewal.id


def command_line_actor(db: Database, username: str | None) -> Actor:
    """The network administrator acting from the command line.

    ``username`` names them; without it, the desk's only active administrator is used.
    Raises :class:`PermissionDenied` for anyone else, so the import is audited under a name.
    """
    with ReadUnit(db, None) as unit:
        stmt = select(Operator).where(Operator.deleted_at.is_(None), Operator.active.is_(True))
        if username:
            stmt = stmt.where(Operator.username == username)
        else:
            stmt = stmt.where(Operator.role == Role.ADMIN.value)
        found = list(unit.session.scalars(stmt))
        if username and not found:
            raise NotFound(
                f"Nessun operatore attivo con nome utente «{username}» in questo database."
            )
        if not username and len(found) != 1:
            raise PermissionDenied(
                "Indicare con --user il nome utente dell'amministratore di rete che esegue "
                f"l'operazione (amministratori attivi in questo database: {len(found)})."
            )
        operator = found[0]
        name = operator.username
        actor = Actor(
            operator_id=operator.id,
            office_id=operator.office_id,
            role=Role(operator.role),
            full_name=operator.full_name,
        )
    if actor.role is not Role.ADMIN:
        raise PermissionDenied(
            f"«{name}» non è amministratore di rete: solo l'amministratore di rete "
            "può importare o esportare l'elenco degli enti partner."
        )
    return actor
