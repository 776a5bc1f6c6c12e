"""The privacy notice and consents (GDPR arts. 6, 7, 9, 13): recorded, never deleted.

Each act (notice given, consent given, consent withdrawn) is a new append-only
:class:`~cotdesk.db.models.Consent` row, so the history of what a person agreed to, when and
in front of whom is kept; the current state is derived from the rows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from cotdesk.db.models import Consent, Person
from cotdesk.errors import NotFound, ValidationError
from cotdesk.services.unit_of_work import UnitOfWork

#: Version of the privacy notice (informativa) the desk hands out now.
NOTICE_VERSION: Final = "2026-01"

#: Purposes a person may consent to, with their Italian wording on the form.
PURPOSES: Final[dict[str, str]] = {
    "presa_in_carico": (
        "Trattamento dei dati personali, anche relativi alla salute, per la presa in carico "
        "e la valutazione del bisogno"
    ),
    "condivisione_rete": (
        "Comunicazione agli enti partner della rete dei soli dati necessari per gli invii"
    ),
    "contatti": "Contatto telefonico, SMS o e-mail per appuntamenti e aggiornamenti",
}


@dataclass(frozen=True)
class ConsentStatus:
    notice_version: str | None
    notice_given_at: datetime | None
    purposes: frozenset[str]

    @property
    def notice_given(self) -> bool:
        return self.notice_given_at is not None


def _person(uow: UnitOfWork, person_id: uuid.UUID) -> Person:
    person = uow.session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFound("La persona non esiste o è stata cancellata.")
    uow.require_office(person.office_id)
    return person


def _check_purposes(purposes: list[str]) -> list[str]:
    unknown = sorted(set(purposes) - PURPOSES.keys())
    if unknown:
        raise ValidationError(f"Finalità del consenso sconosciute: {', '.join(unknown)}.")
    if not purposes:
        raise ValidationError("Indicare almeno una finalità.", field="purposes")
    return sorted(set(purposes))


def record_notice(uow: UnitOfWork, person_id: uuid.UUID, *, signed_by: str = "") -> Consent:
    """The privacy notice was given to the person (or to their legal representative)."""
    actor = uow.require_actor()
    person = _person(uow, person_id)
    row = Consent(
        person_id=person.id,
        action="notice_given",
        notice_version=NOTICE_VERSION,
        operator_id=actor.operator_id,
        signed_by=signed_by.strip(),
    )
    uow.session.add(row)
    uow.flush()
    uow.audit("consent", person, act="notice_given", notice_version=NOTICE_VERSION)
    return row


def give_consent(
    uow: UnitOfWork, person_id: uuid.UUID, purposes: list[str], *, signed_by: str = ""
) -> Consent:
    actor = uow.require_actor()
    person = _person(uow, person_id)
    row = Consent(
        person_id=person.id,
        action="given",
        notice_version=NOTICE_VERSION,
        purposes=_check_purposes(purposes),
        operator_id=actor.operator_id,
        signed_by=signed_by.strip(),
    )
    uow.session.add(row)
    uow.flush()
    uow.audit("consent", person, act="given", purposes=row.purposes)
    return row


def withdraw_consent(
    uow: UnitOfWork, person_id: uuid.UUID, purposes: list[str], *, notes: str = ""
) -> Consent:
    """Record a withdrawal: a new row; what was given before stays in the history."""
    actor = uow.require_actor()
    person = _person(uow, person_id)
    row = Consent(
        person_id=person.id,
        action="withdrawn",
        notice_version=NOTICE_VERSION,
        purposes=_check_purposes(purposes),
        operator_id=actor.operator_id,
        notes=notes.strip(),
    )
    uow.session.add(row)
    uow.flush()
    uow.audit("consent", person, act="withdrawn", purposes=row.purposes)
    return row


def consent_status(session: Session, person_id: uuid.UUID) -> ConsentStatus:
    """The person's current notice and consents, replaying the acts in order."""
    rows = session.scalars(
        select(Consent)
        .where(Consent.person_id == person_id, Consent.deleted_at.is_(None))
        .order_by(Consent.recorded_at, Consent.created_at)
    )
    notice_version: str | None = None
    notice_at: datetime | None = None
    purposes: set[str] = set()
    for row in rows:
        if row.action == "notice_given":
            notice_version, notice_at = row.notice_version, row.recorded_at
        elif row.action == "given":
            purposes.update(row.purposes)
        else:
            purposes.difference_update(row.purposes)
    return ConsentStatus(notice_version, notice_at, frozenset(purposes))


#: The consent a referral needs: sending data to a partner organisation.
SHARING_PURPOSE: Final = "condivisione_rete"


def withdrawn_purposes(session: Session, person_id: uuid.UUID) -> frozenset[str]:
    """Purposes the person consented to and then withdrew (and has not given again)."""
    rows = session.scalars(
        select(Consent)
        .where(Consent.person_id == person_id, Consent.deleted_at.is_(None))
        .order_by(Consent.recorded_at, Consent.created_at)
    )
    withdrawn: set[str] = set()
    for row in rows:
        if row.action == "given":
            withdrawn.difference_update(row.purposes)
        elif row.action == "withdrawn":
            withdrawn.update(row.purposes)
    return frozenset(withdrawn)


def require_not_withdrawn(session: Session, person_id: uuid.UUID, purpose: str, doing: str) -> None:
    """Refuse ``doing`` (Italian, e.g. "preparare un invio") when the person has withdrawn
    the consent to ``purpose``: a withdrawal stops the processing it covered."""
    if purpose in withdrawn_purposes(session, person_id):
        raise ValidationError(
            f"La persona ha revocato il consenso «{PURPOSES[purpose]}»: non è possibile "
            f"{doing}. Se la persona acconsente di nuovo, registrare il nuovo consenso nella "
            "sua scheda (Ctrl+I).",
            field="consent",
        )
