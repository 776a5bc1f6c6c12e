"""The retention period of the personal data of closed cases (GDPR art. 5(1)(e))."""

from __future__ import annotations

from typing import Final

__all__ = ["DEFAULT_RETENTION_YEARS"]

#: Years after the closure of a case when the office has not set another period
#: (``Office.retention_years``, the setting ``retention.years``).
DEFAULT_RETENTION_YEARS: Final = 10
