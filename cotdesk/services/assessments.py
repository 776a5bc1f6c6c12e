"""Need assessments (*valutazione del bisogno*): dated, versioned, append-only.

Saving an assessment always creates a new version; the previous ones stay readable. The
priority score of :mod:`cotdesk.domain.priority` is computed at that moment, stored with its
reasons on the assessment, and copied onto the case for the queues.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cotdesk.db.models import Assessment, AssessmentNeed, Need
from cotdesk.domain.needs import Severity
from cotdesk.domain.priority import (
    AssessedNeed,
    PriorityScore,
    Vulnerability,
    compute_priority,
    waiting_days,
)
from cotdesk.errors import ValidationError
from cotdesk.services.cases import add_event, get_case_for_update
from cotdesk.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class NeedInput:
    need_code: str
    severity: Severity
    notes: str = ""


def record_assessment(
    uow: UnitOfWork,
    case_id: uuid.UUID,
    needs: list[NeedInput],
    *,
    vulnerabilities: list[Vulnerability] | None = None,
    narrative: str = "",
    today: date,
) -> tuple[Assessment, PriorityScore]:
    """Save a new version of the case's assessment and update the case's priority."""
    actor = uow.require_actor()
    case = get_case_for_update(uow, case_id)
    if not needs:
        raise ValidationError("Indicare almeno un bisogno.", field="needs")
    codes = [need.need_code for need in needs]
    if len(set(codes)) != len(codes):
        raise ValidationError("Lo stesso bisogno è indicato due volte.", field="needs")
    catalogue = {
        row.code: row for row in uow.session.scalars(select(Need).where(Need.code.in_(codes)))
    }
    for code in codes:
        if code not in catalogue:
            raise ValidationError(f"Bisogno sconosciuto: {code}.", field="needs")
    factors = [Vulnerability(v) for v in (vulnerabilities or [])]
    score = compute_priority(
        [AssessedNeed(catalogue[n.need_code].label_it, Severity(n.severity)) for n in needs],
        factors,
        waiting_days(case.opened_on, None, today),
    )
    previous = uow.session.scalar(
        select(func.max(Assessment.version)).where(Assessment.case_id == case.id)
    )
    assessment = Assessment(
        case_id=case.id,
        version=(previous or 0) + 1,
        assessed_on=today,
        operator_id=actor.operator_id,
        vulnerabilities=sorted(v.value for v in set(factors)),
        narrative=narrative.strip(),
        priority_score=score.score,
        priority_reasons=list(score.reasons),
    )
    uow.session.add(assessment)
    uow.flush()
    for need in needs:
        uow.session.add(
            AssessmentNeed(
                assessment_id=assessment.id,
                need_code=need.need_code,
                severity=int(need.severity),
                notes=need.notes.strip(),
            )
        )
    case.priority = score.score
    areas = sorted({catalogue[code].area_code for code in codes} | set(case.areas))
    if areas != case.areas:
        case.areas = areas
    add_event(
        uow,
        case,
        "assessment",
        f"Valutazione del bisogno n. {assessment.version}: priorità {score.score} "
        f"({score.level.value})",
        assessment_id=str(assessment.id),
    )
    uow.audit("create", assessment)
    return assessment, score


def assessment_history(session: Session, case_id: uuid.UUID) -> list[Assessment]:
    """Every version of the case's assessment, newest first."""
    return list(
        session.scalars(
            select(Assessment)
            .where(Assessment.case_id == case_id, Assessment.deleted_at.is_(None))
            .order_by(Assessment.version.desc())
        )
    )
