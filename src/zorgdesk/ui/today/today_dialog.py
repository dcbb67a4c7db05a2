"""Vandaag: every deadline across pupils, per pupil, the oldest first, overdue marked.

One row per pupil with counts and the pupil's deadlines under it (a large school has
thousands); the first 50 pupils until the IB asks for the rest ("… en N meer"), and
filters on a word, the kind of deadline and "alleen over tijd". Enter or a double-click
on a deadline opens that pupil on the tab that holds the record; on a pupil, at the
pupil's oldest deadline (the arrow keys open and close a pupil's row). The list can be
exported to the IB's own calendar as an .ics file (initials only).
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.dates import dutch_date
from zorgdesk.domain.text import counted
from zorgdesk.services.session import Session
from zorgdesk.services.today.deadlines import Deadline
from zorgdesk.ui.today.deadline_model import DEADLINE, GROUP, MORE, DeadlineTreeModel
from zorgdesk.ui.today.grouping import DeadlineIndex, Filter, Grouped
from zorgdesk.ui.window_size import fit_to_screen

OVERDUE = QColor("#9b1c1c")
# Looked up once: the view asks data() for about ten roles per cell it paints.
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FITTED = 3  # the first three columns fit their texts; "Wat" takes the rest


class DeadlineList(QTreeView):
    """Pupils with their deadlines; Enter acts on the current row (Tab leaves the list)."""

    open_requested = Signal(QModelIndex)
    font_changed = Signal()  # Beheer › Tekstgrootte while Vandaag is open

    def __init__(self) -> None:
        super().__init__()
        self._fitted: tuple[tuple[int, int, int], int] | None = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.font_changed.emit()

    def set_fitted(self, widths: tuple[int, int, int], least_pupil: int) -> None:
        """The first three columns' widths for their widest texts, and the least width
        of Leerling (its longest pupil name without the count)."""
        self._fitted = (widths, least_pupil)
        self._share_room()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._share_room()

    def _share_room(self) -> None:
        """Leerling gives way to Wat: it is filled on one row per pupil, Wat on every
        row. When both do not fit, Wat gets at least half of what they share and
        Leerling at least its longest name (walk s37: at 12 pt on a 125 % laptop Wat was
        the narrowest column, 'Vervolg op het …'). Not shown yet: the widths as fitted
        (the viewport has no real width before the first show)."""
        if self._fitted is None:
            return
        (when, pupil, kind), least = self._fitted
        if self.isVisible():
            shared = self.viewport().width() - when - kind
            pupil = min(pupil, max(least, shared // 2))
        for column, width in enumerate((when, pupil, kind)):
            self.setColumnWidth(column, width)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class _RowLook:
    """A row's texts and looks for the model. Not methods of the dialog: the model (a
    child of the dialog) would then hold the dialog in a reference cycle (issue 14)."""

    def __init__(self) -> None:
        self.today = date.today()
        # Only 'bold': the rest (the size) comes from the list's font when drawn, so an
        # open Vandaag follows Beheer › Tekstgrootte.
        self.bold = QFont()
        self.bold.setBold(True)
        self.overdue = QBrush(OVERDUE)

    def when(self, deadline: Deadline) -> str:
        when = dutch_date(deadline.due) + (" · over tijd" if deadline.overdue(self.today)
                                           else "")
        return when + " · vandaag" if deadline.due == self.today else when

    def cells(self, deadline: Deadline) -> tuple[str, str, str, str]:
        return self.when(deadline), deadline.pupil_name, deadline.kind, deadline.what

    def role_value(self, deadline: Deadline, column: int, role: int):
        if role == _TOOLTIP:
            return deadline.what if column == 3 else None
        if not deadline.overdue(self.today):
            return None
        if role == _FOREGROUND:
            return self.overdue
        if role == _FONT and column == 0:
            return self.bold
        return None


class TodayDialog(QDialog):
    """Emits ``record_requested(pupil_id, record kind, record id or -1, step)`` for a row
    (step: what to open in the record, e.g. the correction request or a meldcode form)."""

    record_requested = Signal(int, str, int, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Vandaag — termijnen van alle leerlingen")
        # 980x560 with the normal font; wider and taller with a larger one, as far as the
        # screen allows: at 12 pt 'Wat' (what the deadline is about) was 14 characters
        # wide, 'Gespreksve…' (walk s31, /tmp/walk/h01-vandaag12.png).
        metrics = self.fontMetrics()
        fit_to_screen(self, max(980, 160 * metrics.averageCharWidth()),
                      max(560, 40 * metrics.lineSpacing()))
        self.service = session.today_overview
        self.rows: list[Deadline] = []
        self._index = DeadlineIndex([], date.today())
        self._show_all = False
        self._look = _RowLook()
        self._grouped: Grouped | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setAccessibleName("Samenvatting")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addLayout(self._build_filters())
        list_label = QLabel("&Termijnen per leerling, oudste eerst (Enter of dubbelklik "
                            "opent het dossier):")
        # School-wide (thousands of rows at a large school): a lazy model, a row's texts
        # are made when it is painted; no item object per deadline (issue 23).
        self.model = DeadlineTreeModel(self._look, self)
        self.list = DeadlineList()
        self.list.setModel(self.model)
        list_label.setBuddy(self.list)
        self._set_up_list()
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        # The whole 'Wat' of the row the cursor is on: in the column it ends in '…' when
        # the window is narrow or the font large (walk s37: 'Vervolg op het …' at 12 pt).
        self.detail = QLabel()
        self.detail.setAccessibleName("Wat bij de gekozen regel")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # a typed text, never markup
        layout.addWidget(self.detail)
        self.list.selectionModel().currentChanged.connect(self._show_detail)
        self.status = QLabel()
        self.status.setAccessibleName("Melding")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addLayout(self._build_buttons())
        self.refresh()
        self.list.setFocus()

    def _build_filters(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setAccessibleName("Termijnen zoeken op leerling, soort of tekst")
        self.search.setPlaceholderText("naam of woord")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.search.returnPressed.connect(self.list_focus)
        search_label = QLabel("&Zoeken:")
        search_label.setBuddy(self.search)
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName("Soort termijn")
        self.kind_box.currentIndexChanged.connect(self.apply_filter)
        kind_label = QLabel("Soo&rt:")
        kind_label.setBuddy(self.kind_box)
        self.overdue_only = QCheckBox("Alleen over t&ijd")
        self.overdue_only.setAccessibleName("Alleen termijnen over tijd")
        self.overdue_only.toggled.connect(self.apply_filter)
        row = QHBoxLayout()
        for widget, stretch in ((search_label, 0), (self.search, 2), (kind_label, 0),
                                (self.kind_box, 1), (self.overdue_only, 0)):
            row.addWidget(widget, stretch)
        return row

    def _set_up_list(self) -> None:
        self.list.setAccessibleName("Termijnen per leerling")
        self.list.setAccessibleDescription(
            "Enter opent het dossier bij de termijn, op een leerling bij de oudste. "
            "Pijl rechts en pijl links klappen de termijnen van een leerling open en dicht.")
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setExpandsOnDoubleClick(False)  # a double click acts like Enter
        self.list.setWordWrap(True)
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Bound methods, not lambdas over self (dialog lifetime rule, ui/dialogs.py).
        self.list.activated.connect(self.act_on)
        self.list.open_requested.connect(self.act_on)
        self.list.font_changed.connect(self.refit_columns)

    def _build_buttons(self) -> QHBoxLayout:
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
        buttons = QHBoxLayout()
        for button in (self.open_button, self.export_button, self.close_button):
            button.setAutoDefault(False)  # Enter belongs to the list
            buttons.addWidget(button)
        buttons.insertStretch(2, 1)
        return buttons

    # -- content -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.rows = self.service.deadlines()
        today = self._look.today = self.service.today
        self._index = DeadlineIndex(self.rows, today)
        self._fill_kinds()
        overdue = sum(d.due < today for d in self.rows)
        pupils = len({(d.pupil_id, d.pupil_name) for d in self.rows})
        if self.rows:
            self.summary.setText(
                f"<b>{counted(len(self.rows), 'termijn', 'termijnen')}</b> bij "
                f"{counted(pupils, 'leerling', 'leerlingen')}, waarvan "
                f"<b>{overdue} over tijd</b>. Vandaag is het {dutch_date(today)}.")
        else:
            self.summary.setText("Er zijn geen openstaande termijnen.")
        self.export_button.setEnabled(bool(self.rows))
        self.apply_filter()

    def _fill_kinds(self) -> None:
        chosen = self.kind_box.currentData()
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        self.kind_box.addItem(f"Alle soorten ({len(self.rows)})", None)
        for kind, count in self._index.kinds().items():
            self.kind_box.addItem(f"{kind} ({count})", kind)
        found = self.kind_box.findData(chosen) if chosen else 0
        self.kind_box.setCurrentIndex(max(found, 0))
        self.kind_box.blockSignals(False)

    def current_filter(self) -> Filter:
        return Filter.typed(self.search.text(), self.kind_box.currentData(),
                            self.overdue_only.isChecked())

    def apply_filter(self, *_args) -> None:
        chosen = self.current_filter()
        grouped = self._grouped = self._index.grouped(chosen, self._show_all)
        self.model.set_grouped(grouped)
        if grouped.open_all:
            self.list.expandAll()
        if self.model.has_more():
            self.list.setFirstColumnSpanned(len(grouped.groups), QModelIndex(), True)
        self._fit_columns(grouped)
        first = self.model.index(0, 0)
        if first.isValid():
            self.list.setCurrentIndex(self.model.index(0, 0, first)
                                      if grouped.open_all else first)
        else:
            self.detail.clear()  # a reset model says nothing of its lost current row
        self.open_button.setEnabled(grouped.matching > 0)
        if chosen.active:
            self.status.setText(f"Filter: {grouped.matching} van de "
                                f"{counted(len(self.rows), 'termijn', 'termijnen')}, "
                                f"waarvan {grouped.matching_overdue} over tijd.")
        else:
            self.status.clear()

    def show_everything(self) -> None:
        """The pupils after the first 50 too (the "… en N meer" row)."""
        self._show_all = True
        self.apply_filter()

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        what = current.siblingAtColumn(3).data() if current.isValid() else None
        self.detail.setText(f"Wat: {what}" if what else "")

    def list_focus(self) -> None:
        self.list.setFocus()

    def refit_columns(self) -> None:
        """The columns fitted again for a new text size (walk s38: after Extra groot an
        open Vandaag cut '30-11-2026 · ove…' and 'Handtekening niet …')."""
        if self._grouped is not None:
            self._fit_columns(self._grouped)

    def _fit_columns(self, grouped: Grouped) -> None:
        """The first columns as wide as their widest text shown (as ResizeToContents
        gave), each distinct text measured once by the font, not a size hint per cell."""
        margin = self.list.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                               None, self.list)
        pad = 2 * (margin + 1) + 1  # as QCommonStyle sizes an item view cell
        indent = self.list.indentation()
        # The bold dates measured in the list's font of now (the row look's bold is
        # resolved against it when drawn, so it follows a new text size).
        plain = QFontMetricsF(self.list.font())
        bold = QFontMetricsF(self._look.bold.resolve(self.list.font()))
        header = self.list.header()
        look = self._look
        # Each distinct text once (a school has 1,500 names but few kinds and dates); the
        # dates are bold when overdue, and the first column of a deadline is indented.
        columns: list[dict[str, bool]] = [{}, {}, {}]
        names: set[str] = set()
        for group in grouped.groups:
            names.add(group.pupil_name)
            cells = self.model.group_cells(group)
            columns[0][cells[0]] = group.oldest.due < look.today
            columns[1][cells[1]] = False
            columns[2][cells[2]] = False
            for deadline in group.deadlines:
                columns[0][look.when(deadline)] = deadline.due < look.today
                columns[2][deadline.kind] = False
        widths = []
        for column, texts in enumerate(columns[:_FITTED]):
            widest = max((math.ceil((bold if is_bold else plain).horizontalAdvance(t)) + pad
                          for t, is_bold in texts.items()), default=0)
            extra = 2 * indent if column == 0 else 0  # a deadline sits two levels in
            widths.append(max(widest + extra, header.sectionSizeHint(column)))
        least = max((math.ceil(plain.horizontalAdvance(n)) + pad for n in names), default=0)
        self.list.set_fitted((widths[0], widths[1], widths[2]),
                             max(least, header.sectionSizeHint(1)))

    # -- acting on a row -----------------------------------------------------------------

    def index_of(self, deadline: Deadline) -> QModelIndex:
        """Where a deadline is in the list (its pupil's row is opened when it is not)."""
        index = self.model.index_of(deadline)
        if index.isValid():
            self.list.expand(index.parent())
        return index

    def act_on(self, index: QModelIndex) -> None:
        """Enter or a double click: a deadline opens its record, a pupil its oldest
        deadline, "… en N meer" lists every pupil."""
        kind = self.model.kind(index)
        if kind == DEADLINE:
            self.open_deadline(self.model.deadline(index))
        elif kind == GROUP:
            # What the caption and Openen promise: the dossier, at the pupil's oldest
            # deadline. Enter folded the row (walks s34/s35), which took the IB's place
            # away; the arrows fold, as in every tree.
            self.open_deadline(self.model.group(index.siblingAtColumn(0)).oldest)
        elif kind == MORE:
            row = index.row()
            self.show_everything()
            self.list.setCurrentIndex(self.model.index(row, 0))

    def open_current(self) -> None:
        self.act_on(self.list.currentIndex())  # on a pupil: the oldest deadline

    def open_row(self, index: int) -> None:
        """Open ``self.rows[index]`` (the deadlines soonest first)."""
        if 0 <= index < len(self.rows):
            self.open_deadline(self.rows[index])

    def open_deadline(self, deadline: Deadline | None) -> None:
        if deadline is None:
            return
        self.record_requested.emit(deadline.pupil_id, deadline.record.value,
                                   deadline.record_id if deadline.record_id is not None else -1,
                                   deadline.step)
        self.accept()

    def done(self, result: int) -> None:
        # Closed (also by a lock): no pupil name stays in a widget waiting to be deleted.
        self.rows = []
        self._index = DeadlineIndex([], self._look.today)
        self.model.set_grouped(Grouped([], 0, 0, 0, 0))
        for widget in (self.search, self.summary, self.status, self.detail):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
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
        self.status.setText(f"{counted(count, 'termijn', 'termijnen')} opgeslagen in "
                            f"{path.name}. Het bestand bevat alleen initialen, geen namen.")
        return path
