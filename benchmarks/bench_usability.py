"""Usability, measured (issue 4): keystrokes and clicks of a standard walk-in.

The real main window is driven offscreen, on a demo desk database, through the walk-in the
front desk does most: a person nobody knows, with a valid codice fiscale and a phone
number, registered; the privacy notice and three consents; a *presa in carico* (walk-in,
one area); a need assessment with two needs; one referral, marked sent; the letter printed.

Every input goes through :class:`Recorder`: :meth:`Recorder.press` (a shortcut, Tab, Enter,
an arrow, Space: one each), :meth:`Recorder.click` (one) and :meth:`Recorder.type_data`
(the data itself: names, codes, numbers; not counted). So the count is exact, and each
counted action is listed with its purpose in ``results/usability.md``. Target: under 40.

The native print dialog is not opened: its confirmation (Enter) is counted, and the letter
goes to a PDF file. Runs are kept by label (``--label``), so a change to the UI can be shown
before and after.

    python -m benchmarks.bench_usability [--label NAME] [--note TEXT]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Final

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QMessageBox, QWidget

from benchmarks.common import RESULTS_DIR, write_results

TARGET_ACTIONS: Final = 40
SEED: Final = 11
PERSONS: Final = 300
#: The newcomer (accented names; typed as data, not counted).
LAST, FIRST = "Lucà", "Niccolò"
FISCAL_CODE: Final = "LCUNCL85C12H501C"
PHONE: Final = "347 123 4567"
AREA: Final = "adulti_famiglie"
#: Two needs of the area: the housing emergency (severe) and income support (moderate).
NEEDS: Final = ("emergenza_abitativa", "sostegno_reddito")
TIMEOUT_S: Final = 10.0

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

_KEY_NAMES: Final = {
    Qt.Key.Key_Return: "Invio",
    Qt.Key.Key_Enter: "Invio",
    Qt.Key.Key_Tab: "Tab",
    Qt.Key.Key_Space: "Spazio",
    Qt.Key.Key_Down: "↓",
    Qt.Key.Key_Up: "↑",
    Qt.Key.Key_Escape: "Esc",
}


def key_name(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> str:
    parts = []
    if modifiers & CTRL:
        parts.append("Ctrl")
    if modifiers & ALT:
        parts.append("Alt")
    if modifiers & SHIFT:
        parts.append("Shift")
    name = _KEY_NAMES.get(key)
    if name is None:
        name = chr(int(key)) if int(key) < 0x110000 else str(key)
    parts.append(name)
    return "+".join(parts)


@dataclass
class Action:
    step: str
    kind: str  # "key", "click", "data"
    what: str
    purpose: str
    counted: bool


class WalkFailed(RuntimeError):
    pass


class Recorder:
    """All the operator's input goes through here: counted, described, and sent to Qt."""

    def __init__(self, app: QApplication, main: QWidget) -> None:
        self.app = app
        self.main = main
        self.actions: list[Action] = []
        self.step = ""

    # ------------------------------------------------------------------ waiting

    def wait_until(self, condition: Callable[[], object], what: str) -> None:
        deadline = time.monotonic() + TIMEOUT_S
        while not condition():
            if time.monotonic() > deadline:
                raise WalkFailed(f"{self.step}: timed out waiting for {what}")
            self.app.processEvents()
            QTest.qWait(5)

    def focused(self) -> QWidget:
        """Where the keyboard goes; with no window manager offscreen, a closed dialog leaves
        no active window: give it back to the top modal dialog or the main window, as a
        window manager would."""
        target = QApplication.activeModalWidget() or self.main
        if QApplication.activeWindow() is not target:
            if QApplication.activeWindow() is None:
                target.activateWindow()
            self.wait_until(lambda: QApplication.activeWindow() is target, "the active window")
        self.wait_until(QApplication.focusWidget, "a widget with the keyboard focus")
        focus = QApplication.focusWidget()
        assert focus is not None
        return focus

    # ------------------------------------------------------------------ input

    def press(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER, *, purpose: str
    ) -> None:
        """One key (with its modifiers) on the focused widget: counts 1."""
        widget = self.focused()
        self.actions.append(Action(self.step, "key", key_name(key, modifiers), purpose, True))
        QTest.keyClick(widget, key, modifiers)

    def click(self, button: QAbstractButton, *, purpose: str) -> None:
        """A mouse click on a button: counts 1."""
        self.actions.append(Action(self.step, "click", button.text(), purpose, True))
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def type_data(self, text: str, *, purpose: str) -> None:
        """The data itself, typed into the focused field: not counted."""
        widget = self.focused()
        self.actions.append(Action(self.step, "data", text, purpose, False))
        if text.isascii():
            QTest.keyClicks(widget, text)
        elif isinstance(widget, QLineEdit):
            widget.insert(text)  # QTest.keyClicks stops at non-ASCII characters
        else:
            raise WalkFailed(f"cannot type {text!r} into {widget!r}")

    def answer_next_dialog(self, key: Qt.Key, *, purpose: str) -> None:
        """Answer the next message box (its own event loop) with ``key``: counts 1."""
        step = self.step

        def answer() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(10, answer)
                return
            self.actions.append(Action(step, "key", key_name(key, NO_MODIFIER), purpose, True))
            QTest.keyClick(box, key)

        QTimer.singleShot(0, answer)

    def count(self) -> int:
        return sum(1 for action in self.actions if action.counted)


