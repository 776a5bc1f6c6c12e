"""The statistics page (issue 5) on the demo desk grown to 300,000 referrals.

The desk is the queues benchmark's (:mod:`benchmarks.bench_queues`, whose generator is
reused, not copied): the cached demo database (:func:`benchmarks.common.demo_database`,
~100,000 cases and ~110,000 referrals) copied to a temporary folder, its referrals
duplicated with SQL inserts until there are at least 300,000, then ``ANALYZE``.

Measured, each ``--runs`` times after one warm-up: the whole page's computation,
:func:`cotdesk.services.statistics.compute_statistics` (people reached per area and
municipio, unmet needs, referral outcomes per partner and service, cases per month, in one
read transaction, built into frozen records), for

* a coordinator (their office: ~8,000 cases) and the network administrator (every office:
  ~100,000 cases, ~300,000 referrals);
* this year so far, the whole history ("dall'inizio"), and one municipio.

Target: the full statistics page < 1 s. Also reported, not part of the target: rendering
the report to PDF and CSV (what the export buttons add), and each section alone for the
administrator's whole history (where the time goes). The SQL plan of the referral pass is
written with the results.

    python -m benchmarks.bench_statistics [--persons 100000] [--runs 10] [--referrals 300000]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from pathlib import Path
from statistics import median as statistics_median
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from benchmarks.bench_queues import _copy, _grow_referrals, _supervisor
from benchmarks.common import demo_database, machine, summary_ms, write_results
from cotdesk.db.database import Database, open_database
from cotdesk.db.models import Case, Office, Referral
from cotdesk.domain.roles import Role
from cotdesk.domain.statistics import StatisticsFilter, StatisticsReport
from cotdesk.letters.statistics_report import render_statistics_csv, render_statistics_pdf
from cotdesk.services import statistics
from cotdesk.services.unit_of_work import Actor, ReadUnit

TARGET_MS = 1000.0


def _measure(fn: Callable[[], Any], runs: int) -> tuple[dict[str, float], Any]:
    """Wall-time percentiles, and the median CPU time of the process (every thread): what
    the work costs whatever else the machine is doing."""
    result = fn()  # warm-up (statement cache, page cache)
    samples, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        samples.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return {**summary_ms(samples), "cpu_p50_ms": round(statistics_median(cpu) * 1000, 1)}, result


def _describe(report: StatisticsReport) -> dict[str, Any]:
    return {
        "period": f"{report.start.isoformat()}..{report.end.isoformat()}",
        "people_total": report.people.total,
        "people_per_area": {a.area_code: a.persons for a in report.people.areas},
        "unmet_open": report.unmet.open,
        "unmet_resolved": report.unmet.resolved,
        "referrals_sent": report.referrals.total.sent,
        "partners": len(report.referrals.by_partner),
        "services": len(report.referrals.by_service),
        "months": len(report.months),
    }


def _referral_plan(db: Database, actor: Actor, flt: StatisticsFilter, today: date) -> list[str]:
    with ReadUnit(db, actor) as unit:
        scope, _ = statistics._resolve(unit, flt, today)
    sql = statistics._referral_sql(scope)
    connection = sqlite3.connect(db.path)
    try:
        params = {"start": scope.start.isoformat(), "end": scope.end.isoformat()}
        if scope.office_id is not None:
            params["office"] = scope.office_id.hex
        if scope.district_code:
            params["district"] = scope.district_code
        return [row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + sql, params)]
    finally:
        connection.close()


def run(persons: int, runs: int, referrals: int) -> dict[str, Any]:
    source = demo_database(persons)
    with tempfile.TemporaryDirectory() as folder:
        path = _copy(source, Path(folder))
        total_referrals = _grow_referrals(path, referrals)
        open_database(path).close()  # migrations first, then statistics for the planner
        connection = sqlite3.connect(path)
        connection.execute("ANALYZE")
        connection.commit()
        connection.close()
        db = open_database(path)
        try:
            supervisor = _supervisor(db)
            admin = replace(supervisor, role=Role.ADMIN, full_name="Amministratore di rete")
            today = datetime.now(ZoneInfo("Europe/Rome")).date()
            with db.read_session() as session:
                cases = session.scalar(select(func.count()).select_from(Case))
                office_cases = session.scalar(
                    select(func.count())
                    .select_from(Case)
                    .where(Case.office_id == supervisor.office_id)
                )
                assert session.scalar(select(func.count()).select_from(Referral)) == total_referrals
                # The coordinator's own municipio (another one would measure an empty page).
                own_district = session.scalar(
                    select(Office.district_code).where(Office.id == supervisor.office_id)
                )
            this_year = StatisticsFilter(start=date(today.year, 1, 1), end=today)
            filters = {
                "this year": this_year,
                "whole history": StatisticsFilter(),
                "this year, one municipio": replace(this_year, district_code=own_district or ""),
            }
            results: dict[str, Any] = {
                "cases": cases,
                "office_cases": office_cases,
                "referrals": total_referrals,
                "today": today.isoformat(),
                "page": {},
            }
            for who, actor in (("coordinator", supervisor), ("administrator", admin)):
                for label, flt in filters.items():
                    stats, report = _measure(
                        partial(statistics.compute_statistics, db, actor, flt, today=today), runs
                    )
                    results["page"][f"{who} / {label}"] = {**stats, **_describe(report)}

            network = statistics.compute_statistics(db, admin, StatisticsFilter(), today=today)
            sections: dict[str, Any] = {}
            with ReadUnit(db, admin) as unit:
                scope, _ = statistics._resolve(unit, StatisticsFilter(), today)
                for name, fn in (
                    ("people reached", statistics._people_reached),
                    ("unmet needs", statistics._unmet_needs),
                    ("referral outcomes", statistics._referral_outcomes),
                    ("cases per month", statistics._cases_per_month),
                ):
                    stats, _ = _measure(partial(fn, unit.session, scope), max(3, runs // 2))
                    sections[name] = stats
            results["sections (administrator, whole history)"] = sections
            pdf_stats, pdf = _measure(lambda: render_statistics_pdf(network), max(3, runs // 2))
            csv_stats, csv = _measure(lambda: render_statistics_csv(network), max(3, runs // 2))
            results["exports (administrator, whole history)"] = {
                "pdf": {**pdf_stats, "bytes": len(pdf)},
                "csv": {**csv_stats, "bytes": len(csv)},
            }
            results["referral plan"] = {
                "network": _referral_plan(db, admin, StatisticsFilter(), today),
                "office": _referral_plan(db, supervisor, StatisticsFilter(), today),
                "municipio": _referral_plan(
                    db, admin, StatisticsFilter(district_code=own_district or ""), today
                ),
            }
            return results
        finally:
            db.close()


def _markdown(data: dict[str, Any]) -> str:
    lines = [
        "# Statistics page (issue 5)",
        "",
        f"Demo desk: {data['cases']:,} cases ({data['office_cases']:,} in the coordinator's "
        f"office), {data['referrals']:,} referrals (demo referrals duplicated with SQL inserts,"
        f" as in the queues benchmark). Today = {data['today']}. Wall times in ms on this "
        f"machine ({data['machine']['cpus']} CPUs, shared with other work: see the load note),"
        f" after one warm-up. Target: the full statistics page < {TARGET_MS:.0f} ms. CPU: the"
        " process's CPU time (all threads), which does not grow with the machine's load.",
        "",
        "| who / period | people reached | referrals | p50 | p95 | max | CPU p50 | target met |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for name, stats in data["page"].items():
        ok = "yes" if stats["p95_ms"] < TARGET_MS else "NO"
        lines.append(
            f"| {name} | {stats['people_total']:,} | {stats['referrals_sent']:,} "
            f"| {stats['p50_ms']:.0f} | {stats['p95_ms']:.0f} | {stats['max_ms']:.0f} "
            f"| {stats['cpu_p50_ms']:.0f} | {ok} |"
        )
    lines += ["", "Where the time goes (administrator, whole history, p50 ms):", ""]
    for name, stats in data["sections (administrator, whole history)"].items():
        lines.append(f"* {name}: {stats['p50_ms']:.0f} (CPU {stats['cpu_p50_ms']:.0f})")
    exports = data["exports (administrator, whole history)"]
    lines += [
        "",
        f"Exports of that report (not part of the target): PDF {exports['pdf']['p50_ms']:.0f} ms"
        f" ({exports['pdf']['bytes']:,} bytes), CSV {exports['csv']['p50_ms']:.0f} ms "
        f"({exports['csv']['bytes']:,} bytes).",
        "",
        f"Load average while measuring: {data.get('load', 'n/a')}.",
        "",
        "## Referral pass: SQL plans",
        "",
    ]
    for name, plan in data["referral plan"].items():
        lines.append(f"* {name}: " + "; ".join(f"`{step}`" for step in plan))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--referrals", type=int, default=300_000)
    args = parser.parse_args()
    import os

    load_before = os.getloadavg()
    data = run(args.persons, args.runs, args.referrals)
    load_after = os.getloadavg()
    data["load"] = f"{load_before[0]:.1f} before, {load_after[0]:.1f} after (1-minute)"
    data["machine"] = machine()
    path = write_results("statistics", data, _markdown(data))
    print(path.read_text())


if __name__ == "__main__":
    main()
