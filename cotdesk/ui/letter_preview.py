"""Showing a PDF inside the app, printing it and saving it: referral letters, consent forms.

:class:`PdfPreviewDialog` shows any PDF with QtPdf (pages one under the other, fitted to
the width), and offers **Stampa (Ctrl+P)** and **Salva PDF… (Ctrl+S)**. Printing goes
through ``QPrinter`` and ``QPrintDialog``: each page is rendered by ``QPdfDocument.render``
at up to :data:`PRINT_DPI` dots per inch on white and drawn on the printer's page. The
document stays in memory (a ``QBuffer``): no temporary file is ever written, so none is
left behind.

``on_print`` (and ``on_save(path)``) run once the document has been handed to the printer
(or written to disk): that is when the caller records it in the access log. A
:class:`~cotdesk.errors.UserError` they raise is shown in the dialog.

:class:`LetterPreviewDialog` renders the referral letter(s) off the GUI thread (recorded
as a view), and records the print or the export (``services.matching.record_letter_output``).

The printer, the print dialog and the file dialog are attributes, so tests print to a PDF
file without opening a window: ``dialog.make_printer``, ``dialog.confirm_print``,
``dialog.ask_save_path``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Final

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cotdesk.errors import UserError
from cotdesk.services.case_view import today_in_rome
from cotdesk.services.desk import Desk
from cotdesk.services.documents import save_pdf
from cotdesk.services.matching import (
    LetterDocument,
    record_letter_output,
    render_letters_for_preview,
)
from cotdesk.services.unit_of_work import Actor
from cotdesk.ui.ops import run_in_background

#: Highest resolution pages are rendered at for printing (memory: ~35 MB per A4 page).
PRINT_DPI: Final = 300
_POINTS_PER_INCH: Final = 72.0


def default_printer(title: str) -> QPrinter:
    """A printer set up for our letters: A4, portrait, the PDF page fills the sheet."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName(title)
    return printer


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page of ``document`` (or the range chosen in the dialog) on ``printer``.

    Returns the number of pages printed. Raises :class:`UserError` if the printer cannot be
    opened.
    """
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    pages = range(max(first, 1) - 1, min(last, count)) if first > 0 else range(count)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(
            QCoreApplication.translate(
                "PdfPreviewDialog",
                "La stampante non è disponibile: controllare che sia accesa e collegata, "
                "oppure salvare il PDF e stamparlo più tardi.",
            )
        )
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        sheet = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        for number, page in enumerate(pages):
            if number:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(
                round(points.width() / _POINTS_PER_INCH * dpi),
                round(points.height() / _POINTS_PER_INCH * dpi),
            )
            rendered = document.render(page, size)
            image = QImage(size, QImage.Format.Format_RGB32)
            image.fill(Qt.GlobalColor.white)
            on_white = QPainter(image)
            on_white.drawImage(0, 0, rendered)
            on_white.end()
            # Keep the page's proportions on the sheet (identical for A4 on A4).
            scale = min(sheet.width() / size.width(), sheet.height() / size.height())
            target = QRectF(0, 0, size.width() * scale, size.height() * scale)
            target.moveCenter(sheet.center())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(pages)


class PdfPreviewDialog(QDialog):
    """A PDF shown inside the app, with print and save.

    ``on_print()`` runs after the pages were handed to the printer; ``on_save(path)`` after
    the file was written (both typically record the output in the access log).
    """

    def __init__(
        self,
        pdf_bytes: bytes,
        title: str,
        on_print: Callable[[], None] | None,
        parent: QWidget | None = None,
        *,
        on_save: Callable[[Path], None] | None = None,
        suggested_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        available = self.screen().availableGeometry()  # a 1366x768 laptop: buttons visible
        self.resize(min(900, available.width() - 20), min(1000, available.height() - 40))
        self._title = title
        self._on_print = on_print
        self._on_save = on_save
        self._pdf = b""
        self._buffer: QBuffer | None = None
        self.suggested_name = suggested_name or self.tr("documento.pdf")
        #: Injectable for tests: the printer to use, and whether the operator confirmed it.
        self.make_printer: Callable[[], QPrinter] = lambda: default_printer(self._title)
        self.confirm_print: Callable[[QPrinter], bool] = self._run_print_dialog
        #: Injectable for tests: the path chosen to save to (None: cancelled).
        self.ask_save_path: Callable[[str], str | None] = self._run_save_dialog

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Anteprima del documento"))
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Messaggi"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pages_label = QLabel(self)
        self.pages_label.setAccessibleName(self.tr("Numero di pagine"))

        self._make_buttons()

        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.view, self.print_button)
        self.setTabOrder(self.print_button, self.save_button)
        self.setTabOrder(self.save_button, self.close_button)
        self.message.hide()
        self.set_pdf(pdf_bytes)

    def _make_buttons(self) -> None:
        self.print_button = QPushButton(self.tr("&Stampa… (Ctrl+P)"), self)
        self.print_button.setAccessibleName(self.tr("Stampa"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Salva &PDF… (Ctrl+S)"), self)
        self.save_button.setAccessibleName(self.tr("Salva in PDF"))
        self.save_button.clicked.connect(self.save_document)
        self.close_button = QPushButton(self.tr("&Chiudi (Esc)"), self)
        self.close_button.setAccessibleName(self.tr("Chiudi l'anteprima"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)

        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_document)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self._zoom(1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self._zoom(0.8))
        QShortcut(QKeySequence("Ctrl+0"), self, self._fit_width)

    # ------------------------------------------------------------------ content

    def pdf_bytes(self) -> bytes:
        return self._pdf

    def set_pdf(self, data: bytes) -> None:
        """Show ``data`` (empty: nothing yet; printing and saving are disabled)."""
        self._pdf = data
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None
        if data:
            buffer = QBuffer(self)
            buffer.setData(QByteArray(data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._buffer = buffer
            self.document.load(buffer)
        ready = self.document.status() == QPdfDocument.Status.Ready
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        pages = self.document.pageCount() if ready else 0
        if ready:
            self.pages_label.setText(
                self.tr("1 pagina") if pages == 1 else self.tr("{0} pagine").format(pages)
            )
            self.view.setFocus()
        elif data:
            self.pages_label.setText("")
            self.show_message(self.tr("Il documento non si può aprire."), error=True)

    def page_count(self) -> int:
        return self.document.pageCount()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
        self.message.setVisible(bool(text))

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def _fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # ------------------------------------------------------------------ printing

    def _run_print_dialog(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Stampa: {0}").format(self._title))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_document(self) -> None:
        if not self.print_button.isEnabled():
            return
        printer = self.make_printer()
        if not self.confirm_print(printer):
            return
        try:
            pages = print_pdf(self.document, printer)
        except UserError as exc:
            self.show_message(exc.message, error=True)
            return
        self._printed(pages)

    def _printed(self, pages: int) -> None:
        """The pages went to the printer: record it (hook)."""
        try:
            if self._on_print is not None:
                self._on_print()
        except UserError as exc:
            self.show_message(exc.message, error=True)
            return
        self.show_message(self._printed_text(pages))

    def _printed_text(self, pages: int) -> str:
        if pages == 1:
            return self.tr("Inviato alla stampante (1 pagina).")
        return self.tr("Inviato alla stampante ({0} pagine).").format(pages)

    # ------------------------------------------------------------------ saving

    def _run_save_dialog(self, suggested: str) -> str | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Salva in PDF"),
            str(Path(folder) / suggested) if folder else suggested,
            self.tr("Documenti PDF (*.pdf)"),
        )
        return path or None

    def save_document(self) -> None:
        if not self.save_button.isEnabled():
            return
        chosen = self.ask_save_path(self.suggested_name)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            save_pdf(self._pdf, path)
        except UserError as exc:
            self.show_message(exc.message, error=True)
            return
        self._saved(path)

    def _saved(self, path: Path) -> None:
        try:
            if self._on_save is not None:
                self._on_save(path)
        except UserError as exc:
            self.show_message(exc.message, error=True)
            return
        self.show_message(self.tr("Salvato in {0}").format(path))


class LetterPreviewDialog(PdfPreviewDialog):
    """The referral letter of one referral (or several, one after the other) in the app.

    The letter is rendered off the GUI thread; the preview is recorded as a view, a print
    as ``print`` and a saved copy as ``export`` in the access log.
    """

    def __init__(
        self,
        desk: Desk,
        actor: Actor | None,
        referral_id: uuid.UUID | Sequence[uuid.UUID],
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        ids = [referral_id] if isinstance(referral_id, uuid.UUID) else list(referral_id)
        title = (
            QCoreApplication.translate("LetterPreviewDialog", "Lettera di invio")
            if len(ids) == 1
            else QCoreApplication.translate("LetterPreviewDialog", "Lettere di invio")
        )
        super().__init__(b"", title, None, parent)
        self.desk = desk
        self.actor = actor
        self.referral_ids = ids
        self.today = today or today_in_rome()
        self.letter: LetterDocument | None = None
        self.pages_label.setText(self.tr("Preparazione della lettera…"))
        self._load()

    def _load(self) -> None:
        desk, actor, ids, today = self.desk, self.actor, self.referral_ids, self.today
        run_in_background(
            lambda: render_letters_for_preview(desk, actor, ids, today=today),
            on_success=self._loaded,
            on_failure=self._failed,
        )

    def _loaded(self, letter: LetterDocument) -> None:
        self.letter = letter
        first = letter.references[0] if letter.references else ""
        if len(letter.references) == 1:
            self.setWindowTitle(
                self.tr("Lettera di invio {0} — {1}").format(first, letter.recipients[0])
            )
            self.suggested_name = self.tr("Lettera di invio {0}.pdf").format(first)
        else:
            self.setWindowTitle(
                self.tr("Lettere di invio ({0})").format(", ".join(letter.references))
            )
            self.suggested_name = self.tr("Lettere di invio {0} e altre.pdf").format(first)
        self._title = self.windowTitle()
        self.set_pdf(letter.pdf)

    def _failed(self, exc: Exception) -> None:
        self.pages_label.setText("")
        if isinstance(exc, UserError):
            self.show_message(exc.message, error=True)
        else:
            self.show_message(
                self.tr("La lettera non si può preparare: {0}").format(exc), error=True
            )

    def _printed(self, pages: int) -> None:
        desk, actor, ids = self.desk, self.actor, self.referral_ids
        done = self._printed_text(pages)
        run_in_background(
            lambda: record_letter_output(desk, actor, ids, purpose="print"),
            on_success=lambda _none: self.show_message(done),
            on_failure=self._output_not_recorded,
        )

    def _saved(self, path: Path) -> None:
        desk, actor, ids = self.desk, self.actor, self.referral_ids
        done = self.tr("Salvato in {0}").format(path)
        run_in_background(
            lambda: record_letter_output(desk, actor, ids, purpose="export", path=str(path)),
            on_success=lambda _none: self.show_message(done),
            on_failure=self._output_not_recorded,
        )

    def _output_not_recorded(self, exc: Exception) -> None:
        message = exc.message if isinstance(exc, UserError) else str(exc)
        self.show_message(
            self.tr("Documento prodotto, ma non registrato nel registro accessi: {0}").format(
                message
            ),
            error=True,
        )
