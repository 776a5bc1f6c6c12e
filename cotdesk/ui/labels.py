"""The domain's fixed vocabulary (statuses, channels, severities, roles...) in the
interface language.

The domain names things in Italian (``CASE_STATUS_LABELS`` and friends) because services,
letters and the CLI speak Italian too; the UI passes those words through Qt's translation
system here, under one context, so that ``--lang en`` shows "In progress" for "In carico".
Every word of those tables is listed in ``scripts/translations_en.json`` (``dynamic``), and a
test checks none is missing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

LABELS_CONTEXT = "Labels"


def tr_label(text: str) -> str:
    """``text`` (a label from the domain) in the interface language."""
    return QCoreApplication.translate(LABELS_CONTEXT, text)
