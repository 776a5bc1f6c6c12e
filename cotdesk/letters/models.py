"""What a document shows: plain frozen view models, filled by a service, printed as is.

The letters package never reads the database. A service assembles these from the stored
records and decides what may be shown; the types themselves keep out what must never be
printed: :class:`ReferredPerson` has no field for the codice fiscale, the assessment, its
severities and vulnerabilities, or notes, so a referral letter cannot carry them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from cotdesk.domain.services_catalogue import CostForm

__all__ = [
    "ConsentFormData",
    "ConsentSubject",
    "IdentityKind",
    "OfficeHeading",
    "PurposeChoice",
    "Recipient",
    "ReferralLetterData",
    "ReferredPerson",
    "ServiceDetails",
]

IdentityKind = Literal["cf", "stp", "eni", "none"]


@dataclass(frozen=True, slots=True)
class OfficeHeading:
    """The COT office that issues the document (letterhead and contacts)."""

    name: str
    #: The municipal district, as printed: ``Municipio V (Prenestino/Centocelle)``.
    district: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    opening_hours: str = ""
    #: Where documents are dated: ``Roma, 24 novembre 2026``.
    place: str = "Roma"


@dataclass(frozen=True, slots=True)
class Recipient:
    """The partner organisation a referral letter is addressed to."""

    name: str
    address: str = ""
    #: Printed as ``Alla c.a. di …`` when given.
    contact_person: str = ""


@dataclass(frozen=True, slots=True)
class ReferredPerson:
    """The only personal data a partner receives with a referral (data minimisation)."""

    first_name: str
    last_name: str
    birth_date: date | None = None
    #: Only when the person consented to be contacted (purpose ``contatti``); else empty.
    phone: str = ""
    #: Italian names of the languages spoken, only when they are not Italian alone.
    languages: tuple[str, ...] = ()

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class ServiceDetails:
    """The partner's service the person is referred to, as the citizen needs to find it."""

    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    #: Opening hours of the service: ``lun-ven 9:00-13:00``.
    schedule: str = ""
    cost_form: CostForm = CostForm.FREE
    #: ``Quota in base all'ISEE``, ``15 € a incontro``.
    cost_notes: str = ""


@dataclass(frozen=True, slots=True)
class ReferralLetterData:
    """Everything a referral letter (*lettera di invio*) prints."""

    reference: str
    letter_date: date
    office: OfficeHeading
    recipient: Recipient
    person: ReferredPerson
    service: ServiceDetails
    #: Labels of the needs referred, from the need catalogue.
    needs: tuple[str, ...] = ()
    #: Already in Europe/Rome: the letter prints the wall-clock time as given.
    appointment: datetime | None = None
    #: Sentences of the service's eligibility text about what to bring.
    what_to_bring: tuple[str, ...] = ()
    #: The operator who made the referral.
    operator_name: str = ""
    #: Date of the consent to share data with the network that the letter relies on.
    consent_date: date | None = None


@dataclass(frozen=True, slots=True)
class ConsentSubject:
    """The person the privacy notice is given to (*interessato/a*)."""

    first_name: str
    last_name: str
    birth_date: date | None = None
    birth_place: str = ""
    identity_kind: IdentityKind = "none"
    #: Codice fiscale, or STP/ENI code; empty when the person has none.
    identity_code: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class PurposeChoice:
    """One purpose of the consent form and the choice recorded for it."""

    code: str
    text: str
    #: True: consents; False: does not consent; None: nothing recorded (both boxes empty).
    given: bool | None


@dataclass(frozen=True, slots=True)
class ConsentFormData:
    """Everything the privacy notice and consent form (*informativa e consenso*) prints."""

    office: OfficeHeading
    notice_version: str
    subject: ConsentSubject
    purposes: tuple[PurposeChoice, ...]
    form_date: date
    #: The operator who hands the form to the person.
    operator_name: str
    #: Legal representative (guardian, parent) who signs for the person, if recorded.
    signed_by: str = ""
    #: When the choices printed were recorded, if they were.
    recorded_on: date | None = None
