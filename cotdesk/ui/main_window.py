"""The main window: where the office, the operator and the desk's state are always visible."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from cotdesk.services.desk import Desk, desk_identity, desk_summary


def _thousands(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class MainWindow(QMainWindow):
    def __init__(self, db: Desk) -> None:
        super().__init__()
        self._db = db
        identity = desk_identity(db)
        summary = desk_summary(db)
        self.setWindowTitle(f"cotdesk — {identity.office_name}")
        self.resize(1200, 760)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(32, 24, 32, 24)
        title = QLabel(f"<h1>{identity.office_name}</h1>", central)
        title.setAccessibleName("Sportello")
        subtitle = QLabel(identity.district_label, central)
        subtitle.setStyleSheet("color: #555; font-size: 14pt;")
        layout.addWidget(title)
        layout.addWidget(subtitle)

        facts = QFrame(central)
        facts.setFrameShape(QFrame.Shape.StyledPanel)
        facts_layout = QVBoxLayout(facts)
        self.persons_label = QLabel(f"Persone registrate: <b>{_thousands(summary.persons)}</b>")
        self.cases_label = QLabel(
            f"Prese in carico: <b>{_thousands(summary.cases)}</b> "
            f"(aperte: <b>{_thousands(summary.open_cases)}</b>)"
        )
        self.partners_label = QLabel(
            f"Enti partner della rete: <b>{_thousands(summary.partners)}</b>"
        )
        for label in (self.persons_label, self.cases_label, self.partners_label):
            label.setTextFormat(Qt.TextFormat.RichText)
            facts_layout.addWidget(label)
        layout.addWidget(facts)
        layout.addStretch(1)
        self.setCentralWidget(central)

        quit_action = QAction("&Esci", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu = self.menuBar().addMenu("&File")
        menu.addAction(quit_action)

        status = self.statusBar()
        self.sync_label = QLabel("Sincronizzazione: non configurata")
        self.pending_label = QLabel(f"Modifiche da inviare: {summary.pending_changes}")
        status.addWidget(QLabel(f"Database: {identity.database_path}"), 1)
        status.addPermanentWidget(self.pending_label)
        status.addPermanentWidget(self.sync_label)
