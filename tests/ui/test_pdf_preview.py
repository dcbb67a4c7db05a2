"""PDF preview from memory, save where the IB chooses, print."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
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


def _printer_to(path: Path) -> QPrinter:
    # HighResolution, as the preview makes it: 1200 dpi on Linux.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_to_a_pdf_file_writes_the_document_itself(qtbot, tmp_path):
    # Stop 32's walk: a 2-page verslag printed to a file froze ~15 s and wrote 7.5 MB of
    # page pictures (1200 dpi). The document itself keeps its text, and is owner-only.
    data = _two_page_pdf()
    dialog = PdfPreviewDialog("Verslag", data, "verslag.pdf")
    qtbot.addWidget(dialog)
    target = tmp_path / "afdruk.pdf"
    assert dialog.print_to(_printer_to(target))
    assert target.read_bytes() == data
    assert target.stat().st_mode & 0o777 == 0o600
    assert "Pagina 2" in PdfReader(target).pages[1].extract_text()


def test_printed_pages_are_pictures_of_300_dpi_and_only_the_chosen_ones(qtbot, tmp_path):
    dialog = PdfPreviewDialog("Verslag", _two_page_pdf(), "verslag.pdf")
    qtbot.addWidget(dialog)
    target = tmp_path / "pagina2.pdf"
    printer = _printer_to(target)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert dialog.print_to(printer)
    assert target.stat().st_mode & 0o777 == 0o600  # Qt wrote 0644 (umask)
    pages = PdfReader(target).pages
    assert len(pages) == 1
    (image,) = pages[0].images
    # The report is A4 (595 x 842 pt): 300 dpi is 2480 px wide (1200 dpi: 9921 px).
    assert image.image.width <= 2480
    assert image.image.width >= 2400  # still sharp on paper
    assert image.image.convert("RGB").getpixel((5, 5)) == (255, 255, 255)  # paper is white


def test_print_suggests_a_dated_file_in_documents_without_the_pupil(qtbot, tmp_path,
                                                                     monkeypatch):
    from datetime import date

    from zorgdesk.ui import pdf_preview

    monkeypatch.setattr(pdf_preview, "documents_folder", lambda: tmp_path)
    dialog = PdfPreviewDialog("Gespreksverslag", _two_page_pdf(),
                              "Gespreksverslag Zoë de Vries.pdf")
    qtbot.addWidget(dialog)
    printer = dialog.make_printer(date(2026, 12, 5))
    assert printer.docName() == "Gespreksverslag 05-12-2026"  # the print queue's title
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:  # no printer here
        assert printer.outputFileName() == str(tmp_path / "Gespreksverslag 05-12-2026.pdf")
    (tmp_path / "Gespreksverslag 05-12-2026.pdf").write_bytes(b"eerder")
    again = dialog.make_printer(date(2026, 12, 5))
    assert again.docName() == "Gespreksverslag 05-12-2026 (2)"


def test_print_title_hides_a_name_in_the_title(qtbot, tmp_path, monkeypatch):
    from datetime import date

    from zorgdesk.ui import pdf_preview

    monkeypatch.setattr(pdf_preview, "documents_folder", lambda: tmp_path)
    dialog = PdfPreviewDialog("Dossier Zoë de Vries", _two_page_pdf(), "dossier.pdf",
                              print_title="Dossier logboek")
    qtbot.addWidget(dialog)
    assert dialog.make_printer(date(2026, 12, 5)).docName() == "Dossier logboek 05-12-2026"


def test_the_print_dialog_offers_every_page_and_the_current_one(qtbot):
    """Walk s33: 'Pagina's vanaf .. tot ..' went from 1 to 1 only (no page count given)."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog

    dialog = PdfPreviewDialog("Verslag", _two_page_pdf(), "verslag.pdf")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    chooser = dialog.make_print_dialog(printer)
    assert (chooser.minPage(), chooser.maxPage()) == (1, 2)
    assert chooser.testOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage)


def test_current_page_prints_the_page_in_view(qtbot, tmp_path):
    dialog = PdfPreviewDialog("Verslag", _two_page_pdf(), "verslag.pdf")
    qtbot.addWidget(dialog)
    dialog.view.pageNavigator().jump(1, dialog.view.pageNavigator().currentLocation())
    target = tmp_path / "huidige.pdf"
    printer = _printer_to(target)
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert dialog.print_to(printer)
    assert len(PdfReader(target).pages) == 1
    assert dialog.view.pageNavigator().currentPage() == 1


def test_printing_to_a_file_says_where_it_went(qtbot, tmp_path, monkeypatch):
    """Walk s33: after 'Afdrukken' to a file the preview looked as before."""
    from zorgdesk.ui import pdf_preview

    dialog = PdfPreviewDialog("Verslag", _two_page_pdf(), "verslag.pdf")
    qtbot.addWidget(dialog)
    target = tmp_path / "Verslag 05-12-2026.pdf"
    monkeypatch.setattr(dialog, "make_printer", lambda: _printer_to(target))
    monkeypatch.setattr(pdf_preview, "run_modal", lambda chooser: QDialog.DialogCode.Accepted)
    assert dialog.print_document()
    assert dialog.done_label.text() == "Afgedrukt naar Verslag 05-12-2026.pdf."
    assert target.exists()


