"""A withdrawn consent stops the processing it covered: no referral, no letter."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import Referral
from cotdesk.domain.referrals import ReferralStatus
from cotdesk.errors import ValidationError
from cotdesk.services import consents, documents
from cotdesk.services.matching import ReferralRequest, create_referrals
from cotdesk.services.referrals import move_referral
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork
from tests.unit.test_matching import HOUSING, add_case, add_services

TODAY = date(2026, 11, 24)


def test_withdrawn_sharing_consent_blocks_referrals_and_letters(
    db: Database, operator: Actor
) -> None:
    services = add_services(db)
    service_id = next(iter(services.values()))
    person_id, case_id = add_case(db, operator)
    (draft,) = create_referrals(
        db,
        operator,
        case_id,
        [ReferralRequest(service_id, (HOUSING,))],
        mark_sent=False,
        today=TODAY,
    )
    with UnitOfWork(db, operator) as uow:
        consents.withdraw_consent(uow, person_id, [consents.SHARING_PURPOSE])
        uow.commit()
    with ReadUnit(db, None) as unit:
        assert consents.withdrawn_purposes(unit.session, person_id) == {"condivisione_rete"}
    with pytest.raises(ValidationError, match="revocato il consenso") as refused:
        create_referrals(
            db,
            operator,
            case_id,
            [ReferralRequest(service_id, (HOUSING,))],
            mark_sent=True,
            today=TODAY,
        )
    assert "Ctrl+I" in refused.value.message
    with UnitOfWork(db, operator) as uow:
        referral_id = uow.session.scalars(select(Referral.id)).one()
        with pytest.raises(ValidationError, match="inviare i dati"):
            move_referral(uow, referral_id, ReferralStatus.SENT, today=TODAY)
        with pytest.raises(ValidationError, match="non ha acconsentito"):
            documents.referral_letter(uow, referral_id, today=TODAY)
    # Given again: the processing may resume.
    with UnitOfWork(db, operator) as uow:
        consents.give_consent(uow, person_id, [consents.SHARING_PURPOSE])
        move_referral(uow, referral_id, ReferralStatus.SENT, today=TODAY)
        assert documents.referral_letter(uow, referral_id, today=TODAY).startswith(b"%PDF")
        uow.commit()
    assert draft is not None


def test_withdrawing_another_purpose_does_not_block_referrals(
    db: Database, operator: Actor
) -> None:
    services = add_services(db)
    person_id, case_id = add_case(db, operator)
    with UnitOfWork(db, operator) as uow:
        consents.withdraw_consent(uow, person_id, ["contatti"])
        uow.commit()
    created = create_referrals(
        db,
        operator,
        case_id,
        [ReferralRequest(next(iter(services.values())), (HOUSING,))],
        mark_sent=True,
        today=TODAY,
    )
    assert len(created) == 1
