"""The letter preview: rendered off the GUI thread, printed to a PDF file, saved, audited."""

from __future__ import annotations

import errno
import io
import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cotdesk.db.database import Database
from cotdesk.db.models import AuditEvent
from cotdesk.services import consents
from cotdesk.services.matching import CreatedReferral, ReferralRequest, create_referrals
from cotdesk.services.unit_of_work import Actor, UnitOfWork
from cotdesk.ui import ops
from cotdesk.ui.letter_preview import LetterPreviewDialog, PdfPreviewDialog
from tests.unit.test_letters import decode_qr_codes, page_count, pdf_text
from tests.unit.test_matching import FOOD, HOUSING, Network, build_network

TODAY = date(2026, 11, 24)


@pytest.fixture(autouse=True)
def immediate_pool() -> Iterator[None]:
    ops.set_pool(ops.ImmediatePool())
    yield
    ops.set_pool(None)


@pytest.fixture
def network(db: Database, operator: Actor) -> Network:
    return build_network(db, operator)


@pytest.fixture
def referred(db: Database, operator: Actor, network: Network) -> list[CreatedReferral]:
    return create_referrals(
        db,
        operator,
        network.case_id,
        [
            ReferralRequest(network.services["housing_m5_free_ar"], (HOUSING,)),
            ReferralRequest(network.services["food_m5"], (FOOD,)),
        ],
        mark_sent=False,
        today=TODAY,
    )


def _audit(db: Database, referral_id: uuid.UUID) -> list[tuple[str, dict[str, object]]]:
    with db.read_session() as session:
        rows = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity_id == referral_id)
            .order_by(AuditEvent.occurred_at)
        ).all()
        return [(row.action, dict(row.detail)) for row in rows if row.action != "create"]


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setFullPage(True)
    printer.setResolution(150)
    printer.setDocName("Lettera di prova")
    return printer


