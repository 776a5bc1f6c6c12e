"""Log files hold no personal data: a real walk-in at DEBUG with the SQL echo on, then grep.

The policy is in :mod:`cotdesk.support.redact`; these tests run the services as a desk
does, with the handlers :func:`cotdesk.logging_setup.configure_logging` installs, and read
the files back.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from cotdesk import resources
from cotdesk.cli import main
from cotdesk.db.database import Database
from cotdesk.db.models import Partner, Service
from cotdesk.domain.needs import Severity
from cotdesk.errors import ValidationError
from cotdesk.logging_setup import (
    LOG_FILE_NAME,
    configure_logging,
    current_log_file,
    log_dir,
    reset_logging,
)
from cotdesk.services import assessments, cases, consents, documents, persons, referrals
from cotdesk.services.search import search_persons
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.support.redact import (
    OMITTED_TEXT,
    SafeText,
    exception_message,
    format_exception,
    redact_arg,
    scrub,
)

TODAY = date(2026, 11, 25)
LAST, FIRST = "Zanardelli", "Ottavina"
CF = "ZNRTVN61C54H501L"
PHONE = "333 123 4567"
EMAIL = "ottavina.zanardelli@example.it"
NOTE = "Vive con la figlia Annunziata, sfratto esecutivo a gennaio"

#: What must never be found in a log file, in any spelling.
SECRETS = (LAST, FIRST, CF, "3331234567", "123 4567", EMAIL, "Annunziata", "sfratto", "1961-03-14")


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logs"
    yield folder
    reset_logging()


def _log_text(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("cotdesk.log*")))


def _assert_private(text: str) -> None:
    lowered = text.lower()
    for secret in SECRETS:
        assert secret.lower() not in lowered, f"{secret!r} found in the log"


def _network(db: Database) -> uuid.UUID:
    need = resources.needs_by_area()["adulti_famiglie"][0].code
    with UnitOfWork(db, None) as uow:
        partner = Partner(name="Caritas di prova", partner_type_code="cooperativa_sociale")
        uow.session.add(partner)
        uow.flush()
        service = Service(
            partner_id=partner.id,
            name="Centro d'ascolto",
            areas=["adulti_famiglie"],
            needs_met=[need],
        )
        uow.session.add(service)
        uow.commit()
        return service.id


def _walk_in(db: Database, actor: Actor, service_id: uuid.UUID) -> None:
    need = resources.needs_by_area()["adulti_famiglie"][0].code
    with UnitOfWork(db, actor) as uow:
        person = persons.register_person(
            uow,
            persons.PersonData(
                last_name=LAST,
                first_name=FIRST,
                fiscal_code=CF,
                phone=PHONE,
                email=EMAIL,
                notes=NOTE,
            ),
            today=TODAY,
        )
        consents.record_notice(uow, person.id)
        consents.give_consent(uow, person.id, sorted(consents.PURPOSES))
        case = cases.open_case(uow, person.id, areas=["adulti_famiglie"], today=TODAY)
        cases.add_note(uow, case.id, NOTE)
        assessments.record_assessment(
            uow, case.id, [assessments.NeedInput(need, Severity.SEVERE)], today=TODAY
        )
        referral = referrals.create_referral(
            uow, case.id, service_id, need_codes=[need], today=TODAY
        )
        uow.commit()
    with UnitOfWork(db, actor) as uow:
        pdf = documents.referral_letter(uow, referral.id, today=TODAY)
        uow.commit()
    assert pdf.startswith(b"%PDF")
    assert search_persons(db, CF)
    assert search_persons(db, f"{LAST} {FIRST}")
    assert search_persons(db, "zanardeli")  # a typo: the trigram path


def test_a_walk_in_at_debug_with_sql_echo_leaves_no_personal_data_in_the_logs(
    db: Database, operator: Actor, log_folder: Path
) -> None:
    log_file = configure_logging("DEBUG", folder=log_folder, sql=True, console_level="ERROR")
    assert log_file == log_folder / LOG_FILE_NAME
    service_id = _network(db)
    _walk_in(db, operator, service_id)

    # A duplicate registration: the database refuses it, the error is logged with its trace.
    log = logging.getLogger("cotdesk.ui.registration")
    with pytest.raises(ValidationError) as refused, UnitOfWork(db, operator) as uow:
        persons.register_person(
            uow, persons.PersonData(last_name=LAST, first_name=FIRST, fiscal_code=CF), today=TODAY
        )
    log.exception("registration refused", exc_info=refused.value)
    # Careless calls: names as arguments, an f-string, a dict of values.
    log.info("registered %s %s", LAST, FIRST)
    log.info(f"registered {CF} by phone {PHONE}")  # noqa: G004 - the filter must cope
    log.debug("form values %s", {"last_name": LAST, "fiscal_code": CF})

    text = _log_text(log_folder)
    # The SQL echo is in the file (statements), with its values left out.
    assert "INSERT INTO person" in text
    assert "[parametri omessi]" in text
    assert "registration refused" in text
    assert "ValidationError" in text
    assert "[messaggio omesso" in text
    assert "Traceback (most recent call last)" in text
    assert "cotdesk/services/persons.py" in text  # frames are kept, as package paths
    _assert_private(text)


def test_the_command_line_logs_to_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "logs-here"
    monkeypatch.setenv("COTDESK_LOG_DIR", str(folder))
    try:
        main(["search", "--db", str(tmp_path / "missing.db"), "rossi"])  # any subcommand
        assert current_log_file() == folder / LOG_FILE_NAME
        assert log_dir() == folder
        assert "cotdesk 0.1.0, Python" in _log_text(folder)
    finally:
        reset_logging()
    capsys.readouterr()


def test_logs_rotate(log_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cotdesk.logging_setup.MAX_BYTES", 2_000)
    configure_logging("INFO", folder=log_folder, console_level="ERROR")
    log = logging.getLogger("cotdesk.test")
    for number in range(200):
        log.info("line %d of a long enough message to fill the file", number)
    files = sorted(p.name for p in log_folder.iterdir())
    assert files[0] == "cotdesk.log"
    assert "cotdesk.log.5" in files
    assert "cotdesk.log.6" not in files


def test_an_unwritable_folder_leaves_the_terminal_only(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    try:
        assert configure_logging("INFO", folder=blocker / "logs") is None
        assert current_log_file() is None
    finally:
        reset_logging()


# ---------------------------------------------------------------------------- the policy


def test_scrub_blanks_codes_contacts_and_the_home_folder() -> None:
    text = scrub(
        f"cf {CF} omocode ZNRTVNSMCRQHR0ML stp STP1201010000123 mail {EMAIL} "
        f"tel +39 333 1234567, 06 4567 8901 iban IT60X0542811101000000123456 at {Path.home()}/x"
    )
    assert CF not in text
    assert "ZNRTVNSMCRQHR0ML" not in text
    assert "STP1201010000123" not in text
    assert EMAIL not in text
    assert "1234567" not in text
    assert "4567 8901" not in text
    assert "IT60X" not in text
    assert str(Path.home()) not in text
    assert "[codice fiscale]" in text
    # Dates, versions, UUIDs, revisions and counts are not mistaken for phone numbers.
    technical = "2026-11-25 v6.11.3 0001 0005 4e0f2c7a-3f1b-4d6e-9a51-0c9b7a3e2d10 rows 21462"
    assert scrub(technical) == technical


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (42, 42),
        (uuid.UUID(int=7), uuid.UUID(int=7)),
        (date(2026, 1, 2), date(2026, 1, 2)),
        (Path("/tmp/x.db"), Path("/tmp/x.db")),
        ("0005", "0005"),
        ("adulti_famiglie", "adulti_famiglie"),
        ("Rossi", OMITTED_TEXT),
        ("mario rossi", OMITTED_TEXT),
        (SafeText("Già redatto"), "Già redatto"),
        (Severity.SEVERE, Severity.SEVERE.value),
        ((LAST, CF), "[valori omessi]"),
    ],
)
def test_log_arguments_are_kept_only_when_they_cannot_be_free_text(
    value: object, expected: object
) -> None:
    assert redact_arg(value) == expected


def test_exception_messages_are_kept_only_when_python_or_sqlite_wrote_them() -> None:
    assert exception_message(AttributeError("'NoneType' object has no attribute 'id'")) == (
        "'NoneType' object has no attribute 'id'"
    )
    assert exception_message(ValueError(f"{LAST} non valido")) == "[messaggio omesso, 21 caratteri]"
    assert exception_message(KeyError(LAST)).startswith("[messaggio omesso")
    assert exception_message(ValidationError(f"{LAST} {FIRST} esiste già")).startswith(
        "[messaggio omesso"
    )
    missing = FileNotFoundError(2, "No such file or directory", f"/home/x/lettera_{LAST}.pdf")
    assert exception_message(missing) == "[Errno 2] No such file or directory"
    unique = sqlite3.IntegrityError("UNIQUE constraint failed: person.fiscal_code")
    wrapped = IntegrityError("INSERT INTO person (last_name) VALUES (?)", (LAST,), unique)
    kept = exception_message(wrapped)
    assert "UNIQUE constraint failed: person.fiscal_code" in kept
    assert "INSERT INTO person" in kept
    assert LAST not in kept


def test_a_formatted_exception_keeps_types_frames_and_the_chain_without_values() -> None:
    def inner(secret: str) -> None:
        raise KeyError(secret)

    try:
        try:
            inner(CF)
        except KeyError as exc:
            raise RuntimeError(f"lookup of {LAST} failed") from exc
    except RuntimeError as exc:
        text = format_exception(exc)
    assert text.count("Traceback (most recent call last):") == 2
    assert "causa diretta" in text
    assert "in inner" in text
    assert "raise KeyError(secret)" in text  # the source line, not the value
    assert text.rstrip().splitlines()[-1].startswith("RuntimeError: [messaggio omesso")
    assert "tests/unit/test_log_privacy.py" in text
    assert CF not in text
    assert LAST not in text


def test_alembic_says_which_revisions_it_runs(db_path: Path, log_folder: Path) -> None:
    from cotdesk.db.database import open_database

    configure_logging("INFO", folder=log_folder, console_level="ERROR")
    open_database(db_path).close()
    text = _log_text(log_folder)
    assert "Running upgrade  -> 0001" in text
    assert "Context impl SQLiteImpl." in text


def test_other_handlers_see_records_as_they_were_emitted(
    log_folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    configure_logging("INFO", folder=log_folder, console_level="ERROR")
    with caplog.at_level(logging.INFO, logger="cotdesk.test"):
        logging.getLogger("cotdesk.test").info("request %s by %s", "POST", LAST)
    assert caplog.records[-1].getMessage() == f"request POST by {LAST}"
    assert "request [testo omesso] by [testo omesso]" in _log_text(log_folder)


def test_a_crash_in_native_code_leaves_the_python_frames_in_the_logs_folder(
    tmp_path: Path,
) -> None:
    import subprocess
    import sys

    script = (
        "import faulthandler, pathlib\n"
        "from cotdesk.logging_setup import enable_native_crash_log\n"
        f"enable_native_crash_log(pathlib.Path({str(tmp_path)!r}))\n"
        "def in_qt_code():\n"
        "    faulthandler._sigsegv()\n"
        "in_qt_code()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, check=False)
    assert done.returncode != 0
    text = (tmp_path / "native-crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    assert "in_qt_code" in text
