"""Finding the partner services that answer a case's needs, and referring to several at once.

:func:`find_services` takes the needs of the case's latest assessment (or the needs the
operator picked) and returns the active services whose ``needs_met`` cover at least one of
them, ranked, each with the reasons of its place in Italian and the state of its partner's
protocol (*protocollo d'intesa*).

Ranking
=======

Each service gets a score; higher comes first::

    score = 10 000 x needs covered
          +     50 x sum of the severities of the needs covered (1 lieve ... 4 gravissimo;
                     a need the operator picked without an assessment counts 2)
          + where:      20 same municipio as the person (else as the office, for a person
                           with no municipio); 10 another municipio, but the partner serves
                           the person's (or the whole city); 0 otherwise
          + language:   12 speaks a language of the person other than Italian (or Italian,
                           for a person who speaks only Italian); 4 shares Italian only;
                           0 no language in common
          + cost:        8 gratuito; 4 compartecipazione; 0 a pagamento
          + places:      5 free places; 2 capacity not stated; 0 full
          + protocol:    3 in force; 1 expiring within 60 days

The parts after the needs add up to at most 48, less than one step of severity (50), and
the severities of ``n`` needs never reach one more need covered, so the order is: more
needs covered, then more severe needs, then the other criteria by their weight. Services
whose partner has no protocol in force (lapsed, not yet started or none at all) are kept,
flagged, and ranked after every other, whatever their score. Ties: partner, then service
name, alphabetically.

Filters (all optional): intervention area of the service, municipio served (the service is
there, or its partner serves it; a partner with no list serves the whole city), cost forms,
a language spoken, and "only with places" (drops services known to be full; a service that
states no capacity does not turn people away for lack of places, so it stays).

Measured on the demo network (676 partners, ~1,500 services): see
``benchmarks/results/frontdesk.md``.

:func:`create_referrals` makes the *invii* the operator chose in one transaction (an
integrated response: one case, several services), optionally marks them sent, and resolves
the case's unmet needs that a new referral now covers. :func:`render_letters_for_preview`
and :func:`record_letter_output` serve the letter preview: the preview is recorded as a
view, and printing or saving it is recorded once it has happened.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final, NamedTuple

from sqlalchemy import Select, exists, func, literal_column, select
from sqlalchemy.orm import Session

from cotdesk import resources
from cotdesk.db.database import Database
from cotdesk.db.models import (
    Agreement,
    Assessment,
    AssessmentNeed,
    Case,
    Office,
    Partner,
    Person,
    Referral,
    Service,
)
from cotdesk.domain.agreements import (
    EXPIRING_WITHIN_DAYS,
    AgreementState,
    AgreementStatus,
    agreement_status,
)
from cotdesk.domain.needs import SEVERITY_LABELS, Severity
from cotdesk.domain.referrals import REFERRAL_STATUS_LABELS, ReferralStatus, is_terminal
from cotdesk.domain.services_catalogue import COST_FORM_LABELS, CostForm
from cotdesk.errors import NotFound, ValidationError
from cotdesk.services import access, documents
from cotdesk.services import referrals as referral_service
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork
from cotdesk.services.unmet_needs import open_unmet_need_codes, resolve_covered_needs

__all__ = [
    "EXPIRING_WITHIN_DAYS",
    "AgreementState",
    "AgreementStatus",
    "CaseNeed",
    "CreatedReferral",
    "FilterChoices",
    "LetterDocument",
    "ReferralContext",
    "ReferralRequest",
    "ServiceMatch",
    "agreement_status",
    "create_referrals",
    "filter_choices",
    "find_services",
    "record_letter_output",
    "referral_context",
    "render_letters_for_preview",
]

#: Weights of the score (see the module docstring).
NEED_POINTS: Final = 10_000
SEVERITY_POINTS: Final = 50
UNASSESSED_SEVERITY: Final = 2
SAME_DISTRICT_POINTS: Final = 20
SERVES_DISTRICT_POINTS: Final = 10
LANGUAGE_POINTS: Final = 12
ITALIAN_ONLY_POINTS: Final = 4
COST_POINTS: Final[dict[CostForm, int]] = {
    CostForm.FREE: 8,
    CostForm.CO_PAYMENT: 4,
    CostForm.PAID: 0,
}
PLACES_POINTS: Final = 5
CAPACITY_UNKNOWN_POINTS: Final = 2
IN_FORCE_POINTS: Final = 3
EXPIRING_POINTS: Final = 1

_ITALIAN: Final = "it"


# ---------------------------------------------------------------------------- read models


@dataclass(frozen=True)
class CaseNeed:
    """A need of the case, as the referral dialog lists it."""

    code: str
    label: str
    area_code: str
    area_label: str
    #: From the latest assessment; None for a need picked without an assessment.
    severity: Severity | None
    severity_label: str
    #: An unmet need is recorded for it and not yet resolved.
    unmet_recorded: bool = False


@dataclass(frozen=True)
class ReferralContext:
    """What the referral dialog shows about the case before searching."""

    case_id: uuid.UUID
    case_reference: str
    case_closed: bool
    person_name: str
    #: The municipio used for "same district": the person's, else the office's.
    district_code: str
    district_label: str
    district_is_person: bool
    person_languages: tuple[str, ...]
    person_language_labels: tuple[str, ...]
    assessment_version: int | None
    needs: tuple[CaseNeed, ...]


@dataclass(frozen=True)
class ServiceMatch:
    """One service answering some of the case's needs, with its place and why."""

    service_id: uuid.UUID
    partner_id: uuid.UUID
    service_name: str
    partner_name: str
    address: str
    phone: str
    email: str
    district_code: str | None
    district_label: str
    cost_form: CostForm
    cost_form_label: str
    cost_notes: str
    #: Places in total (None: not stated) and free (None: not stated).
    capacity: int | None
    free_places: int | None
    capacity_label: str
    languages: tuple[str, ...]
    language_labels: tuple[str, ...]
    schedule: str
    eligibility: str
    needs_covered: tuple[str, ...]
    need_labels: tuple[str, ...]
    agreement: AgreementStatus
    same_district: bool
    serves_district: bool
    score: int
    reasons: tuple[str, ...]
    #: Label of the state of an open referral of this case to this service ("" if none).
    open_referral: str = ""

    @property
    def flagged(self) -> bool:
        """The partner has no protocol in force: shown in red, ranked last."""
        return not self.agreement.in_force

    @property
    def full(self) -> bool:
        return self.free_places is not None and self.free_places <= 0


@dataclass(frozen=True)
class FilterChoices:
    """Values for the filter widgets: (code, Italian label) pairs."""

    areas: tuple[tuple[str, str], ...]
    districts: tuple[tuple[str, str], ...]
    cost_forms: tuple[tuple[CostForm, str], ...]
    languages: tuple[tuple[str, str], ...]


def filter_choices() -> FilterChoices:
    return FilterChoices(
        areas=tuple((a.code, a.label_it) for a in resources.intervention_areas()),
        districts=tuple((d.code, d.label_it) for d in resources.districts()),
        cost_forms=tuple(COST_FORM_LABELS.items()),
        languages=tuple(
            sorted(((lang.code, lang.label_it) for lang in resources.languages()), key=_second)
        ),
    )


def _second(pair: tuple[str, str]) -> str:
    return pair[1]


def _labels() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    needs = {n.code: n.label_it for n in resources.needs()}
    need_area = {n.code: n.area_code for n in resources.needs()}
    districts = {d.code: d.label_it for d in resources.districts()}
    languages = {lang.code: lang.label_it for lang in resources.languages()}
    return needs, need_area, districts, languages


def _area_labels() -> dict[str, str]:
    return {a.code: a.label_it for a in resources.intervention_areas()}


# ---------------------------------------------------------------------------- case facts


@dataclass(frozen=True)
class _CaseFacts:
    """Plain values read from the case (no ORM object outlives the read unit)."""

    case_id: uuid.UUID
    case_reference: str
    case_closed: bool
    person_name: str
    district_code: str
    district_is_person: bool
    languages: tuple[str, ...]
    assessment_version: int | None
    severities: dict[str, int]


def _case_facts(unit: ReadUnit, case_id: uuid.UUID) -> _CaseFacts:
    session = unit.session
    case = session.get(Case, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound("La presa in carico cercata non esiste o è stata cancellata.")
    access.require_case(unit, case)  # office, then restricted content
    person = session.get(Person, case.person_id)
    if person is None or person.deleted_at is not None:
        raise NotFound("La persona della presa in carico non esiste o è stata cancellata.")
    district = person.district_code
    is_person = district is not None
    if district is None:
        office = session.get(Office, case.office_id)
        district = office.district_code if office is not None else ""
    latest = session.scalar(
        select(func.max(Assessment.version)).where(
            Assessment.case_id == case.id, Assessment.deleted_at.is_(None)
        )
    )
    severities: dict[str, int] = {}
    if latest is not None:
        rows = session.execute(
            select(AssessmentNeed.need_code, AssessmentNeed.severity)
            .join(Assessment, Assessment.id == AssessmentNeed.assessment_id)
            .where(
                Assessment.case_id == case.id,
                Assessment.version == latest,
                AssessmentNeed.deleted_at.is_(None),
            )
        )
        severities = {code: int(severity) for code, severity in rows}
    return _CaseFacts(
        case_id=case.id,
        case_reference=case.reference,
        case_closed=case.status == "closed",
        person_name=f"{person.last_name} {person.first_name}",
        district_code=district,
        district_is_person=is_person,
        languages=tuple(dict.fromkeys(person.languages)) or (_ITALIAN,),
        assessment_version=latest,
        severities=severities,
    )


def referral_context(desk: Database, actor: Actor | None, case_id: uuid.UUID) -> ReferralContext:
    """The case's reference, person, municipio, languages and assessed needs (most severe
    first), with the needs already recorded as unmet."""
    need_labels, need_area, district_labels, language_labels = _labels()
    area_labels = _area_labels()
    with ReadUnit(desk, actor) as unit:
        facts = _case_facts(unit, case_id)
        unmet = open_unmet_need_codes(unit.session, case_id)
    needs = [
        CaseNeed(
            code=code,
            label=need_labels.get(code, code),
            area_code=need_area.get(code, ""),
            area_label=area_labels.get(need_area.get(code, ""), ""),
            severity=Severity(severity),
            severity_label=SEVERITY_LABELS[Severity(severity)],
            unmet_recorded=code in unmet,
        )
        for code, severity in facts.severities.items()
    ]
    needs.sort(key=lambda need: (-(need.severity or 0), need.label))
    return ReferralContext(
        case_id=facts.case_id,
        case_reference=facts.case_reference,
        case_closed=facts.case_closed,
        person_name=facts.person_name,
        district_code=facts.district_code,
        district_label=district_labels.get(facts.district_code, facts.district_code),
        district_is_person=facts.district_is_person,
        person_languages=facts.languages,
        person_language_labels=tuple(language_labels.get(c, c) for c in facts.languages),
        assessment_version=facts.assessment_version,
        needs=tuple(needs),
    )


# ---------------------------------------------------------------------------- matching


def _free_places(capacity: int | None, used: int) -> int | None:
    return None if capacity is None else max(0, capacity - (used or 0))


def _capacity_label(capacity: int | None, free: int | None) -> str:
    if capacity is None or free is None:
        return "non indicata"
    if free <= 0:
        return f"esauriti (0 su {capacity})"
    return f"{free} liberi su {capacity}"


def _severity_text(code: int | None) -> str:
    return SEVERITY_LABELS[Severity(code)].lower() if code is not None else "non valutato"


class _ServiceRow(NamedTuple):
    service_id: uuid.UUID
    partner_id: uuid.UUID
    service_name: str
    partner_name: str
    address: str
    phone: str
    email: str
    district_code: str | None
    cost_form: str
    cost_notes: str
    capacity: int | None
    capacity_used: int
    languages: list[str]
    schedule: str
    eligibility: str
    needs_met: list[str]
    areas: list[str]
    districts_served: list[str]


@dataclass(frozen=True)
class _Filters:
    area: str | None
    district: str | None
    language: str | None
    with_capacity_only: bool


@dataclass(frozen=True)
class _Labels:
    needs: dict[str, str]
    districts: dict[str, str]
    languages: dict[str, str]


def _service_rows(
    session: Session, need_codes: Sequence[str], cost_forms: set[CostForm] | None
) -> list[_ServiceRow]:
    """Active services of live partners whose ``needs_met`` share a code with ``need_codes``."""
    covers: Select[tuple[int]] = (
        select(literal_column("1"))
        .select_from(func.json_each(Service.needs_met))
        .where(literal_column("value").in_(list(need_codes)))
    )
    stmt = (
        select(
            Service.id,
            Service.partner_id,
            Service.name,
            Partner.name,
            Service.address,
            Service.phone,
            Service.email,
            Service.district_code,
            Service.cost_form,
            Service.cost_notes,
            Service.capacity,
            Service.capacity_used,
            Service.languages,
            Service.schedule,
            Service.eligibility,
            Service.needs_met,
            Service.areas,
            Partner.districts_served,
        )
        .join(Partner, Partner.id == Service.partner_id)
        .where(
            Service.active.is_(True),
            Service.deleted_at.is_(None),
            Partner.deleted_at.is_(None),
            exists(covers),
        )
    )
    if cost_forms is not None:
        stmt = stmt.where(Service.cost_form.in_([c.value for c in cost_forms]))
    return [_ServiceRow._make(row) for row in session.execute(stmt)]


def _agreement_periods(
    session: Session, partner_ids: set[uuid.UUID]
) -> dict[uuid.UUID, list[tuple[date, date]]]:
    periods: dict[uuid.UUID, list[tuple[date, date]]] = defaultdict(list)
    if partner_ids:
        for partner_id, start, end in session.execute(
            select(Agreement.partner_id, Agreement.start_on, Agreement.end_on).where(
                Agreement.partner_id.in_(partner_ids), Agreement.deleted_at.is_(None)
            )
        ):
            periods[partner_id].append((start, end))
    return periods


def _open_referrals(session: Session, case_id: uuid.UUID) -> dict[uuid.UUID, str]:
    """Services this case has a referral to that is not over, with its state's label."""
    found: dict[uuid.UUID, str] = {}
    for service_id, status in session.execute(
        select(Referral.service_id, Referral.status).where(
            Referral.case_id == case_id, Referral.deleted_at.is_(None)
        )
    ):
        state = ReferralStatus(status)
        if not is_terminal(state):
            found[service_id] = REFERRAL_STATUS_LABELS[state]
    return found


def _passes(row: _ServiceRow, filters: _Filters) -> bool:
    if filters.area is not None and filters.area not in row.areas:
        return False
    district = filters.district
    served = row.districts_served
    if district is not None and not (
        row.district_code == district or not served or district in served
    ):
        return False
    if filters.language is not None and filters.language not in (row.languages or [_ITALIAN]):
        return False
    free = _free_places(row.capacity, row.capacity_used)
    return not (filters.with_capacity_only and free is not None and free <= 0)


class _Scorer:
    """Computes a service's score and its reasons for one case (module docstring)."""

    def __init__(self, facts: _CaseFacts, targets: dict[str, int | None], labels: _Labels):
        self.facts = facts
        self.targets = targets
        self.labels = labels
        self.home = facts.district_code
        self.home_label = labels.districts.get(self.home, self.home)
        self.foreign = [code for code in facts.languages if code != _ITALIAN]

    def severity(self, code: str) -> int:
        return self.targets[code] or UNASSESSED_SEVERITY

    def needs(self, covered: list[str]) -> tuple[int, str]:
        labels = self.labels.needs
        what = ", ".join(f"{labels.get(c, c)} ({_severity_text(self.targets[c])})" for c in covered)
        count = "1 bisogno" if len(covered) == 1 else f"{len(covered)} bisogni"
        points = NEED_POINTS * len(covered) + SEVERITY_POINTS * sum(map(self.severity, covered))
        return points, f"Risponde a {count}: {what}"

    def place(self, row: _ServiceRow) -> tuple[int, str, bool, bool]:
        """Points, reason, same municipio, serves the municipio."""
        where = self.labels.districts.get(row.district_code or "", "")
        served = row.districts_served
        if row.district_code is not None and row.district_code == self.home:
            whose = "della persona" if self.facts.district_is_person else "dello sportello"
            reason = f"Nello stesso municipio {whose} ({self.home_label})"
            return SAME_DISTRICT_POINTS, reason, True, True
        if not served or self.home in served:
            if row.district_code is None or not served:
                return SERVES_DISTRICT_POINTS, "Opera in tutta la città", False, True
            reason = f"Sede nel {where}, opera anche nel {self.home_label}"
            return SERVES_DISTRICT_POINTS, reason, False, True
        return 0, f"In un altro municipio ({where or 'non indicato'})", False, False

    def language(self, langs: tuple[str, ...]) -> tuple[int, str]:
        names = self.labels.languages
        shared = [c for c in self.foreign if c in langs]
        if self.foreign and shared:
            spoken = ", ".join(names.get(c, c) for c in shared)
            return LANGUAGE_POINTS, f"Parla {spoken}, lingua della persona"
        if not self.foreign and _ITALIAN in langs:
            return LANGUAGE_POINTS, "Parla italiano, la lingua della persona"
        if _ITALIAN in langs and _ITALIAN in self.facts.languages:
            missing = ", ".join(names.get(c, c) for c in self.foreign)
            return ITALIAN_ONLY_POINTS, f"Parla italiano, non {missing}"
        return 0, "Nessuna lingua in comune con la persona"

    @staticmethod
    def places(capacity: int | None, free: int | None) -> tuple[int, str]:
        if capacity is None or free is None:
            return CAPACITY_UNKNOWN_POINTS, "Capienza non indicata"
        if free > 0:
            return PLACES_POINTS, f"Posti disponibili: {free} su {capacity}"
        return 0, "Posti esauriti"

    @staticmethod
    def protocol(status: AgreementStatus) -> tuple[int, str]:
        if status.state is AgreementState.IN_FORCE:
            return IN_FORCE_POINTS, f"Protocollo d'intesa {status.label}"
        if status.state is AgreementState.EXPIRING:
            return EXPIRING_POINTS, f"Protocollo d'intesa {status.label}"
        return 0, (
            f"Protocollo d'intesa: {status.label}. Verificare con il coordinamento prima dell'invio"
        )

    def match(
        self, row: _ServiceRow, status: AgreementStatus, open_referral: str
    ) -> ServiceMatch | None:
        labels = self.labels
        covered = [code for code in self.targets if code in row.needs_met]
        if not covered:
            return None
        covered.sort(key=lambda c: (-self.severity(c), labels.needs.get(c, c)))
        langs = tuple(row.languages) or (_ITALIAN,)
        free = _free_places(row.capacity, row.capacity_used)
        cost = CostForm(row.cost_form)
        score, need_reason = self.needs(covered)
        place_points, place_reason, same, serves = self.place(row)
        language_points, language_reason = self.language(langs)
        places_points, places_reason = self.places(row.capacity, free)
        protocol_points, protocol_reason = self.protocol(status)
        cost_reason = COST_FORM_LABELS[cost] + (f" ({row.cost_notes})" if row.cost_notes else "")
        score += place_points + language_points + COST_POINTS[cost]
        score += places_points + protocol_points
        reasons = [need_reason, place_reason, language_reason, cost_reason, places_reason]
        reasons.append(protocol_reason)
        if open_referral:
            reasons.append(f"Già inviato per questa presa in carico ({open_referral.lower()})")
        where = labels.districts.get(row.district_code or "", row.district_code or "")
        return ServiceMatch(
            service_id=row.service_id,
            partner_id=row.partner_id,
            service_name=row.service_name,
            partner_name=row.partner_name,
            address=row.address,
            phone=row.phone,
            email=row.email,
            district_code=row.district_code,
            district_label=where if row.district_code else "Tutta la città",
            cost_form=cost,
            cost_form_label=COST_FORM_LABELS[cost],
            cost_notes=row.cost_notes,
            capacity=row.capacity,
            free_places=free,
            capacity_label=_capacity_label(row.capacity, free),
            languages=langs,
            language_labels=tuple(labels.languages.get(c, c) for c in langs),
            schedule=row.schedule,
            eligibility=row.eligibility,
            needs_covered=tuple(covered),
            need_labels=tuple(labels.needs.get(c, c) for c in covered),
            agreement=status,
            same_district=same,
            serves_district=serves,
            score=score,
            reasons=tuple(reasons),
            open_referral=open_referral,
        )


def find_services(
    desk: Database,
    actor: Actor | None,
    case_id: uuid.UUID,
    *,
    need_codes: Sequence[str] | None = None,
    area: str | None = None,
    district: str | None = None,
    cost_forms: Iterable[CostForm | str] | None = None,
    language: str | None = None,
    with_capacity_only: bool = False,
    today: date,
) -> list[ServiceMatch]:
    """The services answering the case's needs, best first (see the module docstring).

    ``need_codes`` replaces the needs of the latest assessment (their severities are kept
    where assessed). Raises :class:`~cotdesk.errors.NotFound` or
    :class:`~cotdesk.errors.PermissionDenied` for a case the operator may not see.
    """
    need_labels, _need_area, district_labels, language_labels = _labels()
    labels = _Labels(need_labels, district_labels, language_labels)
    filters = _Filters(area, district, language, with_capacity_only)
    wanted_costs = {CostForm(c) for c in cost_forms} if cost_forms is not None else None
    with ReadUnit(desk, actor) as unit:
        facts = _case_facts(unit, case_id)
        targets: dict[str, int | None] = (
            {code: facts.severities.get(code) for code in dict.fromkeys(need_codes)}
            if need_codes is not None
            else dict(facts.severities)
        )
        if not targets:
            return []
        rows = [
            row
            for row in _service_rows(unit.session, list(targets), wanted_costs)
            if _passes(row, filters)
        ]
        periods = _agreement_periods(unit.session, {row.partner_id for row in rows})
        open_referrals = _open_referrals(unit.session, case_id)
    scorer = _Scorer(facts, targets, labels)
    statuses = {
        partner_id: agreement_status(periods.get(partner_id, ()), today)
        for partner_id in {row.partner_id for row in rows}
    }
    matches = [
        match
        for row in rows
        if (
            match := scorer.match(
                row, statuses[row.partner_id], open_referrals.get(row.service_id, "")
            )
        )
        is not None
    ]
    matches.sort(
        key=lambda m: (m.flagged, -m.score, m.partner_name.casefold(), m.service_name.casefold())
    )
    return matches


# ---------------------------------------------------------------------------- referring


@dataclass(frozen=True)
class ReferralRequest:
    """One referral the operator asked for in the dialog."""

    service_id: uuid.UUID
    need_codes: tuple[str, ...]
    #: Timezone-aware (the dialog converts Rome time to UTC), or None.
    appointment_at: datetime | None = None
    notes: str = ""


@dataclass(frozen=True)
class CreatedReferral:
    referral_id: uuid.UUID
    reference: str
    service_name: str
    status: ReferralStatus


def create_referrals(
    desk: Database,
    actor: Actor | None,
    case_id: uuid.UUID,
    requests: Sequence[ReferralRequest],
    *,
    mark_sent: bool,
    today: date,
) -> list[CreatedReferral]:
    """Create the referrals of one case to several services in one transaction.

    All or nothing: one refused referral (closed case, inactive service, unknown need) saves
    none of them. With ``mark_sent`` each is moved to *Inviato* (sent today). Unmet needs
    of the case that a new referral covers are resolved.
    """
    if not requests:
        raise ValidationError("Nessun servizio scelto: aggiungere almeno un invio.")
    seen: set[uuid.UUID] = set()
    for request in requests:
        if request.service_id in seen:
            raise ValidationError("Lo stesso servizio è indicato due volte.", field="services")
        seen.add(request.service_id)
        if not request.need_codes:
            raise ValidationError(
                "Ogni invio deve indicare almeno un bisogno a cui risponde.", field="need_codes"
            )
        if request.appointment_at is not None and request.appointment_at.tzinfo is None:
            raise ValueError("appointment_at must be timezone-aware")
    created: list[CreatedReferral] = []
    with UnitOfWork(desk, actor) as uow:
        for request in requests:
            referral = referral_service.create_referral(
                uow,
                case_id,
                request.service_id,
                need_codes=list(request.need_codes),
                notes=request.notes,
                appointment_at=request.appointment_at,
                today=today,
            )
            if mark_sent:
                referral_service.move_referral(uow, referral.id, ReferralStatus.SENT, today=today)
            service = uow.session.get(Service, request.service_id)
            resolve_covered_needs(
                uow,
                case_id,
                request.need_codes,
                referral_reference=referral.reference,
                today=today,
            )
            created.append(
                CreatedReferral(
                    referral.id,
                    referral.reference,
                    service.name if service is not None else "",
                    ReferralStatus(referral.status),
                )
            )
        uow.commit()
    return created


# ---------------------------------------------------------------------------- letters


@dataclass(frozen=True)
class LetterDocument:
    """Referral letters rendered for the preview, with what the window title needs."""

    pdf: bytes
    references: tuple[str, ...]
    #: "Servizio — Ente" of each referral, in the same order.
    recipients: tuple[str, ...]


def render_letters_for_preview(
    desk: Database, actor: Actor | None, referral_ids: Sequence[uuid.UUID], *, today: date
) -> LetterDocument:
    """The letters of ``referral_ids`` in one PDF; each preview is recorded as a ``view``.

    Printing or saving it afterwards is recorded by :func:`record_letter_output`.
    """
    unique = list(dict.fromkeys(referral_ids))
    with UnitOfWork(desk, actor) as uow:
        if len(unique) == 1:
            pdf = documents.referral_letter(uow, unique[0], today=today, purpose="preview")
        else:
            pdf = documents.referral_letters(uow, unique, today=today, purpose="preview")
        rows = {
            referral_id: (reference, f"{service} — {partner}")
            for referral_id, reference, service, partner in uow.session.execute(
                select(Referral.id, Referral.reference, Service.name, Partner.name)
                .join(Service, Service.id == Referral.service_id)
                .join(Partner, Partner.id == Referral.partner_id)
                .where(Referral.id.in_(unique))
            )
        }
        uow.commit()
    return LetterDocument(
        pdf=pdf,
        references=tuple(rows[i][0] for i in unique),
        recipients=tuple(rows[i][1] for i in unique),
    )


def record_letter_output(
    desk: Database,
    actor: Actor | None,
    referral_ids: Sequence[uuid.UUID],
    *,
    purpose: documents.Purpose,
    path: str = "",
) -> None:
    """Record in the access log that the letters were printed or saved (``path``)."""
    action = documents.AUDIT_ACTIONS[purpose]
    unique = list(dict.fromkeys(referral_ids))
    with UnitOfWork(desk, actor) as uow:
        for referral_id in unique:
            referral = uow.session.get(Referral, referral_id)
            if referral is None or referral.deleted_at is not None:
                raise NotFound("L'invio cercato non esiste o è stato cancellato.")
            case = uow.session.get(Case, referral.case_id)
            if case is None:
                raise NotFound("La presa in carico dell'invio non esiste.")
            access.require_case(uow, case)
            detail: dict[str, Any] = {"document": "referral_letter"}
            if len(unique) > 1:
                detail["batch"] = len(unique)
            if path:
                detail["file"] = path.rsplit("/", 1)[-1]
            uow.audit(action, referral, **detail)
        uow.commit()
