"""'Welk verzoek beantwoordt u?': the IB picks one of several correction requests.

Shown by the Logboek tab when a pupil has more than one open request (and for the
answer letter when more than one was answered). A keyboard list: arrow keys move,
Enter chooses, Escape cancels. After ``run_modal`` the chosen number is in
``chosen_id`` (a plain value, dialog lifetime rule in ui/dialogs.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.logbook import CorrectionRequest
from zorgdesk.domain.text import snippet
from zorgdesk.ui.dialogs import ok_cancel_buttons
from zorgdesk.ui.window_size import fit_to_screen

DATA = Qt.ItemDataRole.UserRole


def request_line(request: CorrectionRequest) -> str:
    """Two lines: 'Ontvangen 20-11-2026 van Ingrid (moeder), uiterlijk 18-12-2026' and
    the first words of the request (the whole request is the tooltip)."""
    when = (f"beantwoord {request.answered_on:%d-%m-%Y}" if request.answered_on
            else f"uiterlijk {request.due:%d-%m-%Y}")
    return (f"Ontvangen {request.received:%d-%m-%Y} van {request.requested_by}, {when}\n"
            f"    {snippet(request.request, 65)}")


class RequestChoiceDialog(QDialog):
    def __init__(self, requests: Sequence[CorrectionRequest], title: str, question: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, 640, 320)
        self.chosen_id: int | None = None
        label = QLabel(question)
        label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        for request in requests:
            item = QListWidgetItem(request_line(request))
            item.setData(DATA, int(request.request_id))
            item.setToolTip(request.request)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        label.setBuddy(self.list)
        buttons = ok_cancel_buttons("&Kiezen", self)
        self.list.itemActivated.connect(self._activated)  # Enter or double click
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.setFocus()

    def _activated(self, _item: QListWidgetItem) -> None:
        self.accept()

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen_id = int(item.data(DATA))
        super().accept()
