"""A realistic demo network in a desk database: ``cotdesk demo-data``.

:func:`build_demo_network` fills a desk database with a network shaped like the seeds
(Innovainrete, "La Porta Accanto", Rome): ten COT solidali offices, one per municipio, their
operators and desks, ~676 partners with protocols and services, and by default 21,462
persons split over the five intervention areas in the seed's proportions, with households,
privacy consents and cases in every state of the lifecycle (assessments, diary, referrals in
every state, unmet needs).

The data is a *seed*, as if pulled from the server: rows carry ``server_version=1`` and are
written in bulk with ``executemany`` (no ORM unit of work, so no outbox entries), in a few
big transactions, persons streamed in batches so that a million persons fit in memory.
The same seed (and reference day) gives the same rows, UUIDs included.

Speed: during the load the connection uses ``synchronous=OFF`` and a large page cache;
both are restored (``synchronous=FULL``) before the connection goes back to the pool, and
the WAL is checkpointed. Modules: :mod:`~cotdesk.services.demo_network` (offices,
operators, partners), :mod:`~cotdesk.services.demo_people` (persons and cases),
:mod:`~cotdesk.services.demo_rows` (ids, value formats, bulk insert),
:mod:`~cotdesk.services.demo_text` (Italian wording and the network's shape).
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Final

from sqlalchemy import Connection, func, select, update

from cotdesk import resources
from cotdesk.db.database import Database, mark_as_demo, open_database
from cotdesk.db.errors import DatabaseError
from cotdesk.db.models import DeskState, Office, Partner, Person
from cotdesk.db.search import rebuild_search_index
from cotdesk.domain.cases import CASE_STATUS_LABELS
from cotdesk.domain.referrals import REFERRAL_STATUS_LABELS
from cotdesk.domain.roles import ROLE_LABELS, Role
from cotdesk.errors import UserError
from cotdesk.services.demo_network import DEMO_PASSWORD, Network, NetworkBuilder
from cotdesk.services.demo_people import SEED_POPULATION, PeopleBuilder, area_counts_from
from cotdesk.services.demo_rows import BulkWriter, Ids

__all__ = ["DEFAULT_PERSONS", "DemoReport", "build_demo_network"]

#: Persons in the default demo: the citizens the seed network follows.
DEFAULT_PERSONS: Final = SEED_POPULATION
#: Persons generated between two ``executemany`` rounds, and per transaction.
BATCH_PERSONS: Final = 2_500
COMMIT_PERSONS: Final = 50_000
#: Page cache during the load (KiB, as SQLite's negative ``cache_size``).
BULK_CACHE_KIB: Final = 256 * 1024

Progress = Callable[[str], None]

#: Italian names of the tables in the report, in the order they are listed.
TABLE_LABELS: Final = {
    "office": "Sportelli COT",
    "device": "Postazioni",
    "operator": "Operatori",
    "partner": "Enti partner",
    "agreement": "Protocolli d'intesa",
    "service": "Servizi",
    "person": "Persone",
    "household": "Nuclei familiari",
    "household_member": "Componenti dei nuclei",
    "consent": "Atti di consenso privacy",
    "case_record": "Prese in carico",
    "assessment": "Valutazioni del bisogno",
    "assessment_need": "Bisogni valutati",
    "referral": "Invii",
    "unmet_need": "Bisogni senza risposta",
    "case_event": "Voci di diario",
}


@dataclass(frozen=True)
class DemoReport:
    """What :func:`build_demo_network` wrote, for the command line and the benchmarks."""

    path: Path
    seed: int
    today: date
    persons: int
    rows: dict[str, int]
    persons_per_area: dict[str, int]
    cases_per_status: dict[str, int]
    referrals_per_status: dict[str, int]
    seconds: float
    backup: Path | None = None
    area_labels: dict[str, str] = field(default_factory=dict)
    #: This desk's office, and a user name for each role to log in with the demo password.
    office_name: str = ""
    accounts: dict[str, str] = field(default_factory=dict)
    password: str = DEMO_PASSWORD

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    def describe(self) -> str:
        """An Italian summary: counts per table and per area, and how long it took."""
        lines = [f"Rete dimostrativa creata in {self.path}"]
        if self.backup is not None:
            lines.append(f"Il database precedente è stato spostato in {self.backup}")
        lines.append(f"Seme {self.seed}, data di riferimento {self.today:%d/%m/%Y}.")
        lines.append("")
        width = max(len(label) for label in TABLE_LABELS.values())
        for table, label in TABLE_LABELS.items():
            lines.append(f"  {label:<{width}}  {_it(self.rows.get(table, 0)):>10}")
        lines.append("")
        lines.append("Persone per area di intervento (ognuna contata una volta per area):")
        width = max((len(label) for label in self.area_labels.values()), default=20)
        for code, count in self.persons_per_area.items():
            label = self.area_labels.get(code, code)
            lines.append(f"  {label:<{width}}  {_it(count):>10}")
        lines.append("")
        cases = ", ".join(
            f"{label.lower()} {_it(self.cases_per_status.get(status.value, 0))}"
            for status, label in CASE_STATUS_LABELS.items()
        )
        referrals = ", ".join(
            f"{label.lower()} {_it(self.referrals_per_status.get(status.value, 0))}"
            for status, label in REFERRAL_STATUS_LABELS.items()
        )
        lines.append(f"Prese in carico per stato: {cases}.")
        lines.append(f"Invii per stato: {referrals}.")
        if self.accounts:
            examples = ", ".join(
                f"«{username}» ({ROLE_LABELS[Role(role)].lower()})"
                for role, username in self.accounts.items()
            )
            lines.append("")
            lines.append(
                f"Questa postazione è dello sportello {self.office_name}. Ogni operatore "
                f"accede con la password «{self.password}»: ad esempio {examples}."
            )
        lines.append("")
        rate = self.total_rows / self.seconds if self.seconds > 0 else 0.0
        lines.append(
            f"{_it(self.total_rows)} righe in {self.seconds:.1f} secondi "
            f"({_it(round(rate))} righe al secondo)."
        )
        return "\n".join(lines)


def _it(number: int) -> str:
    """A whole number with Italian thousands separators (21.462)."""
    return f"{number:,}".replace(",", ".")


def build_demo_network(
    db_path: Path,
    *,
    persons: int,
    seed: int,
    replace: bool,
    progress: Progress | None = None,
    today: date | None = None,
) -> DemoReport:
    """Create (or replace) the desk database at ``db_path`` with a demo network.

    Raises :class:`~cotdesk.errors.UserError` (Italian message) when the database already
    holds data and ``replace`` is False; with ``replace`` the old file is moved aside to
    ``<name>.replaced-<timestamp>.db`` in the same folder first. ``today`` is the reference
    day of the data (default: today); with the same ``seed`` and ``today`` the same rows
    come out.
    """
    if persons < 1:
        raise UserError("Il numero di persone deve essere almeno 1.")
    started = time.perf_counter()
    say = progress or (lambda _message: None)
    path = Path(db_path).expanduser().absolute()
    backup = _make_room(path, replace=replace)
    reference_day = today or datetime.now(UTC).astimezone().date()
    rng = random.Random(f"cotdesk-demo:{seed}")
    ids = Ids(rng)

    with open_database(path) as db:
        mark_as_demo(db)  # fictitious people: the app keeps this file in plaintext
        say(f"Creazione della rete dimostrativa in {path} ({_it(persons)} persone)…")
        counts, network, builder = _load(
            db, rng=rng, ids=ids, persons=persons, today=reference_day, say=say
        )
    seconds = time.perf_counter() - started
    say(f"Fatto in {seconds:.1f} secondi.")
    return DemoReport(
        path=path,
        seed=seed,
        today=reference_day,
        persons=persons,
        rows=counts,
        persons_per_area=area_counts_from(builder.area_persons),
        cases_per_status=dict(sorted(builder.case_status.items())),
        referrals_per_status=dict(sorted(builder.referral_status.items())),
        seconds=seconds,
        backup=backup,
        area_labels={area.code: area.label_it for area in resources.intervention_areas()},
        office_name=network.offices[0].name,
        accounts=_accounts(network),
    )


def _accounts(network: Network) -> dict[str, str]:
    """A user name of this desk's office for each role (and a network administrator)."""
    office = network.offices[0]
    accounts: dict[str, str] = {}
    operators = [o for o in office.operators if o.role == Role.OPERATOR.value]
    if operators:
        accounts[Role.OPERATOR.value] = operators[0].username
    if office.supervisors:
        accounts[Role.SUPERVISOR.value] = office.supervisors[0].username
    if network.admins:
        accounts[Role.ADMIN.value] = network.admins[0].username
    return accounts


