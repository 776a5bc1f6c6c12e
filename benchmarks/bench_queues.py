"""The coordinator's queues (issue 5) on the demo desk, grown to 300,000 referrals.

The cached demo database (:func:`benchmarks.common.demo_database`, ~100,000 cases and
~110,000 referrals) is copied to a temporary folder; the copy's referrals are duplicated
with plain SQL inserts (new ids and references, same cases, statuses and dates) until
there are at least 300,000. The acting operator is a coordinator of the desk's office.

Measured, each ``--runs`` times: ``queues.queue_rows`` for every queue (unfiltered, up to
``ROW_LIMIT`` rows, built into frozen rows), the same with a text and an area filter, and
``queues.queue_counts`` (all five counts). Target: each queue < 100 ms. The SQL plans
(``EXPLAIN QUERY PLAN``) of the count queries are written with the results.

    python -m benchmarks.bench_queues [--persons 100000] [--runs 30] [--referrals 300000]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from benchmarks.common import demo_database, summary_ms, write_results
from cotdesk.db.database import Database, open_database
from cotdesk.db.models import Case, DeskState, Operator, Referral
from cotdesk.domain.roles import Role
from cotdesk.services import queues
from cotdesk.services.queues import QueueFilter, QueueKind
from cotdesk.services.unit_of_work import Actor

TARGET_MS = 100.0

_REFERRAL_COLUMNS = (
    "case_id, service_id, partner_id, need_codes, status, created_by_id, sent_on, answered_on,"
    " appointment_at, partner_answer, outcome, completed_on, notes, created_at, updated_at,"
    " server_version, deleted_at"
)


def _copy(source: Path, folder: Path) -> Path:
    target = folder / source.name
    for suffix in ("", "-wal", "-shm"):
        extra = Path(str(source) + suffix)
        if extra.exists():
            shutil.copyfile(extra, Path(str(target) + suffix))
    return target


def _grow_referrals(path: Path, target: int) -> int:
    """Duplicate the referrals with fast SQL inserts until there are ``target`` or more."""
    connection = sqlite3.connect(path)
    try:
        round_ = 0
        while connection.execute("SELECT count(*) FROM referral").fetchone()[0] < target:
            round_ += 1
            connection.execute(
                f"INSERT INTO referral (id, reference, {_REFERRAL_COLUMNS}) "
                f"SELECT lower(hex(randomblob(16))), reference || '-B{round_}', "
                f"{_REFERRAL_COLUMNS} FROM referral WHERE reference NOT LIKE '%-B%'"
            )
            connection.commit()
        connection.execute("ANALYZE")
        connection.commit()
        return int(connection.execute("SELECT count(*) FROM referral").fetchone()[0])
    finally:
        connection.close()


def _supervisor(db: Database) -> Actor:
    with db.read_session() as session:
        office_id = session.scalar(select(DeskState.office_id))
        operator = session.scalars(
            select(Operator)
            .where(Operator.office_id == office_id, Operator.role == "supervisor")
            .order_by(Operator.username)
        ).first()
        assert operator is not None
        assert office_id is not None
        return Actor(operator.id, office_id, Role.SUPERVISOR, operator.full_name)


def _measure(fn: Callable[[], Any], runs: int) -> tuple[dict[str, float], Any]:
    result = fn()  # warm-up (statement cache, page cache)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - start)
    return summary_ms(samples), result


def _plans(path: Path, office_hex: str, today: date) -> dict[str, list[str]]:
    connection = sqlite3.connect(path)
    day = today.isoformat()
    queries = {
        "unassigned": "SELECT count(*) FROM case_record WHERE office_id = ? AND deleted_at IS NULL"
        " AND status IN ('open','in_progress','suspended','closure_requested')"
        " AND assigned_operator_id IS NULL",
        "overdue": "SELECT count(*) FROM case_record WHERE office_id = ? AND deleted_at IS NULL"
        f" AND follow_up_on < '{day}' AND status IN ('open','in_progress')",
        "referrals": "SELECT count(*) FROM referral JOIN case_record ON case_record.id ="
        " referral.case_id WHERE referral.status IN ('sent','no_answer') AND referral.sent_on <"
        f" date('{day}', '-15 days') AND case_record.office_id = ?",
    }
    try:
        return {
            name: [row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + sql, (office_hex,))]
            for name, sql in queries.items()
        }
    finally:
        connection.close()


def run(persons: int, runs: int, referrals: int) -> dict[str, Any]:
    source = demo_database(persons)
    with tempfile.TemporaryDirectory() as folder:
        path = _copy(source, Path(folder))
        total_referrals = _grow_referrals(path, referrals)
        open_database(path).close()  # migrations (0005's index) first, then statistics
        connection = sqlite3.connect(path)
        connection.execute("ANALYZE")
        connection.commit()
        connection.close()
        db = open_database(path)
        try:
            actor = _supervisor(db)
            today = datetime.now(ZoneInfo("Europe/Rome")).date()
            with db.read_session() as session:
                cases = session.scalar(select(func.count()).select_from(Case))
                office_cases = session.scalar(
                    select(func.count()).select_from(Case).where(Case.office_id == actor.office_id)
                )
                assert session.scalar(select(func.count()).select_from(Referral)) == total_referrals
            results: dict[str, Any] = {
                "cases": cases,
                "office_cases": office_cases,
                "referrals": total_referrals,
                "today": today.isoformat(),
                "queues": {},
            }
            counts_stats, counts = _measure(
                lambda: queues.queue_counts(db, actor, today=today), runs
            )
            results["counts"] = {**counts_stats, "values": counts.__dict__}
            for kind in QueueKind:
                for label, flt in (
                    ("all", QueueFilter()),
                    ("text", QueueFilter(text="ross")),
                    ("area", QueueFilter(area="anziani")),
                ):
                    stats, rows = _measure(
                        partial(queues.queue_rows, db, actor, kind, today=today, flt=flt),
                        runs,
                    )
                    results["queues"][f"{kind.value}/{label}"] = {**stats, "rows": len(rows)}
            results["plans"] = _plans(path, actor.office_id.hex, today)
            return results
        finally:
            db.close()


def _markdown(data: dict[str, Any]) -> str:
    lines = [
        "# Queues (issue 5)",
        "",
        f"Demo desk: {data['cases']:,} cases ({data['office_cases']:,} in the coordinator's "
        f"office), {data['referrals']:,} referrals (demo referrals duplicated with SQL inserts). "
        f"Today = {data['today']}. Wall times in ms on this machine "
        f"({data['machine']['cpus']} CPUs, shared), n = {data['counts']['n']} runs each. "
        f"Target: each queue < {TARGET_MS:.0f} ms. Rows are capped at {queues.ROW_LIMIT}.",
        "",
        "| query | rows | p50 | p95 | max | target met |",
        "|---|---:|---:|---:|---:|---|",
    ]
    counts = data["counts"]
    lines.append(
        f"| queue_counts (all five) | — | {counts['p50_ms']:.1f} | {counts['p95_ms']:.1f} "
        f"| {counts['max_ms']:.1f} | {'yes' if counts['p95_ms'] < TARGET_MS else 'NO'} |"
    )
    for name, stats in data["queues"].items():
        ok = "yes" if stats["p95_ms"] < TARGET_MS else "NO"
        lines.append(
            f"| queue_rows {name} | {stats['rows']} | {stats['p50_ms']:.1f} "
            f"| {stats['p95_ms']:.1f} | {stats['max_ms']:.1f} | {ok} |"
        )
    lines += [
        "",
        f"Counts: {data['counts']['values']}",
        "",
        "Notes: the referral queue reads the covering index `ix_referral_waiting` (status,",
        "sent_on, case_id, deleted_at; migration 0005) and fetches the details of the rows",
        "shown only; before it (one table row per waiting referral of the whole network) the",
        "counts took ~83 ms and the referral rows p95 ~160 ms on the same data. The other",
        "queues use the existing case indexes. The rest of `queue_rows` is building up to",
        "1,000 frozen rows in Python.",
        "",
        "## SQL plans (counts)",
        "",
    ]
    for name, plan in data["plans"].items():
        lines.append(f"* {name}: " + "; ".join(f"`{step}`" for step in plan))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--referrals", type=int, default=300_000)
    args = parser.parse_args()
    data = run(args.persons, args.runs, args.referrals)
    from benchmarks.common import machine

    data["machine"] = machine()
    path = write_results("queues", data, _markdown(data))
    print(path.read_text())


if __name__ == "__main__":
    main()
