"""First-sync progress in the status area: read from the stored cursor while a run goes."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from cotdesk.db.database import Database
from cotdesk.db.models import DeskState
from cotdesk.services.sync import SyncRun, sync_state
from cotdesk.sync.client import SyncReport
from cotdesk.sync.first_sync import FirstSyncCursor, Position, Progress
from cotdesk.ui import ops
from cotdesk.ui.sync_status import SyncArea, SyncController


@pytest.fixture
def enrolled(db: Database) -> Database:
    with db.write_engine.begin() as conn:
        conn.execute(update(DeskState).values(server_url="https://sync.example.invalid"))
    return db


@pytest.fixture
def real_pool() -> Iterator[None]:
    ops.set_pool(None)
    yield
    ops.set_pool(None)


def _store(db: Database, cursor: str | None) -> None:
    with db.write_engine.begin() as conn:
        conn.execute(update(DeskState).values(sync_cursor=cursor))


def _cursor(phase: str, received: int) -> str:
    start = Position(1, 900, 0)
    if phase == "open":
        return FirstSyncCursor(1, start, 120_000, received, "open", stage=3).encode()
    return FirstSyncCursor(1, start, 120_000, received, "rest", position=Position(1, 5, 7)).encode()


def test_the_progress_is_read_again_while_a_run_goes(
    qtbot: QtBot, enrolled: Database, real_pool: None
) -> None:
    release = threading.Event()

    def first_sync(desk: Database) -> SyncRun:
        _store(desk, _cursor("open", 20_000))
        release.wait(10)
        return SyncRun(report=SyncReport(), conflicts=0)

    controller = SyncController(enrolled, interval_s=3600, first_delay_s=0.01, run=first_sync)
    qtbot.waitUntil(lambda: controller.state.first_sync is not None, timeout=10_000)
    assert controller.state.first_sync == Progress("open", 20_000, 120_000)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        release.set()
    assert not controller.progress_timer.isActive()


def test_the_status_text_says_how_far_the_first_sync_is(qtbot: QtBot, enrolled: Database) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    label = QLabel()
    area = SyncArea(window, label, enrolled, None)
    area.controller.timer.stop()
    _store(enrolled, _cursor("open", 20_000))
    area.controller.state = sync_state(enrolled)
    text, _ = area.texts()
    assert "prima sincronizzazione: casi aperti, 20.000 righe ricevute" in text
    _store(enrolled, _cursor("rest", 30_000))
    area.controller.state = sync_state(enrolled)
    text, _ = area.texts()
    assert "prima sincronizzazione: 30.000 di circa 120.000 righe (25%)" in text
    _store(enrolled, "c1.1.1.5.7")  # over: nothing said
    area.controller.state = sync_state(enrolled)
    assert "righe" not in area.texts()[0]
