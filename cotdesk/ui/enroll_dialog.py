"""Enroll this desk with the sync server: address, one-time code, certificate check.

Two steps, both off the GUI thread: "Verifica server" fetches the certificate the server
presents and shows its SHA-256 fingerprint, for the person (usually the network
administrator) to compare with the one the server printed or published; "Registra" spends
the one-time code. A certificate the system does not already trust is accepted only after
the comparison is confirmed (or an expected fingerprint typed in matches); it is then
pinned for this desk. Errors are shown in Italian in the dialog: unreachable server, wrong
code, certificate that does not match.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cotdesk.errors import UserError
from cotdesk.services.desk import Desk
from cotdesk.services.sync import check_server, enroll_desk
from cotdesk.services.unit_of_work import Actor
from cotdesk.sync.protocol import EnrollResponse
from cotdesk.sync.tls import ServerCertificate
from cotdesk.ui.ops import run_in_background


def fingerprint_lines(fingerprint: str) -> str:
    """The 32 pairs of a fingerprint on two lines of 16, easier to compare by eye."""
    pairs = fingerprint.split(":")
    return ":".join(pairs[:16]) + ":\n" + ":".join(pairs[16:])


class EnrollDialog(QDialog):
    #: The desk was enrolled (the office id).
    enrolled = Signal(object)

    def __init__(self, desk: Desk, actor: Actor | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.certificate: ServerCertificate | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Registra la postazione sul server di sincronizzazione"))
        self.setMinimumWidth(680)

        intro = QLabel(
            self.tr(
                "Indicare l'indirizzo del server e il codice di attivazione forniti "
                "dall'amministratore di rete. Prima di registrare, verificare il server e "
                "confrontare l'impronta del suo certificato."
            )
        )
        intro.setWordWrap(True)

        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://192.168.1.10:8443")
        self.url_edit.setAccessibleName(self.tr("Indirizzo del server"))
        self.url_edit.textEdited.connect(self._address_changed)
        self.name_edit = QLineEdit(socket.gethostname() or self.tr("Postazione"))
        self.name_edit.setAccessibleName(self.tr("Nome della postazione"))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX")
        self.code_edit.setAccessibleName(self.tr("Codice di attivazione"))
        self.expected_edit = QLineEdit()
        self.expected_edit.setPlaceholderText(self.tr("facoltativa: 3A:F1:…"))
        self.expected_edit.setAccessibleName(self.tr("Impronta attesa"))
        self.expected_edit.textEdited.connect(self._address_changed)

        self.verify_button = QPushButton(self.tr("&Verifica server"))
        self.verify_button.clicked.connect(self.verify)

        self.fingerprint_label = QLabel("")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setWeight(QFont.Weight.Bold)
        self.fingerprint_label.setFont(mono)
        self.fingerprint_label.setAccessibleName(self.tr("Impronta SHA-256 del certificato"))
        self.trust_label = QLabel("")
        self.trust_label.setWordWrap(True)
        self.confirm_box = QCheckBox(
            self.tr("Ho &confrontato l'impronta con quella dell'amministratore: è identica")
        )
        self.confirm_box.toggled.connect(self._update_buttons)

        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setAccessibleName(self.tr("Errore"))

        form = QFormLayout()
        form.addRow(self.tr("&Indirizzo del server:"), self.url_edit)
        form.addRow(self.tr("&Nome della postazione:"), self.name_edit)
        form.addRow(self.tr("C&odice di attivazione:"), self.code_edit)
        form.addRow(self.tr("Impronta &attesa:"), self.expected_edit)
        form.addRow("", self.verify_button)
        form.addRow(self.tr("Impronta SHA-256:"), self.fingerprint_label)
        form.addRow("", self.trust_label)
        form.addRow("", self.confirm_box)

        self.buttons = QDialogButtonBox()
        self.enroll_button = self.buttons.addButton(
            self.tr("&Registra"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.enroll_button.clicked.connect(self.enroll)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.setTabOrder(self.url_edit, self.name_edit)
        self.setTabOrder(self.name_edit, self.code_edit)
        self.setTabOrder(self.code_edit, self.expected_edit)
        self.setTabOrder(self.expected_edit, self.verify_button)
        self.setTabOrder(self.verify_button, self.confirm_box)
        self._reset_certificate()
        self.url_edit.setFocus()

    # ------------------------------------------------------------------ state

    def _reset_certificate(self) -> None:
        self.certificate = None
        self.fingerprint_label.setText(self.tr("(verificare il server)"))
        self.trust_label.setText("")
        self.confirm_box.setChecked(False)
        self.confirm_box.setVisible(False)
        self._update_buttons()

    def _address_changed(self, _text: str = "") -> None:
        if self.certificate is not None:
            self._reset_certificate()

    def _needs_confirmation(self) -> bool:
        cert = self.certificate
        return cert is not None and not cert.trusted_by_system and not self.expected_edit.text()

    def _update_buttons(self) -> None:
        ready = self.certificate is not None and not self.busy
        if self._needs_confirmation():
            ready = ready and self.confirm_box.isChecked()
        self.enroll_button.setEnabled(ready)
        self.verify_button.setEnabled(not self.busy)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.adjustSize()

    # ------------------------------------------------------------------ step 1: verify

    def verify(self) -> None:
        url = self.url_edit.text().strip()
        self.show_error("")
        self._reset_certificate()
        if not url:
            self.show_error(self.tr("Indicare l'indirizzo del server (https://…)."))
            self.url_edit.setFocus()
            return
        self._set_busy(True)
        self.fingerprint_label.setText(self.tr("Verifica in corso…"))
        run_in_background(
            lambda: check_server(url), on_success=self._verified, on_failure=self._failed
        )

    def _verified(self, result: object) -> None:
        assert isinstance(result, ServerCertificate)
        self._set_busy(False)
        self.certificate = result
        self.fingerprint_label.setText(fingerprint_lines(result.fingerprint))
        expected = self.expected_edit.text().strip()
        if expected:
            from cotdesk.sync.tls import check_expected

            try:
                check_expected(result, expected)
            except UserError as exc:
                self.show_error(exc.message)
                self.certificate = None
                self.trust_label.setText("")
                self._update_buttons()
                return
            self.trust_label.setText(
                self.tr("L'impronta corrisponde a quella indicata: il server è quello atteso.")
            )
        elif result.trusted_by_system:
            self.trust_label.setText(
                self.tr("Il certificato è riconosciuto dal sistema (autorità di certificazione).")
            )
        else:
            self.trust_label.setText(
                self.tr(
                    "Certificato autofirmato, non riconosciuto dal sistema: confrontare "
                    "l'impronta con quella fornita dall'amministratore di rete, carattere per "
                    "carattere, prima di registrare."
                )
            )
            self.confirm_box.setVisible(True)
            self.confirm_box.setFocus()
        self._update_buttons()
        self.adjustSize()

    # ------------------------------------------------------------------ step 2: enroll

    def enroll(self) -> None:
        certificate = self.certificate
        if certificate is None or not self.enroll_button.isEnabled():
            return
        code = self.code_edit.text().strip()
        if not code:
            self.show_error(self.tr("Indicare il codice di attivazione (es. ABCD-EFGH-JKLM)."))
            self.code_edit.setFocus()
            return
        name = self.name_edit.text().strip() or self.tr("Postazione")
        expected = self.expected_edit.text()
        desk, actor = self.desk, self.actor
        self.show_error("")
        self._set_busy(True)
        run_in_background(
            lambda: enroll_desk(
                desk, actor, certificate, code, name=name, expected_fingerprint=expected
            ),
            on_success=self._enrolled,
            on_failure=self._failed,
        )

    def _enrolled(self, result: object) -> None:
        assert isinstance(result, EnrollResponse)
        self._set_busy(False)
        self.enrolled.emit(result.office_id)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, UserError):
            self.show_error(exc.message)
        else:
            self.show_error(
                self.tr("Errore imprevisto ({0}): nessuna modifica alla postazione.").format(
                    type(exc).__name__
                )
            )
        if self.certificate is None:
            self.fingerprint_label.setText(self.tr("(verificare il server)"))