def test_the_confirmation_wraps_instead_of_widening_the_preview(qtbot):
    dialog = PdfPreviewDialog("Verslag", _two_page_pdf(), "verslag.pdf")
    qtbot.addWidget(dialog)
    dialog._done("Afgedrukt naar " + "Gespreksverslag heel lang " * 8 + ".pdf.")
    # On one line it asked 1,422 px: the window grew to hold it (walk s33, b28).
    assert dialog.done_label.minimumSizeHint().width() < 300


# -- walk s34: Qt's 'Omgekeerd' and odd/even pages, and the dialog on the screen ----------

def _pages_of_heights(*heights: int) -> bytes:
    """A PDF whose pages differ in height (A4 width): the printed pictures tell which
    page went where."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for number, height in enumerate(heights, 1):
        canvas.setPageSize((595, height))
        canvas.drawString(100, height - 100, f"Pagina {number}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _printed_heights(path: Path) -> list[int]:
    return [page.images[0].image.height for page in PdfReader(path).pages]


def test_reverse_order_prints_the_last_page_first(qtbot, tmp_path):
    """Qt leaves the page order to the application (QPrinter::pageOrder): our own page
    rendering ignored 'Omgekeerd' (walk s33)."""
    dialog = PdfPreviewDialog("Verslag", _pages_of_heights(842, 600, 421), "verslag.pdf")
    qtbot.addWidget(dialog)
    target = tmp_path / "omgekeerd.pdf"
    printer = _printer_to(target)
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert dialog.print_to(printer)  # the whole document to a file: also reversed
    heights = _printed_heights(target)
    assert len(heights) == 3 and heights[0] < heights[1] < heights[2], heights
    assert target.stat().st_mode & 0o777 == 0o600


def test_reverse_order_of_a_page_range(qtbot, tmp_path):
    dialog = PdfPreviewDialog("Verslag", _pages_of_heights(842, 600, 421), "verslag.pdf")
    qtbot.addWidget(dialog)
    target = tmp_path / "bereik.pdf"
    printer = _printer_to(target)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 2)
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert dialog.print_to(printer)
    heights = _printed_heights(target)
    assert len(heights) == 2 and heights[0] < heights[1], heights


def test_a_cups_printer_reverses_the_job_itself(qtbot, monkeypatch):
    """With a CUPS printer the odd/even choice is a job option CUPS applies to the pages
    it gets (Qt's dialog puts 'page-set' in the job's options); reversing them ourselves
    would make CUPS pick the wrong half of an even number of pages. So the job asks CUPS
    to reverse after picking ('outputorder=reverse') and the pages go in order."""
    from zorgdesk.ui import pdf_preview

    dialog = PdfPreviewDialog("Verslag", _pages_of_heights(842, 600, 421, 300), "verslag.pdf")
    qtbot.addWidget(dialog)
    options: dict[str, list[str]] = {"job": ["page-set", "odd"]}
    monkeypatch.setattr(pdf_preview, "cups_options", lambda _printer: options["job"])
    monkeypatch.setattr(pdf_preview, "set_cups_options",
                        lambda _printer, values: options.update(job=values))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert dialog.pages_in_print_order(printer) == [0, 1, 2, 3]
    assert options["job"] == ["page-set", "odd", "outputorder", "reverse"]


def test_the_print_dialog_stays_on_the_screen_when_its_options_open(qtbot):
    """Walk s33: with 'Opties >>' Qt's dialog grew downwards past the bottom of a laptop
    screen at 12 pt (Afdrukken half off-screen). It now moves up to stay on the screen."""
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from tests.ui.test_screen_fit_large_font import larger_font
    from zorgdesk.ui.window_size import screen_of

    preview = PdfPreviewDialog("Verslag", _two_page_pdf(), "verslag.pdf")
    qtbot.addWidget(preview)
    with larger_font():
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # the dialog's, kept
        chooser = preview.make_print_dialog(printer)
        qtbot.addWidget(chooser)
        chooser.show()
        QApplication.processEvents()
        screen = screen_of(chooser).availableGeometry()
        chooser.move(chooser.x(), screen.bottom() - chooser.frameGeometry().height() - 20)
        box = chooser.findChild(QDialogButtonBox)
        (options,) = [b for b in box.buttons()
                      if box.buttonRole(b) == QDialogButtonBox.ButtonRole.ResetRole]
        height = chooser.height()
        qtbot.mouseClick(options, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert chooser.height() > height + 100  # the options are open
        frame = chooser.frameGeometry()
        assert screen.contains(frame), (frame, screen)
        chooser.close()
