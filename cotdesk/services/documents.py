"""Documents the desk prints: referral letters and the privacy consent form.

Each function checks that the acting operator may see the record (its office), assembles
the view models of :mod:`cotdesk.letters` from the database, renders the PDF and records in
the access log who printed, exported or previewed which document, in the caller's unit of
work: the caller commits (after the PDF has been handed to the printer or saved).

What a referral letter may carry is decided here, not in the letter: the partner receives
the person's first and last name and birth date, the phone number only if the person
consented to be contacted (``contatti``), the languages spoken when they are not Italian
alone, and the needs referred. Never the codice fiscale, the assessment (narrative,
severities, vulnerabilities) or any notes. Without a consent to share data with the network
(``condivisione_rete``) no letter is printed.

:func:`save_pdf` writes a document atomically and turns a full disk or a forbidden folder
into a :class:`~cotdesk.errors.UserError` that says what to do.
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
import uuid
from collections.abc import Iterable, Sequence
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path
from typing import Final, Literal, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from cotdesk import resources
from cotdesk.db.models import (
    Case,
    Consent,
    District,
    Need,
    Office,
    Operator,
    Partner,
    Person,
    Referral,
    Service,
    Synced,
)
from cotdesk.domain.italian import LOCAL_ZONE
from cotdesk.domain.services_catalogue import CostForm
from cotdesk.errors import NotFound, UserError, ValidationError
from cotdesk.letters import (
    ConsentFormData,
    ConsentSubject,
    OfficeHeading,
    PurposeChoice,
    Recipient,
    ReferralLetterData,
    ReferredPerson,
    ServiceDetails,
    render_consent_form,
    render_referral_letter,
    render_referral_letters,
)
from cotdesk.letters.models import IdentityKind
from cotdesk.services import access
from cotdesk.services.consents import NOTICE_VERSION, PURPOSES
from cotdesk.services.unit_of_work import UnitOfWork

__all__ = [
    "AUDIT_ACTIONS",
    "Purpose",
    "consent_form",
    "referral_letter",
    "referral_letters",
    "save_pdf",
    "what_to_bring",
]

#: Why a document is produced; each is audited under its own action.
Purpose = Literal["print", "export", "preview"]
AUDIT_ACTIONS: Final[dict[str, str]] = {"print": "print", "export": "export", "preview": "view"}


#: Consent purposes a referral letter depends on.
SHARING_PURPOSE: Final = "condivisione_rete"
CONTACT_PURPOSE: Final = "contatti"

#: Words that mark a sentence of an eligibility text as something to bring along.
_BRING = re.compile(
    r"\b(portare|porti|munirsi|munit[oaie]|esibire|allegare|document[oi]|documentazione)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+|\n+")

_IDENTITY_KINDS: Final[dict[str, IdentityKind]] = {
    "cf": "cf",
    "stp": "stp",
    "eni": "eni",
    "none": "none",
}
#: Disk quota exceeded: a full disk for the user (not defined on every platform).
_EDQUOT: Final = getattr(errno, "EDQUOT", errno.ENOSPC)

_Row = TypeVar("_Row", bound=Synced)


def _audit_action(purpose: Purpose) -> str:
    try:
        return AUDIT_ACTIONS[purpose]
    except KeyError:
        raise ValueError(f"unknown document purpose: {purpose!r}") from None


def _local_date(moment: datetime) -> date:
    return moment.astimezone(LOCAL_ZONE).date()


def what_to_bring(eligibility: str) -> tuple[str, ...]:
    """The sentences of a service's eligibility text that say what to bring, if any.

    ``"Residenti nel municipio. Portare documento d'identità e ISEE."`` gives
    ``("Portare documento d'identità e ISEE.",)``; a text about requirements only gives ``()``.
    """
    sentences = (part.strip() for part in _SENTENCE_END.split(eligibility))
    found = []
    for sentence in sentences:
        if sentence and _BRING.search(sentence):
            text = sentence if sentence[-1] in ".!?" else sentence.rstrip(";,:") + "."
            found.append(text[0].upper() + text[1:])
    return tuple(found)


# ---------------------------------------------------------------------------- shared parts


def _office_heading(session: Session, office: Office) -> OfficeHeading:
    district = session.get(District, office.district_code)
    return OfficeHeading(
        name=office.name,
        district=district.label_it if district is not None else "",
        address=office.address,
        phone=office.phone,
        email=office.email,
        opening_hours=office.opening_hours,
        place=district.city if district is not None and district.city else "Roma",
    )


def _consent_acts(session: Session, person_id: uuid.UUID) -> list[Consent]:
    """The person's consent acts in the order they happened (as ``consent_status``)."""
    return list(
        session.scalars(
            select(Consent)
            .where(Consent.person_id == person_id, Consent.deleted_at.is_(None))
            .order_by(Consent.recorded_at, Consent.created_at)
        )
    )