# --------------------------------------------------------------------------- the walk-in


class Walk:
    """The standard walk-in on the real main window, one method per step."""

    def __init__(self, app: QApplication, window: Any, out_dir: Path) -> None:
        self.window = window
        self.out_dir = out_dir
        self.rec = Recorder(app, window)

    def run(self) -> Recorder:
        for step in (
            self.search,
            self.register,
            self.consent,
            self.open_case,
            self.assess,
            self.refer,
            self.print_letter,
        ):
            step()
        return self.rec

    def search(self) -> None:
        rec, home = self.rec, self.window.home
        rec.step = "1. Ricerca"
        rec.wait_until(home.search_box.hasFocus, "the search box")
        rec.type_data(f"{LAST} {FIRST}", purpose="cognome e nome nella ricerca")
        rec.wait_until(
            lambda: not home.search_pending() and home.model.rowCount() == 0, "no search result"
        )

    def register(self) -> None:
        from cotdesk.ui.registration import RegistrationDialog

        rec = self.rec
        rec.step = "2. Registrazione"
        rec.press(Qt.Key.Key_N, CTRL, purpose="nuova persona (nome e cognome dalla ricerca)")
        dialog = self.window.registration_dialog
        assert isinstance(dialog, RegistrationDialog)
        rec.wait_until(dialog.code_edit.hasFocus, "the codice fiscale field")
        rec.type_data(FISCAL_CODE, purpose="codice fiscale (data, sesso e luogo ricavati)")
        if dialog.birth_date.isEnabled():
            raise WalkFailed("the codice fiscale did not fill the birth data")
        rec.press(Qt.Key.Key_F, ALT, purpose="al campo Telefono")
        rec.type_data(PHONE, purpose="telefono")
        rec.press(Qt.Key.Key_S, CTRL, purpose="salva (controllo dei doppioni)")
        rec.wait_until(
            lambda: dialog.person_id is not None or dialog.duplicates_box.isVisible(),
            "the person saved or possible duplicates",
        )
        if dialog.person_id is None:
            rec.press(Qt.Key.Key_S, CTRL, purpose="è una persona nuova: registra")
            rec.wait_until(lambda: dialog.person_id is not None, "the person saved")

    def consent(self) -> None:
        from cotdesk.ui.consent_panel import ConsentDialog
        from cotdesk.ui.person_page import PersonPage

        rec = self.rec
        rec.step = "3. Informativa e consensi"
        page = self.window.pages.currentWidget()
        assert isinstance(page, PersonPage)
        rec.wait_until(lambda: page.view is not None, "the person page")
        rec.press(Qt.Key.Key_I, CTRL, purpose="registra informativa e consensi")
        dialog = page.consent.consent_dialog
        assert isinstance(dialog, ConsentDialog)
        if not dialog.notice.isChecked():
            raise WalkFailed("the notice is not ticked by default")
        for number, (code, box) in enumerate(dialog.purposes.items(), start=1):
            rec.press(Qt.Key(Qt.Key.Key_0 + number), ALT, purpose=f"consenso {number}: {code}")
            rec.wait_until(box.isChecked, f"consent {code} ticked")  # mnemonics click animated
        rec.press(Qt.Key.Key_S, CTRL, purpose="registra")
        rec.wait_until(
            lambda: page.view is not None and page.view.consent.notice_given_at is not None,
            "the notice recorded",
        )

    def open_case(self) -> None:
        from cotdesk.ui.case_page import CasePage
        from cotdesk.ui.open_case import OpenCaseDialog

        rec = self.rec
        rec.step = "4. Presa in carico"
        rec.press(Qt.Key.Key_A, CTRL | SHIFT, purpose="apri presa in carico")
        dialog = self.window.open_case_dialog
        assert isinstance(dialog, OpenCaseDialog)
        rec.wait_until(dialog.channel.hasFocus, "the channel")  # walk-in: the default
        box = dialog.area_boxes[AREA]
        number = list(dialog.area_boxes).index(AREA) + 1
        if f"&{number}" in box.text():  # the areas have mnemonics: Alt+number ticks
            rec.press(Qt.Key(Qt.Key.Key_0 + number), ALT, purpose="spunta l'area")
        else:
            while not box.hasFocus():
                rec.press(Qt.Key.Key_Tab, purpose="all'area successiva")
                if rec.count() > 200:
                    raise WalkFailed("Tab never reaches the area")
            rec.press(Qt.Key.Key_Space, purpose="spunta l'area")
        rec.wait_until(box.isChecked, "the area ticked")
        rec.press(Qt.Key.Key_Return, CTRL, purpose="apri (canale: accesso diretto, il primo)")
        rec.wait_until(lambda: isinstance(self.window.pages.currentWidget(), CasePage), "the case")
        self.case = self.window.pages.currentWidget()

    def assess(self) -> None:
        from cotdesk.ui.assessment_form import AssessmentForm

        rec, case = self.rec, self.case
        rec.step = "5. Valutazione del bisogno"
        rec.press(Qt.Key.Key_V, CTRL | SHIFT, purpose="valutazione del bisogno")
        form = case.dialog
        assert isinstance(form, AssessmentForm)
        rec.wait_until(form.table.hasFocus, "the needs table")

        def current_need() -> str:
            need = form.model.need_at(form.table.currentIndex().row())
            return need.code if need is not None else ""

        for code, key, purpose in (
            (NEEDS[0], Qt.Key.Key_3, "3 = grave (e presente)"),
            (NEEDS[1], Qt.Key.Key_Space, "presente (moderato)"),
        ):
            while current_need() != code:
                rec.press(Qt.Key.Key_Down, purpose="al bisogno successivo")
            rec.press(key, purpose=f"{code}: {purpose}")
        if [need.code for need, _ in form.model.selected()] != list(NEEDS):
            raise WalkFailed("the two needs are not ticked")
        rec.press(Qt.Key.Key_Return, CTRL, purpose="salva la valutazione")
        rec.wait_until(lambda: case.data.header.assessed, "the assessment saved")

    def refer(self) -> None:
        from cotdesk.ui.referral_dialog import ReferralDialog

        rec = self.rec
        rec.step = "6. Invio"
        rec.press(Qt.Key.Key_I, CTRL | SHIFT, purpose="nuovo invio")
        dialog = self.case.dialog
        assert isinstance(dialog, ReferralDialog)
        rec.wait_until(
            lambda: dialog.services_model.rowCount() > 0 and dialog.services_view.hasFocus(),
            "the ranked services",
        )
        rec.press(Qt.Key.Key_Return, purpose="aggiungi il primo servizio agli invii")
        rec.wait_until(lambda: dialog.pending_model.rowCount() == 1, "the referral listed")
        rec.press(Qt.Key.Key_G, ALT, purpose="segna come inviati (lettera consegnata)")
        rec.wait_until(dialog.mark_sent_check.isChecked, "marked sent")
        rec.answer_next_dialog(Qt.Key.Key_Return, purpose="sì, apri la lettera da stampare")
        rec.press(Qt.Key.Key_Return, CTRL, purpose="crea l'invio")

    def print_letter(self) -> None:
        from cotdesk.ui.letter_preview import LetterPreviewDialog

        rec = self.rec
        rec.step = "7. Lettera"
        rec.wait_until(
            lambda: isinstance(QApplication.activeModalWidget(), LetterPreviewDialog),
            "the letter preview",
        )
        letter = QApplication.activeModalWidget()
        assert isinstance(letter, LetterPreviewDialog)
        rec.wait_until(letter.print_button.isEnabled, "the letter rendered")
        printed = self.out_dir / "lettera.pdf"
        make_printer = letter.make_printer

        def to_file() -> QPrinter:
            printer = make_printer()
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))
            printer.setResolution(100)
            return printer

        def confirm(_printer: QPrinter) -> bool:  # the native print dialog: Enter
            rec.actions.append(
                Action(rec.step, "key", "Invio", "conferma la finestra di stampa", True)
            )
            return True

        letter.make_printer = to_file
        letter.confirm_print = confirm
        rec.press(Qt.Key.Key_P, CTRL, purpose="stampa")
        rec.wait_until(lambda: "stampante" in letter.message.text(), "the letter printed")
        rec.press(Qt.Key.Key_Escape, purpose="chiudi l'anteprima")
        rec.wait_until(lambda: not letter.isVisible(), "the preview closed")
        if not printed.exists() or printed.stat().st_size == 0:
            raise WalkFailed("no letter printed")
        rec.wait_until(lambda: len(self.case.data.referrals) == 1, "the referral on the case")


