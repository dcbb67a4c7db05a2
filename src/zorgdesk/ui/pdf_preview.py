"""Preview a PDF from memory, print it, or save it where the IB chooses.

The bytes never touch the disk unless the IB picks a place with "Opslaan als PDF" or
prints to a file: QPdfDocument reads from a QBuffer, and printing renders the pages to
the printer at 300 dpi (DESIGN.md). Printing to a PDF file writes the document itself:
its text stays text (searchable, sharp, about 70 KB for a gespreksverslag instead of
21 MB of page pictures and 9 s of rendering at the printer's 1200 dpi, measured).

The print job and the suggested file carry the document's kind and the date, never the
pupil's name: a job title is shown in the print queue of a shared school printer, on its
display and in the print server's log, where colleagues and visitors see it, and a file
printed to is put wherever the print dialog pointed; the name is inside the document.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrintEngine, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.dates import dutch_date
from zorgdesk.domain.text import counted
from zorgdesk.services.private_files import PRIVATE_MODE, ExportWriteError, replace_private
from zorgdesk.ui.dialogs import run_modal
from zorgdesk.ui.messages import show_message
from zorgdesk.ui.widgets import announce
from zorgdesk.ui.window_size import fit_to_screen, screen_of

# DESIGN.md: printing goes through the pages' pictures at about 300 dpi; a printer's
# "high resolution" of 1200 dpi made 16 times the pixels for no visible gain on paper.
PRINT_DPI = 300

# Qt's key for the CUPS job options of a print engine (qcups_p.h: PPK_CustomBase - 0x100);
# only a CUPS printer's engine keeps them. Its print dialog puts the odd/even choice there
# ('page-set'), which CUPS applies to the pages it is sent.
_CUPS_OPTIONS = QPrintEngine.PrintEnginePropertyKey(0xFE00)


def cups_options(printer: QPrinter) -> list[str] | None:
    """The CUPS job options (name, value, name, value, ...), None without CUPS."""
    value = printer.printEngine().property(_CUPS_OPTIONS)
    return [str(item) for item in value] if isinstance(value, list) else None


def set_cups_options(printer: QPrinter, options: list[str]) -> None:
    printer.printEngine().setProperty(_CUPS_OPTIONS, options)


def documents_folder() -> Path:
    """The user's Documents folder where it exists (Windows, most desktops), else home."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def print_file_suggestion(title: str, day: date, folder: Path) -> Path:
    """'Gespreksverslag 05-12-2026.pdf' in ``folder``; ' (2)' and on when that exists,
    so that printing twice a day never offers to overwrite the first copy."""
    stem = f"{title} {dutch_date(day)}"
    path = folder / f"{stem}.pdf"
    number = 2
    while path.exists():
        path = folder / f"{stem} ({number}).pdf"
        number += 1
    return path


def write_pdf(path: Path, data: bytes) -> None:
    """Write the chosen copy in one go (via a temporary name beside it), owner-only (0600)."""
    replace_private(path, data)


