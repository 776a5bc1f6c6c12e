"""The privacy mode: one application-wide switch that hides sensitive fields on screen.

At a front desk the citizen often sits facing the screen, and the operator may have to open
another person's page. Ctrl+Shift+H ("Nascondi dati sensibili", menu Strumenti) switches
the mode; the status bar shows it. While it is on:

* names are shown as initials (:func:`cotdesk.domain.masking.initials`);
* codice fiscale / STP-ENI, birth date, phones, e-mail, address and free text (the
  assessment's summary, notes, the diario) show :data:`~cotdesk.domain.masking.MASK`.

There is one :class:`PrivacyMode` per application (:func:`privacy_mode`); item models and
pages ask it what to show and listen to :attr:`PrivacyMode.changed` to repaint. Only what
is on screen changes: printing, exports and editing forms are unaffected (an operator who
edits a person sees the values they are editing).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal

from cotdesk.domain.italian import short_date
from cotdesk.domain.masking import MASK, initials, mask

__all__ = ["MASK", "PrivacyMode", "privacy_mode"]


class PrivacyMode(QObject):
    """Whether sensitive fields are hidden, and how a value looks in each case."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on = False

    @property
    def on(self) -> bool:
        return self._on

    def set_on(self, on: bool) -> None:
        if on != self._on:
            self._on = on
            self.changed.emit(on)

    def toggle(self) -> None:
        self.set_on(not self._on)

    # ------------------------------------------------------------------ what to show

    def name(self, value: str) -> str:
        """A name (first or last), or its initials while the mode is on."""
        return initials(value) if self._on else value

    def value(self, value: str) -> str:
        """A code, phone, address, e-mail: itself, or the mask while the mode is on."""
        return mask(value) if self._on else value

    def day(self, value: date | None) -> str:
        """A birth date as dd/mm/yyyy, or the mask while the mode is on."""
        if value is None:
            return ""
        return MASK if self._on else short_date(value)

    def text(self, value: str) -> str:
        """Free text (notes, narrative, the diario): itself, or the mask."""
        return mask(value) if self._on else value


_mode: PrivacyMode | None = None


def privacy_mode() -> PrivacyMode:
    """The application's privacy mode (created with the first call, owned by the app)."""
    global _mode  # noqa: PLW0603 - one switch for the whole application, by design
    app = QCoreApplication.instance()
    if _mode is not None:
        try:
            if _mode.parent() is app:
                return _mode
        except RuntimeError:  # the previous application (and its mode) is gone
            pass
    _mode = PrivacyMode(app)
    return _mode
