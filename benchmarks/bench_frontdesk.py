"""The front desk's performance targets (issue 4) on the demo database of 100,000 persons.

The cached demo database (:func:`benchmarks.common.demo_database`) is copied to a temporary
folder first: the benchmark writes (audit rows, the extra cases of (a), letters), and the
cache stays as built. The acting operator works in the desk's own office.

(a) **Opening a person with 20 cases** (target < 150 ms): ``person_view.view_person``, the
    person page's read model, with its audit row and commit. A demo person of the office
    gets 19 more cases through the services (each with an assessment of two needs, a
    referral and a note), so the page really lists 20; ordinary demo persons (1-2 cases)
    are measured too.
(b) **One referral letter** (target < 150 ms): ``documents.referral_letter`` on demo
    referrals whose person consented to sharing (office check, assembling, rendering,
    audit, commit), and the preview path of the letter dialog
    (``matching.render_letters_for_preview``).
(c) **100 letters in one PDF** (target < 10 s): ``documents.referral_letters``. For
    information, the same batch printed through ``QPrinter`` to a PDF file
    (``letter_preview.print_pdf``: every page rendered by QtPdf at 150 dpi and drawn).
(d) **First search results after the last keystroke** (target p95 < 50 ms): the real
    ``HomePage`` offscreen with Qt's global thread pool; each query is typed key by key
    with ``QTest`` (60 ms between keys, as a fast typist), and the time runs from just
    before the last key event to the model reset that shows the results of the full text.
    The page searches with no fixed delay and coalesces the keys typed while a search runs
    (see ``cotdesk/ui/home.py``): this is the latency as shipped.
(e) **find_services** p95 on cases of the office with an assessment: the default search,
    and with filters (municipio, free only, places only).

    python -m benchmarks.bench_frontdesk [--persons 100000] [--searches 100] [--cases 200]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, Final

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import func, select

from benchmarks.common import demo_database, summary_ms, write_results
from cotdesk.db.database import Database, open_database
from cotdesk.db.models import (
    Assessment,
    Case,
    Consent,
    DeskState,
    Operator,
    Person,
    Referral,
    Service,
)
from cotdesk.domain.needs import Severity
from cotdesk.domain.roles import Role
from cotdesk.errors import ValidationError
from cotdesk.services import assessments, cases, documents, matching, person_view, referrals
from cotdesk.services.case_view import today_in_rome
from cotdesk.services.unit_of_work import Actor, UnitOfWork

TARGET_PERSON_MS: Final = 150.0
TARGET_LETTER_MS: Final = 150.0
TARGET_BATCH_S: Final = 10.0
TARGET_SEARCH_MS: Final = 50.0
#: Not set by the issue: an interactive filter change should feel immediate.
TARGET_MATCH_MS: Final = 50.0
KEY_INTERVAL_S: Final = 0.060
SEED: Final = 2026


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _copy(source: Path, folder: Path) -> Path:
    target = folder / source.name
    for suffix in ("", "-wal", "-shm"):
        extra = Path(str(source) + suffix)
        if extra.exists():
            shutil.copyfile(extra, Path(str(target) + suffix))
    return target


def _actor(db: Database) -> Actor:
    with db.read_session() as session:
        office_id = session.scalar(select(DeskState.office_id))
        operator = session.scalars(
            select(Operator)
            .where(Operator.office_id == office_id, Operator.role == "operator")
            .order_by(Operator.username)
        ).first()
        assert operator is not None
        assert office_id is not None
        return Actor(operator.id, office_id, Role.OPERATOR, operator.full_name)


# ---------------------------------------------------------------------------- (a)


def _person_with_twenty_cases(db: Database, actor: Actor, today: date) -> tuple[uuid.UUID, int]:
    with db.read_session() as session:
        noticed = select(Consent.person_id).where(Consent.action == "notice_given")
        person_id = session.scalars(
            select(Person.id)
            .join(Case, Case.person_id == Person.id)
            .where(Person.office_id == actor.office_id, Person.id.in_(noticed))
            .group_by(Person.id)
            .having(func.count(Case.id) == 1)
            .order_by(Person.id)
        ).first()
        assert person_id is not None
        services = list(
            session.execute(
                select(Service.id, Service.needs_met)
                .where(Service.active.is_(True))
                .order_by(Service.id)
                .limit(40)
            )
        )
    rng = random.Random(SEED)
    with UnitOfWork(db, actor) as uow:
        for number in range(19):
            service_id, needs = services[number % len(services)]
            case = cases.open_case(uow, person_id, areas=["adulti_famiglie"], today=today)
            codes = list(needs)[:2]
            assessments.record_assessment(
                uow,
                case.id,
                [assessments.NeedInput(code, Severity(rng.randint(1, 4))) for code in codes],
                today=today,
            )
            referrals.create_referral(uow, case.id, service_id, need_codes=codes, today=today)
            cases.add_note(uow, case.id, f"Colloquio di verifica n. {number + 1}.")
        uow.commit()
    with db.read_session() as session:
        count = session.scalar(select(func.count()).where(Case.person_id == person_id))
    return person_id, int(count or 0)


def bench_person(db: Database, actor: Actor, today: date, runs: int) -> dict[str, Any]:
    person_id, case_count = _person_with_twenty_cases(db, actor, today)
    view = person_view.view_person(db, actor, person_id)  # warm-up
    assert len(view.cases) == case_count
    twenty = [_timed(lambda: person_view.view_person(db, actor, person_id))[0] for _ in range(runs)]
    with db.read_session() as session:
        others = list(
            session.scalars(
                select(Person.id)
                .where(Person.office_id == actor.office_id)
                .order_by(func.random())
                .limit(runs)
            )
        )
    ordinary = [_timed(partial(person_view.view_person, db, actor, p))[0] for p in others]
    return {
        "cases_listed": case_count,
        "person_20_cases": summary_ms(twenty),
        "ordinary_person": summary_ms(ordinary),
    }


# ---------------------------------------------------------------------------- (b), (c)


def _printable_referrals(db: Database, actor: Actor, today: date, wanted: int) -> list[uuid.UUID]:
    with db.read_session() as session:
        candidates = list(
            session.scalars(
                select(Referral.id)
                .join(Case, Case.id == Referral.case_id)
                .where(Case.office_id == actor.office_id)
                .order_by(func.random())
                .limit(wanted * 4)
            )
        )
    found: list[uuid.UUID] = []
    for referral_id in candidates:
        with UnitOfWork(db, actor) as uow:
            try:
                documents.referral_letter(uow, referral_id, today=today)
            except ValidationError:
                continue  # no consent to share with the network: no letter
        found.append(referral_id)
        if len(found) == wanted:
            break
    return found


def bench_letters(
    db: Database, actor: Actor, today: date, renders: int, batch: int
) -> dict[str, Any]:
    ids = _printable_referrals(db, actor, today, max(renders, batch))

    def one(referral_id: uuid.UUID) -> bytes:
        with UnitOfWork(db, actor) as uow:
            pdf = documents.referral_letter(uow, referral_id, today=today)
            uow.commit()
            return pdf

    one_letter = [_timed(partial(one, r))[0] for r in ids[:renders]]
    preview = [
        _timed(partial(matching.render_letters_for_preview, db, actor, [r], today=today))[0]
        for r in ids[:renders]
    ]

    def many() -> bytes:
        with UnitOfWork(db, actor) as uow:
            pdf = documents.referral_letters(uow, ids[:batch], today=today)
            uow.commit()
            return pdf

    batch_times: list[float] = []
    pdf = b""
    for _ in range(3):
        seconds, pdf = _timed(many)
        batch_times.append(seconds)
    printed = _print_batch(pdf)
    return {
        "letters": len(ids),
        "one_letter": summary_ms(one_letter),
        "preview": summary_ms(preview),
        "batch_letters": len(ids[:batch]),
        "batch": summary_ms(batch_times),
        "batch_bytes": len(pdf),
        "batch_printed": printed,
    }


def _print_batch(pdf: bytes) -> list[dict[str, Any]]:
    """The batch printed through QPrinter to a PDF file, at 150 and 300 dpi."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from cotdesk.ui.letter_preview import print_pdf

    _app()
    runs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as folder:
        document = QPdfDocument()
        buffer = QBuffer()
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        for dpi in (150, 300):
            output = Path(folder) / f"batch-{dpi}.pdf"
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(output))
            printer.setFullPage(True)
            printer.setResolution(dpi)
            start = time.perf_counter()
            pages = print_pdf(document, printer)
            seconds = time.perf_counter() - start
            del printer
            runs.append(
                {
                    "dpi": dpi,
                    "pages": pages,
                    "seconds": round(seconds, 2),
                    "bytes": output.stat().st_size,
                }
            )
        document.close()
        buffer.close()
        del document, buffer
    return runs


