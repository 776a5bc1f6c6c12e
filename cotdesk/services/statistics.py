"""The statistics of the network (issue 5): people reached per intervention area, unmet
needs, referral outcomes, cases opened and closed per month.

Every number is an SQL aggregate computed in one read transaction (:class:`ReadUnit`), so
the page, the CSV and the PDF of one request agree with each other. What each number means
is defined once, in :mod:`cotdesk.domain.statistics`; the filter is a
:class:`~cotdesk.domain.statistics.StatisticsFilter`.

Who sees what
=============

* operators: nothing. The statistics are the coordinator's tool (the page is not offered to
  them, and :func:`compute_statistics` refuses them with PermissionDenied);
* coordinators (supervisors): the cases of their own office, always. Asking for another
  office is refused;
* network administrators: the whole network held by this desk (every office), because the
  network publishes its figures as one table (the seeds' "utenti raggiunti"); they may
  narrow to one office with ``StatisticsFilter.office_id``.

Scope is decided by the *case's* office: a referral, an unmet need and a person count for
the office of the case they belong to. The municipio filter is the *person's* municipio
(where they live or are followed), else the municipio of the case's office: the rule the
unmet needs are recorded with (:mod:`cotdesk.services.unmet_needs`), used here for cases
and referrals too. Tombstoned rows (``deleted_at``) never count.

Exports (:func:`export_statistics`) are written to the access log (action ``export``,
with the format and the filter): they contain no personal data, but they leave the desk.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Final, Literal, TypeAlias

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    Uuid,
    and_,
    bindparam,
    case,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from cotdesk import resources
from cotdesk.db.database import Database
from cotdesk.db.models import (
    Case,
    Office,
    Partner,
    PartnerType,
    Person,
    Service,
    UnmetNeed,
)
from cotdesk.domain.referrals import ReferralStatus
from cotdesk.domain.roles import Role, require_role
from cotdesk.domain.statistics import (
    AreaCount,
    DistrictReach,
    MonthCount,
    PeopleReached,
    ReferralOutcome,
    ReferralOutcomes,
    StatisticsFilter,
    StatisticsReport,
    UnmetCell,
    UnmetNeeds,
    UnmetTotal,
    average_from_histogram,
    median_from_histogram,
    merge_histograms,
    months_between,
)
from cotdesk.errors import NotFound, PermissionDenied, ValidationError
from cotdesk.letters import statistics_report
from cotdesk.services.unit_of_work import Actor, ReadUnit, UnitOfWork

__all__ = [
    "ALL_DISTRICTS",
    "NETWORK",
    "TOP_NEEDS",
    "OfficeChoice",
    "StatisticsChoices",
    "compute_statistics",
    "export_statistics",
    "statistics_choices",
]

#: Labels of the unfiltered scope, as printed.
ALL_DISTRICTS: Final = "Tutti i municipi"
NETWORK: Final = "Tutta la rete"
#: How many needs the "most often unmet" list keeps.
TOP_NEEDS: Final = 15
ACTION: Final = "consultare le statistiche della rete"
#: Names shown for referrals whose service (or partner) this desk does not hold.
MISSING_SERVICE: Final = "(servizio non presente su questa postazione)"
MISSING_PARTNER: Final = "(ente non presente su questa postazione)"

_Stmt: TypeAlias = "Select[*tuple[Any, ...]]"
_R = ReferralStatus
_WAITING: Final = (_R.SENT.value, _R.NO_ANSWER.value)


@dataclass(frozen=True)
class OfficeChoice:
    office_id: uuid.UUID
    label: str


@dataclass(frozen=True)
class StatisticsChoices:
    """What the filters of the page may offer to the acting operator."""

    #: (code, label) of every municipio, in the reference order.
    districts: tuple[tuple[str, str], ...]
    #: The offices an administrator may narrow to (empty for a coordinator).
    offices: tuple[OfficeChoice, ...]
    #: The office a coordinator is held to (None for an administrator).
    own_office: OfficeChoice | None


# --------------------------------------------------------------------------- scope


@dataclass(frozen=True)
class _Scope:
    """The resolved question: office (None: every office), municipio, period."""

    office_id: uuid.UUID | None
    district_code: str
    start: date
    end: date


def _district_expr() -> ColumnElement[Any]:
    """The municipio a case counts in: the person's, else its office's."""
    return func.coalesce(Person.district_code, Office.district_code)


def _scoped(stmt: _Stmt, scope: _Scope, *, with_district: bool = False) -> _Stmt:
    """Restrict ``stmt`` (which selects from ``Case`` already) to the scope's cases.

    The person and the office are joined only when the municipio is needed.
    """
    stmt = stmt.where(Case.deleted_at.is_(None))
    if scope.office_id is not None:
        stmt = stmt.where(Case.office_id == scope.office_id)
    if scope.district_code or with_district:
        stmt = stmt.join(Person, Person.id == Case.person_id).join(
            Office, Office.id == Case.office_id
        )
        stmt = stmt.where(Person.deleted_at.is_(None))
    if scope.district_code:
        stmt = stmt.where(_district_expr() == scope.district_code)
    return stmt


def _labels() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    areas = {a.code: a.label_it for a in resources.intervention_areas()}
    districts = {d.code: d.label_it for d in resources.districts()}
    needs = {n.code: n.label_it for n in resources.needs()}
    return areas, districts, needs


def _ordered(codes: Iterable[str], reference: dict[str, str]) -> list[str]:
    """``codes`` in the reference order, unknown ones after it (alphabetically)."""
    present = set(codes)
    known = [code for code in reference if code in present]
    return known + sorted(present - set(reference))


# --------------------------------------------------------------------------- people reached


def _people_reached(session: Session, scope: _Scope) -> PeopleReached:
    area_labels, district_labels, _ = _labels()
    area = func.json_each(Case.areas).table_valued("value").alias("area")
    district = _district_expr()
    reached = (
        _scoped(
            select(
                # The person's rowid: an integer sorts faster than the text of a UUID.
                literal_column("person.rowid").label("person_id"),
                area.c.value.label("area"),
                district.label("district"),
            )
            .select_from(Case)
            .join(area, literal(True)),
            scope,
            with_district=True,
        )
        .where(
            Case.opened_on <= scope.end,
            or_(Case.closed_on.is_(None), Case.closed_on >= scope.start),
        )
        .distinct()
        .cte("reached")
        .prefix_with("MATERIALIZED")
    )
    persons = func.count(reached.c.person_id.distinct())
    null = literal(None)
    rows = session.execute(
        union_all(
            # The CTE's rows are distinct (person, area, municipio): count(*) is enough here.
            select(reached.c.district, reached.c.area, func.count()).group_by(
                reached.c.district, reached.c.area
            ),
            select(reached.c.district, null, persons).group_by(reached.c.district),
            select(null, reached.c.area, persons).group_by(reached.c.area),
            select(null, null, persons),
        )
    ).all()
    cells: dict[tuple[str | None, str | None], int] = {
        (district_code, area_code): int(count) for district_code, area_code, count in rows
    }
    # Every area of the reference, even with nobody in it (then any unknown code found).
    areas = _ordered(
        [*area_labels, *(a for d, a in cells if d is None and a is not None)], area_labels
    )
    districts = _ordered((d for d, a in cells if d is not None and a is None), district_labels)
    return PeopleReached(
        areas=tuple(
            AreaCount(code, area_labels.get(code, code), cells.get((None, code), 0))
            for code in areas
        ),
        total=cells.get((None, None), 0),
        districts=tuple(
            DistrictReach(
                code,
                district_labels.get(code, code),
                tuple(cells.get((code, a), 0) for a in areas),
                cells.get((code, None), 0),
            )
            for code in districts
        ),
    )


# --------------------------------------------------------------------------- unmet needs


def _unmet_needs(session: Session, scope: _Scope) -> UnmetNeeds:
    area_labels, district_labels, need_labels = _labels()
    resolved = UnmetNeed.resolved_on.is_not(None)
    stmt = (
        select(
            UnmetNeed.district_code,
            UnmetNeed.area_code,
            UnmetNeed.need_code,
            func.count(),
            func.sum(case((resolved, 1), else_=0)),
            func.sum(
                case(
                    (
                        resolved,
                        func.julianday(UnmetNeed.resolved_on)
                        - func.julianday(UnmetNeed.recorded_on),
                    ),
                    else_=0,
                )
            ),
        )
        .select_from(UnmetNeed)
        .join(Case, Case.id == UnmetNeed.case_id)
        .where(
            UnmetNeed.deleted_at.is_(None),
            UnmetNeed.recorded_on >= scope.start,
            UnmetNeed.recorded_on <= scope.end,
        )
        .group_by(UnmetNeed.district_code, UnmetNeed.area_code, UnmetNeed.need_code)
    )
    stmt = _scoped(stmt, replace(scope, district_code=""))
    if scope.district_code:
        stmt = stmt.where(UnmetNeed.district_code == scope.district_code)
    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    per_area: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_district: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_need: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    days_total = 0.0
    rows: list[Any] = list(session.execute(stmt))
    for district_code, area_code, need_code, count, resolved_count, days in rows:
        open_count = int(count) - int(resolved_count or 0)
        done = int(resolved_count or 0)
        for bucket in (
            cells[(district_code, area_code)],
            per_area[area_code],
            per_district[district_code],
            per_need[need_code],
        ):
            bucket[0] += open_count
            bucket[1] += done
        days_total += float(days or 0)

    def total(code: str, labels: dict[str, str], counts: list[int]) -> UnmetTotal:
        return UnmetTotal(code, labels.get(code, code), counts[0], counts[1])

    districts = _ordered(per_district, district_labels)
    areas = _ordered(per_area, area_labels)
    open_all = sum(counts[0] for counts in per_area.values())
    resolved_all = sum(counts[1] for counts in per_area.values())
    needs = sorted(per_need.items(), key=lambda item: (-sum(item[1]), -item[1][0], item[0]))
    return UnmetNeeds(
        cells=tuple(
            UnmetCell(
                d,
                district_labels.get(d, d),
                a,
                area_labels.get(a, a),
                cells[(d, a)][0],
                cells[(d, a)][1],
            )
            for d in districts
            for a in areas
            if (d, a) in cells
        ),
        by_area=tuple(total(a, area_labels, per_area[a]) for a in areas),
        by_district=tuple(total(d, district_labels, per_district[d]) for d in districts),
        by_need=tuple(total(code, need_labels, counts) for code, counts in needs[:TOP_NEEDS]),
        open=open_all,
        resolved=resolved_all,
        average_days_to_resolve=days_total / resolved_all if resolved_all else None,
    )


# --------------------------------------------------------------------------- referrals


#: One pass over the referrals sent in the period, grouped by service: the counts by outcome
#: and, as a list, the days each answered referral waited for its answer (the medians need
#: them all; one row per service keeps SQLite from sorting 300,000 rows by service and
#: days). ``{source}`` and ``{scope}`` say which referrals (see :func:`_referral_sql`). The
#: statuses are spelled out: keep them in step with
#: :class:`~cotdesk.domain.referrals.ReferralStatus` (a test does).
_REFERRAL_PASS: Final = """
SELECT referral.service_id AS service_id,
       group_concat(CAST(julianday(referral.answered_on) - julianday(referral.sent_on)
                         AS INTEGER)) AS days,
       count(*) AS sent,
       sum(referral.answered_on IS NOT NULL AND referral.status != 'declined') AS accepted,
       sum(referral.status = 'declined') AS refused,
       sum(referral.status IN ('sent', 'no_answer')) AS waiting,
       sum(referral.status = 'cancelled' AND referral.answered_on IS NULL) AS cancelled,
       sum(referral.status = 'in_progress') AS in_progress,
       sum(referral.status = 'completed') AS completed,
       sum(referral.status = 'interrupted') AS interrupted
