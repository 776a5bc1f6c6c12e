"""The sync controller: its timer runs sync off the GUI thread, one run at a time, backing
off after failures; the status texts (the server-driven tests are in
tests/integration/test_sync_ui.py)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from cotdesk.db.database import Database
from cotdesk.db.models import DeskState
from cotdesk.services.sync import SyncRun
from cotdesk.sync.client import SyncReport
from cotdesk.ui import ops
from cotdesk.ui.sync_status import SyncController, moment_text


@pytest.fixture
def enrolled(db: Database) -> Database:
    with db.write_engine.begin() as conn:
        conn.execute(update(DeskState).values(server_url="https://sync.example.invalid"))
    return db


@pytest.fixture
def real_pool() -> Iterator[None]:
    ops.set_pool(None)  # Qt's global thread pool, as in the app
    yield
    ops.set_pool(None)


def test_the_timer_runs_sync_off_the_gui_thread_one_at_a_time(
    qtbot: QtBot, enrolled: Database, real_pool: None
) -> None:
    gui = threading.current_thread()
    started = threading.Event()
    release = threading.Event()
    threads: list[threading.Thread] = []

    def slow_run(_desk: Database) -> SyncRun:
        threads.append(threading.current_thread())
        started.set()
        release.wait(10)
        return SyncRun(report=SyncReport(), conflicts=0)

    controller = SyncController(enrolled, interval_s=3600, first_delay_s=0.01, run=slow_run)
    qtbot.waitUntil(started.is_set, timeout=10_000)  # the timer fired, the run began …
    assert threads[0] is not gui  # … on another thread
    assert controller.running
    assert not controller.sync_now()  # never two at once
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        release.set()
    assert len(threads) == 1
    assert not controller.running
    assert controller.online
    assert controller.timer.isActive()
    assert controller.timer.interval() == 3600 * 1000  # the next one after the interval


def test_failures_back_off_and_a_good_run_resets(
    qtbot: QtBot, enrolled: Database, real_pool: None
) -> None:
    outcomes = [
        SyncReport(errors=["Server di sincronizzazione non raggiungibile."], retry=True),
        SyncReport(errors=["Server di sincronizzazione non raggiungibile."], retry=True),
        SyncReport(),
    ]
    delays: list[int] = []

    def run(_desk: Database) -> SyncRun:
        return SyncRun(report=outcomes.pop(0), conflicts=2)

    def delay(failures: int) -> float:
        delays.append(failures)
        return 30.0 * failures

    controller = SyncController(
        enrolled, interval_s=600, first_delay_s=3600, run=run, retry_delay=delay
    )
    for expected_interval in (30_000, 60_000, 600_000):
        with qtbot.waitSignal(controller.finished, timeout=10_000):
            assert controller.sync_now()
        assert controller.timer.interval() == expected_interval
    assert delays == [1, 2]
    assert controller.failures == 0
    assert controller.conflicts == 2


def test_a_desk_not_enrolled_never_syncs(qtbot: QtBot, db: Database) -> None:
    calls: list[object] = []
    controller = SyncController(db, run=calls.append)  # type: ignore[arg-type]
    assert not controller.timer.isActive()
    assert not controller.sync_now()
    assert calls == []


def test_times_are_shown_in_rome_time() -> None:
    now = datetime(2026, 7, 1, 10, 0, tzinfo=UTC)
    assert moment_text(datetime(2026, 7, 1, 8, 5, tzinfo=UTC), now=now) == "10:05"  # CEST
    assert moment_text(datetime(2026, 1, 15, 23, 30, tzinfo=UTC), now=now) == "16/01/2026 00:30"


def test_a_run_ending_after_its_window_closed_is_ignored(
    qtbot: QtBot, enrolled: Database, real_pool: None
) -> None:
    release = threading.Event()
    ended = threading.Event()

    def slow_run(_desk: Database) -> SyncRun:
        release.wait(10)
        ended.set()
        return SyncRun(report=SyncReport(), conflicts=0)

    controller = SyncController(enrolled, first_delay_s=3600, run=slow_run)
    assert controller.sync_now()
    import shiboken6

    shiboken6.delete(controller)
    release.set()
    qtbot.waitUntil(ended.is_set, timeout=10_000)
    qtbot.wait(50)  # the result is delivered to a controller that is gone: no error
