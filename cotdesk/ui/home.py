"""The home screen: the person search box, the front desk's first action.

Results update as the operator types. The search runs off the GUI thread, one at a time:
keystrokes that arrive while a search is running are coalesced, and when it returns the
latest text is searched at once (an answer to an older text is never shown). So results
follow the last keystroke by at most two searches (a few milliseconds each on 100,000
people), with no fixed delay, and the window never freezes.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cotdesk.services.desk import Desk
from cotdesk.services.search import PersonHit, search_persons
from cotdesk.ui.ops import run_in_background
from cotdesk.ui.search_model import PersonSearchModel

#: Milliseconds before searching: 0 coalesces the keystrokes of one event-loop turn (a
#: paste, a fast typist); searches in flight coalesce the rest (see the module docstring).
DEBOUNCE_MS = 0
#: Results shown at most; more means the operator should narrow the search.
SEARCH_LIMIT = 50


class HomePage(QWidget):
    person_requested = Signal(uuid.UUID)
    new_person_requested = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        #: The main window's operator: the search finds only their office's people.
        self._actor = getattr(parent, "actor", None)
        self._generation = 0
        self._shown_text = ""
        self._in_flight = False

        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(
            self.tr("Cerca: cognome e nome, codice fiscale, STP/ENI, telefono o data di nascita")
        )
        self.search_box.setAccessibleName(self.tr("Cerca persona"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumHeight(36)
        font = self.search_box.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.search_box.setFont(font)

        self.new_button = QPushButton(self.tr("&Nuova persona (Ctrl+N)"), self)
        self.new_button.setAccessibleName(self.tr("Registra una nuova persona"))
        self.new_button.clicked.connect(self._ask_new_person)

        self.model = PersonSearchModel()
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Risultati della ricerca"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.activated.connect(lambda index: self._open_row(index.row()))

        self.status = QLabel(self._idle_hint(), self)
        self.status.setAccessibleName(self.tr("Esito della ricerca"))
        self.status.setWordWrap(True)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search_now)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.search_box.installEventFilter(self)

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.search_box, self.table)
        self.setTabOrder(self.table, self.new_button)

    # ------------------------------------------------------------------ searching

    def _search_now(self) -> None:
        text = self.search_box.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self._show(generation, text, [])
            return
        if self._in_flight:
            return  # searched again when the running search returns (_landed)
        self._in_flight = True
        desk, actor = self._desk, self._actor
        run_in_background(
            lambda: search_persons(desk, text, limit=SEARCH_LIMIT, actor=actor),
            on_success=lambda hits: self._landed(generation, text, hits),
            on_failure=lambda exc: self._landed(generation, text, exc),
        )

    def _landed(self, generation: int, text: str, outcome: list[PersonHit] | Exception) -> None:
        self._in_flight = False
        if generation != self._generation:
            self._search_now()  # the operator kept typing: search the latest text now
        elif isinstance(outcome, Exception):
            self._failed(generation, outcome)
        else:
            self._show(generation, text, outcome)

    def _show(self, generation: int, text: str, hits: list[PersonHit]) -> None:
        if generation != self._generation:
            return  # an answer to an older text
        self._shown_text = text
        self.model.set_hits(hits)
        if not text:
            self.status.setText(self._idle_hint())
        elif not hits:
            self.status.setText(
                self.tr(
                    "Nessuna persona trovata per «{0}». Premere Ctrl+N per registrarla."
                ).format(text)
            )
        elif len(hits) == 1:
            self.status.setText(self.tr("Una persona trovata. Invio apre la sua scheda."))
        elif len(hits) >= SEARCH_LIMIT:
            self.status.setText(
                self.tr(
                    "Le prime {0} persone trovate: aggiungere il nome o la data di nascita per "
                    "restringere. Invio apre la prima, ↓ per scegliere."
                ).format(len(hits))
            )
        else:
            self.status.setText(
                self.tr("{0} persone trovate. Invio apre la prima, ↓ per scegliere.").format(
                    len(hits)
                )
            )
        if hits:
            self.table.selectRow(0)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.status.setText(self.tr("Ricerca non riuscita: {0}").format(exc))

    def _idle_hint(self) -> str:
        return self.tr(
            "Scrivere il cognome (anche solo l'inizio) e il nome, in qualsiasi ordine; oppure "
            "il codice fiscale, il codice STP/ENI, il telefono o la data di nascita "
            "(gg/mm/aaaa). Invio apre la scheda della persona."
        )

    def search_pending(self) -> bool:
        """Whether the text on screen has not been searched yet (for tests and shortcuts)."""
        return (
            self._timer.isActive()
            or self._in_flight
            or self._shown_text != self.search_box.text().strip()
        )

    # ------------------------------------------------------------------ opening

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.person_requested.emit(self.model.hit(row).id)

    def _ask_new_person(self) -> None:
        self.new_person_requested.emit(self.search_box.text().strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.search_box
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self._timer.stop()
                    self._search_now()
                current = self.table.currentIndex()
                self._open_row(current.row() if current.isValid() else 0)
                return True
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus()
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()
