"""The data subject's rights from the person page (supervisors and administrators).

* :class:`ExportDialog` (Ctrl+E on the person page): everything held on the person, as a
  JSON file and a readable PDF in a folder (art. 15).
* :class:`ErasureDialog` (Ctrl+Shift+Canc): erasure (art. 17) in two steps. First what
  would be removed and what is kept, and the reason; then the operator types the person's
  surname and confirms. Refused while a case is not closed (the dialog says which).
"""

from __future__ import annotations

import html
import uuid
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cotdesk.errors import UserError
from cotdesk.services.desk import Desk
from cotdesk.services.gdpr import (
    ErasurePreview,
    ErasureReport,
    erase_person,
    erasure_preview,
    export_person_files,
)
from cotdesk.services.person_view import local_today
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui.ops import run_in_background

#: Italian names of the records an erasure removes, for the summary.
ENTITY_LABELS = {
    "person": "scheda della persona",
    "consent": "atti di informativa e consenso",
    "person_revision": "rettifiche",
    "household_member": "appartenenze a nuclei familiari",
    "household": "nuclei familiari senza altri componenti",
    "case": "prese in carico",
    "assessment": "valutazioni del bisogno",
    "assessment_need": "bisogni valutati",
    "case_event": "voci del diario",
    "referral": "invii",
    "unmet_need": "bisogni senza risposta",
    "meeting_item": "punti di riunioni d'équipe",
}


def _error_style(label: QLabel) -> None:
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")