# ---------------------------------------------------------------------------- (d)

_APP: Any = None


def _app() -> Any:
    global _APP  # noqa: PLW0603 - one QApplication per process
    from PySide6.QtWidgets import QApplication

    _APP = QApplication.instance() or QApplication([])
    return _APP


def _queries(db: Database, count: int) -> list[str]:
    """What operators type: surnames (beginnings), full names, codes, phones, birth dates."""
    rng = random.Random(SEED)
    with db.read_session() as session:
        rows = list(
            session.execute(
                select(
                    Person.last_name,
                    Person.first_name,
                    Person.fiscal_code,
                    Person.phone,
                    Person.birth_date,
                )
                .order_by(func.random())
                .limit(count * 2)
            )
        )
    queries: list[str] = []
    for last, first, code, phone, birth in rows:
        kind = len(queries) % 5
        if kind == 0:
            text = last[: rng.randint(3, 6)]
        elif kind == 1:
            text = f"{last} {first}"
        elif kind == 2 and code:
            text = code
        elif kind == 3 and phone:
            text = phone
        elif kind == 4 and birth:
            text = f"{birth:%d/%m/%Y} {last[:3]}"
        else:
            text = f"{last} {first[:2]}"
        if text.isascii():
            queries.append(text.lower())
        if len(queries) == count:
            break
    return queries