FROM {source}
WHERE referral.deleted_at IS NULL
  AND referral.sent_on >= :start AND referral.sent_on <= :end
  {scope}
GROUP BY referral.service_id
"""
#: The columns after ``days``: sent ... interrupted.
_COUNTED: Final = 8
#: Only the referrals of the scope's cases. ``CROSS JOIN`` is SQLite's way of fixing the
#: join order: from the cases of the scope (an office's, through its index) to their
#: referrals through ``ix_referral_case_id``. Left to itself the planner prefers
#: ``ix_referral_status_sent`` for the period and then reads the referral rows of the whole
#: network at random to check their case: 5-10 times slower on 300,000 referrals.
_FROM_CASES: Final = "case_record CROSS JOIN referral ON referral.case_id = case_record.id"
_WITH_DISTRICT: Final = (
    " JOIN person ON person.id = case_record.person_id"
    " JOIN office ON office.id = case_record.office_id"
)
_CASE_ALIVE: Final = "AND case_record.deleted_at IS NULL"
#: The whole network: the covering index ``ix_referral_outcomes`` (migration 0009), read in
#: service order, never the table (the period's index would mean a random read per row),
#: leaving out tombstoned cases. A desk file from before 0009 opened read-only has no such
#: index: then one sequential read of the table.
OUTCOMES_INDEX: Final = "ix_referral_outcomes"
_FROM_NETWORK: Final = f"referral INDEXED BY {OUTCOMES_INDEX}"
_FROM_NETWORK_WITHOUT_INDEX: Final = "referral NOT INDEXED"
_NETWORK_ALIVE: Final = (
    "AND referral.case_id NOT IN (SELECT id FROM case_record WHERE deleted_at IS NOT NULL)"
)


def _referral_sql(scope: _Scope, *, covering_index: bool = True) -> str:
    """The referral pass for ``scope`` (parameters ``:start``, ``:end``, ``:office``,
    ``:district`` as needed)."""
    if scope.office_id is None and not scope.district_code:
        source = _FROM_NETWORK if covering_index else _FROM_NETWORK_WITHOUT_INDEX
        where = [_NETWORK_ALIVE]
    else:
        source, where = _FROM_CASES, [_CASE_ALIVE]
    if scope.office_id is not None:
        where.append("AND case_record.office_id = :office")
    if scope.district_code:
        source += _WITH_DISTRICT
        where.append(
            "AND person.deleted_at IS NULL"
            " AND coalesce(person.district_code, office.district_code) = :district"
        )
    return _REFERRAL_PASS.format(source=source, scope=" ".join(where))


def _referral_rows(session: Session, scope: _Scope) -> list[Any]:
    params: dict[str, Any] = {"start": scope.start, "end": scope.end}
    binds = [bindparam("start", type_=Date), bindparam("end", type_=Date)]
    if scope.office_id is not None:
        params["office"] = scope.office_id
        binds.append(bindparam("office", type_=Uuid))
    if scope.district_code:
        params["district"] = scope.district_code
    covering = (
        session.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = :name"),
            {"name": OUTCOMES_INDEX},
        ).first()
        is not None
    )
    sql = _referral_sql(scope, covering_index=covering)
    stmt = text(sql).bindparams(*binds).columns(column("service_id", Uuid))
    return list(session.execute(stmt, params))


def _referral_outcomes(session: Session, scope: _Scope) -> ReferralOutcomes:
    counts: dict[uuid.UUID, list[int]] = defaultdict(lambda: [0] * _COUNTED)
    histograms: dict[uuid.UUID, dict[int, int]] = defaultdict(dict)
    for service_id, days, *values in _referral_rows(session, scope):
        totals = counts[service_id]
        for index, value in enumerate(values):
            totals[index] += int(value or 0)
        if days:  # "3,10,5": group_concat leaves out the referrals without an answer
            histograms[service_id] = dict(Counter(int(day) for day in days.split(",")))

    services = {
        row.id: row
        for row in session.execute(
            select(
                Service.id,
                Service.name,
                Service.partner_id,
                Partner.name.label("partner_name"),
                PartnerType.label_it.label("partner_type"),
            )
            .join(Partner, Partner.id == Service.partner_id)
            .join(PartnerType, PartnerType.code == Partner.partner_type_code, isouter=True)
        )
        if row.id in counts
    }

    def outcome(
        key: uuid.UUID | None, name: str, detail: str, values: Iterable[list[int]],
        histogram: dict[int, int],
    ) -> ReferralOutcome:  # fmt: skip
        totals = [sum(column) for column in zip(*values, strict=True)] or [0] * _COUNTED
        sent, accepted, refused, waiting, cancelled, in_progress, completed, interrupted = totals
        return ReferralOutcome(
            key,
            name,
            detail,
            sent=sent,
            accepted=accepted,
            refused=refused,
            waiting=waiting,
            cancelled=cancelled,
            in_progress=in_progress,
            completed=completed,
            interrupted=interrupted,
            average_days_to_answer=average_from_histogram(histogram),
            median_days_to_answer=median_from_histogram(histogram),
            answer_days=histogram,
        )

    by_service = []
    per_partner: dict[uuid.UUID | None, list[uuid.UUID]] = defaultdict(list)
    for service_id, values in counts.items():
        info = services.get(service_id)
        per_partner[info.partner_id if info is not None else None].append(service_id)
        by_service.append(
            outcome(
                service_id,
                info.name if info is not None else MISSING_SERVICE,
                info.partner_name if info is not None else "",
                [values],
                histograms.get(service_id, {}),
            )
        )
    by_partner = []
    for partner_id, service_ids in per_partner.items():
        info = services.get(service_ids[0])
        by_partner.append(
            outcome(
                partner_id,
                info.partner_name if info is not None else MISSING_PARTNER,
                (info.partner_type or "") if info is not None else "",
                [counts[s] for s in service_ids],
                merge_histograms(histograms.get(s, {}) for s in service_ids),
            )
        )

    def order(item: ReferralOutcome) -> tuple[int, str]:
        return (-item.sent, item.name.casefold())

    return ReferralOutcomes(
        by_partner=tuple(sorted(by_partner, key=order)),
        by_service=tuple(sorted(by_service, key=order)),
        total=outcome(
            None,
            "Totale",
            "",
            counts.values(),
            merge_histograms(histograms.values()),
        ),
    )


# --------------------------------------------------------------------------- months


def _cases_per_month(session: Session, scope: _Scope) -> tuple[MonthCount, ...]:
    """One pass over the cases opened or closed in the period, grouped by the month of each
    event that falls in it (NULL: the other one does not)."""

    def month_in_period(day: Any) -> ColumnElement[Any]:
        return case(
            (and_(day >= scope.start, day <= scope.end), func.substr(day, 1, 7)), else_=None
        )

    opened, closed = month_in_period(Case.opened_on), month_in_period(Case.closed_on)
    stmt = _scoped(
        select(opened.label("opened"), closed.label("closed"), func.count())
        .select_from(Case)
        .where(
            or_(
                and_(Case.opened_on >= scope.start, Case.opened_on <= scope.end),
                and_(Case.closed_on >= scope.start, Case.closed_on <= scope.end),
            )
        )
        .group_by(opened, closed),
        scope,
    )
    found: dict[tuple[str, str], int] = defaultdict(int)
    for opened_month, closed_month, count in session.execute(stmt):
        if opened_month is not None:
            found[("opened", str(opened_month))] += int(count)
        if closed_month is not None:
            found[("closed", str(closed_month))] += int(count)
    return tuple(
        MonthCount(
            year,
            month,
            found.get(("opened", f"{year:04d}-{month:02d}"), 0),
            found.get(("closed", f"{year:04d}-{month:02d}"), 0),
        )
        for year, month in months_between(scope.start, scope.end)
    )


# --------------------------------------------------------------------------- entry points


def _resolve(unit: ReadUnit, flt: StatisticsFilter, today: date) -> tuple[_Scope, str]:
    """Check who asks and what; return the scope and the label of the offices it covers."""
    actor = unit.require_role(Role.SUPERVISOR, ACTION)
    session = unit.session
    office_id = flt.office_id
    if actor.role is not Role.ADMIN:
        if office_id is not None:
            unit.require_office(office_id)
        office_id = actor.office_id
    scope_label = NETWORK
    if office_id is not None:
        name = session.execute(
            select(Office.name).where(Office.id == office_id, Office.deleted_at.is_(None))
        ).scalar_one_or_none()
        if name is None:
            raise NotFound("Lo sportello scelto non è presente su questa postazione.")
        scope_label = name
    if flt.district_code and flt.district_code not in {d.code for d in resources.districts()}:
        raise ValidationError(
            f"Municipio sconosciuto: {flt.district_code}. Sceglierne uno dall'elenco.",
            field="district_code",
        )
    end = flt.end or today
    start = flt.start
    if start is None:
        stmt = select(func.min(Case.opened_on)).where(Case.deleted_at.is_(None))
        if office_id is not None:
            stmt = stmt.where(Case.office_id == office_id)
        start = session.execute(stmt).scalar_one_or_none() or end
        start = min(start, end)
    if start > end:
        raise ValidationError(
            f"Il periodo comincia il {start:%d/%m/%Y} e finisce prima, il {end:%d/%m/%Y}: "
            "correggere le date.",
            field="start",
        )
    return _Scope(office_id, flt.district_code, start, end), scope_label


def compute_statistics(
    db: Database, actor: Actor | None, flt: StatisticsFilter, *, today: date
) -> StatisticsReport:
    """The whole statistics page for ``flt`` (see the module docstring for the scope).

    One read transaction: every section sees the same snapshot. (Computing the sections
    side by side on threads, each in its own transaction, was measured slower on the
    benchmark's desk: 1.05 s against 0.60 s for the network's whole history.)
    """
    _, district_labels, _ = _labels()
    with ReadUnit(db, actor) as unit:
        scope, scope_label = _resolve(unit, flt, today)
        session = unit.session
        return StatisticsReport(
            start=scope.start,
            end=scope.end,
            district_code=scope.district_code,
            district_label=district_labels.get(scope.district_code, ALL_DISTRICTS)
            if scope.district_code
            else ALL_DISTRICTS,
            office_id=scope.office_id,
            scope_label=scope_label,
            computed_on=today,
            people=_people_reached(session, scope),
            unmet=_unmet_needs(session, scope),
            referrals=_referral_outcomes(session, scope),
            months=_cases_per_month(session, scope),
        )


def statistics_choices(db: Database, actor: Actor | None) -> StatisticsChoices:
    """The municipi and (for administrators) the offices the page's filters offer."""
    with ReadUnit(db, actor) as unit:
        actor = unit.require_role(Role.SUPERVISOR, ACTION)
        rows = unit.session.execute(
            select(Office.id, Office.name, Office.code)
            .where(Office.deleted_at.is_(None))
            .order_by(Office.code)
        ).all()
    offices = tuple(OfficeChoice(row.id, row.name) for row in rows)
    own = next((o for o in offices if o.office_id == actor.office_id), None)
    districts = tuple((d.code, d.label_it) for d in resources.districts())
    if actor.role is Role.ADMIN:
        return StatisticsChoices(districts, offices, None)
    return StatisticsChoices(districts, (), own)


