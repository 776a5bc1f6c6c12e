"""Informazioni su cotdesk (F1): versions, where the data and logs are, the licences.

The components and their licences come from :mod:`cotdesk.support.components` (read from
the installed packages' metadata). "Copia informazioni" copies the versions and folders
for the IT person; "Apri cartella dei log" opens the folder of the log files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cotdesk import __version__
from cotdesk.logging_setup import current_log_file, log_dir
from cotdesk.support.components import Component, bundled_components, runtime_lines
from cotdesk.ui.labels import tr_label


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, database: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Informazioni su cotdesk"))
        self.resize(760, 620)
        self.components: list[Component] = bundled_components(qt_version=qVersion())
        log_file = current_log_file()
        self.log_folder = log_file.parent if log_file is not None else log_dir()
        self.database = database

        title = QLabel(f"<h2>cotdesk {__version__}</h2>", self)
        blurb = QLabel(
            self.tr(
                "Gestione delle prese in carico per gli sportelli delle COT solidali. "
                "Software libero, distribuito con licenza EUPL 1.2."
            ),
            self,
        )
        blurb.setWordWrap(True)

        facts = QFormLayout()
        self.facts: list[tuple[str, str]] = []
        for label, value in runtime_lines(
            qt_version=qVersion(), qt_platform=QGuiApplication.platformName()
        ):
            self._fact(facts, tr_label(label), tr_label(value))
        if database is not None:
            self._fact(facts, self.tr("Database"), str(database))
        self._fact(facts, self.tr("File di log"), str(self.log_folder))

        self.table = QTableWidget(len(self.components), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Componente"), self.tr("Versione"), self.tr("Licenza"), self.tr("Uso")]
        )
        self.table.setAccessibleName(self.tr("Componenti inclusi e loro licenze"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, component in enumerate(self.components):
            cells = [component.name, component.version, component.licence, component.purpose]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(tr_label(text) if column == 3 else text)
                if component.url:
                    item.setToolTip(component.url)
                self.table.setItem(row, column, item)

        lgpl = QLabel(
            self.tr(
                "Qt e PySide6 sono usati con licenza LGPL v3: le loro librerie sono file "
                "separati nella cartella del programma e si possono sostituire con versioni "
                "compatibili. Il codice sorgente di Qt e di PySide6 è disponibile presso "
                "qt.io; quello di cotdesk presso chi lo distribuisce."
            ),
            self,
        )
        lgpl.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.copy_button = buttons.addButton(
            self.tr("&Copia informazioni"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.logs_button = buttons.addButton(
            self.tr("Apri cartella dei &log"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = buttons.addButton(
            self.tr("&Chiudi"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.copy_button.clicked.connect(self.copy_information)
        self.logs_button.clicked.connect(self.open_log_folder)
        self.close_button.clicked.connect(self.reject)
        self.close_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addLayout(facts)
        layout.addWidget(QLabel(self.tr("Componenti inclusi:"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(lgpl)
        layout.addWidget(buttons)
        self.close_button.setFocus()

    def _fact(self, form: QFormLayout, label: str, value: str) -> None:
        field = QLabel(value, self)
        field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(label + ":", field)
        self.facts.append((label, value))

    def information(self) -> str:
        """The text "Copia informazioni" puts on the clipboard."""
        lines = [f"{label}: {value}" for label, value in self.facts]
        lines.append("")
        lines += [f"{c.name} {c.version} ({c.licence})".replace("  ", " ") for c in self.components]
        return "\n".join(lines)

    def copy_information(self) -> None:
        QGuiApplication.clipboard().setText(self.information())
        self.copy_button.setText(self.tr("Informazioni &copiate"))

    def open_log_folder(self) -> None:
        self.log_folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_folder)))
