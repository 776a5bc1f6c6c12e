"""The start-up check in the app: status message when sound, the way out when damaged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cotdesk.services import backups
from cotdesk.services.desk import open_desk
from cotdesk.ui import ops
from cotdesk.ui.startup_check import start_startup_check
from tests.memory_keyring import MemoryKeyring, memory_keyring
from tests.unit.test_backups import _damage
from tests.unit.test_encryption import SURNAME, register

__all__ = ["memory_keyring"]


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


def test_a_sound_desk_gets_its_daily_copy_and_a_status_message(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    messages: list[str] = []
    with open_desk(tmp_path / "cotdesk.db") as db:
        start_startup_check(db, show_status=messages.append)
        qtbot.waitUntil(lambda: bool(messages))
    assert messages[0].startswith("Database verificato; copia di sicurezza del giorno")
    assert len(backups.list_backups(tmp_path / "cotdesk.db")) == 1


def test_a_damaged_desk_shows_the_way_out(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "cotdesk.db"
    with open_desk(path) as db:
        for n in range(30):
            register(db, last_name=SURNAME + chr(97 + n % 26) * 2, first_name="Assunta")
    _damage(path)
    messages: list[str] = []
    with open_desk(path) as db:
        start_startup_check(db, show_status=messages.append)
        qtbot.waitUntil(lambda: bool(messages))
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert boxes
    box = boxes[-1]
    assert "è danneggiato" in box.text()
    assert "Non ci sono copie di sicurezza" in box.text()
    assert "ripristinare una copia" in messages[0]
    box.close()
    box.deleteLater()
