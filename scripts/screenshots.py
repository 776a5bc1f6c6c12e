"""Take screenshots of the main screens on a real X display (run under Xvfb).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py DB OUTDIR

``DB`` is a demo desk database (``cotdesk demo-data``): it is copied first, so the walk
below changes nothing in it. The script logs in as a demo operator of the desk's office
(password ``cotdemo2026``) and walks a walk-in through the real windows: the log-in, the
home search with results, the registration (a wrong codice fiscale, then the right one),
a person's page, the opening of a *presa in carico*, a case page with its diario, the
need assessment with its live priority, the referral dialog with ranked services and the
letter preview. Each screen is saved to ``OUTDIR/NN-name.png``.

The whole X screen is grabbed (not a widget render), so what is saved is what an operator
would see on a 1366x768 laptop.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from cotdesk.db.database import Database
from cotdesk.db.models import Case, CaseEvent, DeskState, HouseholdMember, Operator, Referral
from cotdesk.services.auth import authenticate
from cotdesk.services.demo_network import DEMO_PASSWORD
from cotdesk.services.desk import desk_identity, open_desk
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui import ops
from cotdesk.ui.assessment_form import AssessmentForm
from cotdesk.ui.case_page import CasePage
from cotdesk.ui.consent_panel import ConsentDialog
from cotdesk.ui.letter_preview import LetterPreviewDialog
from cotdesk.ui.login import LoginDialog
from cotdesk.ui.main_window import MainWindow
from cotdesk.ui.open_case import OpenCaseDialog
from cotdesk.ui.person_page import PersonPage
from cotdesk.ui.referral_dialog import ReferralDialog
from cotdesk.ui.registration import RegistrationDialog

WIDTH, HEIGHT = 1366, 768
#: The newcomer of the walk-in (not in the demo network).
LAST, FIRST = "Lucà", "Niccolò"
FISCAL_CODE = "LCUNCL85C12H501C"
WRONG_CODE = "LCUNCL85C12H501A"  # the check character is wrong
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def wait(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds. Not ``QTest.qWait``: it keeps Python's
    lock, so the pages' background loads (worker threads) would not run meanwhile and the
    screens would be shot still empty."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Shooter:
    def __init__(self, app: QApplication, out_dir: Path) -> None:
        self.app = app
        self.out_dir = out_dir
        self.taken: list[Path] = []

    def settle(self, ms: int = 400) -> None:
        """Let Qt lay out, paint and hand the frame to the X server."""
        wait(ms)

    def wait_until(self, condition: Callable[[], object], what: str) -> None:
        waited, timeout_ms = 0, 15000
        while not condition():
            if waited > timeout_ms:
                raise RuntimeError(f"timed out waiting for {what}")
            wait(20)
            waited += 20

    def shoot(self, name: str) -> None:
        self.settle()
        path = self.out_dir / f"{name}.png"
        screen = self.app.primaryScreen()
        image = screen.grabWindow(0)
        if not image.save(str(path)):
            raise RuntimeError(f"could not save {path}")
        self.taken.append(path)
        print(f"{path} {image.width()}x{image.height()}", flush=True)


# --------------------------------------------------------------------------- demo data


def copy_database(source: Path, folder: Path) -> Path:
    """A consistent copy of the desk database (its WAL included)."""
    target = folder / "desk.db"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def demo_operator(db: Database) -> str:
    """The user name of an active operator of the desk's office."""
    with db.read_session() as session:
        office_id = session.scalar(select(DeskState.office_id))
        name = session.scalar(
            select(Operator.username)
            .where(
                Operator.office_id == office_id,
                Operator.role == "operator",
                Operator.active.is_(True),
                Operator.deleted_at.is_(None),
            )
            .order_by(Operator.username)
        )
    if name is None:
        raise SystemExit("No active operator in this desk's office: is it a demo database?")
    return name


def rich_case(db: Database, actor: Actor) -> uuid.UUID:
    """An open case of the operator's office with a long diario and referrals."""
    with db.read_session() as session:
        events = (
            select(CaseEvent.case_id, func.count().label("n"))
            .group_by(CaseEvent.case_id)
            .subquery()
        )
        referrals = (
            select(Referral.case_id, func.count().label("r")).group_by(Referral.case_id).subquery()
        )
        case_id = session.scalar(
            select(Case.id)
            .join(events, events.c.case_id == Case.id)
            .join(referrals, referrals.c.case_id == Case.id)
            .where(
                Case.office_id == actor.office_id,
                Case.status == "in_progress",
                Case.restricted.is_(False),
                Case.deleted_at.is_(None),
                referrals.c.r >= 2,
            )
            .order_by(events.c.n.desc(), Case.reference)
        )
    if case_id is None:
        raise SystemExit("No case with a diario and referrals in this office.")
    return case_id


