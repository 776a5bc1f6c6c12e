"""What may reach a log file or a crash report, and what is blanked out first.

A desk's logs and crash reports leave the desk: the municipality's IT person mails them to
support. They must therefore hold nothing about the people served. The policy, applied to
every log record by :class:`PrivateFormatter` and :class:`PrivacyFilter` (installed by
:mod:`cotdesk.logging_setup` on every handler) and to every crash report
(:mod:`cotdesk.support.crash_report`):

1. **Log arguments.** Log calls use a constant format string and pass the variable parts as
   arguments (ruff's G004 forbids f-strings in log calls). An argument is kept when it
   cannot be free text: numbers, booleans, ``None``, UUIDs, dates and times, enums, paths.
   A text argument is kept only when it is a *technical token*: no spaces and no capital
   letters (revision ids, entity names, codes such as ``adulti_famiglie``, URLs). Any other
   text (a name, a note, an Italian error message that may name the person) becomes
   ``[testo omesso]``, unless the caller wrapped it in :class:`SafeText` because it was
   redacted already (a crash report). Tuples, lists and dicts (rows, parameters) become
   ``[valori omessi]``.
2. **Scrubbing.** Whatever is left (the format string itself, kept arguments, Qt's own
   messages, statements) is scrubbed of what looks like personal data: codici fiscali
   (omocodes too), STP/ENI codes, e-mail addresses, phone numbers, IBANs; the user's
   home folder becomes ``~``.
3. **Exceptions** keep their type and their frames (file, line, function and the source
   line: code, never values; local variables are never included). Their message is kept
   only when Python writes it about the code (:data:`CODE_MESSAGE_TYPES`: AttributeError,
   NameError, TypeError...) or SQLite about the schema (``UNIQUE constraint failed:
   person.fiscal_code``); an ``OSError`` keeps its errno and reason but not the file name;
   any other message (ValueError, KeyError, our own UserError, whose Italian text may
   name the person) becomes ``[messaggio omesso, N caratteri]``. Notes attached to
   exceptions are dropped. File names are shortened to the package path.
4. **SQL echo.** SQLAlchemy's statements are kept (they carry placeholders, not values);
   the parameters, columns and result rows it logs are dropped. Alembic's arguments
   (revisions, dialect names) are kept as they are (:data:`TRUSTED_LOGGERS`).
"""

from __future__ import annotations

import datetime as _dt
import enum
import hashlib
import logging
import os
import re
import sqlite3
import traceback
import uuid
from collections.abc import Mapping
from pathlib import Path, PurePath
from typing import Final

__all__ = [
    "CODE_MESSAGE_TYPES",
    "OMITTED_TEXT",
    "OMITTED_VALUES",
    "PrivacyFilter",
    "PrivateFormatter",
    "SafeText",
    "error_code",
    "exception_message",
    "format_exception",
    "redact_arg",
    "redact_record",
    "scrub",
    "short_path",
]

OMITTED_TEXT: Final = "[testo omesso]"
OMITTED_VALUES: Final = "[valori omessi]"


class SafeText(str):
    """Text already redacted (or written by cotdesk without data): logged as it is."""

    __slots__ = ()


# ---------------------------------------------------------------------------- scrubbing

_OMOCODE_DIGIT = "[0-9LMNPQRSTUV]"
_PATTERNS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
    (
        re.compile(
            rf"(?<![A-Za-z0-9])[A-Z]{{6}}{_OMOCODE_DIGIT}{{2}}[ABCDEHLMPRST]{_OMOCODE_DIGIT}{{2}}"
            rf"[A-Z]{_OMOCODE_DIGIT}{{3}}[A-Z](?![A-Za-z0-9])",
            re.IGNORECASE,
        ),
        "[codice fiscale]",
    ),
    (re.compile(r"(?<![A-Za-z0-9])(?:STP|ENI)\d{13}(?![A-Za-z0-9])", re.IGNORECASE), "[STP/ENI]"),
    (re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}[A-Z]\d{10}[A-Z0-9]{12}(?![A-Za-z0-9])"), "[IBAN]"),
    # Italian mobiles (3xx) and land lines (0x), with or without +39/0039 and separators.
    (
        re.compile(
            r"(?<![\w.:/-])(?:(?:\+|00)39[ ]?)?"  # not inside a word, a date or a version
            r"(?:3\d{2}|0[1-9]\d{0,2})(?:[ ./-]?\d){5,8}(?![\w:/-])"
        ),
        "[telefono]",
    ),
)


