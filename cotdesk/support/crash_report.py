"""The report of an unexpected error: what support needs, nothing about the people served.

A report holds the versions (cotdesk, Python, Qt, the system), the time in UTC, a short
error code (the same error gives the same code, so reports can be grouped), and the
traceback as :func:`cotdesk.support.redact.format_exception` writes it: the exception
types and the frames, never local variables, and messages only when they can't hold
personal data. The crash dialog shows it and copies it; it is also written to the log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from cotdesk.support.components import runtime_lines
from cotdesk.support.redact import error_code, exception_summary, format_exception

__all__ = ["CrashReport", "build_report"]


@dataclass(frozen=True, slots=True)
class CrashReport:
    code: str
    #: ``Type: message`` with the message redacted (the dialog's one-line summary).
    summary: str
    text: str


def build_report(
    exc: BaseException,
    *,
    where: str = "",
    qt_version: str = "",
    qt_platform: str = "",
    extra: Sequence[tuple[str, str]] = (),
    now: datetime | None = None,
) -> CrashReport:
    """The report of ``exc``. ``where``: what the app was doing (a fixed phrase)."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    code = error_code(exc)
    summary = exception_summary(exc)
    lines = [
        "Rapporto di errore di cotdesk",
        "=============================",
        f"Codice dell'errore: {code}",
        f"Data e ora (UTC): {moment.strftime('%Y-%m-%d %H:%M:%S')}",
    ]
    if where:
        lines.append(f"Durante: {where}")
    for label, value in [*runtime_lines(qt_version=qt_version, qt_platform=qt_platform), *extra]:
        lines.append(f"{label}: {value}")
    lines += [
        "",
        f"Errore: {summary}",
        "",
        format_exception(exc),
        "",
        "(Il rapporto non contiene dati delle persone: i messaggi che potrebbero contenerne",
        "sono omessi, le variabili non sono incluse.)",
    ]
    return CrashReport(code=code, summary=summary, text="\n".join(lines))
