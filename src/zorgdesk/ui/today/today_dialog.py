"""Vandaag: every deadline across pupils on one list, soonest first, overdue marked.

Enter or a double-click on a row opens that pupil on the tab that holds the record;
the list can be exported to the IB's own calendar as an .ics file (initials only).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.session import Session
from zorgdesk.services.today.deadlines import Deadline, TodayService

OVERDUE = QColor("#9b1c1c")
COLUMNS = ("Datum", "Leerling", "Soort", "Wat")


class DeadlineList(QTreeWidget):
    """A flat list; Enter opens the current row (Tab leaves the list)."""

    open_requested = Signal(int)  # row index

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.open_requested.emit(self.indexOfTopLevelItem(self.currentItem()))
            return
        super().keyPressEvent(event)


class TodayDialog(QDialog):
    """Emits ``record_requested(pupil_id, record kind, record id or -1, step)`` for a row
    (step: what to open in the record, e.g. the correction request or a meldcode form)."""

    record_requested = Signal(int, str, int, str)

    def __init__(self, session: Session, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Vandaag — termijnen van alle leerlingen")
        self.resize(980, 560)
        self.service = TodayService(session, today)
        self.rows: list[Deadline] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setAccessibleName("Samenvatting")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        list_label = QLabel("&Termijnen (Enter of dubbelklik opent het dossier):")
        self.list = DeadlineList()
        list_label.setBuddy(self.list)
        self.list.setAccessibleName("Termijnen")
        self.list.setColumnCount(len(COLUMNS))
        self.list.setHeaderLabels(COLUMNS)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        header = self.list.header()
        header.setStretchLastSection(True)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Bound methods, not lambdas over self (dialog lifetime rule, ui/dialogs.py).
        self.list.itemActivated.connect(self._item_activated)
        self.list.open_requested.connect(self.open_row)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        self.status = QLabel()
        self.status.setAccessibleName("Melding")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.open_button = QPushButton("&Openen")
        self.open_button.setAccessibleName("Dossier openen")
        self.open_button.clicked.connect(self.open_current)
        self.export_button = QPushButton("&Exporteren naar agenda (.ics)…")
        self.export_button.setAccessibleName("Exporteren naar agenda")
        self.export_button.setToolTip("Alleen soort termijn, datum en initialen: geen namen.")
        self.export_button.clicked.connect(self.choose_and_export)
        self.close_button = QPushButton("&Sluiten")
        self.close_button.setAccessibleName("Sluiten")
        self.close_button.clicked.connect(self.reject)
        for button in (self.open_button, self.export_button, self.close_button):
            button.setAutoDefault(False)  # Enter belongs to the list
            buttons.addWidget(button)
        buttons.insertStretch(2, 1)
        layout.addLayout(buttons)
        self.refresh()
        self.list.setFocus()

    def refresh(self) -> None:
        self.rows = self.service.deadlines()
        today = self.service.today
        self.list.clear()
        overdue = 0
        for deadline in self.rows:
            late = deadline.overdue(today)
            overdue += late
            when = f"{deadline.due:%d-%m-%Y}" + (" · over tijd" if late else "")
            if deadline.due == today:
                when += " · vandaag"
            item = QTreeWidgetItem([when, deadline.pupil_name, deadline.kind, deadline.what])
            item.setToolTip(3, deadline.what)
            if late:
                for column in range(len(COLUMNS)):
                    item.setForeground(column, QBrush(OVERDUE))
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            self.list.addTopLevelItem(item)
        if self.rows:
            self.list.setCurrentItem(self.list.topLevelItem(0))
            self.summary.setText(
                f"<b>{len(self.rows)} termijn(en)</b>, waarvan <b>{overdue} over tijd</b>. "
                f"Vandaag is het {today:%d-%m-%Y}.")
        else:
            self.summary.setText("Er zijn geen openstaande termijnen.")
        self.open_button.setEnabled(bool(self.rows))
        self.export_button.setEnabled(bool(self.rows))

    def _item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_row(self.list.indexOfTopLevelItem(item))

    def open_current(self) -> None:
        item = self.list.currentItem()
        self.open_row(self.list.indexOfTopLevelItem(item) if item is not None else -1)

    def open_row(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        deadline = self.rows[index]
        self.record_requested.emit(deadline.pupil_id, deadline.record.value,
                                   deadline.record_id if deadline.record_id is not None else -1,
                                   deadline.step)
        self.accept()

    def done(self, result: int) -> None:
        # Closed (also by a lock): no pupil name stays in a widget waiting to be deleted.
        self.rows = []
        self.list.clear()
        self.summary.clear()
        self.status.clear()
        super().done(result)

    def choose_and_export(self) -> Path | None:
        return self.export(None)

    def export(self, path: Path | None = None) -> Path | None:
        if path is None:
            suggested = str(Path.home() / f"zorgdesk-termijnen-{self.service.today:%Y-%m-%d}.ics")
            filename, _ = QFileDialog.getSaveFileName(self, "Termijnen exporteren", suggested,
                                                      "Agendabestanden (*.ics)")
            if not filename:
                return None
            path = Path(filename)
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            count = self.service.export_ics(path)
        except OSError as error:  # ExportWriteError: a Dutch sentence with the file name
            self.status.setText(str(error) if str(error).startswith("Het bestand")
                                else "Het bestand kon niet worden opgeslagen. Kies een andere "
                                     "map.")
            return None
        self.status.setText(f"{count} termijn(en) opgeslagen in {path.name}. Het bestand bevat "
                            "alleen initialen, geen namen.")
        return path
