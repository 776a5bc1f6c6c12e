"""At start, off the GUI thread: the integrity check of the desk database, then the daily copy.

:func:`start_startup_check` runs :func:`cotdesk.services.backups.startup_check` in the
thread pool while the operator logs in. A sound database gets its daily encrypted copy
(when due) and a status-bar message; a damaged one gets a dialog with the way out (the
``cotdesk restore`` command to type and the list of copies). A copy that could not be made
(a full disk) is reported, never fatal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from cotdesk.errors import UserError
from cotdesk.services.backups import StartupReport, startup_check
from cotdesk.services.desk import Desk
from cotdesk.ui import ops

_open_boxes: set[QMessageBox] = set()


def start_startup_check(
    desk: Desk,
    *,
    show_status: Callable[[str], None],
    parent: Callable[[], QWidget | None] = lambda: None,
) -> None:
    """Check ``desk`` in the background; report through ``show_status`` or a dialog."""

    def done(report: StartupReport) -> None:
        if report.ok:
            show_status(report.message)
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("StartupCheck", "cotdesk: database danneggiato"),
            report.message,
            QMessageBox.StandardButton.Ok,
            parent(),
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the command
        _open_boxes.add(box)  # a box without a parent lives only as long as a reference
        box.finished.connect(lambda _result: _open_boxes.discard(box))
        box.open()
        show_status(
            QCoreApplication.translate(
                "StartupCheck", "Database danneggiato: ripristinare una copia di sicurezza."
            )
        )

    def failed(exc: Exception) -> None:
        if isinstance(exc, UserError):
            text = QCoreApplication.translate(
                "StartupCheck", "Copia di sicurezza non riuscita: {0}"
            )
            show_status(text.format(exc.message))
            return
        raise exc

    ops.run_in_background(lambda: startup_check(desk), on_success=done, on_failure=failed)
