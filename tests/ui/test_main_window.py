"""The main window on a real desk database, driven offscreen."""

from __future__ import annotations

import uuid

from pytestqt.qtbot import QtBot
from sqlalchemy import update

from cotdesk.db.database import Database
from cotdesk.db.models import DeskState
from cotdesk.ui.main_window import MainWindow


def test_the_window_shows_the_office_and_the_desk_state(
    qtbot: QtBot, db: Database, office_id: uuid.UUID
) -> None:
    with db.write_engine.begin() as conn:
        conn.execute(update(DeskState).values(office_id=office_id))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "cotdesk — COT Solidale M05"
    assert "Persone registrate: <b>0</b>" in window.persons_label.text()
    assert window.pending_label.text().startswith("Modifiche da inviare:")
    assert window.sync_label.text() == "Sincronizzazione: non configurata"


def test_a_desk_without_an_office_says_so(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.windowTitle() == "cotdesk — Sportello non configurato"
