"""Dates and times written the Italian way, without depending on the system locale.

``locale.setlocale`` is process-wide, not thread-safe and often missing ``it_IT`` on the
desks' Windows installations: the names are spelled out here instead.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Final
from zoneinfo import ZoneInfo

__all__ = [
    "LOCAL_ZONE",
    "MONTHS",
    "WEEKDAYS",
    "appointment_text",
    "long_date",
    "short_date",
    "time_text",
    "to_local",
]

#: Timestamps are stored in UTC and shown in the desks' time zone.
LOCAL_ZONE: Final = ZoneInfo("Europe/Rome")


def to_local(moment: datetime) -> datetime:
    """A stored timestamp in Rome's time (a naive one is taken as UTC, as SQLite returns it)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LOCAL_ZONE)


MONTHS: Final = (
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
)

#: Monday first, as :meth:`date.weekday`.
WEEKDAYS: Final = (
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
)


def long_date(day: date) -> str:
    """``24 novembre 2026``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date | None) -> str:
    """``01/12/2026`` (dates in tables and headers); an empty string for no date."""
    if day is None:
        return ""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def time_text(moment: datetime) -> str:
    """``10:30``, ``9:05``: the wall-clock time of ``moment`` as it is (no conversion)."""
    return f"{moment.hour}:{moment.minute:02d}"


def appointment_text(moment: datetime) -> str:
    """``martedì 1 dicembre 2026 alle ore 10:30``.

    ``moment`` must already be in the time zone the reader lives in (Europe/Rome): the
    caller converts from UTC; this function only spells out the wall-clock time.
    """
    weekday = WEEKDAYS[moment.weekday()]
    return f"{weekday} {long_date(moment.date())} alle ore {time_text(moment)}"
