"""Start the desktop application: the QApplication, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cotdesk import __version__
from cotdesk.errors import UserError
from cotdesk.services.desk import Desk, desk_identity, open_desk
from cotdesk.services.desk_setup import SetupState, database_missing, setup_state
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui.i18n import install_translators
from cotdesk.ui.lock_screen import change_operator
from cotdesk.ui.login import LoginDialog
from cotdesk.ui.main_window import MainWindow
from cotdesk.ui.startup_check import start_startup_check


def run(db_path: Path, *, quit_after: float | None = None, language: str = "it") -> int:
    """Run the app on ``db_path``; ``quit_after`` seconds (for smoke tests and benchmarks)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("cotdesk")
    app.setApplicationDisplayName("cotdesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("COT solidali")
    install_translators(app, language)
    desk: Desk | None = None
    if quit_after is not None or not database_missing(db_path):
        try:
            desk = open_desk(db_path)
        except UserError as exc:
            QMessageBox.critical(
                None, app.translate("app", "cotdesk: impossibile aprire il database"), exc.message
            )
            return 2
    #: A note for the first log-in (the first run's demo user names, missing operators).
    notices: list[str] = []
    if quit_after is None and (desk is None or setup_state(desk) is not SetupState.READY):
        from cotdesk.ui.first_run import run_first_run

        started = run_first_run(db_path, desk)  # the first-run wizard
        if started is None:
            return 0
        desk, notices = started.desk, [started.notice]
    assert desk is not None
    db = desk

    def log_in() -> Actor | None:
        login = LoginDialog(db, desk_identity(db))
        if notices:
            from cotdesk.ui.first_run import add_login_notice

            add_login_notice(login, notices.pop())
        return login.actor if login.exec() == LoginDialog.DialogCode.Accepted else None

    #: The main window on screen (replaced when the operator changes on the lock screen).
    windows: list[MainWindow] = []
    #: The start-up check's message, kept until a main window shows it.
    pending_status: list[str] = []

    def show_status(message: str) -> None:
        if windows:
            windows[0].statusBar().showMessage(message, 15000)
        else:
            pending_status[:] = [message]

    def open_window(actor: Actor | None) -> MainWindow:
        window = MainWindow(db, actor)
        windows[:] = [window]
        if pending_status:
            window.statusBar().showMessage(pending_status.pop(), 15000)
        lock = window.screen_tools.lock
        if lock is not None:
            lock.switch_operator_requested.connect(
                lambda: change_operator(window, log_in, open_window)
            )
        return window

    actor = None
    if quit_after is None:
        # Integrity check and daily backup in the background while the operator logs in.
        start_startup_check(
            db, show_status=show_status, parent=lambda: windows[0] if windows else None
        )
        actor = log_in()
        if actor is None:
            db.close()
            return 0
    open_window(actor).show()
    if quit_after is not None:  # smoke tests and the start-up benchmark: no log-in
        QTimer.singleShot(int(quit_after * 1000), app.quit)
    try:
        return app.exec()
    finally:
        # The loop may end without the window being closed (app.quit(), a smoke test's
        # timer): close it now so its forms are kept as drafts and its application-wide
        # shortcuts and input filter go before the database does.
        for window in windows:
            window.close()
            window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        db.close()
