"""The screen lock of a desk in a public office.

The desk locks after :data:`~cotdesk.services.screen_lock.DEFAULT_IDLE_LOCK_MINUTES` idle
minutes (an application-wide event filter, :class:`IdleWatcher`, restarts the timer on any
key, click, wheel or mouse move) and on Ctrl+Shift+L ("Blocca schermo", menu Strumenti).

What a lock does (:class:`ScreenLock`), so that no personal data stays in sight:

* the pages of the main window are hidden (forms keep their state; the draft keepers save
  their drafts when hidden) and the window title loses anything but "schermo bloccato";
* every other window of the application that is open (a form, a letter preview) is hidden
  and shown again after the unlock, exactly as it was. A dialog that runs its own modal
  loop (a confirmation question) cannot be hidden without being answered, so it stays
  open but *under* the lock: the lock window is application-modal, shown last (so on top
  and the only one taking input), and it covers the main window and those dialogs;
* the lock window (:class:`LockScreen`) asks for the operator's PIN or password. Failures
  are throttled and audited by :class:`~cotdesk.services.screen_lock.UnlockGuard`; the
  input stays disabled while the delay runs, with the seconds left on screen;
* "Cambia operatore" (Alt+C) closes the window (unsaved forms are kept as drafts of the
  operator who was working) and goes back to the log-in (:func:`change_operator`).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cotdesk.errors import UserError
from cotdesk.services.screen_lock import (
    DEFAULT_IDLE_LOCK_MINUTES,
    UnlockFailed,
    UnlockGuard,
    UnlockResult,
    UnlockThrottled,
    clear_pin,
    has_pin,
    record_lock,
    set_pin,
)
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui.ops import run_in_background

#: What counts as the operator being at the desk.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


_GEOMETRY = frozenset({QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.WindowStateChange})


def idle_lock_minutes() -> int:
    """Idle minutes before the desk locks: the setting ``lock.idle_minutes`` (default 5)."""
    from cotdesk.services.settings import load_settings

    try:
        return load_settings().int_value("lock.idle_minutes")
    except (KeyError, AssertionError):
        return DEFAULT_IDLE_LOCK_MINUTES


class IdleWatcher(QObject):
    """Emits :attr:`idle` after ``interval_ms`` without user input anywhere in the app."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(max(1, interval_ms))
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    def set_interval(self, interval_ms: int) -> None:
        self.timer.setInterval(max(1, interval_ms))
        self.restart()

    def restart(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()


class LockScreen(QWidget):
    """The window shown while the desk is locked: PIN or password, or change operator."""

    unlocked = Signal(str)
    switch_operator = Signal()

    def __init__(self, guard: UnlockGuard, *, pin_set: bool, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.guard = guard
        self.setObjectName("lockScreen")
        self.setWindowTitle(self.tr("cotdesk — schermo bloccato"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockScreen { background: #23303d; }")

        panel = QFrame(self)
        panel.setObjectName("lockPanel")
        panel.setStyleSheet(
            "#lockPanel { background: #ffffff; border-radius: 8px; }"
            "#lockPanel QLabel { color: #1c1c1c; }"
        )
        panel.setMinimumWidth(420)
        heading = QLabel(f"<h2>{self.tr('Schermo bloccato')}</h2>", panel)
        who = QLabel(self.tr("Operatore: {0}").format(guard.actor.full_name), panel)
        who.setAccessibleName(self.tr("Operatore"))
        prompt = (
            self.tr("&PIN o password:") if pin_set else self.tr("&Password (nessun PIN impostato):")
        )
        self.secret = QLineEdit(panel)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("PIN o password"))
        label = QLabel(prompt, panel)
        label.setBuddy(self.secret)
        self.prompt = label
        self.message = QLabel("", panel)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setAccessibleName(self.tr("Messaggio di sblocco"))
        self.unlock_button = QPushButton(self.tr("&Sblocca"), panel)
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton(self.tr("&Cambia operatore"), panel)
        self.switch_button.setAccessibleName(self.tr("Cambia operatore"))
        self.secret.returnPressed.connect(self.try_unlock)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button.clicked.connect(self.switch_operator)

        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(heading)
        inner.addWidget(who)
        inner.addWidget(label)
        inner.addWidget(self.secret)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setTabOrder(self.secret, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.switch_button)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._checking = False

    def keyPressEvent(self, event: object) -> None:  # noqa: N802
        # Escape must not close the lock.
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def closeEvent(self, event: object) -> None:  # noqa: N802
        from PySide6.QtGui import QCloseEvent

        # Alt+F4 on the lock window does not unlock anything.
        if isinstance(event, QCloseEvent) and event.spontaneous():
            event.ignore()
            return
        super().closeEvent(event)  # type: ignore[arg-type]

    def dismiss(self) -> None:
        self._countdown.stop()
        self.close()

    def try_unlock(self) -> None:
        if self._checking or not self.secret.isEnabled():
            return
        secret = self.secret.text()
        if not secret:
            self.message.setText(self.tr("Scrivere il PIN o la password."))
            return
        self._checking = True
        self._set_input_enabled(False)
        guard = self.guard
        run_in_background(
            lambda: guard.attempt(secret), on_success=self._done, on_failure=self._failed
        )

    def _done(self, result: UnlockResult) -> None:
        self._checking = False
        self.secret.clear()
        self.message.clear()
        self._set_input_enabled(True)
        self.unlocked.emit(result.method)

    def _failed(self, exc: Exception) -> None:
        self._checking = False
        self.secret.clear()
        if isinstance(exc, (UnlockFailed, UnlockThrottled)):
            self.message.setText(exc.message)
            if exc.wait_seconds > 0:
                self._countdown.start()
                self._tick()
                return
        elif isinstance(exc, UserError):
            self.message.setText(exc.message)
        else:
            raise exc
        self._set_input_enabled(True)

    def _tick(self) -> None:
        wait = self.guard.wait_seconds()
        if wait <= 0:
            self._countdown.stop()
            self._set_input_enabled(True)
            self.message.setText(self.tr("Riprovare ora."))
            return
        self._set_input_enabled(False)
        self.unlock_button.setText(self.tr("Attendere {0} s").format(math.ceil(wait)))

    def _set_input_enabled(self, enabled: bool) -> None:
        self.secret.setEnabled(enabled)
        self.unlock_button.setEnabled(enabled)
        if enabled:
            self.unlock_button.setText(self.tr("&Sblocca"))
            self.secret.setFocus()


class ScreenLock(QObject):
    """Locks a main window: idle timer, what to hide, the lock window, the unlock."""

    locked_changed = Signal(bool)
    #: "Cambia operatore" on the lock screen: the window should go back to the log-in.
    switch_operator_requested = Signal()

    def __init__(
        self,
        window: QMainWindow,
        desk: object,
        actor: Actor,
        *,
        idle_ms: int | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.actor = actor
        self._clock = clock
        self.screen: LockScreen | None = None
        self._hidden: list[QWidget] = []
        self._title = ""
        self._focus: QWidget | None = None
        minutes = idle_lock_minutes()
        self.watcher = IdleWatcher(idle_ms if idle_ms is not None else minutes * 60_000, self)
        self.watcher.idle.connect(lambda: self.lock("idle"))
        window.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def lock(self, reason: str = "manual") -> None:
        if self.screen is not None:
            return
        window = self.window
        self.watcher.stop()
        self._focus = QApplication.focusWidget()
        self._title = window.windowTitle()
        kept_modal: list[QWidget] = []
        self._hidden = []
        for widget in QApplication.topLevelWidgets():
            if widget is window or not widget.isVisible() or widget.isHidden():
                continue
            if widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                widget.hide()  # menus and tooltips: simply closed
                continue
            if widget.windowModality() == Qt.WindowModality.ApplicationModal:
                # Running its own loop: hiding it would answer it. It stays under the lock.
                kept_modal.append(widget)
                continue
            widget.hide()
            self._hidden.append(widget)
        central = window.centralWidget()
        if central is not None:
            central.hide()
        window.setWindowTitle(self.tr("cotdesk — schermo bloccato"))
        guard = (
            UnlockGuard(self.desk, self.actor)  # type: ignore[arg-type]
            if self._clock is None
            else UnlockGuard(self.desk, self.actor, clock=self._clock)  # type: ignore[arg-type]
        )
        screen = LockScreen(
            guard,
            pin_set=has_pin(self.desk, self.actor.operator_id),  # type: ignore[arg-type]
            parent=window,
        )
        screen.unlocked.connect(self.unlock)
        screen.switch_operator.connect(self._switch)
        self.screen = screen
        self._kept_modal = kept_modal
        self._place()
        screen.show()
        screen.raise_()
        screen.activateWindow()
        screen.secret.setFocus()
        with contextlib.suppress(UserError):  # the lock matters more than its log line
            record_lock(self.desk, self.actor, reason)  # type: ignore[arg-type]
        self.locked_changed.emit(True)

    def covered_rect(self) -> QRect:
        """What the lock window covers: the main window and the dialogs left under it."""
        rect = self.window.frameGeometry()
        for widget in getattr(self, "_kept_modal", []):
            if widget.isVisible():
                rect = rect.united(widget.frameGeometry())
        return rect

    def _place(self) -> None:
        if self.screen is not None:
            self.screen.setGeometry(self.covered_rect())

    def unlock(self, _method: str = "") -> None:
        screen = self.screen
        if screen is None:
            return
        self.screen = None
        screen.dismiss()
        screen.deleteLater()
        window = self.window
        central = window.centralWidget()
        if central is not None:
            central.show()
        window.setWindowTitle(self._title)
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self._kept_modal = []
        window.activateWindow()
        if self._focus is not None:
            with contextlib.suppress(RuntimeError):  # the widget was deleted meanwhile
                self._focus.setFocus()
        self._focus = None
        self.watcher.restart()
        self.locked_changed.emit(False)

    def _switch(self) -> None:
        self.switch_operator_requested.emit()

    def shutdown(self) -> None:
        """Stop watching (the window is going away)."""
        self.watcher.uninstall()
        if self.screen is not None:
            self.screen.dismiss()
            self.screen.deleteLater()
            self.screen = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is not self.window:
            return False
        kind = event.type()
        if kind == QEvent.Type.Close and event.isAccepted():
            self.shutdown()  # the window is going away: so do its timer and lock window
        elif self.screen is not None and kind in _GEOMETRY:
            self._place()
        return False
        if (
            watched is self.window
            and self.screen is not None
            and event.type()
            in (
                QEvent.Type.Move,
                QEvent.Type.Resize,
                QEvent.Type.WindowStateChange,
            )
        ):
            self._place()
        return False


def change_operator(
    window: QMainWindow,
    login: Callable[[], Actor | None],
    make_window: Callable[[Actor], QMainWindow],
) -> QMainWindow | None:
    """Close ``window`` (its forms keep their drafts) and log in again.

    ``login`` shows the log-in and returns the new operator (None: the operator chose to
    exit, and the application quits); ``make_window`` builds the new main window.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    lock = window.findChild(ScreenLock)
    if lock is not None:
        lock.shutdown()
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible():
                widget.close()
        window.close()
        window.deleteLater()
        actor = login()
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)
    if actor is None:
        app.quit()
        return None
    new = make_window(actor)
    new.show()
    return new


class PinDialog(QDialog):
    """Set, change or remove the operator's unlock PIN on this desk (password to confirm)."""

    def __init__(self, desk: object, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self.setWindowTitle(self.tr("PIN di sblocco"))
        intro = QLabel(
            self.tr(
                "Il PIN (da 4 a 8 cifre) sblocca lo schermo di questa postazione al posto "
                "della password. Resta solo su questa postazione."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password attuale"))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setAccessibleName(self.tr("Nuovo PIN"))
        self.pin_again = QLineEdit(self)
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again.setMaxLength(8)
        self.pin_again.setAccessibleName(self.tr("Ripeti il PIN"))
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&Password attuale:"), self.password)
        form.addRow(self.tr("&Nuovo PIN:"), self.pin)
        form.addRow(self.tr("&Ripeti il PIN:"), self.pin_again)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Imposta PIN"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.remove_button = buttons.addButton(
            self.tr("&Rimuovi PIN"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.remove_button.setEnabled(has_pin(desk, actor.operator_id))  # type: ignore[arg-type]
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.password.setFocus()

    def save(self) -> None:
        if self.pin.text() != self.pin_again.text():
            self.message.setText(self.tr("I due PIN non coincidono: scriverli di nuovo."))
            self.pin_again.clear()
            self.pin_again.setFocus()
            return
        try:
            set_pin(
                self._desk,  # type: ignore[arg-type]
                self._actor,
                self.pin.text(),
                password=self.password.text(),
            )
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.accept()

    def remove(self) -> None:
        try:
            clear_pin(self._desk, self._actor)  # type: ignore[arg-type]
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.accept()


class ScreenTools(QObject):
    """The main window's "Blocca schermo" and "Nascondi dati sensibili" (menu Strumenti)."""

    def __init__(self, window: QMainWindow, desk: object, actor: Actor | None) -> None:
        super().__init__(window)
        from PySide6.QtGui import QAction, QKeySequence

        from cotdesk.ui.privacy import privacy_mode

        self.window = window
        self.privacy = privacy_mode()
        self.lock: ScreenLock | None = (
            ScreenLock(window, desk, actor) if actor is not None else None
        )
        self.lock_action = QAction(self.tr("&Blocca schermo"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setEnabled(self.lock is not None)
        self.lock_action.triggered.connect(self.lock_now)
        self.privacy_action = QAction(self.tr("&Nascondi dati sensibili"), window)
        self.privacy_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.privacy_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.privacy_action.setCheckable(True)
        self.privacy_action.setChecked(self.privacy.on)
        self.privacy_action.toggled.connect(self.privacy.set_on)
        self.privacy.changed.connect(self._privacy_changed)
        window.addAction(self.lock_action)
        window.addAction(self.privacy_action)
        self.pin_action = QAction(self.tr("PIN di s&blocco…"), window)
        self.pin_action.setShortcut(QKeySequence("Ctrl+Alt+P"))
        self.pin_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.pin_action.setEnabled(actor is not None)
        self.pin_action.triggered.connect(self.edit_pin)
        window.addAction(self.pin_action)
        self._desk = desk
        self._actor = actor
        menu = window.menu(self.tr("&Strumenti"))  # type: ignore[attr-defined]
        menu.addAction(self.privacy_action)
        menu.addAction(self.lock_action)
        menu.addAction(self.pin_action)

        self.privacy_label = QLabel(self.tr("Dati sensibili nascosti (Ctrl+Shift+H)"), window)
        self.privacy_label.setAccessibleName(self.tr("Modalità riservatezza"))
        self.privacy_label.setStyleSheet(
            "background: #8a4b00; color: white; font-weight: bold; padding: 1px 6px;"
        )
        window.statusBar().addPermanentWidget(self.privacy_label)
        self.privacy_label.setVisible(self.privacy.on)

    def edit_pin(self) -> None:
        if self._actor is None:
            return
        dialog = PinDialog(self._desk, self._actor, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.window.statusBar().showMessage(self.tr("PIN di sblocco aggiornato."), 4000)
        )
        self.pin_dialog = dialog
        dialog.open()

    def lock_now(self) -> None:
        if self.lock is not None:
            self.lock.lock("manual")

    def _privacy_changed(self, on: bool) -> None:
        self.privacy_label.setVisible(on)
        if self.privacy_action.isChecked() != on:
            self.privacy_action.setChecked(on)
        self.window.statusBar().showMessage(
            self.tr("Dati sensibili nascosti: nomi come iniziali, codici e recapiti coperti.")
            if on
            else self.tr("Dati sensibili di nuovo visibili."),
            4000,
        )
