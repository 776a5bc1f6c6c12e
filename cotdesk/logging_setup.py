"""The desk's log files: rotating, in the per-user data folder, without personal data.

``cotdesk`` (every subcommand) calls :func:`configure_logging` first thing. Records go to
``<data folder>/logs/cotdesk.log`` (rotated at :data:`MAX_BYTES`, :data:`BACKUP_COUNT`
old files kept, UTF-8, timestamps in UTC) and, from WARNING up (DEBUG with ``-v``), to the
terminal. Every handler formats a redacted copy of each record
(:class:`cotdesk.support.redact.PrivateFormatter`; other handlers see records unchanged):
what may be logged, and what is blanked out first, is described there. SQLAlchemy's SQL
echo is off unless asked for (``sql=True``); even then its parameters and rows are never
logged.

``$COTDESK_LOG_DIR`` puts the files elsewhere (tests; an IT person collecting logs on a
shared drive). A folder that can't be written leaves the terminal only, never a crash.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from cotdesk import __version__
from cotdesk.support.redact import PrivacyFilter, PrivateFormatter, SafeText

__all__ = [
    "BACKUP_COUNT",
    "LEVELS",
    "LOG_DIR_ENV",
    "LOG_FILE_NAME",
    "MAX_BYTES",
    "configure_logging",
    "current_log_file",
    "enable_native_crash_log",
    "log_dir",
    "reset_logging",
]

LOG_DIR_ENV: Final = "COTDESK_LOG_DIR"
LOG_FILE_NAME: Final = "cotdesk.log"
#: Where Python's faulthandler writes when the process dies in native code (Qt, SQLite).
NATIVE_CRASH_FILE_NAME: Final = "native-crash.log"
MAX_BYTES: Final = 2_000_000
BACKUP_COUNT: Final = 5
#: The levels a person may choose (the log level setting), most verbose last.
LEVELS: Final = ("ERROR", "WARNING", "INFO", "DEBUG")
FORMAT: Final = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

#: Loggers too chatty at DEBUG to be useful in a desk's log.
_QUIET: Final = ("PIL", "httpcore", "hpack", "asyncio", "urllib3", "keyring")

_installed: list[logging.Handler] = []
_state: dict[str, object] = {}

log = logging.getLogger(__name__)


class UTCFormatter(PrivateFormatter):
    """Redacted records with ISO 8601 UTC timestamps: ``2026-11-25T09:14:03.120Z``."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        moment = datetime.fromtimestamp(record.created, UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(record.msecs):03d}Z"


def log_dir() -> Path:
    """The folder of the log files: ``$COTDESK_LOG_DIR`` or ``<user data folder>/logs``."""
    override = os.environ.get(LOG_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path("cotdesk", appauthor=False) / "logs"


def _level(name: str) -> int:
    value = logging.getLevelName(name.upper())
    return value if isinstance(value, int) else logging.INFO


def configure_logging(
    level: str = "INFO",
    *,
    console_level: str = "WARNING",
    folder: Path | None = None,
    sql: bool = False,
    to_file: bool = True,
) -> Path | None:
    """Install the file and terminal handlers (again: the previous ones are replaced).

    Returns the log file, or None when there is none (``to_file=False`` or a folder that
    can't be written).
    """
    reset_logging()
    root = logging.getLogger()
    privacy = PrivacyFilter()
    formatter = UTCFormatter(FORMAT)
    file_level, term_level = _level(level), _level(console_level)

    handlers: list[logging.Handler] = []
    if sys.stderr is not None:  # None in a windowed program (cotdesk-gui.exe)
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(term_level)
        console.setFormatter(formatter)
        console.addFilter(privacy)
        handlers.append(console)

    log_file: Path | None = None
    problem = ""
    if to_file:
        target = folder if folder is not None else log_dir()
        try:
            target.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                target / LOG_FILE_NAME,
                maxBytes=MAX_BYTES,
                backupCount=BACKUP_COUNT,
                encoding="utf-8",
            )
        except OSError as exc:
            problem = f"{type(exc).__name__} [Errno {exc.errno}] {exc.strerror}"
        else:
            handler.setLevel(file_level)
            handler.setFormatter(formatter)
            handler.addFilter(privacy)
            handlers.append(handler)
            log_file = target / LOG_FILE_NAME

    _state["root_level"] = root.level
    root.setLevel(min((h.level for h in handlers), default=file_level))
    for each in handlers:
        root.addHandler(each)
        _installed.append(each)
    engine = logging.getLogger("sqlalchemy.engine")
    _state["engine_level"] = engine.level
    engine.setLevel(logging.INFO if sql else logging.WARNING)
    for name in _QUIET:
        logging.getLogger(name).setLevel(max(logging.INFO, root.level))
    _state["log_file"] = log_file

    if problem:
        log.warning("log files disabled: the folder can't be written (%s)", SafeText(problem))
    log.info(
        "cotdesk %s, Python %s, %s; log level %s",
        __version__,
        platform.python_version(),
        sys.platform,
        logging.getLevelName(file_level).lower(),
    )
    return log_file


def current_log_file() -> Path | None:
    """The log file being written, if any."""
    value = _state.get("log_file")
    return value if isinstance(value, Path) else None


def reset_logging() -> None:
    """Remove (and close) the handlers :func:`configure_logging` installed."""
    root = logging.getLogger()
    while _installed:
        installed = _installed.pop()
        root.removeHandler(installed)
        installed.close()
    root_level = _state.pop("root_level", None)
    if isinstance(root_level, int):
        root.setLevel(root_level)
    engine_level = _state.pop("engine_level", None)
    if isinstance(engine_level, int):
        logging.getLogger("sqlalchemy.engine").setLevel(engine_level)
    _state.pop("log_file", None)


def enable_native_crash_log(folder: Path | None = None) -> Path | None:
    """Have a crash in native code (Qt, SQLite) leave the Python stack in the logs folder.

    ``faulthandler`` writes the threads' Python frames (file, line, function: no values)
    to ``native-crash.log`` when the process receives a fatal signal, where no Python
    handler (and so no crash dialog) can run. For the desktop app only; returns the file.
    """
    target = folder if folder is not None else log_dir()
    try:
        target.mkdir(parents=True, exist_ok=True)
        stream = open(target / NATIVE_CRASH_FILE_NAME, "a", encoding="utf-8")  # noqa: SIM115
    except OSError:
        return None
    previous = _state.get("native_stream")
    faulthandler.enable(file=stream, all_threads=True)
    if previous is not None and hasattr(previous, "close"):
        previous.close()
    _state["native_stream"] = stream  # open for the life of the process
    return target / NATIVE_CRASH_FILE_NAME
