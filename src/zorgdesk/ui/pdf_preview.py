"""Preview a PDF from memory, print it, or save it where the IB chooses.

The bytes never touch the disk unless the IB picks a place with "Opslaan als PDF":
QPdfDocument reads from a QBuffer, and printing renders the pages to the printer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
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

from zorgdesk.domain.text import counted
from zorgdesk.services.private_files import ExportWriteError, replace_private
from zorgdesk.ui.dialogs import run_modal
from zorgdesk.ui.messages import show_message
from zorgdesk.ui.window_size import fit_to_screen


def write_pdf(path: Path, data: bytes) -> None:
    """Write the chosen copy in one go (via a temporary name beside it), owner-only (0600)."""
    replace_private(path, data)


class PdfPreviewDialog(QDialog):
    def __init__(self, title: str, data: bytes, suggested_name: str,
                 parent: QWidget | None = None, on_exported=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Voorbeeld — {title}")
        fit_to_screen(self, 820, 960)
        self._data = data
        self._suggested = suggested_name
        self._on_exported = on_exported  # called with "opgeslagen"/"afgedrukt" for the trail
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName("Voorbeeld van het document")
        pages = QLabel(counted(self.document.pageCount(), "pagina", "pagina's"))
        self.print_button = QPushButton("&Afdrukken…")
        self.print_button.setAccessibleName("Afdrukken")
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton("Opslaan als &PDF…")
        self.save_button.setAccessibleName("Opslaan als PDF")
        self.save_button.clicked.connect(self.save_as)
        close = QPushButton("&Sluiten")
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(pages)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)

    def page_count(self) -> int:
        return self.document.pageCount()

    def save_as(self) -> Path | None:
        # A bare name would open the dialog in whatever folder ZorgDesk was started from.
        start = Path(self._suggested)
        if not start.is_absolute():
            start = Path.home() / start
        filename, _ = QFileDialog.getSaveFileName(self, "Opslaan als PDF", str(start),
                                                  "PDF-bestanden (*.pdf)")
        if not filename:
            return None
        path = Path(filename)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_pdf(path, self._data)
        except ExportWriteError as error:
            show_message(self, "Opslaan als PDF", str(error), warning=True)
            return None
        if self._on_exported:
            self._on_exported("opgeslagen")
        return path

    def print_document(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return False
        self.render_to(printer)
        if self._on_exported:
            self._on_exported("afgedrukt")
        return True

    def render_to(self, printer: QPrinter) -> None:
        painter = QPainter(printer)
        try:
            for index in range(self.document.pageCount()):
                if index:
                    printer.newPage()
                target = printer.pageRect(QPrinter.Unit.DevicePixel).size().toSize()
                image = self.document.render(index, QSize(target.width(), target.height()))
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
