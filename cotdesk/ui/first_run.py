"""The first run: a wizard before the first log-in on a desk that is not set up yet.

Shown by :func:`cotdesk.ui.app.run` when the desk database does not exist (or is blank, a
first run stopped half-way, or is enrolled but its operators have not arrived yet:
:func:`cotdesk.services.desk_setup.setup_state`); never with ``--demo`` and never on a
desk that is set up. Keyboard first: Alt+P / Alt+C choose, Enter (or Alt+T) goes on, Alt+D
goes back, Esc cancels.

Two ways:

* **Prova in locale**: the demo network (fictitious people, no server) is built off the GUI
  thread with its progress, in a file *beside* the desk database
  (:func:`~cotdesk.services.desk_setup.demo_path`, so connecting to the network later is
  still a first run); the log-in then shows the demo user names and password.
* **Collega al server della rete**: the desk database is created (encrypted), then the
  enrollment form of :class:`~cotdesk.ui.enroll_dialog.EnrollDialog` (embedded as it is:
  server address, one-time code, the certificate's SHA-256 fingerprint shown to compare
  or an expected one typed in, with its Italian errors: unreachable server, wrong code,
  certificate that does not match); once enrolled, the first sync brings the office's
  data and operators, and the first operator logs in. While the server sends no operators
  yet, the wizard says so and ends at the log-in anyway.

Cancelling leaves no half-made desk: a blank database made by the wizard is removed.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from cotdesk.domain.roles import ROLE_LABELS
from cotdesk.errors import UserError
from cotdesk.services import desk_setup
from cotdesk.services.demo import DEFAULT_PERSONS
from cotdesk.services.desk import Desk, open_desk
from cotdesk.services.desk_setup import SetupState
from cotdesk.services.sync import SyncRun, run_sync
from cotdesk.ui.enroll_dialog import EnrollDialog
from cotdesk.ui.labels import tr_label
from cotdesk.ui.ops import run_in_background

log = logging.getLogger(__name__)

PAGE_CHOICE, PAGE_DEMO, PAGE_SERVER, PAGE_SYNC = range(4)
_PERSONS_DONE = re.compile(r"Persone: ([\d.]+) di ([\d.]+)")


@dataclass(frozen=True)
class FirstRunResult:
    """What the app goes on with: the opened desk, and a note for the log-in."""

    desk: Desk
    notice: str


class _Progress(QObject):
    """Carries progress messages from the worker thread to the GUI thread."""

    message = Signal(str)


def _error_text(widget: QWidget, exc: Exception) -> str:
    if isinstance(exc, UserError):
        return exc.message
    return widget.tr("Errore imprevisto ({0}): riprovare o rivolgersi all'assistenza.").format(
        type(exc).__name__
    )


class ChoicePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Benvenuti in cotdesk"))
        self.setSubTitle(
            self.tr("Questa postazione non è ancora configurata. Come si vuole cominciare?")
        )
        self.server_choice = QRadioButton(self.tr("&Collega al server della rete"))
        self.server_choice.setAccessibleDescription(
            self.tr(
                "Registra la postazione presso il server del COT con il codice di attivazione "
                "fornito dal referente informatico."
            )
        )
        self.demo_choice = QRadioButton(self.tr("&Prova in locale (dati dimostrativi)"))
        self.demo_choice.setAccessibleDescription(
            self.tr("Persone e servizi inventati, senza server: per provare il programma.")
        )
        group = QButtonGroup(self)
        group.addButton(self.server_choice)
        group.addButton(self.demo_choice)
        self.server_choice.setChecked(True)
        server_help = QLabel(
            self.tr(
                "Servono l'indirizzo del server e un codice di attivazione, forniti dal "
                "referente informatico, che confronta anche l'impronta del certificato."
            )
        )
        demo_help = QLabel(
            self.tr(
                "Una rete dimostrativa con persone inventate, su questo computer, senza "
                "server. Si potrà collegare la postazione alla rete in seguito: i dati di "
                "prova restano in un file a parte."
            )
        )
        for label in (server_help, demo_help):
            label.setWordWrap(True)
            label.setIndent(24)
        layout = QVBoxLayout(self)
        layout.addWidget(self.server_choice)
        layout.addWidget(server_help)
        layout.addSpacing(12)
        layout.addWidget(self.demo_choice)
        layout.addWidget(demo_help)
        layout.addStretch(1)

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return PAGE_DEMO if self.demo_choice.isChecked() else PAGE_SERVER


class DemoPage(QWizardPage):
    """Builds (or finds) the demo network off the GUI thread, then says how to log in."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.first_run = wizard
        self.busy = False
        self.done = False
        self.setTitle(self.tr("Prova in locale"))
        self.setSubTitle(self.tr("Preparazione della rete dimostrativa (persone inventate)."))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Avanzamento"))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.result_label = QLabel("")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setAccessibleName(self.tr("Errore"))
        self.retry_button = QPushButton(self.tr("&Riprova"))
        self.retry_button.clicked.connect(self.start)
        self.retry_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def nextId(self) -> int:  # noqa: N802
        return -1

    def isComplete(self) -> bool:  # noqa: N802
        return self.done

    def initializePage(self) -> None:  # noqa: N802
        self.first_run.release_blank_desk()  # tried the server first: nothing is kept of it
        if not self.done:
            self.start()

    def start(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.retry_button.hide()
        self.error_label.setText("")
        self.progress.setRange(0, 0)  # busy until the persons are counted
        self.status.setText(self.tr("Creazione della rete dimostrativa…"))
        self.first_run.set_busy(True)
        relay = _Progress(self)
        relay.message.connect(self._progress)
        path, persons = self.first_run.demo_file, self.first_run.demo_persons

        def build() -> Desk:
            desk_setup.build_demo(path, persons=persons, progress=relay.message.emit)
            return open_desk(path)

        run_in_background(build, on_success=self._built, on_failure=self._failed)

    def _progress(self, message: str) -> None:
        if not shiboken6.isValid(self):
            return
        found = _PERSONS_DONE.search(message)
        if found is not None:
            done, total = (int(n.replace(".", "")) for n in found.groups())
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.status.setText(
                self.tr("Persone create: {0} di {1}").format(found.group(1), found.group(2))
            )
        elif message.startswith("Indice di ricerca"):
            self.status.setText(self.tr("Preparazione dell'indice di ricerca…"))

    def _built(self, desk: object) -> None:
        assert isinstance(desk, Desk)
        if not shiboken6.isValid(self):
            desk.close()
            return
        self.busy = False
        self.done = True
        self.first_run.set_busy(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(self.tr("La rete dimostrativa è pronta."))
        self.first_run.use_desk(desk, self.first_run.demo_notice(desk))
        self.result_label.setText(self.first_run.notice)
        self.completeChanged.emit()
        self.first_run.focus_finish()

    def _failed(self, exc: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.first_run.set_busy(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText("")
        self.error_label.setText(_error_text(self, exc))
        self.retry_button.show()
        self.retry_button.setFocus()


class ServerPage(QWizardPage):
    """Creates the desk database, then the enrollment form of :class:`EnrollDialog`."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.first_run = wizard
        self.enrolled = False
        self.form: EnrollDialog | None = None
        self.setTitle(self.tr("Collega al server della rete"))
        self.setSubTitle(
            self.tr(
                "Verificare il server e confrontare l'impronta del certificato con quella "
                "del referente informatico, poi registrare la postazione."
            )
        )
        self.setCommitPage(True)  # once enrolled there is no going back
        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setAccessibleName(self.tr("Errore"))
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.error_label)

    def nextId(self) -> int:  # noqa: N802
        return PAGE_SYNC

    def isComplete(self) -> bool:  # noqa: N802
        return self.enrolled

    def initializePage(self) -> None:  # noqa: N802
        self.error_label.setText("")
        try:
            desk = self.first_run.real_desk()
        except UserError as exc:  # no safe keyring, a file that cannot be made …
            self.error_label.setText(exc.message)
            return
        if self.form is None:
            form = EnrollDialog(desk, None, self)
            # The dialog's form, as a part of this page: its own Cancel is the wizard's.
            form.setWindowFlags(Qt.WindowType.Widget)
            form.buttons.button(form.buttons.StandardButton.Cancel).hide()
            form.rejected.connect(self._escaped)
            form.enrolled.connect(self._enrolled)
            self.box.insertWidget(0, form)
            self.form = form
        self.form.show()
        self.form.url_edit.setFocus()

    def _escaped(self) -> None:
        """Esc in the form: the form (which hid itself) stays, the wizard is cancelled."""
        if self.form is not None:
            self.form.show()
        self.first_run.reject()

    def _enrolled(self, _office_id: object) -> None:
        self.enrolled = True
        self.completeChanged.emit()
        self.first_run.next()


class SyncPage(QWizardPage):
    """The first sync: the office's data and operators come from the server."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.first_run = wizard
        self.busy = False
        self.setTitle(self.tr("Prima sincronizzazione"))
        self.setSubTitle(self.tr("La postazione riceve dal server i dati del proprio sportello."))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Avanzamento"))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("&Riprova la sincronizzazione"))
        self.retry_button.clicked.connect(self.start)
        self.retry_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def nextId(self) -> int:  # noqa: N802
        return -1

    def isComplete(self) -> bool:  # noqa: N802
        return not self.busy

    def initializePage(self) -> None:  # noqa: N802
        self.start()

    def start(self) -> None:
        desk = self.first_run.desk
        if self.busy or desk is None:
            return
        self.busy = True
        self.completeChanged.emit()
        self.retry_button.hide()
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Sincronizzazione con il server in corso…"))
        self.first_run.set_busy(True)

        def first_sync() -> tuple[SyncRun, int]:
            return run_sync(desk), desk_setup.active_operators(desk)

        run_in_background(first_sync, on_success=self._synced, on_failure=self._failed)

    def _synced(self, result: object) -> None:
        if not shiboken6.isValid(self):
            return
        assert isinstance(result, tuple)
        run, operators = result
        assert isinstance(run, SyncRun)
        self._finish()
        if not run.ok:
            text = self.tr(
                "La postazione è registrata, ma la prima sincronizzazione non è riuscita:\n{0}"
            ).format(run.report.errors[0])
            self.first_run.notice = self.tr(
                "La prima sincronizzazione non è riuscita: gli operatori dello sportello non "
                "sono ancora sulla postazione. Riprovare chiudendo e riaprendo cotdesk."
            )
            self.retry_button.show()
            self.retry_button.setFocus()
        elif operators:
            text = self.tr(
                "Sincronizzazione completata: {0} dati ricevuti, {1} operatori possono "
                "accedere. Premere Fine: il primo operatore accede con le proprie credenziali."
            ).format(run.report.pulled, operators)
            self.first_run.notice = ""
            self.first_run.focus_finish()
        else:
            text = self.tr(
                "Sincronizzazione completata ({0} dati ricevuti), ma il server non ha ancora "
                "inviato gli operatori dello sportello: nessuno può ancora accedere su questa "
                "postazione. Chiedere al referente informatico di registrarli sul server; "
                "alla prossima apertura cotdesk li riceverà."
            ).format(run.report.pulled)
            self.first_run.notice = self.tr(
                "Gli operatori dello sportello non sono ancora arrivati dal server: chiedere "
                "al referente informatico di registrarli, poi riaprire cotdesk."
            )
            self.retry_button.show()
        self.status.setText(text)

    def _failed(self, exc: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._finish()
        self.status.setText(_error_text(self, exc))
        self.retry_button.show()
        self.retry_button.setFocus()

    def _finish(self) -> None:
        self.busy = False
        self.first_run.set_busy(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.completeChanged.emit()


class FirstRunWizard(QWizard):
    def __init__(
        self,
        db_path: Path,
        desk: Desk | None = None,
        *,
        demo_persons: int = DEFAULT_PERSONS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path).expanduser().absolute()
        self.demo_file = desk_setup.demo_path(self.db_path)
        self.demo_persons = demo_persons
        #: The desk the app goes on with (None until there is one).
        self.desk: Desk | None = desk
        #: The desk database was made (or found blank) here: removed if not enrolled.
        self.own_desk = desk is not None
        #: A note for the log-in (demo user names, operators not arrived yet).
        self.notice = ""
        self.setWindowTitle(self.tr("cotdesk — Prima configurazione"))
        self.setMinimumSize(760, 560)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< In&dietro")),
            (QWizard.WizardButton.NextButton, self.tr("Avan&ti >")),
            (QWizard.WizardButton.CommitButton, self.tr("Avan&ti >")),
            (QWizard.WizardButton.FinishButton, self.tr("&Fine: accesso")),
            (QWizard.WizardButton.CancelButton, self.tr("Annulla")),
        ):
            self.setButtonText(button, text)
        self.choice_page = ChoicePage(self)
        self.demo_page = DemoPage(self)
        self.server_page = ServerPage(self)
        self.sync_page = SyncPage(self)
        self.setPage(PAGE_CHOICE, self.choice_page)
        self.setPage(PAGE_DEMO, self.demo_page)
        self.setPage(PAGE_SERVER, self.server_page)
        self.setPage(PAGE_SYNC, self.sync_page)
        if desk is not None and desk_setup.setup_state(desk) is SetupState.AWAITING_OPERATORS:
            self.own_desk = False  # enrolled: never removed
            self.server_page.enrolled = True
            self.setStartId(PAGE_SYNC)

    # ------------------------------------------------------------------ the desk

    def real_desk(self) -> Desk:
        """The desk database (encrypted), made now if there is none yet."""
        if self.desk is None:
            self.desk = open_desk(self.db_path)
            self.own_desk = True
        return self.desk

    def release_blank_desk(self) -> None:
        """Remove the desk database this wizard made, if nothing was enrolled in it."""
        desk = self.desk
        if desk is None or not self.own_desk or self.demo_desk():
            return
        self.desk = None
        if desk_setup.setup_state(desk) is SetupState.BLANK:
            desk_setup.discard_blank_desk(desk)
        else:
            desk.close()
        if self.server_page.form is not None:
            self.server_page.form.deleteLater()
            self.server_page.form = None

    def demo_desk(self) -> bool:
        return self.desk is not None and self.desk.path == self.demo_file

    def use_desk(self, desk: Desk, notice: str) -> None:
        self.desk = desk
        self.own_desk = False
        self.notice = notice

    def demo_notice(self, desk: Desk) -> str:
        login = desk_setup.demo_login(desk)
        examples = ", ".join(
            self.tr("«{0}» ({1})").format(name, tr_label(ROLE_LABELS[role]).lower())
            for role, name in login.accounts
        )
        return self.tr(
            "Rete dimostrativa: persone e dati inventati. Accedere con la password «{0}», "
            "ad esempio come {1}."
        ).format(login.password, examples)

    # ------------------------------------------------------------------ flow

    def focus_finish(self) -> None:
        """Enter then ends the wizard (once the page is on screen with its buttons)."""
        finish = self.button(QWizard.WizardButton.FinishButton)
        QTimer.singleShot(0, finish, finish.setFocus)

    def set_busy(self, busy: bool) -> None:
        """While work runs in the background the wizard can be neither left nor cancelled."""
        self.button(QWizard.WizardButton.BackButton).setEnabled(not busy)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)

    def reject(self) -> None:
        form = self.server_page.form
        if self.demo_page.busy or self.sync_page.busy or (form is not None and form.busy):
            return  # finishing first: nothing is left half-made
        self.release_blank_desk()
        if self.desk is not None:
            self.desk.close()
            self.desk = None
        super().reject()

    def result_for_app(self) -> FirstRunResult | None:
        if self.result() != QDialog.DialogCode.Accepted or self.desk is None:
            return None
        return FirstRunResult(desk=self.desk, notice=self.notice)


def run_first_run(db_path: Path, desk: Desk | None = None) -> FirstRunResult | None:
    """Show the wizard (modal); what the app goes on with, or None when it was cancelled."""
    wizard = FirstRunWizard(db_path, desk)
    wizard.exec()
    return wizard.result_for_app()


def add_login_notice(dialog: QDialog, notice: str) -> None:
    """Show ``notice`` at the top of the log-in dialog (demo user names, missing operators)."""
    if not notice:
        return
    label = QLabel(notice, dialog)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setObjectName("firstRunNotice")
    label.setAccessibleName(QCoreApplication.translate("FirstRunWizard", "Avviso"))
    layout = dialog.layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(1, label)