def bench_search(db: Database, count: int) -> dict[str, Any]:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtTest import QTest

    from cotdesk.ui import home, ops

    app = _app()
    ops.set_pool(None)  # Qt's global thread pool, as in the app
    page = home.HomePage(db)
    page.resize(1200, 700)
    page.show()
    app.processEvents()
    resets: list[float] = []
    page.model.modelReset.connect(
        lambda: resets.append(time.perf_counter()) if not page.search_pending() else None
    )

    def settle(deadline: float = 5.0) -> None:
        end = time.perf_counter() + deadline
        while time.perf_counter() < end:
            app.processEvents()
            if not page.search_pending() and QThreadPool.globalInstance().activeThreadCount() == 0:
                return
            time.sleep(0.001)

    def pause(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.002)

    results: dict[str, Any] = {}
    queries = _queries(db, count)
    for label, interval in (("shipped", home.DEBOUNCE_MS),):
        samples: list[float] = []
        for text in queries:
            page.search_box.clear()
            settle()
            for char in text[:-1]:
                QTest.keyClicks(page.search_box, char)
                pause(KEY_INTERVAL_S)
            resets.clear()
            start = time.perf_counter()
            QTest.keyClicks(page.search_box, text[-1])
            settle()
            if resets:
                samples.append(resets[0] - start)
        results[label] = {"debounce_ms": interval, **summary_ms(samples)}
    page.close()
    page.deleteLater()
    app.processEvents()
    results["queries"] = len(queries)
    results["examples"] = queries[:10]
    return results


# ---------------------------------------------------------------------------- (e)