def scrub(text: str) -> str:
    """``text`` without what looks like personal data, and with the home folder as ``~``."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    home = _home()
    if home:
        text = text.replace(home, "~")
    return text


def _home() -> str:
    try:
        home = str(Path.home())
    except (RuntimeError, KeyError):  # no home folder (a service account)
        return ""
    return home if len(home) > 3 else ""  # never "/" or "C:\\"


# ---------------------------------------------------------------------------- arguments

_KEPT_TYPES: Final = (
    int,
    float,
    bool,
    type(None),
    uuid.UUID,
    _dt.date,
    _dt.time,
    _dt.timedelta,
    PurePath,
)
_TOKEN_MAX: Final = 200


def _is_token(text: str) -> bool:
    return len(text) <= _TOKEN_MAX and not any(c.isspace() or c.isupper() for c in text)


def redact_arg(value: object) -> object:
    """A log argument as it may be logged (see the module's policy, point 1)."""
    if isinstance(value, SafeText):
        return value
    if isinstance(value, enum.Enum):
        return value.value if isinstance(value.value, str | int) else value.name
    if isinstance(value, _KEPT_TYPES):
        return value
    if isinstance(value, str):
        return value if _is_token(value) else OMITTED_TEXT
    if isinstance(value, BaseException):
        return exception_summary(value)
    return OMITTED_VALUES


# ---------------------------------------------------------------------------- exceptions

#: Exceptions whose message Python writes about the code (names, types), not about data.
CODE_MESSAGE_TYPES: Final[tuple[type[BaseException], ...]] = (
    AttributeError,
    NameError,
    ImportError,
    NotImplementedError,
    RecursionError,
    ZeroDivisionError,
    MemoryError,
    TypeError,
    IndexError,
    SystemExit,
    KeyboardInterrupt,
)


def exception_message(exc: BaseException) -> str:
    """The part of ``str(exc)`` that may be shown in a log or a report (policy point 3)."""
    try:
        text = str(exc)
    except Exception:  # a broken __str__ must not break the report
        return "[messaggio non leggibile]"
    if not text:
        return ""
    if isinstance(exc, OSError):
        parts = [f"[Errno {exc.errno}]" if exc.errno is not None else "", exc.strerror or ""]
        kept = " ".join(part for part in parts if part)
        return scrub(kept) if kept else _omitted(text)
    if isinstance(exc, CODE_MESSAGE_TYPES):
        return scrub(text)
    if isinstance(exc, sqlite3.Error):
        return scrub(text)
    sqlite_cause = _sqlalchemy_driver_error(exc)
    if sqlite_cause is not None:
        statement = getattr(exc, "statement", None)
        kept = f"({type(sqlite_cause).__name__}) {scrub(str(sqlite_cause))}"
        if isinstance(statement, str):
            kept += f"\n[SQL: {scrub(statement[:1000])}]"
        return kept
    return _omitted(text)


def _omitted(text: str) -> str:
    return f"[messaggio omesso, {len(text)} caratteri]"


def _sqlalchemy_driver_error(exc: BaseException) -> BaseException | None:
    """The SQLite error inside a SQLAlchemy DBAPIError (whose own text lists parameters)."""
    if not type(exc).__module__.startswith("sqlalchemy"):
        return None
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, sqlite3.Error) else None


def exception_summary(exc: BaseException) -> str:
    """``module.Type: message`` with the message redacted."""
    message = exception_message(exc)
    name = _type_name(type(exc))
    return f"{name}: {message}" if message else name


def _type_name(kind: type[BaseException]) -> str:
    module = kind.__module__
    if module in {"builtins", "__main__"}:
        return kind.__qualname__
    return f"{module}.{kind.__qualname__}"


_CAUSE: Final = "\nL'eccezione precedente è stata la causa diretta di quella che segue:\n\n"
_CONTEXT: Final = "\nDurante la gestione dell'eccezione precedente se ne è verificata un'altra:\n\n"


def _chain(exc: BaseException) -> list[tuple[BaseException, str]]:
    """The exceptions of the chain, oldest first, each with the line that joins it."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    joiner = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, joiner))
        if current.__cause__ is not None:
            current, joiner = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            current, joiner = current.__context__, _CONTEXT
        else:
            current = None
    # Each joiner says how that exception led to the newer one printed after it.
    return list(reversed(chain))


def format_exception(exc: BaseException) -> str:
    """A traceback in Python's layout: frames as they are, messages redacted, no locals."""
    parts: list[str] = []
    for item, joiner in _chain(exc):
        parts.append("Traceback (most recent call last):\n")
        frames = traceback.extract_tb(item.__traceback__)
        summary = traceback.StackSummary.from_list(
            [(short_path(f.filename), f.lineno or 0, f.name, f.line) for f in frames]
        )
        parts.extend(summary.format())
        parts.append(exception_summary(item) + "\n")
        if joiner:
            parts.append(joiner)
    return "".join(parts).rstrip("\n")