def walk_in(app: QApplication, db_path: Path, username: str, out_dir: Path) -> Recorder:
    """Log in as ``username`` on a demo desk and walk the walk-in; the recorded input."""
    from cotdesk.services.auth import authenticate
    from cotdesk.services.demo_network import DEMO_PASSWORD
    from cotdesk.services.desk import open_desk
    from cotdesk.ui.main_window import MainWindow

    desk = open_desk(db_path)
    window = MainWindow(desk, authenticate(desk, username, DEMO_PASSWORD))
    window.resize(1366, 768)
    window.show()
    try:
        return Walk(app, window, out_dir).run()
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        desk.close()


# --------------------------------------------------------------------------- results


def _load_runs() -> list[dict[str, Any]]:
    path = RESULTS_DIR / "usability.json"
    if not path.exists():
        return []
    try:
        runs = json.loads(path.read_text(encoding="utf-8")).get("runs", [])
    except (OSError, ValueError):
        return []
    return [run for run in runs if isinstance(run, dict)]


def _by_step(actions: list[dict[str, Any]]) -> list[tuple[str, int]]:
    steps: dict[str, int] = {}
    for action in actions:
        steps.setdefault(action["step"], 0)
        if action["counted"]:
            steps[action["step"]] += 1
    return list(steps.items())


