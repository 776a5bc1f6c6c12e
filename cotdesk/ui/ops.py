"""Run service calls off the GUI thread and get the result back on it.

As Anki's ``CollectionOp``: the operation is a plain function (it must not touch widgets);
the result or the error comes back through a signal, so callbacks run on the GUI thread::

    run_in_background(lambda: search_persons(desk, text), on_success=model.set_hits,
                      on_failure=show_error)

Tests use :class:`ImmediatePool`, which runs the task at once on the calling thread
(Picard's ``FakeThreadPool``), so UI tests need no sleeps.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Pool(Protocol):
    def start(self, runnable: QRunnable) -> None: ...


class ImmediatePool:
    """A pool that runs each task immediately, on the caller's thread (for tests)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # delivered to the GUI thread, which decides what to show
            log.debug("background operation failed", exc_info=True)
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


_default_pool: Pool | None = None
_live_relays: set[_Relay] = set()


def set_pool(pool: Pool | None) -> None:
    """Use ``pool`` for every later operation (None: Qt's global thread pool)."""
    global _default_pool  # noqa: PLW0603 - one switch for the whole app (tests flip it)
    _default_pool = pool


def run_in_background(
    fn: Callable[[], Any],
    *,
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
) -> None:
    """Run ``fn`` in the pool; call ``on_success(result)`` or ``on_failure(exc)`` on the GUI
    thread."""
    relay = _Relay()  # created on the GUI thread, so its signals are delivered there
    _live_relays.add(relay)

    def success(result: object) -> None:
        _live_relays.discard(relay)
        on_success(result)

    def failure(exc: object) -> None:
        _live_relays.discard(relay)
        on_failure(exc)  # type: ignore[arg-type]

    relay.succeeded.connect(success)
    relay.failed.connect(failure)
    pool = _default_pool or QThreadPool.globalInstance()
    pool.start(_Task(fn, relay))
