"""Printing a letter leaves no temporary PDF anywhere (issue 7: data protection).

The preview keeps the document in memory and draws its pages on the printer: this test
points every temporary folder (Python's and Qt's, through TMPDIR) at an empty folder,
previews, prints and saves a referral letter, and checks that the folder is still empty
and that the only files written are the ones the operator asked for.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cotdesk.db.database import Database
from cotdesk.services.matching import CreatedReferral
from cotdesk.services.unit_of_work import Actor
from tests.ui.test_letter_preview import _dialog, _pdf_printer, immediate_pool, network, referred

__all__ = ["immediate_pool", "network", "referred"]  # fixtures used below


def test_printing_and_saving_a_letter_leave_no_temporary_file(
    qtbot: QtBot,
    db: Database,
    operator: Actor,
    *,
    referred: list[CreatedReferral],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("TEMP", str(temp))
    monkeypatch.setenv("TMP", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    out = tmp_path / "scelti"
    out.mkdir()

    dialog = _dialog(qtbot, db, operator, referred[0].referral_id)
    dialog.make_printer = lambda: _pdf_printer(out / "stampa.pdf")
    dialog.confirm_print = lambda printer: True
    dialog.print_document()
    dialog.ask_save_path = lambda suggested: str(out / "lettera.pdf")
    dialog.save_document()

    assert sorted(p.name for p in out.iterdir()) == ["lettera.pdf", "stampa.pdf"]
    assert list(temp.rglob("*")) == []