def rich_person(db: Database, actor: Actor) -> uuid.UUID:
    """A person of the office with several cases and a household."""
    with db.read_session() as session:
        cases = (
            select(Case.person_id, func.count().label("n"))
            .where(Case.office_id == actor.office_id, Case.restricted.is_(False))
            .group_by(Case.person_id)
            .subquery()
        )
        person_id = session.scalar(
            select(cases.c.person_id)
            .join(HouseholdMember, HouseholdMember.person_id == cases.c.person_id)
            .order_by(cases.c.n.desc(), cases.c.person_id)
        )
    if person_id is None:
        raise SystemExit("No person with cases and a household in this office.")
    return uuid.UUID(str(person_id))


# --------------------------------------------------------------------------- the walk


class Walk:
    """The screens of a walk-in, in order; each method leaves the app where the next starts."""

    def __init__(self, shots: Shooter, db: Database, username: str) -> None:
        self.shots = shots
        self.db = db
        self.username = username

    def run(self) -> None:
        self.login()
        self.search()
        self.register()
        self.consent()
        self.open_case()
        self.assess()
        self.refer()
        self.person_and_case()

    def key(self, key_code: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
        """A key on the focused widget of the top window (as a user types)."""
        top = QApplication.activeModalWidget() or self.window
        if QApplication.activeWindow() is not top:  # no window manager: activate it
            top.activateWindow()
            self.shots.wait_until(lambda: QApplication.activeWindow() is top, "the window")
        QTest.keyClick(QApplication.focusWidget() or top, key_code, modifiers)

    def login(self) -> None:
        login = LoginDialog(self.db, desk_identity(self.db))
        login.username.setText(self.username)
        login.password.setText(DEMO_PASSWORD)
        login.adjustSize()
        login.move((WIDTH - login.width()) // 2, (HEIGHT - login.height()) // 3)
        login.show()
        login.password.setFocus()
        self.shots.shoot("01-login")
        login.hide()
        self.actor = authenticate(self.db, self.username, DEMO_PASSWORD)
        self.window = MainWindow(self.db, self.actor)
        self.window.resize(WIDTH, HEIGHT)
        self.window.move(0, 0)
        self.window.show()
        self.shots.settle()

    def search(self) -> None:
        home, shots = self.window.home, self.shots
        QTest.keyClicks(home.search_box, "rossi")
        shots.wait_until(lambda: not home.search_pending() and home.model.rowCount(), "results")
        shots.shoot("02-home-results")
        shutil.copyfile(shots.taken[-1], shots.out_dir / "search-results.png")  # README's

    def register(self) -> None:
        home, shots = self.window.home, self.shots
        home.search_box.clear()
        home.search_box.insert(f"{LAST} {FIRST}")
        shots.wait_until(lambda: not home.search_pending(), "no results")
        self.key(Qt.Key.Key_N, CTRL)
        dialog = self.window.registration_dialog
        assert isinstance(dialog, RegistrationDialog)
        shots.settle()
        QTest.keyClicks(dialog.code_edit, WRONG_CODE)
        self.key(Qt.Key.Key_S, CTRL)  # refused: the reason next to the code
        shots.shoot("03-registration-invalid-cf")
        dialog.code_edit.clear()
        QTest.keyClicks(dialog.code_edit, FISCAL_CODE)
        dialog.error.setText("")
        dialog.citizenship.setCurrentIndex(dialog.citizenship.findData("IT"))
        dialog.languages_model.set_checked(["it"])
        dialog.phone.setText("347 123 4567")
        dialog.address_street.setText("Via Nomentana 1020")
        dialog.address_city.setText("Roma")
        dialog.address_postcode.setText("00137")
        dialog.district.setCurrentIndex(max(0, dialog.district.findData("rm_m03")))
        dialog.phone.setFocus()
        shots.shoot("04-registration")
        self.key(Qt.Key.Key_S, CTRL)
        shots.wait_until(
            lambda: dialog.person_id is not None or dialog.duplicates_box.isVisible(), "saved"
        )
        if dialog.person_id is None:
            self.key(Qt.Key.Key_S, CTRL)  # a new person, not one of the possible duplicates
            shots.wait_until(lambda: dialog.person_id is not None, "saved")

    def consent(self) -> None:
        page = self.window.pages.currentWidget()
        assert isinstance(page, PersonPage)
        self.shots.wait_until(lambda: page.view is not None, "the person page")
        self.key(Qt.Key.Key_I, CTRL)
        dialog = page.consent.consent_dialog
        assert isinstance(dialog, ConsentDialog)
        for box in dialog.purposes.values():
            box.setChecked(True)
        dialog.save()
        self.shots.wait_until(
            lambda: "Informativa consegnata" in page.consent.status_label.text(), "recorded"
        )

    def open_case(self) -> None:
        self.key(Qt.Key.Key_A, CTRL | SHIFT)
        dialog = self.window.open_case_dialog
        assert isinstance(dialog, OpenCaseDialog)
        self.key(Qt.Key.Key_4, ALT)  # «Servizi per adulti e famiglie»
        self.shots.wait_until(dialog.area_boxes["adulti_famiglie"].isChecked, "the area")
        dialog.summary.setPlainText(
            "Sfratto esecutivo tra due mesi; ha perso il lavoro a gennaio. Chiede aiuto per "
            "la casa e un sostegno economico."
        )
        dialog.summary.setFocus()
        self.shots.shoot("06-open-case")
        self.key(Qt.Key.Key_Return, CTRL)
        self.shots.wait_until(
            lambda: isinstance(self.window.pages.currentWidget(), CasePage), "the case"
        )
        case = self.window.pages.currentWidget()
        assert isinstance(case, CasePage)
        self.case = case

    def assess(self) -> None:
        self.key(Qt.Key.Key_V, CTRL | SHIFT)
        form = self.case.dialog
        assert isinstance(form, AssessmentForm)
        self.shots.settle()
        table, model = form.table, form.model
        for code, severity in (
            ("emergenza_abitativa", Qt.Key.Key_3),
            ("sostegno_reddito", Qt.Key.Key_2),
            ("lavoro_orientamento", Qt.Key.Key_2),
        ):
            table.setCurrentIndex(model.index(model.row_of(code), 0))
            QTest.keyClick(table, severity)
        model.setData(
            model.index(model.row_of("emergenza_abitativa"), model.NOTES),
            "Sfratto esecutivo fissato per il 20 gennaio",
        )
        for factor, box in form.factor_boxes.items():
            box.setChecked(factor.value in ("no_income", "social_isolation"))
        form.narrative.setPlainText(
            "Vive da solo in affitto; sfratto per morosità dopo la perdita del lavoro. "
            "Nessuna rete familiare a Roma. Disponibile a corsi di formazione."
        )
        table.setCurrentIndex(model.index(model.row_of("lavoro_orientamento"), 0))
        table.setFocus()
        self.shots.shoot("08-assessment")
        self.key(Qt.Key.Key_Return, CTRL)
        self.shots.wait_until(lambda: self.case.data.header.assessed, "assessed")

    def refer(self) -> None:
        self.key(Qt.Key.Key_I, CTRL | SHIFT)
        dialog = self.case.dialog
        assert isinstance(dialog, ReferralDialog)
        self.shots.wait_until(lambda: dialog.services_model.rowCount() > 0, "ranked services")
        self.key(Qt.Key.Key_Return)  # the best-ranked service to the list
        self.key(Qt.Key.Key_G, ALT)  # «Segna come inviati»
        self.shots.wait_until(dialog.mark_sent_check.isChecked, "marked sent")
        dialog.services_view.setFocus()
        self.shots.shoot("09-referral")
        dialog.offer_letters = lambda _created: True  # «open the letter?» Yes
        self.key(Qt.Key.Key_Return, CTRL)
        self.shots.wait_until(
            lambda: isinstance(QApplication.activeModalWidget(), LetterPreviewDialog), "letter"
        )
        letter = QApplication.activeModalWidget()
        assert isinstance(letter, LetterPreviewDialog)
        self.shots.wait_until(letter.print_button.isEnabled, "the letter rendered")
        self.shots.shoot("10-letter")
        self.key(Qt.Key.Key_Escape)
        self.shots.wait_until(lambda: not letter.isVisible(), "the preview closed")

    def person_and_case(self) -> None:
        """A person with a history, and a case with a long diario (from the demo data)."""
        self.window.show_person(rich_person(self.db, self.actor))
        self.shots.shoot("05-person")
        self.window.show_case(rich_case(self.db, self.actor))
        self.shots.shoot("07-case")


def main() -> int:
    db_path, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    ops.set_pool(ops.ImmediatePool())  # one thing at a time: every screen is complete
    with tempfile.TemporaryDirectory(prefix="cotdesk-screens-") as folder:
        db = open_desk(copy_database(db_path, Path(folder)))
        try:
            Walk(Shooter(app, out_dir), db, demo_operator(db)).run()
        finally:
            db.close()
    app.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
