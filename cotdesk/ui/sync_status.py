"""Sync in the app: a background controller on a timer and on demand, and the status area.

:class:`SyncController` runs :func:`cotdesk.services.sync.run_sync` **off the GUI thread**
(``run_in_background``), never two at once: every ``interval_s`` seconds after a good run,
after :func:`cotdesk.sync.client.next_retry_delay` (backoff with jitter) after a failed one,
and at once on "Sincronizza ora" (F9). Its state (online or not, last good sync, changes
waiting, parked changes, open conflicts, the last error) is shown by :class:`SyncArea` in
the main window's status bar, with the details in the tooltip, and in the
"S&incronizzazione" menu (sync now, conflicts and parked changes, enrollment).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from cotdesk.domain.italian import short_date, to_local
from cotdesk.services.desk import Desk
from cotdesk.services.settings import load_settings
from cotdesk.services.sync import SyncRun, SyncState, run_sync, sync_state
from cotdesk.services.unit_of_work import Actor
from cotdesk.sync.client import next_retry_delay
from cotdesk.sync.first_sync import Progress
from cotdesk.ui.ops import run_in_background

log = logging.getLogger(__name__)

#: Seconds between two syncs when all is well.
SYNC_INTERVAL_S = 120
#: Seconds after the window opens before the first sync.
FIRST_SYNC_S = 5
#: How often the state is read again while a run goes (first-sync progress), in ms.
PROGRESS_MS = 1000


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


class SyncController(QObject):
    """Runs sync in the background on a timer and on demand; one run at a time."""

    #: The state changed (a run started or ended, or the counts were read again).
    changed = Signal()
    #: A run ended (the :class:`SyncRun`).
    finished = Signal(object)

    def __init__(
        self,
        desk: Desk,
        parent: QObject | None = None,
        *,
        interval_s: float = SYNC_INTERVAL_S,
        first_delay_s: float = FIRST_SYNC_S,
        run: Callable[[Desk], SyncRun] = run_sync,
        retry_delay: Callable[[int], float] = next_retry_delay,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.interval_s = interval_s
        self._run = run
        self._retry_delay = retry_delay
        self.running = False
        #: Consecutive failed runs (0 after a good one).
        self.failures = 0
        self.last_run: SyncRun | None = None
        #: When the last run ended (good or not), and when the next is due.
        self.last_attempt: datetime | None = None
        self.next_due: datetime | None = None
        #: Open conflicts of the office at the last good run (None: not known yet).
        self.conflicts: int | None = None
        self.state: SyncState = sync_state(desk)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)
        #: While a run goes, the local state is read again now and then (first-sync progress).
        self.progress_timer = QTimer(self)
        self.progress_timer.setInterval(PROGRESS_MS)
        self.progress_timer.timeout.connect(self._progress)
        if self.state.enrolled:
            self._schedule(first_delay_s)

    # ------------------------------------------------------------------ state

    @property
    def online(self) -> bool | None:
        """True after a good run, False after a failed one, None before the first."""
        if self.last_run is None:
            return None
        return self.last_run.ok

    @property
    def last_error(self) -> str:
        if self.last_run is None or self.last_run.ok:
            return ""
        return self.last_run.report.errors[0]

    def refresh(self) -> None:
        """Read the local counts again (after an edit, or a run)."""
        self.state = sync_state(self.desk)
        if self.state.enrolled and not self.running and not self.timer.isActive():
            self._schedule(FIRST_SYNC_S)
        self.changed.emit()

    # ------------------------------------------------------------------ running

    def sync_now(self) -> bool:
        """Start a run in the background; False if one is already running or the desk is
        not enrolled (then nothing starts)."""
        if self.running:
            return False
        self.state = sync_state(self.desk)
        if not self.state.enrolled:
            self.changed.emit()
            return False
        self.running = True
        self.timer.stop()
        self.progress_timer.start()
        self.next_due = None
        self.changed.emit()
        desk, run = self.desk, self._run
        run_in_background(lambda: run(desk), on_success=self._done, on_failure=self._crashed)
        return True

    def _done(self, result: object) -> None:
        assert isinstance(result, SyncRun)
        if not shiboken6.isValid(self):
            return  # the window closed while the run was going: nothing to show
        self.running = False
        self.progress_timer.stop()
        self.last_run = result
        self.last_attempt = result.finished_at
        if result.ok:
            self.failures = 0
            self.conflicts = result.conflicts
            delay = self.interval_s
        else:
            self.failures += 1
            delay = self._retry_delay(self.failures) if result.report.retry else self.interval_s
        self._schedule(delay)
        self.state = sync_state(self.desk)
        self.changed.emit()
        self.finished.emit(result)

    def _crashed(self, exc: Exception) -> None:
        """A bug, not a sync trouble (those come back in the report): shown, retried."""
        log.error("sync run failed", exc_info=exc)
        from cotdesk.sync.client import SyncReport

        message = self.tr("Errore imprevisto durante la sincronizzazione: {0}").format(
            type(exc).__name__
        )
        self._done(SyncRun(report=SyncReport(errors=[message], retry=True), conflicts=None))

    def _progress(self) -> None:
        if self.running:
            self.state = sync_state(self.desk)
            self.changed.emit()

    def _schedule(self, seconds: float) -> None:
        self.timer.start(max(1, round(seconds * 1000)))
        self.next_due = datetime.now(UTC) + timedelta(seconds=seconds)

    def stop(self) -> None:
        self.timer.stop()
        self.next_due = None


def moment_text(moment: datetime, now: datetime | None = None) -> str:
    """Rome time: ``14:32`` today, ``24/11/2026 14:32`` another day."""
    local = to_local(moment)
    today = to_local(now or datetime.now(UTC)).date()
    clock = f"{local.hour:02d}:{local.minute:02d}"
    return clock if local.date() == today else f"{short_date(local.date())} {clock}"


class SyncArea(QObject):
    """The sync part of the main window: the status bar label, the menu and its actions."""

    def __init__(self, window: QMainWindow, label: QLabel, desk: Desk, actor: Actor | None) -> None:
        super().__init__(window)
        self.window = window
        self.label = label
        self.desk = desk
        self.actor = actor
        minutes = load_settings().int_value("sync.interval_minutes")
        self.controller = SyncController(desk, self, interval_s=minutes * 60)
        self.controller.changed.connect(self.update_label)
        self.controller.finished.connect(self._finished)
        self._build_menu()
        self.label.installEventFilter(self)  # a double click opens the details
        self.update_label()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.label and event.type() == QEvent.Type.MouseButtonDblClick:
            if self.controller.state.enrolled:
                self.show_details()
            else:
                self.show_enrollment()
            return True
        return super().eventFilter(watched, event)

    def _build_menu(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        def action(text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
            made = QAction(text, self.window)
            made.setShortcut(QKeySequence(shortcut))
            made.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            made.triggered.connect(slot)
            self.window.addAction(made)
            return made

        self.sync_action = action(self.tr("Sincronizza &ora"), "F9", self.sync_now)
        self.details_action = action(
            self.tr("&Conflitti e modifiche sospese…"), "Shift+F9", self.show_details
        )
        self.enroll_action = action(
            self.tr("&Registra la postazione sul server…"), "Ctrl+F9", self.show_enrollment
        )
        menu_of = getattr(self.window, "menu", None)
        menu = (
            menu_of(self.tr("S&incronizzazione"))
            if callable(menu_of)
            else self.window.menuBar().addMenu(self.tr("S&incronizzazione"))
        )
        menu.addAction(self.sync_action)
        menu.addAction(self.details_action)
        menu.addSeparator()
        menu.addAction(self.enroll_action)

    # ------------------------------------------------------------------ actions

    def sync_now(self) -> None:
        if self.controller.running:
            self.window.statusBar().showMessage(self.tr("Sincronizzazione già in corso."), 3000)
        elif not self.controller.sync_now():
            self.window.statusBar().showMessage(
                self.tr(
                    "La postazione non è registrata presso un server: usare "
                    "Sincronizzazione → Registra la postazione (Ctrl+F9)."
                ),
                6000,
            )

    def show_details(self) -> None:
        from cotdesk.ui.sync_conflicts import SyncDetailsDialog

        dialog = SyncDetailsDialog(self.desk, self.actor, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resolved.connect(self.sync_now)
        self.details_dialog = dialog
        dialog.open()

    def show_enrollment(self) -> None:
        from cotdesk.ui.enroll_dialog import EnrollDialog

        dialog = EnrollDialog(self.desk, self.actor, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.enrolled.connect(lambda _office: self._enrolled())
        self.enroll_dialog = dialog
        dialog.open()

    def _enrolled(self) -> None:
        self.controller.refresh()
        self.controller.sync_now()

    def _finished(self, run: object) -> None:
        refresh = getattr(self.window, "refresh_status", None)
        if callable(refresh):
            refresh()  # the counts of the window (changes waiting) moved
        if isinstance(run, SyncRun) and run.report.outdated:
            # Versions that do not match: said in words, not only in the label's tooltip.
            self.window.statusBar().showMessage(run.report.errors[0], 60000)

    # ------------------------------------------------------------------ the label

    def update_label(self) -> None:
        text, tooltip = self.texts()
        trouble = self.controller.online is False or bool(self.controller.conflicts)
        self.label.setStyleSheet("color: #b00020;" if trouble else "")
        self.label.setText(text)
        self.label.setToolTip(tooltip)
        self.label.setAccessibleDescription(tooltip)

    def texts(self) -> tuple[str, str]:
        """The status text and its details (tooltip)."""
        c = self.controller
        state = c.state
        if not state.enrolled:
            return self.tr("Sincronizzazione: non configurata"), self.tr(
                "La postazione non è registrata presso un server di sincronizzazione: lavora "
                "solo in locale. Registrarla dal menu Sincronizzazione (Ctrl+F9)."
            )
        if c.running:
            head = self.tr("Sincronizzazione in corso…")
        elif c.online is None:
            head = self.tr("In attesa della prima sincronizzazione")
        elif c.online:
            head = self.tr("In linea")
        elif c.last_run is not None and c.last_run.report.revoked:
            head = self.tr("Postazione non autorizzata")
        elif c.last_run is not None and c.last_run.report.outdated == "desk":
            head = self.tr("Non in linea: aggiornare cotdesk")
        elif c.last_run is not None and c.last_run.report.outdated == "server":
            head = self.tr("Non in linea: aggiornare il server")
        else:
            head = self.tr("Non in linea")
        return " · ".join([head, *self.counts()]), self.details()

    def counts(self) -> list[str]:
        """What the status text says after its head."""
        c = self.controller
        state = c.state
        parts = []
        if state.first_sync is not None:
            parts.append(self.first_sync_text(state.first_sync))
        if state.last_sync_at is not None:
            parts.append(self.tr("sincronizzato: {0}").format(moment_text(state.last_sync_at)))
        if state.pending:
            parts.append(self.tr("da inviare: {0}").format(state.pending))
        if state.parked:
            parts.append(self.tr("sospese: {0}").format(state.parked))
        if c.conflicts:
            parts.append(self.tr("conflitti: {0}").format(c.conflicts))
        return parts

    def first_sync_text(self, progress: Progress) -> str:
        """First sync: the open cases first, then the rest (rows received / estimate)."""
        if progress.phase == "open":
            return self.tr("prima sincronizzazione: casi aperti, {0} righe ricevute").format(
                _thousands(progress.received)
            )
        percent = min(99, 100 * progress.received // progress.total) if progress.total else 0
        return self.tr("prima sincronizzazione: {0} di circa {1} righe ({2}%)").format(
            _thousands(progress.received), _thousands(progress.total), percent
        )

    def details(self) -> str:
        """Everything about sync, one line each (the tooltip)."""
        c = self.controller
        state = c.state
        details = [self.tr("Server: {0}").format(state.server_url)]
        if state.last_sync_at is not None:
            details.append(
                self.tr("Ultima sincronizzazione riuscita: {0}").format(
                    moment_text(state.last_sync_at, now=datetime(1970, 1, 1, tzinfo=UTC))
                )
            )
        else:
            details.append(self.tr("Nessuna sincronizzazione riuscita finora."))
        details.append(self.tr("Modifiche da inviare: {0}").format(state.pending))
        details.append(
            self.tr("Modifiche sospese (rifiutate dal server): {0}").format(state.parked)
        )
        conflicts = "?" if c.conflicts is None else str(c.conflicts)
        details.append(self.tr("Conflitti aperti dell'ufficio: {0}").format(conflicts))
        if state.resync_needed:
            details.append(self.tr("Il server chiede una sincronizzazione completa."))
        if c.last_error:
            details.append(self.tr("Ultimo errore: {0}").format(c.last_error))
        if c.next_due is not None and not c.running:
            details.append(self.tr("Prossimo tentativo: {0}").format(moment_text(c.next_due)))
        details.append(
            self.tr(
                "F9: sincronizza ora · Maiusc+F9 o doppio clic qui: conflitti e modifiche sospese"
            )
        )
        return "\n".join(details)