def _purposes_in_force(acts: Iterable[Consent]) -> dict[str, datetime]:
    """Each purpose consented to now, with when the consent in force was recorded."""
    in_force: dict[str, datetime] = {}
    for act in acts:
        if act.action == "given":
            in_force.update(dict.fromkeys(act.purposes, act.recorded_at))
        elif act.action == "withdrawn":
            for purpose in act.purposes:
                in_force.pop(purpose, None)
    return in_force


def _operator_name(session: Session, operator_id: uuid.UUID, fallback: str = "") -> str:
    operator = session.get(Operator, operator_id)
    return operator.full_name if operator is not None else fallback


def _language_labels(codes: Sequence[str]) -> tuple[str, ...]:
    """Italian names of the languages, or ``()`` when the person speaks Italian alone."""
    if not set(codes) - {"it"}:
        return ()
    labels = {language.code: language.label_it for language in resources.languages()}
    return tuple(dict.fromkeys(labels.get(code, code) for code in codes))


# ---------------------------------------------------------------------------- referral letter


def _live(row: _Row | None, message: str) -> _Row:
    if row is None or row.deleted_at is not None:
        raise NotFound(message)
    return row


def _referral_letter_data(
    uow: UnitOfWork, referral_id: uuid.UUID, *, today: date
) -> tuple[Referral, ReferralLetterData]:
    session = uow.session
    referral = _live(
        session.get(Referral, referral_id), "L'invio cercato non esiste o è stato cancellato."
    )
    case = _live(
        session.get(Case, referral.case_id),
        "La presa in carico dell'invio non esiste o è stata cancellata.",
    )
    access.require_case(uow, case)  # office, then restricted content
    person = _live(
        session.get(Person, case.person_id),
        "La persona dell'invio non esiste o è stata cancellata.",
    )
    office = session.get(Office, case.office_id)
    service = session.get(Service, referral.service_id)
    partner = session.get(Partner, referral.partner_id)
    if office is None or service is None or partner is None:
        raise NotFound("Lo sportello, il servizio o l'ente partner dell'invio non è disponibile.")

    in_force = _purposes_in_force(_consent_acts(session, person.id))
    if SHARING_PURPOSE not in in_force:
        raise ValidationError(
            f"{person.first_name} {person.last_name} non ha acconsentito alla comunicazione "
            "dei dati agli enti partner: registrare il consenso prima di stampare la lettera "
            "di invio.",
            field="consent",
        )
    phone = ""
    if CONTACT_PURPOSE in in_force:
        phone = person.phone or person.phone_alt

    needs = session.scalars(select(Need).where(Need.code.in_(referral.need_codes)))
    labels = {need.code: need.label_it for need in needs}
    appointment = (
        referral.appointment_at.astimezone(LOCAL_ZONE)
        if referral.appointment_at is not None
        else None
    )
    data = ReferralLetterData(
        reference=referral.reference,
        letter_date=today,
        office=_office_heading(session, office),
        recipient=Recipient(
            name=partner.name, address=partner.address, contact_person=partner.contact_person
        ),
        person=ReferredPerson(
            first_name=person.first_name,
            last_name=person.last_name,
            birth_date=person.birth_date,
            phone=phone,
            languages=_language_labels(person.languages),
        ),
        service=ServiceDetails(
            name=service.name,
            address=service.address,
            phone=service.phone,
            email=service.email,
            schedule=service.schedule,
            cost_form=CostForm(service.cost_form),
            cost_notes=service.cost_notes,
        ),
        needs=tuple(labels.get(code, code) for code in referral.need_codes),
        appointment=appointment,
        what_to_bring=what_to_bring(service.eligibility),
        operator_name=_operator_name(session, referral.created_by_id),
        consent_date=_local_date(in_force[SHARING_PURPOSE]),
    )
    return referral, data


def referral_letter(
    uow: UnitOfWork, referral_id: uuid.UUID, *, today: date, purpose: Purpose = "print"
) -> bytes:
    """The referral letter of one referral, as PDF bytes; audited (the caller commits).

    Raises :class:`~cotdesk.errors.PermissionDenied` for a referral of another office,
    :class:`~cotdesk.errors.NotFound` for a missing one, and
    :class:`~cotdesk.errors.ValidationError` without the consent to share data.
    """
    action = _audit_action(purpose)
    referral, data = _referral_letter_data(uow, referral_id, today=today)
    pdf = render_referral_letter(data)
    uow.audit(action, referral, document="referral_letter")
    return pdf


