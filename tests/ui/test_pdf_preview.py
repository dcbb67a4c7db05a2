"""PDF preview from memory, save where the IB chooses, print."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from reportlab.pdfgen.canvas import Canvas

from zorgdesk.ui.pdf_preview import PdfPreviewDialog


def _two_page_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for page in (1, 2):
        canvas.drawString(100, 700, f"Pagina {page}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_preview_loads_from_memory_and_saves_where_chosen(qtbot, tmp_path, monkeypatch):
    data = _two_page_pdf()
    exported = []
    dialog = PdfPreviewDialog("Verslag", data, "verslag.pdf", on_exported=exported.append)
    qtbot.addWidget(dialog)
    assert dialog.page_count() == 2
    target = tmp_path / "usb" / "verslag"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    saved = dialog.save_as()
    assert saved == target.with_name("verslag.pdf")
    assert saved.read_bytes() == data
    assert exported == ["opgeslagen"]
    assert sorted(p.name for p in target.parent.iterdir()) == ["verslag.pdf"]


def test_cancelled_save_writes_nothing(qtbot, tmp_path, monkeypatch):
    dialog = PdfPreviewDialog("Verslag", _two_page_pdf(), "verslag.pdf")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert dialog.save_as() is None


def test_save_dialog_opens_in_the_home_folder_not_the_start_folder(qtbot, monkeypatch):
    dialog = PdfPreviewDialog("Verslag", _two_page_pdf(), "verslag.pdf")
    qtbot.addWidget(dialog)
    offered = []

    def cancel(parent, caption, start, *rest):
        offered.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    dialog.save_as()
    assert offered == [str(Path.home() / "verslag.pdf")]


def test_render_to_printer_prints_every_page(qtbot, tmp_path):
    dialog = PdfPreviewDialog("Verslag", _two_page_pdf(), "verslag.pdf")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    dialog.render_to(printer)
    assert len(PdfReader(tmp_path / "printer.pdf").pages) == 2