ExportFormat: TypeAlias = Literal["csv", "pdf"]


def export_statistics(
    db: Database,
    actor: Actor | None,
    report: StatisticsReport,
    fmt: ExportFormat,
    render: Callable[[StatisticsReport], bytes] | None = None,
) -> bytes:
    """The report as a CSV or PDF file's bytes; the export is written to the access log."""
    if render is None:
        render = (
            statistics_report.render_statistics_csv
            if fmt == "csv"
            else statistics_report.render_statistics_pdf
        )
    what = "esportare le statistiche della rete"
    if actor is None:
        raise PermissionDenied("Accedere con le proprie credenziali per continuare.")
    require_role(actor.role, Role.SUPERVISOR, what)
    content = render(report)
    with UnitOfWork(db, actor) as uow:
        uow.require_role(Role.SUPERVISOR, what)
        if report.office_id is not None:
            uow.require_office(report.office_id)
        elif actor.role is not Role.ADMIN:
            raise PermissionDenied(
                "Le statistiche di tutta la rete sono riservate all'amministratore di rete."
            )
        uow.audit(
            "export",
            entity_name="statistics",
            format=fmt,
            start=report.start.isoformat(),
            end=report.end.isoformat(),
            district=report.district_code,
            office=str(report.office_id) if report.office_id else "",
            bytes=len(content),
        )
        uow.commit()
    return content