class ExportDialog(QDialog):
    """Export everything held on a person to a folder (JSON and PDF)."""

    exported = Signal(Path, Path)

    def __init__(
        self, desk: Desk, actor: Actor, person_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._person_id = person_id
        self.setWindowTitle(self.tr("Esporta i dati della persona (art. 15)"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Tutti i dati della persona presenti su questa postazione (anagrafica, "
                "consensi, prese in carico, valutazioni, diario, invii, registro degli "
                "accessi) in due file: JSON (leggibile da un programma) e PDF (da "
                "consegnare). I file contengono dati sensibili: consegnarli solo alla "
                "persona o a chi la rappresenta. L'esportazione è registrata."
            ),
            self,
        )
        intro.setWordWrap(True)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.folder = QLineEdit(documents or str(Path.home()), self)
        self.folder.setAccessibleName(self.tr("Cartella"))
        browse = QPushButton(self.tr("S&foglia…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Cartella:"), self)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        self.message = QLabel("", self)
        _error_style(self.message)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(
            self.tr("&Esporta"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.export_button.setFocus()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Cartella"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def export(self) -> None:
        folder = Path(self.folder.text().strip())
        if not folder.is_dir():
            self.message.setText(self.tr("La cartella non esiste: sceglierne un'altra."))
            return
        desk, actor, person_id = self._desk, self._actor, self._person_id
        self.export_button.setEnabled(False)
        run_in_background(
            lambda: export_person_files(desk, actor, person_id, folder, today=local_today()),
            on_success=self._done,
            on_failure=self._failed,
        )

    def _done(self, paths: tuple[Path, Path]) -> None:
        self.export_button.setEnabled(True)
        self.exported.emit(*paths)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self.message.setText(exc.message)


class ErasureDialog(QDialog):
    """Erase a person (art. 17) in two steps: what and why, then type the surname."""

    erased = Signal(uuid.UUID)

    def __init__(
        self, desk: Desk, actor: Actor, person_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._person_id = person_id
        self.report: ErasureReport | None = None
        self.setWindowTitle(self.tr("Cancella i dati della persona (art. 17)"))
        self.setMinimumWidth(560)
        self.preview: ErasurePreview = erasure_preview(desk, actor, person_id)
        preview = self.preview

        self.steps = QStackedWidget(self)
        # Step 1: what is removed and kept, and the reason.
        first = QWidget(self)
        summary = QLabel(self._summary_html(preview), first)
        summary.setWordWrap(True)
        self.reason = QLineEdit(first)
        self.reason.setAccessibleName(self.tr("Motivo della cancellazione"))
        self.reason.setPlaceholderText(
            self.tr("ad esempio: richiesta dell'interessato del 20/11/2026, prot. 123")
        )
        reason_label = QLabel(self.tr("&Motivo (senza il nome della persona):"), first)
        reason_label.setBuddy(self.reason)
        self.blocked = QLabel(preview.blocked_reason, first)
        _error_style(self.blocked)
        self.blocked.setVisible(bool(preview.blocked_reason))
        first_layout = QVBoxLayout(first)
        first_layout.addWidget(summary)
        first_layout.addWidget(self.blocked)
        first_layout.addWidget(reason_label)
        first_layout.addWidget(self.reason)
        # Step 2: type the surname.
        second = QWidget(self)
        warning = QLabel(
            self.tr(
                "<b>La cancellazione non si può annullare.</b> Per confermare, scrivere il "
                "cognome della persona: <b>{0}</b>."
            ).format(html.escape(preview.last_name)),
            second,
        )
        warning.setWordWrap(True)
        self.confirm = QLineEdit(second)
        self.confirm.setAccessibleName(self.tr("Cognome per conferma"))
        self.confirm.textChanged.connect(self._confirm_changed)
        second_layout = QVBoxLayout(second)
        second_layout.addWidget(warning)
        second_layout.addWidget(self.confirm)
        second_layout.addStretch(1)
        self.steps.addWidget(first)
        self.steps.addWidget(second)

        self.message = QLabel("", self)
        _error_style(self.message)
        buttons = QDialogButtonBox(self)
        self.next_button = buttons.addButton(
            self.tr("&Avanti"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.erase_button = buttons.addButton(
            self.tr("Cancella &definitivamente"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button.hide()
        self.erase_button.setEnabled(False)
        self.next_button.setEnabled(not preview.blocked_reason)
        self.next_button.clicked.connect(self.next_step)
        self.erase_button.clicked.connect(self.erase)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def _summary_html(self, preview: ErasurePreview) -> str:
        esc = html.escape
        removed = "".join(
            f"<li>{esc(self.tr(ENTITY_LABELS.get(entity, entity)))}: {count}</li>"
            for entity, count in sorted(preview.counts.items())
        )
        kept = "".join(f"<li>{esc(self.tr(text))}</li>" for text in preview.kept)
        return (
            f"<p>{esc(self.tr('Saranno cancellati da questa postazione i dati di'))} "
            f"<b>{esc(preview.display_name)}</b>:</p><ul>{removed}</ul>"
            f"<p>{esc(self.tr('Restano, senza dati che identificano la persona:'))}</p>"
            f"<ul>{kept}</ul>"
            f"<p>{esc(self.tr('La cancellazione sarà inviata al server della rete.'))}</p>"
        )

    def next_step(self) -> None:
        if len(" ".join(self.reason.text().split())) < 10:
            self.message.setText(
                self.tr("Scrivere il motivo della cancellazione (almeno 10 caratteri).")
            )
            self.reason.setFocus()
            return
        self.message.clear()
        self.steps.setCurrentIndex(1)
        self.next_button.hide()
        self.erase_button.show()
        self.confirm.setFocus()

    def _confirm_changed(self, text: str) -> None:
        self.erase_button.setEnabled(
            text.strip().casefold() == self.preview.last_name.strip().casefold()
        )

    def erase(self) -> None:
        if not self.erase_button.isEnabled():
            return
        desk, actor, person_id = self._desk, self._actor, self._person_id
        reason = self.reason.text()
        self.erase_button.setEnabled(False)
        run_in_background(
            lambda: erase_person(desk, actor, person_id, reason=reason),
            on_success=self._done,
            on_failure=self._failed,
        )

    def _done(self, report: ErasureReport) -> None:
        self.report = report
        self.erased.emit(report.person_id)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self.message.setText(exc.message)
        self.erase_button.setEnabled(True)
