"""cotdesk.letters: the PDF documents the desk prints, rendered with ReportLab.

Documents are drawn from the frozen view models of :mod:`cotdesk.letters.models`; a service
(:mod:`cotdesk.services.documents`) fills them from the database and audits the printing.
Every document embeds DejaVu Sans (``resources/fonts/``) and uses it everywhere.
"""

from cotdesk.letters.consent_form import render_consent_form
from cotdesk.letters.models import (
    ConsentFormData,
    ConsentSubject,
    OfficeHeading,
    PurposeChoice,
    Recipient,
    ReferralLetterData,
    ReferredPerson,
    ServiceDetails,
)
from cotdesk.letters.referral_letter import (
    reference_qr,
    render_referral_letter,
    render_referral_letters,
)

__all__ = [
    "ConsentFormData",
    "ConsentSubject",
    "OfficeHeading",
    "PurposeChoice",
    "Recipient",
    "ReferralLetterData",
    "ReferredPerson",
    "ServiceDetails",
    "reference_qr",
    "render_consent_form",
    "render_referral_letter",
    "render_referral_letters",
]