def _markdown(runs: list[dict[str, Any]]) -> str:
    latest = runs[-1]
    lines = [
        "# Usability: keystrokes and clicks of a standard walk-in",
        "",
        "Measured by `benchmarks/bench_usability.py` on the real main window (offscreen), on a "
        f"demo desk of {PERSONS} persons: a new person with a valid codice fiscale and a "
        "phone number, the privacy notice and three consents, a presa in carico (walk-in, "
        "one area), a need assessment with two needs, one referral marked sent, the letter "
        "printed. Every shortcut, Tab, Enter, arrow, Space and click counts 1; the data "
        "typed (names, codes, phone) does not. Target: **under "
        f"{TARGET_ACTIONS}**.",
        "",
        "| run | keystrokes and clicks | target | note |",
        "|---|---:|---:|---|",
    ]
    for run in runs:
        verdict = "✔" if run["total"] < TARGET_ACTIONS else "✘"
        lines.append(
            f"| {run['label']} | **{run['total']}** {verdict} | < {TARGET_ACTIONS} | "
            f"{run.get('note', '')} |"
        )
    lines += ["", f"## Per step ({latest['label']})", "", "| step | count |", "|---|---:|"]
    for step, count in sorted(_by_step(latest["actions"]), key=lambda item: -item[1]):
        lines.append(f"| {step} | {count} |")
    lines += [
        "",
        f"## Every action ({latest['label']})",
        "",
        "| # | step | input | counted | purpose |",
        "|---:|---|---|---:|---|",
    ]
    number = 0
    for action in latest["actions"]:
        if action["counted"]:
            number += 1
        shown = f"`{action['what']}`" if action["kind"] != "data" else f"«{action['what']}»"
        lines.append(
            f"| {number if action['counted'] else ''} | {action['step']} | {shown} | "
            f"{'1' if action['counted'] else 'data'} | {action['purpose']} |"
        )
    lines += ["", ANALYSIS]
    return "\n".join(lines)


