"""Retention: closed cases older than the retention period are anonymised (GDPR art. 5(1)(e)).

The period is the setting ``retention.years`` of the desk's office (default 10 years from
the closure of the case, as decided by the controller): a column of the office's row, set
on the server by the network administrator. A job (``cotdesk retention run [--dry-run]``,
to be scheduled daily or weekly by the operating system) applies it:

* a case closed before the cut-off (today minus the period) is replaced by an anonymous
  copy for the statistics, exactly as an erasure does
  (:func:`cotdesk.services.gdpr.anonymise_cases`): assessments, diario, notes, referral
  notes and answers go; office, areas, dates, status, partner and need codes stay;
* a person left with no case that is not anonymous, whose data has not changed since the
  cut-off, is erased from the desk (:func:`cotdesk.services.gdpr.erase_person` rules:
  consents, corrections, household memberships, drafts, outbox entries; a purge order for
  the server). A person with a more recent case keeps it, and their registry data;
* tombstoned rows are left to sync (they are not live data); anonymous copies are never
  touched again.

The statistics per area, month, district (unmet needs) and referral outcome do not change.
One number can: a person kept for a recent case, whose old case became anonymous, counts
twice in an all-time count of distinct people (once anonymously); nothing links the two.

Every run that changes something is written to the access log (``retention``, with the
counts) and ends with the secure clean-up of the file. ``--dry-run`` reports what a run
would do and changes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Final

from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import Case, Person
from cotdesk.domain.cases import CaseStatus
from cotdesk.domain.retention import DEFAULT_RETENTION_YEARS
from cotdesk.domain.roles import Role
from cotdesk.services import gdpr
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork

#: Persons handled in one transaction.
BATCH: Final = 200
RETENTION_REASON: Final = "Conservazione scaduta: presa in carico chiusa da oltre {years} anni"


def retention_years(db: Database, actor: Actor | None = None) -> int:
    """The setting ``retention.years`` of this desk's office (the office's row, set on the
    server by the network administrator), read through the settings service."""
    from cotdesk.services.settings import desk_settings

    value = desk_settings(db, actor).value("retention.years")
    return (
        value if isinstance(value, int) and not isinstance(value, bool) else DEFAULT_RETENTION_YEARS
    )


def cutoff_date(today: date, years: int) -> date:
    """``today`` minus ``years`` (29 February becomes 28 February)."""
    year = today.year - years
    try:
        return today.replace(year=year)
    except ValueError:
        return date(year, today.month, 28)


@dataclass(frozen=True)
class _PersonPlan:
    person_id: uuid.UUID
    case_ids: tuple[uuid.UUID, ...]
    erase: bool


@dataclass(frozen=True)
class RetentionReport:
    cutoff: date
    years: int
    dry_run: bool
    #: Cases closed before the cut-off, replaced (or to be replaced) by anonymous copies.
    cases_anonymised: int
    #: Persons erased because nothing of theirs is within the period any more.
    persons_erased: int
    #: Persons whose old cases were anonymised but who keep a more recent one.
    persons_kept: int
    case_references: tuple[str, ...] = field(default=())

    def describe(self) -> str:
        """The report in Italian, as the command prints it."""
        verb = "da anonimizzare" if self.dry_run else "anonimizzate"
        erased = "da cancellare" if self.dry_run else "cancellate"
        lines = [
            f"Conservazione dei dati: {self.years} anni dalla chiusura "
            f"(prese in carico chiuse prima del {self.cutoff:%d/%m/%Y}).",
            f"Prese in carico {verb}: {self.cases_anonymised}.",
            f"Persone {erased} (nessun dato nel periodo di conservazione): {self.persons_erased}.",
            f"Persone che restano per una presa in carico più recente: {self.persons_kept}.",
        ]
        if self.dry_run:
            lines.append("Prova (--dry-run): nessun dato è stato modificato.")
        return "\n".join(lines)


def _plan(db: Database, cutoff: date) -> list[_PersonPlan]:
    cutoff_moment = datetime(cutoff.year, cutoff.month, cutoff.day, tzinfo=UTC)
    with ReadUnit(db, None) as unit:
        session = unit.session
        old = session.execute(
            select(Case.person_id, Case.id)
            .where(
                Case.deleted_at.is_(None),
                Case.status == CaseStatus.CLOSED.value,
                Case.closed_on < cutoff,
                Case.reference.not_like("ANON-%"),
            )
            .order_by(Case.person_id, Case.opened_on)
        ).all()
        by_person: dict[uuid.UUID, list[uuid.UUID]] = {}
        for person_id, case_id in old:
            by_person.setdefault(person_id, []).append(case_id)
        plans = []
        for person_id, case_ids in by_person.items():
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                continue
            others = session.scalar(
                select(Case.id)
                .where(
                    Case.person_id == person_id,
                    Case.id.not_in(case_ids),
                    Case.deleted_at.is_(None),
                    Case.reference.not_like("ANON-%"),
                )
                .limit(1)
            )
            erase = others is None and person.updated_at < cutoff_moment
            plans.append(_PersonPlan(person_id, tuple(case_ids), erase))
        return plans


def run_retention(
    db: Database,
    actor: Actor | None,
    *,
    today: date,
    years: int | None = None,
    dry_run: bool = False,
) -> RetentionReport:
    """Apply the retention period (see the module doc); ``actor`` None is the scheduled job.

    An operator running it by hand must be an administrator.
    """
    years = retention_years(db, actor) if years is None else years
    if years < 1:
        raise ValueError("the retention period is at least one year")
    if actor is not None:
        with ReadUnit(db, actor) as unit:
            unit.require_role(Role.ADMIN, "applicare la conservazione dei dati")
    cutoff = cutoff_date(today, years)
    plans = _plan(db, cutoff)
    with ReadUnit(db, None) as unit:
        references = tuple(
            unit.session.scalars(
                select(Case.reference).where(
                    Case.id.in_([case_id for plan in plans for case_id in plan.case_ids])
                )
            ).all()
        )
    report = RetentionReport(
        cutoff=cutoff,
        years=years,
        dry_run=dry_run,
        cases_anonymised=sum(len(plan.case_ids) for plan in plans),
        persons_erased=sum(1 for plan in plans if plan.erase),
        persons_kept=sum(1 for plan in plans if not plan.erase),
        case_references=tuple(sorted(references)),
    )
    if dry_run or not plans:
        return report
    reason = RETENTION_REASON.format(years=years)
    for start in range(0, len(plans), BATCH):
        # One transaction per batch: a crash leaves whole batches done or not done.
        with UnitOfWork(db, actor) as uow:
            session = uow.session
            session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
            for plan in plans[start : start + BATCH]:
                person = session.get(Person, plan.person_id)
                if person is None:
                    continue
                if plan.erase:
                    gdpr.erase_linked(uow, person, reason)
                else:
                    gdpr.anonymise_and_remove(uow, person, plan.case_ids)
            uow.commit()
    with UnitOfWork(db, actor) as uow:
        uow.audit(
            "retention",
            entity_name="",
            years=years,
            cutoff=cutoff.isoformat(),
            cases_anonymised=report.cases_anonymised,
            persons_erased=report.persons_erased,
        )
        uow.commit()
    gdpr.try_secure_cleanup(db)
    return report
