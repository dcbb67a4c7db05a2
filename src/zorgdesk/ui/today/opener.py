"""Open Vandaag from the main window, and open the record a row of it points at."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer

from zorgdesk.services.today.deadlines import Record
from zorgdesk.ui.dialogs import release
from zorgdesk.ui.dossier_tab_keys import focus_main_list
from zorgdesk.ui.today.today_dialog import TodayDialog

# Which dossier tab holds each kind of record (tab titles of ui/tabs.py).
TAB_OF = {Record.LOGBOOK.value: "Logboek", Record.CONVERSATION.value: "Zorggesprekken",
          Record.MELDCODE.value: "Meldcode"}


NOTHING_DUE = "Vandaag: er zijn geen openstaande termijnen (Bestand › Vandaag)."


def show_today(window, only_when_due: bool = False) -> TodayDialog | None:
    """Modeless (the main window stays usable), deleted by Qt when it closes.

    ``only_when_due`` (the first thing after unlocking): with no deadline at all it is
    not shown, only said in the status bar (walk s38: on a new vault an empty Vandaag
    covered the main window and its hint on how to add pupils)."""
    if window.session is None:
        return None
    if window.today_dialog is not None:
        window.today_dialog.refresh()
        window.today_dialog.raise_()
        window.today_dialog.activateWindow()
        return window.today_dialog
    dialog = TodayDialog(window.session, window)
    if only_when_due and not dialog.rows:
        release(dialog)
        if not window.statusBar().currentMessage():  # a waiting draft's hint goes first
            window.statusBar().showMessage(NOTHING_DUE, 15_000)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.record_requested.connect(partial(open_record, window))
    dialog.finished.connect(partial(_forget, window))
    window.today_dialog = dialog
    dialog.show()
    return dialog


def _forget(window, _result: int = 0) -> None:
    window.today_dialog = None


def open_record(window, pupil_id: int, kind: str, record_id: int, step: str = "") -> bool:
    """Select the pupil and show the tab (and row) of the record; False if not found.

    With a ``step`` the record itself opens once the overview has closed: the answer to
    that correction request, or the meldcode form the deadline asks for."""
    if kind == Record.RETENTION.value:
        window.retention_requested.emit()
        return True
    if kind == Record.INCIDENT.value:  # several pupils: its own window, not a dossier tab
        window.incidents_requested.emit(record_id)
        return True
    if not window.show_pupil_anywhere(pupil_id):  # also when the search hides the pupil
        window.statusBar().showMessage("Deze leerling staat niet (meer) in de lijst.")
        return False
    title = TAB_OF.get(kind)
    for index, page in enumerate(window.tab_pages):
        if page.title == title:
            window.tabs.setCurrentIndex(index)
            shown = record_id >= 0 and hasattr(page, "show_record") and \
                page.show_record(record_id)
            if not shown:  # show_record put the cursor on the record's row (walk s35:
                focus_main_list(page)  # focusing the page after it hid the cursor)
            if step and record_id >= 0 and hasattr(page, "open_step"):
                QTimer.singleShot(0, partial(page.open_step, record_id, step))
            break
    return True