def _make_room(path: Path, *, replace: bool) -> Path | None:
    """Refuse to touch a database with data unless ``replace``; then move it aside.

    The existing file is only read (never upgraded) to decide; a file that is not a usable
    desk database counts as data: it is moved aside with ``replace``, reported otherwise.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with open_database(path, read_only=True) as db, db.read_engine.connect() as conn:
            has_data = any(
                conn.execute(select(func.count()).select_from(model)).scalar_one() > 0
                for model in (Person, Office, Partner)
            )
    except DatabaseError:
        if not replace:
            raise
        has_data = True
    if not has_data:
        return None
    if not replace:
        raise UserError(
            f"Il database {path} contiene già dei dati: i dati dimostrativi non vengono "
            "scritti sopra dati esistenti. Per sostituirlo (ne verrà conservata una copia) "
            "usare --force, oppure indicare un altro file con --db."
        )
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.replaced-{stamp}.db")
    n = 2
    while backup.exists():
        backup = path.with_name(f"{path.stem}.replaced-{stamp}-{n}.db")
        n += 1
    path.rename(backup)
    for suffix in ("-wal", "-shm"):
        leftover = path.with_name(path.name + suffix)
        if leftover.exists():
            leftover.rename(backup.with_name(backup.name + suffix))
    _fold_wal(backup)
    return backup


def _fold_wal(path: Path) -> None:
    """Fold a write-ahead log left beside ``path`` into it, so the backup is one file."""
    if not path.with_name(path.name + "-wal").exists():
        return
    try:
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error:  # not a database we can open: keep the files as they are
        return


def _load(
    db: Database,
    *,
    rng: random.Random,
    ids: Ids,
    persons: int,
    today: date,
    say: Progress,
) -> tuple[dict[str, int], Network, PeopleBuilder]:
    writer = BulkWriter()
    with db.write_engine.connect() as conn:
        _bulk_pragmas(conn, on=True)
        try:
            local_device = db.device_id.hex
            network = NetworkBuilder(rng, ids, writer, today, local_device).build()
            people = PeopleBuilder(
                rng, Ids(rng, sequential=True), writer, network, today=today, persons=persons
            )
            with conn.begin():
                writer.flush(conn)
                conn.execute(update(DeskState).values(office_id=_uuid(network.local_office_id)))
            say(
                f"Rete: {len(network.offices)} sportelli, "
                f"{_it(writer.counts()['partner'])} enti partner, "
                f"{_it(writer.counts()['service'])} servizi."
            )
            # Person search triggers off during the load, one rebuild at the end
            # (see cotdesk.db.search: ``search_state.enabled`` and rebuild_search_index).
            with conn.begin():
                conn.exec_driver_sql("UPDATE search_state SET enabled = 0 WHERE singleton = 1")
            try:
                _people(conn, writer, people, persons, say)
                # The references of the demo cases carry the desk part of other desks; should
                # one share this desk's part, this desk's counter continues after them.
                used = people.desk_counters.get(db.device_id.hex[:4].upper(), 0)
                with conn.begin():
                    conn.execute(
                        update(DeskState).values(
                            last_reference=func.max(DeskState.last_reference, used)
                        )
                    )
            finally:
                say("Indice di ricerca delle persone…")
                with conn.begin():
                    rebuild_search_index(conn)
            _checkpoint(conn)
        finally:
            _bulk_pragmas(conn, on=False)
    return writer.counts(), network, people


def _people(
    conn: Connection, writer: BulkWriter, people: PeopleBuilder, persons: int, say: Progress
) -> None:
    done = 0
    next_report = 0
    while not people.done:
        with conn.begin():
            in_transaction = 0
            while not people.done and in_transaction < COMMIT_PERSONS:
                made = people.batch(BATCH_PERSONS)
                writer.flush(conn)
                in_transaction += made
                done += made
                if done >= next_report or people.done:
                    say(f"Persone: {_it(done)} di {_it(persons)}")
                    next_report = done + max(BATCH_PERSONS, persons // 10)


def _uuid(hex_value: str) -> object:
    import uuid

    return uuid.UUID(hex=hex_value)


def _bulk_pragmas(conn: Connection, *, on: bool) -> None:
    """Speed settings for the load, and back to the desk's settings afterwards.

    Run on the DBAPI connection outside any transaction: SQLite refuses to change the
    safety level inside one.
    """
    raw = conn.connection.driver_connection
    assert raw is not None
    if on:
        raw.execute("PRAGMA synchronous = OFF")
        raw.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        raw.execute("PRAGMA temp_store = MEMORY")
    else:
        raw.execute("PRAGMA synchronous = FULL")
        raw.execute("PRAGMA cache_size = -2000")
        raw.execute("PRAGMA temp_store = DEFAULT")


def _checkpoint(conn: Connection) -> None:
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