#: What the measurement says, and what was changed (kept up to date by hand).
ANALYSIS: Final = """## What costs the most, and what changed

**Before (29):** the dearest step was opening the presa in carico (7): the channel is right
by default (walk-in comes first) and the operator is already "me", but the area had no
shortcut: 4 Tab from the channel to «Servizi per adulti e famiglie», then Space.
**Change:** the area checkboxes are numbered like the consent purposes, and Alt+1…5
ticks one (`cotdesk/ui/open_case.py`). **After (25):** the area costs 1 key; the step 3.

What is left, in order of cost, and why it stays:

* **Need assessment (6):** the shortcut, one key per need (a digit sets the severity
  and ticks the need, Space ticks it as moderate), the arrows between the two needs
  (2 here: the second need is two rows below the first), Ctrl+Enter. The arrows depend on
  which needs; typing the start of a need's name jumps to it as well.
* **Consents (5):** Ctrl+I, one Alt+number per consent, Ctrl+S. The notice is ticked by
  default, the consents are not, on purpose: each one must be a choice of the person.
* **Referral (5):** Ctrl+Shift+I, Enter on the best-ranked service, Alt+G «Segna come
  inviati», Ctrl+Enter, Enter to open the letter. Possible saving (not done: it changes
  what a referral's state means): printing the letter of a referral in draft could offer
  to mark it sent, so Alt+G is not needed when the letter is printed at the desk.
* **Letter (3):** Ctrl+P, Enter in the print dialog, Esc to close the preview.
* **Registration (3):** Ctrl+N (name and surname come from the search), Alt+F to the phone,
  Ctrl+S. The codice fiscale fills birth date, sex and birthplace; the search text fills
  the names; no duplicate was found, so no confirmation.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--label", default="current", help="name of this run in the results")
    parser.add_argument("--note", default="", help="what changed since the previous run")
    args = parser.parse_args()
    from cotdesk.services.demo import build_demo_network
    from cotdesk.ui import ops

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    ops.set_pool(None)  # Qt's thread pool, as in the app
    with tempfile.TemporaryDirectory(prefix="bench-usability-") as folder:
        path = Path(folder) / "desk.db"
        report = build_demo_network(path, persons=PERSONS, seed=SEED, replace=False)
        rec = walk_in(app, path, report.accounts["operator"], Path(folder))
    total = rec.count()
    run = {
        "label": args.label,
        "note": args.note,
        "total": total,
        "actions": [asdict(action) for action in rec.actions],
    }
    runs = [r for r in _load_runs() if r.get("label") != args.label] + [run]
    print(f"{total} keystrokes and clicks (target < {TARGET_ACTIONS})")
    for step, count in _by_step(run["actions"]):
        print(f"  {count:3d}  {step}")
    md = write_results("usability", {"target": TARGET_ACTIONS, "runs": runs}, _markdown(runs))
    print(md)
    app.shutdown()


if __name__ == "__main__":
    main()
