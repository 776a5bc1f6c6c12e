"""The Qt for Python build itself: guards against a known-bad binding being locked in."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot


def test_void_qt_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    # Qt for Python 6.12.0 (abi3 wheels, CPython 3.11) dropped one reference to None per
    # void call, so a long day at the desk ended in "Fatal Python error: none_dealloc".
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        timer.stop()
    assert before - sys.getrefcount(None) < 10
