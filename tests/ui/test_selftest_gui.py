"""The Qt half of ``cotdesk --self-test``: it passes here and names what is missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cotdesk.ui import i18n, selftest_gui


def test_the_gui_checks_pass_on_a_complete_installation(qapp: QApplication) -> None:
    names = [name for name, _seconds in selftest_gui.run_gui_checks()]
    assert names[1:] == [
        "traduzioni dell'interfaccia",
        "finestra e widget",
        "anteprima PDF (QtPdf)",
        "stampa e formati di immagine",
    ]
    assert qapp.translate("MainWindow", "&Strumenti") == "&Strumenti"  # Italian again


def test_missing_translations_fail_with_an_italian_message(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: str(tmp_path))
    with pytest.raises(selftest_gui.GuiSelfTestError, match="mancano i file di traduzione"):
        selftest_gui.run_gui_checks()
