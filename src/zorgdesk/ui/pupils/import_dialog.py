"""'Leerlingen importeren': the export of the leerlingadministratie into the vault.

Three steps in one window: choose the file, check which column means what, look at
exactly what would change per pupil. Nothing is written until the IB confirms, and
then everything at once (services/pupil_import.py).

What the IB chose and typed (the file, the meaning of each column, the date) is kept as a
draft of no pupil (``leerlingen_importeren``) over the idle lock and quitting until the
import is done; Escape, Sluiten and the X ask before it goes (s35: the lock lost it).
Restored, the file is read again; when it cannot be read any more the column choices
wait for the same export to be chosen again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.dates import parse_dutch_date
from zorgdesk.domain.pupil_import import Column, ImportPlan, RowStatus
from zorgdesk.domain.text import counted
from zorgdesk.services.errors import VaultError
from zorgdesk.services.pupil_import import ImportFileError, Table, read_table
from zorgdesk.ui.messages import ask_choice, show_message
from zorgdesk.ui.unsaved import draft_of_no_pupil, guard_with_draft
from zorgdesk.ui.widgets import error_label, show_error
from zorgdesk.ui.window_size import fit_to_screen

_COLUMNS = list(Column)
NO_FILE = "Nog geen bestand gekozen (CSV of Excel .xlsx uit ParnasSys, ESIS of Somtoday)."
DRAFT_FORM, DRAFT_KEY = "leerlingen_importeren", "formulier"
FILE_GONE = ("Het bestand {name} uit het concept kan niet meer worden gelezen (verplaatst "
             "of verwijderd?). Kies het opnieuw: de kolommen die u koos, komen dan terug.")
_STATUS_ORDER = (RowStatus.ERROR, RowStatus.DUPLICATE, RowStatus.NEW, RowStatus.GROUP_CHANGED,
                 RowStatus.GUARDIANS_ADDED, RowStatus.UNCHANGED, RowStatus.FORMER)


def summary(plan: ImportPlan) -> str:
    """One Dutch sentence with the counts, the way the IB checks them against the export."""
    parts = [f"{plan.count(status)} {status.value}" for status in _STATUS_ORDER
             if plan.count(status)]
    text = ", ".join(parts) or "geen leerlingen"
    if plan.new_groups:
        text += f". Nieuwe groepen: {', '.join(plan.new_groups)}"
    if plan.not_in_file:
        gone = len(plan.not_in_file)
        text += (". " + counted(gone, "leerling in de kluis staat", "leerlingen in de kluis "
                                "staan") + " niet in dit bestand (vertrokken?); ZorgDesk "
                 + ("verandert aan hem of haar niets" if gone == 1 else "verandert aan hen niets"))
    if plan.count(RowStatus.FORMER):
        text += (". Oud-leerlingen in het bestand blijven uitgeschreven (zie de toelichting "
                 "per regel)")
    if plan.removed_after_retention and plan.count(RowStatus.NEW):
        text += (". Let op: dossiers die na de bewaartermijn zijn verwijderd, kent ZorgDesk "
                 "niet meer. Staat zo'n oud-leerling in dit bestand, dan komt die erin als "
                 "nieuwe leerling, met een leeg dossier; het oude dossier staat alleen nog in "
                 "de export die vóór het verwijderen is gemaakt")
    return text + "."


def done_message(plan: ImportPlan, counts: dict[RowStatus, int]) -> str:
    """The counts, then every row that was left out or lost a part, by line and name: the
    window closes after this message and its preview with it (walk s30: the two refused
    pupils and a parent left out were gone from sight)."""
    text = (f"De import is opgeslagen. "
            f"{counted(counts[RowStatus.NEW], 'nieuwe leerling', 'nieuwe leerlingen')}, "
            f"{counts[RowStatus.GROUP_CHANGED]} van groep veranderd.")
    if counts[RowStatus.GUARDIANS_ADDED]:
        added = counted(counts[RowStatus.GUARDIANS_ADDED], "leerling", "leerlingen")
        text += f" Bij {added} ouders aangevuld."
    left_out = [r for r in plan.rows if r.status is RowStatus.ERROR]
    remarks = [r for r in plan.rows if r.warnings]
    if left_out:
        text += ("\n\nNiet geïmporteerd (verbeter het bestand en importeer het opnieuw, of vul "
                 "ze in bij Leerlingen beheren):" + _row_lines(left_out))
    if remarks:
        text += "\n\nOpmerkingen bij de import:" + _row_lines(remarks, warnings=True)
    return text


def _row_lines(rows, warnings: bool = False) -> str:
    return "".join(f"\n- regel {r.line}, {r.name or '(geen naam)'}: "
                   f"{' '.join(r.warnings if warnings else r.messages)}"
                   for r in sorted(rows, key=lambda r: r.line))


class ImportDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None,
                 start_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.service = session.pupil_import
        self.start_dir = start_dir or Path.home()
        self.table: Table | None = None
        self.path: Path | None = None
        # A draft's file, headers and column choices while its file cannot be read: put
        # back when the same export is chosen again (plain values).
        self.waiting: dict | None = None
        self.changed_row: int | None = None  # a draft's first own choice: shown on opening
        self.plan: ImportPlan | None = None
        self.result_counts: dict[RowStatus, int] | None = None
        self.setWindowTitle("Leerlingen importeren")
        fit_to_screen(self, 980, 600)
        layout = QVBoxLayout(self)
        layout.addLayout(self._file_row())
        self.mapping_table = self._mapping_table()
        self.preview_table = self._preview_table()
        layout.addWidget(QLabel("<b>1. Welke kolom is wat?</b>"))
        layout.addWidget(self.mapping_table, 2)
        layout.addLayout(self._start_row())
        layout.addWidget(QLabel("<b>2. Wat er verandert</b> (er wordt nog niets opgeslagen)"))
        layout.addWidget(self.preview_table, 3)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Samenvatting van de import")
        layout.addWidget(self.summary)
        self.error = error_label("Foutmelding import")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            "&Importeren", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName("Importeren in de kluis")
        self.import_button.setEnabled(False)
        close = self.buttons.addButton("&Sluiten", QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName("Sluiten zonder importeren")
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.guard = guard_with_draft(self, self.buttons, draft_of_no_pupil(
            session, DRAFT_FORM, DRAFT_KEY), layout, import_state, restore_import)
        self.choose_button.setFocus()

    # -- construction ---------------------------------------------------------------

    def _file_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.file_label = QLabel(NO_FILE)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton("&Bestand kiezen…")
        self.choose_button.setAccessibleName("Exportbestand kiezen")
        self.choose_button.clicked.connect(self._choose)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        return row

    def _start_row(self) -> QFormLayout:
        form = QFormLayout()
        self.start_edit = QLineEdit(date.today().strftime("%d-%m-%Y"))
        self.start_edit.setAccessibleName("Datum inschrijving als het bestand die niet heeft")
        caption = QLabel("&Datum inschrijving als die ontbreekt:")
        caption.setBuddy(self.start_edit)
        form.addRow(caption, self.start_edit)
        self.start_edit.textEdited.connect(lambda _text: self._refresh())
        return form

    def _mapping_table(self) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setHorizontalHeaderLabels(["Kolom in het bestand", "Eerste waarde", "Betekenis"])
        table.setAccessibleName("Kolommen van het bestand en hun betekenis")
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setTabKeyNavigation(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return table

    def _preview_table(self) -> QTableWidget:
        table = QTableWidget(0, 5)
        table.setHorizontalHeaderLabels(["Regel", "Leerling", "Groep", "Wat er gebeurt",
                                         "Toelichting"])
        table.setAccessibleName("Voorbeeld van de import per leerling")
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.setTabKeyNavigation(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        return table

    # -- steps ----------------------------------------------------------------------

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Export van de leerlingadministratie", str(self.start_dir),
            "Leerlingenlijst (*.csv *.txt *.xlsx);;Alle bestanden (*)")
        if name:
            self.load(Path(name))

    def load(self, path: Path, from_draft: bool = False) -> None:
        """Read the file and guess the columns (or put back a draft's choices for the same
        export); errors stay in this window, in Dutch."""
        try:
            self.table = read_table(path)
        except ImportFileError as error:
            self.table = self.path = None
            self._show_table_error(FILE_GONE.format(name=path.name) if from_draft
                                   else str(error))
            return
        self.path = path
        self.file_label.setText(f"{path.name}: {len(self.table.rows)} regels "
                                f"({self.table.encoding})")
        self._fill_mapping(self.table)
        waiting, self.waiting = self.waiting, None
        self.changed_row = None
        if waiting is not None and waiting.get("headers") == list(self.table.headers):
            self.put_columns(waiting.get("columns"))
            own = [row for row, (chosen, guessed) in enumerate(zip(
                self.mapping(), self.table.guessed_mapping(), strict=True)) if chosen != guessed]
            self.changed_row = own[0] if own else None
            self._show_changed_row()
        self._refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._show_changed_row()  # restored before the window had its size

    def _show_changed_row(self) -> None:
        """The first column the IB chose herself (a draft put back) in sight: 'Controleer'
        asks her to look at it, and the table shows only a few rows."""
        if self.changed_row is not None and self.changed_row < self.mapping_table.rowCount():
            self.mapping_table.scrollToItem(self.mapping_table.item(self.changed_row, 0))

    def forget_file(self) -> None:
        """Back to no file chosen (a draft thrown away)."""
        self.table = self.path = self.waiting = None
        self.file_label.setText(NO_FILE)
        self._show_table_error("")

    def _show_table_error(self, message: str) -> None:
        self.mapping_table.setRowCount(0)
        self.preview_table.setRowCount(0)
        self.summary.clear()
        self.plan = None
        self.import_button.setEnabled(False)
        show_error(self.error, message)

    def _fill_mapping(self, table: Table) -> None:
        self.mapping_table.setRowCount(len(table.headers))
        first = table.rows[0]
        for row, (header, meaning) in enumerate(zip(table.headers, table.guessed_mapping(),
                                                    strict=True)):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(header or f"(kolom {row + 1})"))
            self.mapping_table.setItem(row, 1, QTableWidgetItem(first[row]))
            combo = QComboBox()
            combo.addItems([c.value for c in _COLUMNS])
            combo.setCurrentIndex(_COLUMNS.index(meaning))
            combo.setAccessibleName(f"Betekenis van kolom {header or row + 1}")
            combo.currentIndexChanged.connect(lambda _i: self._refresh())
            self.mapping_table.setCellWidget(row, 2, combo)
        self._order_tab_stops()

    def _order_tab_stops(self) -> None:
        """Tab follows the steps: the file, the meaning of each column (step 1), the date,
        the preview (step 2), Importeren. The combo boxes are made when a file is read,
        so Qt put them last, after Sluiten (walk s30)."""
        chain = [self.choose_button, self.mapping_table,
                 *(self.mapping_table.cellWidget(row, 2)
                   for row in range(self.mapping_table.rowCount())),
                 self.start_edit, self.preview_table]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def mapping(self) -> list[Column]:
        return [_COLUMNS[self.mapping_table.cellWidget(row, 2).currentIndex()]
                for row in range(self.mapping_table.rowCount())]

    def set_meaning(self, header_index: int, column: Column) -> None:
        self.mapping_table.cellWidget(header_index, 2).setCurrentIndex(_COLUMNS.index(column))

    def put_columns(self, names) -> None:
        """A draft's column choices (by ``Column`` name), one preview after them all."""
        if not isinstance(names, list) or len(names) != self.mapping_table.rowCount():
            return
        for row, name in enumerate(names):
            combo = self.mapping_table.cellWidget(row, 2)
            if name in Column.__members__:
                combo.blockSignals(True)
                combo.setCurrentIndex(_COLUMNS.index(Column[name]))
                combo.blockSignals(False)

    def _refresh(self) -> None:
        """Recompute the plan; any change of mapping or date makes a new preview."""
        self.plan = None
        self.import_button.setEnabled(False)
        if self.table is None:
            return
        try:
            start = parse_dutch_date(self.start_edit.text())
            plan = self.service.preview(self.table, self.mapping(), default_start=start)
        except (ImportFileError, ValueError) as error:
            self.preview_table.setRowCount(0)
            self.summary.clear()
            show_error(self.error, str(error))
            return
        show_error(self.error, "")
        self.plan = plan
        self._fill_preview(plan)
        self.summary.setText(summary(plan))
        self.import_button.setEnabled(plan.writes)

    def _fill_preview(self, plan: ImportPlan) -> None:
        rows = sorted(plan.rows, key=lambda r: (_STATUS_ORDER.index(r.status), r.line))
        self.preview_table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = (str(row.line), row.name, row.group, row.status.value,
                      " ".join(row.messages))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row.status is RowStatus.ERROR:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.preview_table.setItem(index, column, item)
        self.preview_table.resizeRowsToContents()

    def _import(self) -> None:
        plan = self.plan
        if plan is None or not plan.writes:
            return
        skipped = plan.count(RowStatus.ERROR) + plan.count(RowStatus.DUPLICATE)
        question = f"{summary(plan)}\n\nNu importeren?"
        if skipped:
            question += " " + counted(skipped, "regel met een fout of dubbel wordt",
                                      "regels met een fout of dubbel worden") + " overgeslagen."
        if not ask_choice(self, "Leerlingen importeren", question, "&Importeren"):
            return
        try:
            self.result_counts = self.service.apply(plan)
        except VaultError as error:
            show_error(self.error, str(error))
            return
        self.drafts.saved()  # the import is in the vault: the draft has done its job
        show_message(self, "Leerlingen importeren", done_message(plan, self.result_counts))
        self.accept()