class PdfPreviewDialog(QDialog):
    def __init__(self, title: str, data: bytes, suggested_name: str,
                 parent: QWidget | None = None, on_exported=None, *,
                 print_title: str | None = None) -> None:
        """``print_title``: the print job's and printed file's name where ``title``
        could carry a name (an attachment's file name, a dossier's pupil)."""
        super().__init__(parent)
        self._print_title = print_title or title
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
        # What printing or saving did, and where the file went (walk s33: after printing
        # to a file the preview looked as before, with no word of where it was).
        self.done_label = QLabel()
        self.done_label.setAccessibleName("Bevestiging")
        # Wraps: on one line a long file name made the preview window wider (walk s33).
        self.done_label.setWordWrap(True)
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
        row.addWidget(self.done_label, 1)
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
        self._done(f"Opgeslagen als {path.name}.")
        if self._on_exported:
            self._on_exported("opgeslagen")
        return path

    def make_printer(self, today: date | None = None) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        suggestion = print_file_suggestion(self._print_title, today or date.today(),
                                           documents_folder())
        printer.setDocName(suggestion.stem)  # the job's title in the print queue
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            # No printer installed: the dialog offers only a PDF file, which Qt would
            # call ~/print.pdf. With a printer, setting a file would make the dialog
            # print to that file instead, so then only the job title is set.
            printer.setOutputFileName(str(suggestion))
        return printer

    def make_print_dialog(self, printer: QPrinter) -> QPrintDialog:
        dialog = _ScreenBoundPrintDialog(printer, self)
        # Without its page count Qt's dialog let 'Pagina's vanaf .. tot ..' go from 1 to
        # 1 only (walk s33); 'Huidige pagina' is the page the preview shows.
        dialog.setMinMax(1, max(self.document.pageCount(), 1))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        return dialog

    def print_document(self) -> bool:
        printer = self.make_printer()
        dialog = self.make_print_dialog(printer)
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return False
        if not self.print_to(printer):
            return False
        self._done(f"Afgedrukt naar {Path(printer.outputFileName()).name}."
                   if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
                   else f"Naar {printer.printerName() or 'de printer'} gestuurd.")
        if self._on_exported:
            self._on_exported("afgedrukt")
        return True

    def _done(self, text: str) -> None:
        self.done_label.setText(text)
        self.done_label.setToolTip(text)
        announce(self.done_label, text)

    def print_to(self, printer: QPrinter) -> bool:
        """Print to ``printer`` as the print dialog left it; False when a file could not
        be written (the IB has been told)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self._whole_document_to_file(printer):
                write_pdf(Path(printer.outputFileName()), self._data)  # 0600, as saving
            else:
                _owner_only_before_qt_writes(printer)
                self.render_to(printer)
        except ExportWriteError as error:
            QGuiApplication.restoreOverrideCursor()
            show_message(self, "Afdrukken", str(error), warning=True)
            return False
        QGuiApplication.restoreOverrideCursor()
        return True

    def _whole_document_to_file(self, printer: QPrinter) -> bool:
        return (printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
                and bool(printer.outputFileName())
                and printer.printRange() == QPrinter.PrintRange.AllPages
                and printer.pageOrder() == QPrinter.PageOrder.FirstPageFirst)

    def _chosen_pages(self, printer: QPrinter) -> range:
        count = self.document.pageCount()
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            return range(printer.fromPage() - 1, min(printer.toPage(), count))
        if printer.printRange() == QPrinter.PrintRange.CurrentPage:
            current = self.view.pageNavigator().currentPage()
            return range(current, current + 1)
        return range(count)

    def pages_in_print_order(self, printer: QPrinter) -> list[int]:
        """The chosen pages (0-based) in the order they are rendered. 'Omgekeerd' is the
        application's to apply (QPrinter::pageOrder; walk s33: ignored). A CUPS printer
        gets them in order and reverses the job itself: it applies the odd/even choice
        of Qt's dialog to the pages it is sent, and reversed by us an even number of
        pages would have printed the other half."""
        pages = list(self._chosen_pages(printer))
        if printer.pageOrder() != QPrinter.PageOrder.LastPageFirst:
            return pages
        options = cups_options(printer)
        if options is None:
            return pages[::-1]
        set_cups_options(printer, [*options, "outputorder", "reverse"])
        return pages

    def render_to(self, printer: QPrinter) -> None:
        """Each chosen page as a picture of at most 300 dpi, scaled onto the page with its
        own proportions (a stretched picture would distort the letters)."""
        painter = QPainter(printer)
        try:
            for number, index in enumerate(self.pages_in_print_order(printer)):
                if number:
                    printer.newPage()
                area = printer.pageRect(QPrinter.Unit.DevicePixel)
                points = self.document.pagePointSize(index)
                scale = min(area.width() / points.width(), area.height() / points.height())
                target = QRectF(0, 0, points.width() * scale, points.height() * scale)
                dpi = min(PRINT_DPI, printer.resolution())
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                painter.drawImage(target, _on_paper(self.document.render(index, size)))
        finally:
            painter.end()


class _ScreenBoundPrintDialog(QPrintDialog):
    """Qt's print dialog, kept on the screen: 'Opties >>' makes it grow downwards where
    it stands, at 12 pt on a 1366x768 laptop past the bottom of the screen (walk s33:
    Afdrukken and Annuleren half out of sight). When it grows it moves up as far as
    needed; it is never taller than the screen there (566 of 768 px, measured)."""

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        screen = screen_of(self)
        if screen is None or not self.isVisible():
            return
        area, frame = screen.availableGeometry(), self.frameGeometry()
        if frame.bottom() > area.bottom():
            self.move(self.x(), max(area.top(), self.y() - (frame.bottom() - area.bottom())))


def _owner_only_before_qt_writes(printer: QPrinter) -> None:
    """Some pages to a PDF file: Qt writes that file with the umask (0644, walk s33);
    made empty and owner-only first, it keeps 0600 while Qt writes into it."""
    if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat or \
            not printer.outputFileName():
        return
    path = Path(printer.outputFileName())
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_MODE))
        os.chmod(path, PRIVATE_MODE)  # an existing file keeps its mode on O_CREAT
    except OSError as error:
        raise ExportWriteError(f"Het bestand {path.name} kon niet worden geschreven: "
                               "controleer of de map bestaat en beschikbaar is.") from error


def _on_paper(page: QImage) -> QImage:
    """The page on white: QPdfDocument leaves the background transparent, and an opaque
    picture needs no soft mask in a PDF or a print job (dropping the alpha alone would
    turn the background black)."""
    paper = QImage(page.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper
