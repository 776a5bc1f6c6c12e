"""Referrals (*invii*) of a case to partner services, and their lifecycle.

The allowed moves and who may make them are :data:`cotdesk.domain.referrals.REFERRAL_LIFECYCLE`;
here they are applied to the stored referral, dated, and written on the case timeline.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from cotdesk.db.models import Case, Need, Office, Referral, Service
from cotdesk.domain.referrals import (
    REFERRAL_STATUS_LABELS,
    ReferralStatus,
    check_referral_reason,
    check_referral_transition,
)
from cotdesk.errors import NotFound, ValidationError
from cotdesk.services import consents
from cotdesk.services.cases import add_event, get_case_for_update, next_reference
from cotdesk.services.unit_of_work import UnitOfWork


def create_referral(
    uow: UnitOfWork,
    case_id: uuid.UUID,
    service_id: uuid.UUID,
    *,
    need_codes: list[str],
    notes: str = "",
    appointment_at: datetime | None = None,
    today: date,
) -> Referral:
    """Prepare a referral (draft) of a case to a service for some of its needs."""
    actor = uow.require_actor()
    case = get_case_for_update(uow, case_id)
    if case.status == "closed":
        raise ValidationError("La presa in carico è chiusa: riaprirla prima di fare un invio.")
    consents.require_not_withdrawn(
        uow.session, case.person_id, consents.SHARING_PURPOSE, "preparare un invio a un ente"
    )
    service = uow.session.get(Service, service_id)
    if service is None or service.deleted_at is not None or not service.active:
        raise NotFound("Il servizio scelto non esiste o non è più attivo.")
    for code in need_codes:
        if uow.session.get(Need, code) is None:
            raise ValidationError(f"Bisogno sconosciuto: {code}.", field="need_codes")
    office = uow.session.get(Office, case.office_id)
    assert office is not None  # the case's office exists: foreign key
    referral = Referral(
        reference=next_reference(uow, f"INV-{office.code}", today),
        case_id=case.id,
        service_id=service.id,
        partner_id=service.partner_id,
        need_codes=sorted(set(need_codes)),
        created_by_id=actor.operator_id,
        appointment_at=appointment_at,
        notes=notes.strip(),
    )
    uow.session.add(referral)
    uow.flush()
    add_event(
        uow,
        case,
        "referral",
        f"Invio preparato: {service.name}",
        referral_id=referral.id,
        status=referral.status,
    )
    uow.audit("create", referral)
    return referral


def get_referral_for_update(uow: UnitOfWork, referral_id: uuid.UUID) -> tuple[Referral, Case]:
    referral = uow.session.get(Referral, referral_id)
    if referral is None or referral.deleted_at is not None:
        raise NotFound("L'invio cercato non esiste o è stato cancellato.")
    return referral, get_case_for_update(uow, referral.case_id)


def move_referral(
    uow: UnitOfWork,
    referral_id: uuid.UUID,
    target: ReferralStatus,
    *,
    reason: str = "",
    partner_answer: str = "",
    today: date,
) -> Referral:
    """Record a step of the referral: sent, the partner's answer, the start, the outcome."""
    actor = uow.require_actor()
    referral, case = get_referral_for_update(uow, referral_id)
    current = ReferralStatus(referral.status)
    target = ReferralStatus(target)
    check_referral_transition(current, target, actor.role)
    check_referral_reason(current, target, reason)
    if target is ReferralStatus.SENT:  # sending is communicating the data to the partner
        consents.require_not_withdrawn(
            uow.session, case.person_id, consents.SHARING_PURPOSE, "inviare i dati all'ente"
        )
    referral.status = target.value
    if target is ReferralStatus.SENT:
        referral.sent_on = today
    elif target in (ReferralStatus.ACCEPTED, ReferralStatus.DECLINED):
        referral.answered_on = today
    elif target in (ReferralStatus.COMPLETED, ReferralStatus.INTERRUPTED):
        referral.completed_on = today
    if partner_answer.strip():
        referral.partner_answer = partner_answer.strip()
    if reason.strip() and target in (
        ReferralStatus.DECLINED,
        ReferralStatus.INTERRUPTED,
        ReferralStatus.COMPLETED,
    ):
        referral.outcome = reason.strip()
    text = f"Invio {referral.reference}: {REFERRAL_STATUS_LABELS[current]} → "
    text += REFERRAL_STATUS_LABELS[target]
    if reason.strip():
        text += f" ({reason.strip()})"
    add_event(
        uow,
        case,
        "referral",
        text,
        referral_id=referral.id,
        status=target.value,
        previous=current.value,
    )
    uow.audit("update", referral, status=target.value)
    return referral