# -- the draft: the file, the column choices, the date ----------------------------------

def import_state(dialog: ImportDialog) -> dict:
    """What the IB decided and typed: her own column choices (with their file) and the
    date; a draft's choices still waiting for their file stay. A file chosen with the
    columns as guessed is no decision: closing then asked 'U heeft iets ingevuld' and
    kept a draft of the file alone (walk s37/s38); choosing it again takes a moment."""
    if dialog.table is not None and dialog.path is not None:
        columns = dialog.mapping()
        chosen = {}
        if columns != dialog.table.guessed_mapping():
            chosen = {"file": str(dialog.path), "headers": list(dialog.table.headers),
                      "columns": [column.name for column in columns]}
    else:
        chosen = dict(dialog.waiting or {})
    return {**chosen, "start": dialog.start_edit.text()}


def restore_import(dialog: ImportDialog, state: dict) -> None:
    """The date, then the file read again with the columns as chosen; without a file in
    ``state`` (a draft thrown away) no file is chosen."""
    if isinstance(state.get("start"), str):
        dialog.start_edit.setText(state["start"])
    file = state.get("file")
    if not (isinstance(file, str) and isinstance(state.get("headers"), list)):
        dialog.forget_file()
        return
    dialog.waiting = {"file": file, "headers": state["headers"],
                      "columns": state.get("columns")}
    dialog.load(Path(file), from_draft=True)