def referral_letters(
    uow: UnitOfWork,
    referral_ids: Sequence[uuid.UUID],
    *,
    today: date,
    purpose: Purpose = "print",
) -> bytes:
    """One PDF with the letters of ``referral_ids`` (in that order, duplicates once).

    All or nothing: one referral the operator may not print stops the whole batch. Each
    referral gets its own audit row.
    """
    action = _audit_action(purpose)
    unique = list(dict.fromkeys(referral_ids))
    if not unique:
        raise ValidationError("Nessun invio selezionato: scegliere le lettere da stampare.")
    assembled = [_referral_letter_data(uow, referral_id, today=today) for referral_id in unique]
    pdf = render_referral_letters([data for _, data in assembled])
    for referral, _ in assembled:
        uow.audit(action, referral, document="referral_letter", batch=len(assembled))
    return pdf


# ---------------------------------------------------------------------------- consent form


def consent_form(
    uow: UnitOfWork, person_id: uuid.UUID, *, today: date, purpose: Purpose = "print"
) -> bytes:
    """The privacy notice and consent form of a person, with the choices recorded so far.

    A person with no consent act yet gets a form with both boxes empty for every purpose,
    to be ticked by hand and then recorded.
    """
    action = _audit_action(purpose)
    actor = uow.require_actor()
    session = uow.session
    person = _live(session.get(Person, person_id), "La persona non esiste o è stata cancellata.")
    uow.require_office(person.office_id)
    office = session.get(Office, person.office_id)
    if office is None:
        raise NotFound("Lo sportello della persona non è configurato su questa postazione.")

    acts = _consent_acts(session, person.id)
    choices = [act for act in acts if act.action in ("given", "withdrawn")]
    in_force = _purposes_in_force(acts)
    signers = [act.signed_by for act in acts if act.signed_by]
    identity_kind = _IDENTITY_KINDS.get(person.identity_kind, "none")
    code = person.fiscal_code if identity_kind == "cf" else person.foreign_code
    data = ConsentFormData(
        office=_office_heading(session, office),
        notice_version=NOTICE_VERSION,
        subject=ConsentSubject(
            first_name=person.first_name,
            last_name=person.last_name,
            birth_date=person.birth_date,
            birth_place=person.birth_place_name,
            identity_kind=identity_kind,
            identity_code=code or "",
        ),
        purposes=tuple(
            PurposeChoice(code, text, (code in in_force) if choices else None)
            for code, text in PURPOSES.items()
        ),
        form_date=today,
        operator_name=_operator_name(session, actor.operator_id, actor.full_name),
        signed_by=signers[-1] if signers else "",
        recorded_on=_local_date(choices[-1].recorded_at) if choices else None,
    )
    pdf = render_consent_form(data)
    uow.audit(action, person, document="consent_form")
    return pdf


# ---------------------------------------------------------------------------- saving


def _save_error(exc: OSError, target: Path) -> UserError | None:
    if exc.errno in (errno.ENOSPC, _EDQUOT):
        return UserError(
            "Spazio su disco esaurito: la lettera non è stata salvata. Liberare spazio e riprovare."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(
            f"Non è possibile scrivere «{target.name}» nella cartella «{target.parent}»: "
            "permesso negato, oppure il file è aperto in un altro programma. Chiudere il "
            "file o scegliere un'altra cartella e riprovare."
        )
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return UserError(
            f"La cartella «{target.parent}» non esiste più: scegliere un'altra cartella e "
            "riprovare."
        )
    return None


def save_pdf(data: bytes, path: str | os.PathLike[str]) -> Path:
    """Write ``data`` to ``path`` atomically: a temporary file beside it, then a rename.

    A reader never sees half a PDF, and a failed write leaves any previous file intact.
    A full disk, a forbidden or missing folder raise :class:`~cotdesk.errors.UserError`
    with an Italian message; other ``OSError`` propagate.
    """
    target = Path(path)
    temp_name: str | None = None
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
        temp_name = None
    except OSError as exc:
        translated = _save_error(exc, target)
        if translated is not None:
            raise translated from exc
        raise
    finally:
        if temp_name is not None:
            with suppress(OSError):
                os.unlink(temp_name)
    return target