def error_code(exc: BaseException) -> str:
    """A short code for "the same error" (type and innermost frames): groups reports."""
    digest = hashlib.sha256(_type_name(type(exc)).encode())
    for frame in traceback.extract_tb(exc.__traceback__)[-5:]:
        digest.update(f"{short_path(frame.filename)}:{frame.name}".encode())
    return digest.hexdigest()[:8]


# ---------------------------------------------------------------------------- file names

_MARKERS: Final = ("/site-packages/", "/dist-packages/", "/_internal/", "/Contents/Frameworks/")
_PROJECT_ROOT: Final = str(Path(__file__).resolve().parent.parent.parent).replace("\\", "/")
_STDLIB: Final = os.path.dirname(os.__file__).replace("\\", "/")


def short_path(filename: str) -> str:
    """A source file's path from its package (no user folders): ``cotdesk/ui/home.py``."""
    path = filename.replace("\\", "/")
    for marker in _MARKERS:
        if marker in path:
            return path.rsplit(marker, 1)[1]
    if path.startswith(_PROJECT_ROOT + "/"):
        return path[len(_PROJECT_ROOT) + 1 :]
    if path.startswith(_STDLIB + "/"):
        return "<python>/" + path[len(_STDLIB) + 1 :]
    return scrub(path)


# ---------------------------------------------------------------------------- log records

#: Loggers whose arguments never carry data (schema revisions, dialect names): kept as
#: they are, still scrubbed.
TRUSTED_LOGGERS: Final = ("alembic.",)


def _message(record: logging.LogRecord) -> str:
    msg = str(record.msg) if not isinstance(record.msg, str) else record.msg
    args = record.args
    if not args:
        return scrub(msg)
    if record.name.startswith(TRUSTED_LOGGERS):
        try:
            return scrub(msg % args)
        except (TypeError, ValueError, KeyError):
            return scrub(msg) + " [argomenti non formattabili]"
    try:
        if isinstance(args, Mapping):
            safe_map = {key: redact_arg(value) for key, value in args.items()}
            return scrub(msg % safe_map)
        return scrub(msg % tuple(redact_arg(value) for value in args))
    except (TypeError, ValueError, KeyError):
        return scrub(msg) + " [argomenti non formattabili]"


def _values_record(record: logging.LogRecord) -> bool:
    """A SQLAlchemy record carrying values from the database (rows, columns)."""
    if not record.name.startswith("sqlalchemy.engine") or not record.args:
        return False
    return not (isinstance(record.args, tuple) and str(record.msg).startswith("[%s]"))


def redact_record(record: logging.LogRecord) -> bool:
    """Rewrite ``record`` in place as the policy says; False: drop it altogether.

    Handlers use :class:`PrivateFormatter`, which applies this to a copy, so that other
    handlers (a test's log capture) see the record as it was emitted.
    """
    if _values_record(record):
        return False
    if record.name.startswith("sqlalchemy.engine") and record.args:
        # The cache statistics line "[generated in 0.0001s] (params)" keeps its statistics.
        args = record.args
        assert isinstance(args, tuple)
        record.msg = "[%s] [parametri omessi]"
        record.args = (SafeText(str(args[0])),)
    record.msg = _message(record)
    record.args = ()
    if record.exc_info and record.exc_info[1] is not None:
        record.exc_text = format_exception(record.exc_info[1])
    elif record.exc_text:
        record.exc_text = scrub(record.exc_text)
    if record.stack_info:
        record.stack_info = scrub(record.stack_info)
    return True


class PrivacyFilter(logging.Filter):
    """Drops the records that carry values from the database; changes no record."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not _values_record(record)


class PrivateFormatter(logging.Formatter):
    """Formats a redacted copy of each record (the module's policy)."""

    def format(self, record: logging.LogRecord) -> str:
        safe = logging.makeLogRecord(record.__dict__)
        safe.exc_text = None if record.exc_info else record.exc_text
        try:
            redact_record(safe)
        except Exception:  # a record that can't be made safe isn't written as it is
            safe.msg, safe.args, safe.exc_info, safe.exc_text = (
                "[record di log non redigibile]",
                (),
                None,
                None,
            )
        return super().format(safe)
