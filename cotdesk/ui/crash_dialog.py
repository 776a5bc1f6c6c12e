"""The crash dialog: an unexpected error, a copyable report, and a clean way on or out.

:func:`install_crash_handler` (called by ``cotdesk gui`` before the app starts) routes
three things here:

* ``sys.excepthook``: exceptions nobody caught, including those raised in Qt slots and
  event handlers (PySide6 hands them to the hook and goes on);
* ``threading.excepthook``: the same in worker threads (the dialog still opens on the GUI
  thread, through a queued signal);
* Qt's own messages (``qInstallMessageHandler``): to the log, by level; a fatal one is
  logged and flushed before Qt aborts.

Every error is written to the log with its report (:mod:`cotdesk.support.crash_report`:
versions, traceback, no personal data). The dialog says the saved work is safe and offers
*Copia rapporto*, *Continua* (the app stays usable: every saved change was committed in
its own transaction, a failed one was rolled back) and *Esci da cotdesk* (every window is
closed the normal way, so unsaved forms become drafts, then the app exits with status 1).
While the dialog is open, further errors are counted in it, not stacked as new dialogs.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType
from typing import Any

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QThread,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cotdesk.support.crash_report import CrashReport, build_report
from cotdesk.support.redact import SafeText, scrub

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

#: Exit status of the app when the operator leaves from the crash dialog.
CRASH_EXIT_STATUS = 1


class CrashDialog(QDialog):
    """Shows one report; ``quit_requested`` when the operator chooses to leave."""

    quit_requested = Signal()

    def __init__(self, report: CrashReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.others = 0
        self.setWindowTitle(self.tr("cotdesk: errore imprevisto"))
        self.setModal(True)
        self.resize(720, 520)

        icon = QLabel(self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(32, 32)
        )
        self.message = QLabel(
            self.tr(
                "Si è verificato un errore imprevisto in cotdesk. Il lavoro già salvato è al "
                "sicuro; l'ultima operazione potrebbe non essere stata completata: "
                "controllarla prima di continuare."
            ),
            self,
        )
        self.message.setWordWrap(True)
        self.advice = QLabel(
            self.tr(
                "Per l'assistenza: copiare il rapporto e inviarlo al referente informatico. "
                "Non contiene dati delle persone."
            ),
            self,
        )
        self.advice.setWordWrap(True)
        self.summary = QLabel(
            self.tr("Codice dell'errore: {0} — {1}").format(report.code, report.summary), self
        )
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.others_label = QLabel("", self)
        self.others_label.hide()

        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlainText(report.text)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setAccessibleName(self.tr("Rapporto di errore"))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("&Copia rapporto"), self)
        self.continue_button = QPushButton(self.tr("C&ontinua"), self)
        self.quit_button = QPushButton(self.tr("&Esci da cotdesk"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_report)
        self.continue_button.clicked.connect(self.accept)
        self.quit_button.clicked.connect(self._quit)

        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.others_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.advice)
        layout.addWidget(buttons)
        self.setTabOrder(self.continue_button, self.copy_button)
        self.setTabOrder(self.copy_button, self.quit_button)
        self.setTabOrder(self.quit_button, self.details)
        self.continue_button.setFocus()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.text)
        self.copy_button.setText(self.tr("Rapporto &copiato"))

    def add_another(self, report: CrashReport) -> None:
        """Another error while this dialog is open: counted, its report added below."""
        self.others += 1
        self.others_label.setText(
            self.tr("Dopo questo errore se ne sono verificati altri: {0}.").format(self.others)
        )
        self.others_label.show()
        self.report = CrashReport(
            self.report.code,
            self.report.summary,
            f"{self.report.text}\n\n---- errore successivo ----\n{report.text}",
        )
        self.details.setPlainText(self.report.text)

    def _quit(self) -> None:
        self.done(QDialog.DialogCode.Rejected)
        self.quit_requested.emit()


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class CrashHandler(QObject):
    """Receives unexpected errors from any thread; shows them on the GUI thread."""

    report_ready = Signal(object)  # a CrashReport

    def __init__(self, *, show_dialog: bool = True, block_outside_loop: bool = True) -> None:
        super().__init__()
        self.show_dialog = show_dialog
        #: Outside an event loop (an error while starting up) the dialog runs its own,
        #: so it stays on screen; tests drive it without one.
        self.block_outside_loop = block_outside_loop
        self.dialog: CrashDialog | None = None
        self.reports: list[CrashReport] = []
        #: How many times each error code was reported (its full report is logged once).
        self.counts: dict[str, int] = {}
        self._previous_hook: Any = None
        self._previous_thread_hook: Any = None
        self._previous_qt_handler: Any = None
        self._installed = False
        self._busy = False
        self.report_ready.connect(self._show)

    # ------------------------------------------------------------------ hooks

    def install(self) -> None:
        if self._installed:
            return
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle_exception
        threading.excepthook = self._thread_exception
        self._previous_qt_handler = qInstallMessageHandler(self.qt_message)
        self._installed = True

    def uninstall(self) -> None:
        if not self._installed:
            return
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook
        qInstallMessageHandler(self._previous_qt_handler)
        self._installed = False

    def _thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle_exception(args.exc_type, args.exc_value, args.exc_traceback)

    def handle_exception(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """``sys.excepthook``: log the report, then show it (queued if not the GUI thread)."""
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in the terminal: just leave
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        try:
            report = self.build(exc)
        except Exception:  # the report itself failed: never recurse into the hook
            log.critical("unexpected error; the crash report could not be built", exc_info=exc)
            return
        seen = self.counts.get(report.code, 0)
        self.counts[report.code] = seen + 1
        if seen:  # the same error again (an event handler failing on every event)
            log.error("unexpected error %s again (%d times)", report.code, seen + 1)
        else:
            log.error("unexpected error %s\n%s", report.code, SafeText(report.text))
        self.reports.append(report)
        if self.show_dialog:
            self.report_ready.emit(report)

    def build(self, exc: BaseException) -> CrashReport:
        app = QGuiApplication.instance()
        platform_name = QGuiApplication.platformName() if app is not None else ""
        return build_report(exc, qt_version=qVersion(), qt_platform=platform_name)

    def qt_message(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        level = _QT_LEVELS.get(mode, logging.WARNING)
        category = context.category or "qt"
        qt_log.log(level, "%s: %s", SafeText(category), SafeText(scrub(message)))
        if mode == QtMsgType.QtFatalMsg:  # Qt aborts when we return: get it on disk first
            for handler in logging.getLogger().handlers:
                handler.flush()

    # ------------------------------------------------------------------ the dialog

    def _show(self, report: CrashReport) -> None:
        if QApplication.instance() is None:
            print(report.text, file=sys.stderr)
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_another(report)
            return
        if self._busy:
            return
        self._busy = True
        try:
            dialog = CrashDialog(report, QApplication.activeWindow())
            dialog.quit_requested.connect(quit_cleanly)
            dialog.finished.connect(dialog.deleteLater)
            self.dialog = dialog
            if self.block_outside_loop and QThread.currentThread().loopLevel() == 0:
                dialog.exec()  # before the event loop started (or after it ended)
            else:
                dialog.open()
        finally:
            self._busy = False


def quit_cleanly() -> None:
    """Close every window the normal way (unsaved forms become drafts), then exit (1)."""
    app = QApplication.instance()
    if app is None:
        return
    QApplication.closeAllWindows()
    app.exit(CRASH_EXIT_STATUS)


_handler: CrashHandler | None = None


def install_crash_handler() -> CrashHandler:
    """Install (once) the handler of unexpected errors for the whole process."""
    global _handler  # noqa: PLW0603 - one handler per process, like sys.excepthook itself
    if _handler is None:
        _handler = CrashHandler()
    _handler.install()
    return _handler
