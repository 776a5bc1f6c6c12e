"""Informazioni su cotdesk (F1): versions, folders and the licences of the components."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cotdesk import __version__
from cotdesk.db.database import Database
from cotdesk.services.unit_of_work import Actor
from cotdesk.support.components import COMPONENTS, bundled_components
from cotdesk.ui.about_dialog import AboutDialog
from cotdesk.ui.main_window import MainWindow


def _rows(dialog: AboutDialog) -> dict[str, tuple[str, str]]:
    table = dialog.table
    return {
        table.item(row, 0).text(): (table.item(row, 1).text(), table.item(row, 2).text())
        for row in range(table.rowCount())
    }


def test_the_components_and_their_licences_are_listed(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(database=tmp_path / "desk.db")
    qtbot.addWidget(dialog)
    rows = _rows(dialog)
    import PySide6
    import reportlab
    import sqlalchemy

    assert rows["cotdesk"] == (__version__, "EUPL-1.2")
    assert rows["Qt"] == (qVersion(), "LGPL-3.0-only")
    assert rows["Qt for Python (PySide6)"][0] == PySide6.__version__
    assert "LGPL-3.0-only" in rows["Qt for Python (PySide6)"][1]
    assert rows["SQLAlchemy"] == (sqlalchemy.__version__, "MIT")
    assert rows["ReportLab"] == (reportlab.Version, "BSD-3-Clause")
    assert rows["python-codicefiscale"][1] == "MIT"
    assert rows["Alembic"][1] == "MIT"
    assert "DejaVu Fonts" in rows
    assert set(rows) >= {"Python", "Pillow", "platformdirs", "keyring"}
    for _version, licence in rows.values():
        assert licence
        assert "\n" not in licence
        assert len(licence) < 60
    facts = dict(dialog.facts)
    assert facts["cotdesk"] == __version__
    assert facts["Database"] == str(tmp_path / "desk.db")
    assert "File di log" in facts


def test_every_declared_component_is_installed_here() -> None:
    """The development environment has them all, so the bundle built from it does too."""
    assert len(bundled_components()) == len(COMPONENTS)


def test_copy_puts_versions_and_licences_on_the_clipboard(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert f"cotdesk: {__version__}" in text
    assert f"Qt {qVersion()} (LGPL-3.0-only)" in text
    assert "SQLAlchemy" in text


def test_f1_opens_the_about_dialog_from_the_main_window(
    qtbot: QtBot, db: Database, operator: Actor
) -> None:
    window = MainWindow(db, operator)
    qtbot.addWidget(window)
    window.show()
    assert window.about_action.shortcut().toString() == "F1"
    assert window.about_action in window.menu("&Aiuto").actions()
    window.about_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AboutDialog))
    window.about_dialog.close_button.click()
