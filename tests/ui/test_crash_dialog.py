"""Unexpected errors: the report (versions, frames, no personal data) and the crash dialog."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from cotdesk import __version__
from cotdesk.support.crash_report import build_report
from cotdesk.ui import crash_dialog
from cotdesk.ui.crash_dialog import CrashDialog, CrashHandler

NAME = "Zanardelli Ottavina"
CF = "ZNRTVN61C54H501L"


def _failing_lookup(fiscal_code: str) -> None:
    person = {"name": NAME, "fiscal_code": fiscal_code}
    raise LookupError(f"{person['name']} ({fiscal_code}) non trovata")


def _raise_error() -> BaseException:
    try:
        _failing_lookup(CF)
    except LookupError as exc:
        return exc
    raise AssertionError("unreachable")


@pytest.fixture
def handler(qtbot: QtBot) -> Iterator[CrashHandler]:
    crash = CrashHandler(block_outside_loop=False)
    crash.install()
    yield crash
    crash.uninstall()
    if crash.dialog is not None:
        crash.dialog.close()


def _dialog(qtbot: QtBot, crash: CrashHandler) -> CrashDialog:
    qtbot.waitUntil(lambda: crash.dialog is not None and crash.dialog.isVisible())
    assert crash.dialog is not None
    return crash.dialog


def test_the_report_has_versions_and_frames_but_no_personal_data() -> None:
    report = build_report(_raise_error(), qt_version=qVersion(), qt_platform="offscreen")
    text = report.text
    assert f"cotdesk: {__version__}" in text
    assert "Python: 3." in text
    assert f"Qt: {qVersion()} (PySide6 " in text
    assert "Piattaforma Qt: offscreen" in text
    assert "Sistema: " in text
    assert f"Codice dell'errore: {report.code}" in text
    assert "Traceback (most recent call last):" in text
    assert "in _failing_lookup" in text
    assert "tests/ui/test_crash_dialog.py" in text
    assert "LookupError: [messaggio omesso" in text
    assert report.summary.startswith("LookupError: [messaggio omesso")
    for secret in ("Zanardelli", "Ottavina", CF):
        assert secret not in text  # neither the message nor the local variables
    # The same error gives the same code.
    assert build_report(_raise_error()).code == report.code


def test_an_error_in_a_slot_opens_the_dialog_logs_the_report_and_the_app_goes_on(
    qtbot: QtBot, handler: CrashHandler, caplog: pytest.LogCaptureFixture
) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    button = QPushButton("Cerca", window)
    field = QLineEdit(window)
    layout.addWidget(button)
    layout.addWidget(field)
    button.clicked.connect(lambda: _failing_lookup(CF))
    qtbot.addWidget(window)
    window.show()

    with caplog.at_level(logging.ERROR, logger="cotdesk.ui.crash_dialog"):
        button.click()
        dialog = _dialog(qtbot, handler)
    assert dialog.windowTitle() == "cotdesk: errore imprevisto"
    assert "Il lavoro già salvato è al sicuro" in dialog.message.text()
    assert dialog.report.code in dialog.summary.text()
    assert dialog.details.isReadOnly()
    assert dialog.details.toPlainText() == handler.reports[0].text
    logged = caplog.text
    assert "unexpected error" in logged
    assert "Rapporto di errore di cotdesk" in logged
    assert CF not in logged
    assert "Zanardelli" not in logged

    # Copia: the whole report on the clipboard.
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.report.text
    assert dialog.copy_button.text() == "Rapporto &copiato"

    # Continua: the dialog closes and the window still works.
    dialog.continue_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    field.setText("ancora utilizzabile")
    assert field.text() == "ancora utilizzabile"
    assert window.isVisible()


def test_more_errors_while_the_dialog_is_open_are_counted_in_it(
    qtbot: QtBot, handler: CrashHandler, caplog: pytest.LogCaptureFixture
) -> None:
    handler.handle_exception(LookupError, _raise_error(), None)
    dialog = _dialog(qtbot, handler)
    with caplog.at_level(logging.ERROR, logger="cotdesk.ui.crash_dialog"):
        handler.handle_exception(ValueError, ValueError("Rossi"), None)
        handler.handle_exception(ValueError, ValueError("Bianchi"), None)
    # The same error twice: its full report is logged once, then counted.
    logged = [r.getMessage() for r in caplog.records if r.name == "cotdesk.ui.crash_dialog"]
    assert len(logged) == 3
    assert logged[1].count("Rapporto di errore di cotdesk") == 1
    assert logged[2].endswith("again (2 times)")
    assert dialog is handler.dialog
    assert dialog.others == 2
    assert "altri: 2" in dialog.others_label.text()
    assert dialog.details.toPlainText().count("---- errore successivo ----") == 2
    assert "Rossi" not in dialog.details.toPlainText()
    dialog.continue_button.click()


def test_an_error_in_a_worker_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, handler: CrashHandler
) -> None:
    worker = threading.Thread(target=_failing_lookup, args=(CF,))
    worker.start()
    worker.join()
    dialog = _dialog(qtbot, handler)
    assert dialog.thread() is QApplication.instance().thread()
    assert "in _failing_lookup" in dialog.report.text
    dialog.continue_button.click()


def test_esci_closes_every_window_the_normal_way_then_exits_with_status_1(
    qtbot: QtBot, handler: CrashHandler, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed: list[str] = []
    exits: list[int] = []

    class Form(QWidget):
        def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
            closed.append("form")  # where a real form saves its draft

    form = Form()
    qtbot.addWidget(form)
    form.show()
    app = QApplication.instance()
    assert app is not None
    monkeypatch.setattr(app, "exit", exits.append)
    handler.handle_exception(LookupError, _raise_error(), None)
    dialog = _dialog(qtbot, handler)
    dialog.quit_button.click()
    assert closed == ["form"]
    assert exits == [crash_dialog.CRASH_EXIT_STATUS]


def test_qt_messages_go_to_the_log(
    qtbot: QtBot, handler: CrashHandler, caplog: pytest.LogCaptureFixture
) -> None:
    from PySide6.QtCore import qWarning

    with caplog.at_level(logging.WARNING, logger="qt"):
        qWarning(f"a Qt warning about {CF}")
    records = [r for r in caplog.records if r.name == "qt"]
    assert records
    assert "a Qt warning about [codice fiscale]" in records[-1].getMessage()


def test_the_handler_is_installed_once_and_restores_the_previous_hooks() -> None:
    import sys

    before = sys.excepthook
    crash = CrashHandler()
    crash.install()
    crash.install()
    assert sys.excepthook == crash.handle_exception
    crash.uninstall()
    assert sys.excepthook is before
