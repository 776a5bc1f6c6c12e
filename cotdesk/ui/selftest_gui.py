"""The Qt half of ``cotdesk --self-test``: what a packaged build needs to show a window.

:mod:`cotdesk.services.selftest` proves the data files and the database; this proves the
Qt side of an installation: the platform plugin loads, cotdesk's and Qt's translations
load, a window with the app's widgets renders, QtPdf opens and renders a PDF page (the
letter preview), the print support and image format plugins are there. A bundle that lacks
one of them fails here instead of at a desk.

On a machine without a screen (CI, a server) run it with ``QT_QPA_PLATFORM=offscreen``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, qVersion
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPushButton


class GuiSelfTestError(RuntimeError):
    """A Qt part of the installation is missing (the message says which, in Italian)."""


def run_gui_checks() -> list[tuple[str, float]]:
    """Run the Qt checks; raise :class:`GuiSelfTestError` on the first failure."""
    steps: list[tuple[str, float]] = []

    @contextmanager
    def step(name: str) -> Iterator[None]:
        start = time.perf_counter()
        yield
        steps.append((name, time.perf_counter() - start))

    with step(f"Qt {qVersion()}: applicazione e piattaforma"):
        app = QApplication.instance() or QApplication(["cotdesk"])
        if not QGuiApplication.platformName():
            raise GuiSelfTestError("Qt non ha caricato il plugin della piattaforma grafica.")
    with step("traduzioni dell'interfaccia"):
        _check_translations(app)
    with step("finestra e widget"):
        _check_window()
    with step("anteprima PDF (QtPdf)"):
        _check_pdf()
    with step("stampa e formati di immagine"):
        _check_plugins()
    return steps


def _check_translations(app: QApplication | object) -> None:
    from cotdesk.ui.i18n import install_translators

    assert isinstance(app, QApplication)
    try:
        loaded = install_translators(app, "en")
        missing = {"cotdesk_en", "qtbase_en"} - set(loaded)
        if missing:
            names = ", ".join(sorted(missing))
            raise GuiSelfTestError(f"mancano i file di traduzione: {names}.")
        if app.translate("MainWindow", "&Strumenti") != "&Tools":
            raise GuiSelfTestError("le traduzioni inglesi di cotdesk non sono caricate.")
    finally:
        install_translators(app, "it")


def _check_window() -> None:
    window = QMainWindow()
    try:
        window.setCentralWidget(QLabel("cotdesk — Presa in carico, àèìòù €", window))
        window.statusBar().addWidget(QPushButton("Salva", window))
        window.resize(400, 200)
        window.show()
        QApplication.processEvents()
        image = window.grab().toImage()
        if image.isNull() or image.width() < 100:
            raise GuiSelfTestError("la finestra non si disegna.")
    finally:
        window.close()
        window.deleteLater()


def _pdf_bytes() -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    painter = QPainter(writer)
    painter.drawText(200, 200, "cotdesk")
    painter.end()
    buffer.close()
    return bytes(data.data())


def _check_pdf() -> None:
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError as exc:
        raise GuiSelfTestError("manca QtPdf (anteprima delle lettere).") from exc
    document = QPdfDocument()
    data = QByteArray(_pdf_bytes())
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() != 1:
        raise GuiSelfTestError("QtPdf non apre un documento PDF.")
    image: QImage = document.render(0, QSize(200, 280))
    if image.isNull():
        raise GuiSelfTestError("QtPdf non disegna la pagina di un PDF.")
    document.close()


def _check_plugins() -> None:
    try:
        from PySide6.QtPrintSupport import QPrinter
    except ImportError as exc:
        raise GuiSelfTestError("manca il supporto di stampa di Qt.") from exc
    printer: Callable[[], object] = QPrinter
    printer()
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"png", "jpg"} - formats
    if missing:
        raise GuiSelfTestError(f"mancano i formati di immagine: {', '.join(sorted(missing))}.")