def bench_matching(db: Database, actor: Actor, today: date, count: int) -> dict[str, Any]:
    with db.read_session() as session:
        assessed = select(Assessment.case_id)
        case_ids = list(
            session.scalars(
                select(Case.id)
                .where(
                    Case.office_id == actor.office_id,
                    Case.status != "closed",
                    Case.id.in_(assessed),
                )
                .order_by(func.random())
                .limit(count)
            )
        )
    matching.find_services(db, actor, case_ids[0], today=today)  # warm-up
    default: list[float] = []
    filtered: list[float] = []
    found: list[int] = []
    flagged = 0
    for case_id in case_ids:
        seconds, matches = _timed(partial(matching.find_services, db, actor, case_id, today=today))
        default.append(seconds)
        found.append(len(matches))
        flagged += sum(1 for m in matches if m.flagged)
        filtered.append(
            _timed(
                partial(
                    matching.find_services,
                    db,
                    actor,
                    case_id,
                    district="rm_m05",
                    cost_forms=["gratuito"],
                    with_capacity_only=True,
                    today=today,
                )
            )[0]
        )
    return {
        "cases": len(case_ids),
        "default": summary_ms(default),
        "filtered": summary_ms(filtered),
        "services_found": {
            "min": min(found),
            "median": sorted(found)[len(found) // 2],
            "max": max(found),
        },
        "flagged_shown": flagged,
    }


# ---------------------------------------------------------------------------- report


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def _markdown(persons: int, data: dict[str, Any]) -> str:
    person, letters = data["person"], data["letters"]
    search, match = data["search"], data["matching"]
    p20, ordinary = person["person_20_cases"], person["ordinary_person"]
    one, preview, batch = letters["one_letter"], letters["preview"], letters["batch"]
    printed = {run["dpi"]: run for run in letters["batch_printed"]}
    low, high = printed[150], printed[300]
    shipped = search["shipped"]
    default, filtered = match["default"], match["filtered"]
    ms = "{:.1f} ms".format
    return f"""# Front desk (issue 4): person page, letters, search, services

Demo database: {persons:,} persons, copied to a temporary folder; one operator of the
desk's office. Wall times on this machine ({data["cpus"]} CPUs, shared); p95 over n runs.

| target | what is measured | n | p50 | p95 | max | target | verdict |
|---|---|---:|---:|---:|---:|---:|---|
| (a) person with 20 cases | `person_view.view_person` ({person["cases_listed"]} cases listed, audit + commit) | {p20["n"]} | {ms(p20["p50_ms"])} | {ms(p20["p95_ms"])} | {ms(p20["max_ms"])} | < {TARGET_PERSON_MS:.0f} ms | {_verdict(p20["p95_ms"] < TARGET_PERSON_MS)} |
| | an ordinary demo person | {ordinary["n"]} | {ms(ordinary["p50_ms"])} | {ms(ordinary["p95_ms"])} | {ms(ordinary["max_ms"])} | | |
| (b) one referral letter | `documents.referral_letter` (print, audit, commit) | {one["n"]} | {ms(one["p50_ms"])} | {ms(one["p95_ms"])} | {ms(one["max_ms"])} | < {TARGET_LETTER_MS:.0f} ms | {_verdict(one["p95_ms"] < TARGET_LETTER_MS)} |
| | the letter dialog's preview (`render_letters_for_preview`) | {preview["n"]} | {ms(preview["p50_ms"])} | {ms(preview["p95_ms"])} | {ms(preview["max_ms"])} | | |
| (c) {letters["batch_letters"]} letters in one PDF | `documents.referral_letters` | {batch["n"]} | {batch["p50_ms"] / 1000:.2f} s | {batch["p95_ms"] / 1000:.2f} s | {batch["max_ms"] / 1000:.2f} s | < {TARGET_BATCH_S:.0f} s | {_verdict(batch["max_ms"] / 1000 < TARGET_BATCH_S)} |
| | the same PDF printed through `QPrinter` to a PDF file, {low["pages"]} pages at 150 dpi | 1 | {low["seconds"]:.2f} s | | | (information) | |
| | ... at 300 dpi (the most `print_pdf` uses) | 1 | {high["seconds"]:.2f} s | | | (information) | |
| (d) search, last key → results | real `HomePage` as shipped (no fixed delay, keys coalesced while a search runs) | {shipped["n"]} | {ms(shipped["p50_ms"])} | {ms(shipped["p95_ms"])} | {ms(shipped["max_ms"])} | < {TARGET_SEARCH_MS:.0f} ms | {_verdict(shipped["p95_ms"] < TARGET_SEARCH_MS)} |
| (e) `find_services` | latest assessed needs, no filter | {default["n"]} | {ms(default["p50_ms"])} | {ms(default["p95_ms"])} | {ms(default["max_ms"])} | < {TARGET_MATCH_MS:.0f} ms | {_verdict(default["p95_ms"] < TARGET_MATCH_MS)} |
| | municipio + free only + places only | {filtered["n"]} | {ms(filtered["p50_ms"])} | {ms(filtered["p95_ms"])} | {ms(filtered["max_ms"])} | | |

Notes:

* (a) The page's read model is one snapshot of the person, consents, households and case
  summaries, plus the audit row of the view; 20 cases add little to it.
* (c) The PDF of {letters["batch_letters"]} letters is {letters["batch_bytes"] // 1024} KB.
  Printing rasterises every page (QtPdf renders pages to images: there is no vector path
  from a PDF to a QPrinter): {low["seconds"]:.1f} s at 150 dpi and {high["seconds"]:.1f} s at
  300 dpi for the {high["pages"]} pages, {high["bytes"] // 2**20} MB of PDF at 300 dpi. A long
  batch is quicker saved as PDF and printed from the system's viewer.
* (d) {search["queries"]} queries typed key by key, {KEY_INTERVAL_S * 1000:.0f} ms per key:
  surname beginnings, full names, codici fiscali, phone numbers, birth dates with a surname
  (e.g. {", ".join(f"«{q}»" for q in search["examples"][:4])}). The time covers the search
  off the GUI thread and the hand-over of its results to the table; an earlier version with
  a fixed 120 ms typing delay measured 136 ms p95 and missed the target.
* (e) Services found per case: {match["services_found"]["min"]} to
  {match["services_found"]["max"]} (median {match["services_found"]["median"]}).
  {match["flagged_shown"]} rows had a partner without a protocol in force: the demo network
  deactivates the services of lapsed partners.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30, help="person page openings")
    parser.add_argument("--renders", type=int, default=50, help="single letters")
    parser.add_argument("--batch", type=int, default=100, help="letters in the batch")
    parser.add_argument("--searches", type=int, default=100, help="queries typed")
    parser.add_argument("--cases", type=int, default=200, help="find_services calls")
    args = parser.parse_args()
    source = demo_database(args.persons)
    today = today_in_rome()
    with tempfile.TemporaryDirectory(prefix="bench-frontdesk-") as folder:
        copy_s, path = _timed(lambda: _copy(source, Path(folder)))
        print(f"copied {source.name} in {copy_s:.1f} s")
        db = open_database(path)
        try:
            actor = _actor(db)
            data: dict[str, Any] = {"persons": args.persons, "cpus": os.cpu_count()}
            data["matching"] = bench_matching(db, actor, today, args.cases)
            print("matching", data["matching"]["default"])
            data["person"] = bench_person(db, actor, today, args.runs)
            print("person", data["person"]["person_20_cases"])
            data["letters"] = bench_letters(db, actor, today, args.renders, args.batch)
            print("letters", data["letters"]["one_letter"], data["letters"]["batch"])
            data["search"] = bench_search(db, args.searches)
            print("search", data["search"]["shipped"])
        finally:
            db.close()
    data["targets"] = {
        "person_20_cases_p95_ms": TARGET_PERSON_MS,
        "one_letter_p95_ms": TARGET_LETTER_MS,
        "batch_s": TARGET_BATCH_S,
        "search_p95_ms": TARGET_SEARCH_MS,
        "find_services_p95_ms": TARGET_MATCH_MS,
    }
    path = write_results("frontdesk", data, _markdown(args.persons, data))
    print(path.read_text())
    if _APP is not None:
        _APP.shutdown()  # PySide6: destroy Qt objects before Python's own finalisation


if __name__ == "__main__":
    main()