def _dialog(
    qtbot: QtBot, db: Database, actor: Actor, ids: uuid.UUID | list[uuid.UUID]
) -> LetterPreviewDialog:
    dialog = LetterPreviewDialog(db, actor, ids, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_the_preview_shows_the_letter_and_its_pages_and_records_a_view(
    qtbot: QtBot, db: Database, operator: Actor, referred: list[CreatedReferral]
) -> None:
    referral = referred[0]
    dialog = _dialog(qtbot, db, operator, referral.referral_id)
    assert dialog.page_count() >= 1
    assert dialog.page_count() == page_count(dialog.pdf_bytes())
    pages = dialog.page_count()
    expected = "1 pagina" if pages == 1 else f"{pages} pagine"
    assert dialog.pages_label.text() == expected
    assert referral.reference in dialog.windowTitle()
    assert "Servizio housing_m5_free_ar" in dialog.windowTitle()
    assert referral.reference in pdf_text(dialog.pdf_bytes())
    assert dialog.print_button.isEnabled()
    assert dialog.suggested_name == f"Lettera di invio {referral.reference}.pdf"
    assert _audit(db, referral.referral_id) == [("view", {"document": "referral_letter"})]


def test_printing_to_a_pdf_file_and_the_print_is_audited(
    qtbot: QtBot,
    db: Database,
    operator: Actor,
    referred: list[CreatedReferral],
    out_dir: Path,
) -> None:
    referral = referred[0]
    dialog = _dialog(qtbot, db, operator, referral.referral_id)
    target = out_dir / "stampa.pdf"
    default_printer = dialog.make_printer

    def to_file() -> QPrinter:
        printer = default_printer()  # as the operator's printer is set up, but to a file
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(150)
        return printer

    dialog.make_printer = to_file
    asked: list[QPrinter] = []
    dialog.confirm_print = lambda printer: asked.append(printer) or True
    dialog.print_document()
    assert len(asked) == 1
    printed = target.read_bytes()
    reader = PdfReader(io.BytesIO(printed))
    assert len(reader.pages) == dialog.page_count()
    assert reader.metadata is not None
    assert reader.metadata.title == dialog.windowTitle()
    assert referral.reference in reader.metadata.title
    # the pages are pictures of the letter: its QR code still carries the reference
    assert list(out_dir.iterdir()) == [target]  # no temporary file: the letter is in memory
    assert decode_qr_codes(printed, out_dir, resolution=150) == [referral.reference]
    assert "stampante" in dialog.message.text()
    assert ("print", {"document": "referral_letter"}) in _audit(db, referral.referral_id)


def test_a_cancelled_print_dialog_prints_and_records_nothing(
    qtbot: QtBot, db: Database, operator: Actor, referred: list[CreatedReferral], tmp_path: Path
) -> None:
    referral = referred[0]
    dialog = _dialog(qtbot, db, operator, referral.referral_id)
    dialog.make_printer = lambda: _pdf_printer(tmp_path / "no.pdf")
    dialog.confirm_print = lambda _printer: False
    dialog.print_document()
    assert not (tmp_path / "no.pdf").exists()
    assert [a for a, _ in _audit(db, referral.referral_id)] == ["view"]


def test_saving_writes_the_pdf_and_records_an_export(
    qtbot: QtBot, db: Database, operator: Actor, referred: list[CreatedReferral], tmp_path: Path
) -> None:
    referral = referred[0]
    dialog = _dialog(qtbot, db, operator, referral.referral_id)
    offered: list[str] = []
    dialog.ask_save_path = lambda name: offered.append(name) or str(tmp_path / "lettera")
    dialog.save_document()
    saved = tmp_path / "lettera.pdf"
    assert offered == [f"Lettera di invio {referral.reference}.pdf"]
    assert saved.read_bytes() == dialog.pdf_bytes()
    assert dialog.message.text() == f"Salvato in {saved}"
    assert ("export", {"document": "referral_letter", "file": "lettera.pdf"}) in _audit(
        db, referral.referral_id
    )


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_a_full_disk_shows_the_services_message_and_records_nothing(
    qtbot: QtBot,
    db: Database,
    operator: Actor,
    referred: list[CreatedReferral],
    out_dir: Path,
) -> None:
    referral = referred[0]
    dialog = _dialog(qtbot, db, operator, referral.referral_id)
    monkeypatch = pytest.MonkeyPatch()

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patch:
        patch.setattr("cotdesk.services.documents.os.replace", full)
        dialog.ask_save_path = lambda _name: str(out_dir / "lettera.pdf")
        dialog.save_document()
    assert dialog.message.text().startswith("Spazio su disco esaurito")
    assert list(out_dir.iterdir()) == []  # nothing, not even the partial file
    dialog.ask_save_path = lambda _name: str(out_dir / "sparita" / "lettera.pdf")
    dialog.save_document()
    assert "non esiste più" in dialog.message.text()
    assert [a for a, _ in _audit(db, referral.referral_id)] == ["view"]


def test_two_letters_in_one_preview(
    qtbot: QtBot, db: Database, operator: Actor, referred: list[CreatedReferral]
) -> None:
    ids = [r.referral_id for r in referred]
    dialog = _dialog(qtbot, db, operator, ids)
    text = pdf_text(dialog.pdf_bytes())
    assert all(r.reference in text for r in referred)
    assert all(r.reference in dialog.windowTitle() for r in referred)
    for referral in referred:
        assert _audit(db, referral.referral_id) == [
            ("view", {"document": "referral_letter", "batch": 2})
        ]


def test_without_consent_to_share_the_letter_is_refused_in_italian(
    qtbot: QtBot,
    db: Database,
    operator: Actor,
    network: Network,
    referred: list[CreatedReferral],
) -> None:
    with UnitOfWork(db, operator) as uow:
        consents.withdraw_consent(uow, network.person_id, ["condivisione_rete"])
        uow.commit()
    dialog = _dialog(qtbot, db, operator, referred[0].referral_id)
    assert "non ha acconsentito alla comunicazione" in dialog.message.text()
    assert not dialog.print_button.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert dialog.page_count() == 0


def test_the_generic_preview_calls_back_after_printing_and_saving(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from cotdesk.letters import render_referral_letter
    from tests.unit.test_letters import LETTER

    data = render_referral_letter(LETTER)
    calls: list[object] = []
    dialog = PdfPreviewDialog(
        data,
        "Modulo di consenso",
        lambda: calls.append("print"),
        on_save=calls.append,
        suggested_name="consenso.pdf",
    )
    qtbot.addWidget(dialog)
    assert dialog.page_count() == page_count(data)
    dialog.make_printer = lambda: _pdf_printer(tmp_path / "out.pdf")
    dialog.confirm_print = lambda _printer: True
    dialog.print_document()
    dialog.ask_save_path = lambda name: str(tmp_path / name)
    dialog.save_document()
    assert calls == ["print", tmp_path / "consenso.pdf"]
    assert page_count((tmp_path / "out.pdf").read_bytes()) == page_count(data)
