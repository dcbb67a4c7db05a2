"""Leerlingen beheren > Groepen > Nieuw schooljaar: every group one year up, groep 8 leaves.

The plan is a table, one row per group (now, pupils, what happens, toelichting). The IB
changes a row in the table itself (typing a new name in "Wordt") or with the fields
under it for the chosen row (what happens, new name); the leave date for the leavers and
a summary follow. Nothing is written before "Nieuw schooljaar inzetten" and a confirming
question; then SchoolYearService applies everything in one transaction.

The plan as changed by the IB is kept as a draft of no pupil (``nieuw_schooljaar``)
over the idle lock and quitting; Escape, Annuleren and the X ask before it goes (s34:
a plan of many renamed groups went without a word).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.school_year import Fate, GroupStep, pupil_word
from zorgdesk.domain.validation import FieldProblem, ValidationError
from zorgdesk.services.errors import VaultError
from zorgdesk.ui import messages
from zorgdesk.ui.unsaved import draft_of_no_pupil, guard_with_draft
from zorgdesk.ui.widgets import add_row, error_label, focus_visibly, show_error
from zorgdesk.ui.window_size import fit_to_screen

# The choices of "Wat er gebeurt", in this order in the combo ("Nog kiezen" first: the
# arrow keys then reach every choice from a group still to decide).
FATES = (Fate.UNDECIDED, Fate.MOVES, Fate.STAYS, Fate.LEAVES)
FATE_TEXT = {Fate.MOVES: "Nieuwe naam", Fate.STAYS: "Blijft zo",
             Fate.LEAVES: "Verlaat de school", Fate.UNDECIDED: "Nog kiezen"}
NOW, PUPILS, BECOMES, NOTE = range(4)
DRAFT_FORM, DRAFT_KEY = "nieuw_schooljaar", "plan"
HEADERS = ["Groep nu", "Leerlingen", "Wordt", "Toelichting"]


def becomes_text(step: GroupStep) -> str:
    """The "Wordt" cell: the new name, or what happens instead."""
    if step.fate is Fate.MOVES:
        return step.new_name
    return f"({FATE_TEXT[step.fate].lower()})"


def _row_of(problem: FieldProblem) -> int | None:
    """``groups[3]`` -> 3."""
    if problem.field.startswith("groups[") and problem.field.endswith("]"):
        return int(problem.field[len("groups["):-1])
    return None


class SchoolYearDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = session.school_year
        self.done_message = ""  # read after run_modal: a plain value
        plan = self.service.plan()
        self.steps: list[GroupStep] = list(plan.steps)
        self.problem_rows: dict[int, str] = {}
        self.setWindowTitle("Nieuw schooljaar")
        fit_to_screen(self, 900, 540)
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(
            "Elke groep gaat een jaar omhoog; groep 8 verlaat de school. Controleer per "
            "groep wat er gebeurt. Er wordt niets opgeslagen voordat u bevestigt."
            + (f" {pupil_word(plan.without_group)} zonder groep "
               f"{'blijft' if plan.without_group == 1 else 'blijven'} zonder groep."
               if plan.without_group else ""))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = self._table()
        caption = QLabel("&Plan per groep (typ in de kolom Wordt een nieuwe naam, of kies "
                         "hieronder):")
        caption.setBuddy(self.table)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._row_box())
        layout.addLayout(self._year_form())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Samenvatting")
        layout.addWidget(self.summary)
        self.error = error_label("Foutmelding nieuw schooljaar")
        layout.addWidget(self.error)
        buttons = self._buttons()
        layout.addWidget(buttons)
        self._fill()
        if self.steps:
            self.table.setCurrentCell(0, BECOMES)
        self.guard = guard_with_draft(self, buttons, draft_of_no_pupil(
            session, DRAFT_FORM, DRAFT_KEY), layout, plan_state, restore_plan)
        self.table.setFocus()

    # -- construction ---------------------------------------------------------------

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, len(HEADERS))
        table.setHorizontalHeaderLabels(HEADERS)
        table.setAccessibleName("Plan voor het nieuwe schooljaar, een regel per groep")
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        table.setTabKeyNavigation(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        table.setWordWrap(True)
        table.currentCellChanged.connect(self._show_row)
        table.itemChanged.connect(self._typed_in_table)
        return table

    def _row_box(self) -> QGroupBox:
        self.row_box = QGroupBox("Gekozen groep")
        form = QFormLayout(self.row_box)
        self.fate = QComboBox()
        self.fate.addItems([FATE_TEXT[f] for f in FATES])
        add_row(form, "&Wat er gebeurt:", self.fate, "Wat er gebeurt met de gekozen groep")
        self.new_name = QLineEdit()
        self.new_name.setMaxLength(60)
        add_row(form, "&Nieuwe naam:", self.new_name, "Nieuwe naam van de gekozen groep")
        self.fate.activated.connect(self._fate_chosen)
        self.new_name.textEdited.connect(self._name_typed)
        return self.row_box

    def _year_form(self) -> QHBoxLayout:
        row = QHBoxLayout()
        form = QFormLayout()
        self.leave_date = QLineEdit(f"{self.service.today:%d-%m-%Y}")
        self.leave_date.setPlaceholderText("dd-mm-jjjj")
        add_row(form, "&Vertrekdatum groep 8:", self.leave_date,
                "Vertrekdatum van de leerlingen die de school verlaten")
        self.leave_date.setToolTip("Meestal de laatste schooldag. De bewaartermijn van het "
                                   "dossier loopt vanaf deze dag.")
        self.leave_date.textEdited.connect(self._refresh)
        row.addLayout(form)
        self.merge = QCheckBox("Groepen met dezelfde nieuwe naam &samenvoegen")
        self.merge.setAccessibleName("Groepen met dezelfde nieuwe naam samenvoegen")
        self.merge.toggled.connect(self._refresh)
        row.addWidget(self.merge)
        row.addStretch(1)
        return row

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox()
        self.apply_button = box.addButton("Nieuw schooljaar &inzetten…",
                                          QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setAccessibleName("Nieuw schooljaar inzetten")
        self.apply_button.setAutoDefault(False)
        cancel = box.addButton("&Annuleren", QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName("Annuleren, er verandert niets")
        cancel.setAutoDefault(False)
        box.accepted.connect(self.confirm)
        box.rejected.connect(self.reject)
        return box

    # -- showing --------------------------------------------------------------------

    def _fill(self) -> None:
        """The table from ``self.steps`` (kept row for row), the summary and problems."""
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.steps))
        for row, step in enumerate(self.steps):
            self._set(row, NOW, step.name, editable=False)
            self._set(row, PUPILS, str(step.pupils), editable=False)
            self._set(row, BECOMES, becomes_text(step), editable=True)
            self._set(row, NOTE, self._note(row, step), editable=False)
            self.table.item(row, BECOMES).setData(Qt.ItemDataRole.AccessibleTextRole,
                                                  f"{step.name} wordt {becomes_text(step)}")
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        self._refresh()

    def _note(self, row: int, step: GroupStep) -> str:
        """The row's problem (red) and the proposal's hint; a group still to decide shows
        only its hint, which already says what to choose and why."""
        problem = self.problem_rows.get(row, "")
        if step.fate is Fate.UNDECIDED and step.hint:
            return step.hint
        return " ".join(t for t in (problem, step.hint) if t)

    def _set(self, row: int, column: int, text: str, *, editable: bool) -> None:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, column, item)
        item.setText(text)
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
        if column == NOTE and row in self.problem_rows:
            item.setForeground(Qt.GlobalColor.darkRed)
        elif column == NOTE:
            item.setData(Qt.ItemDataRole.ForegroundRole, None)

    def _show_row(self, row: int = -1, *_ignored) -> None:
        """The chosen row in the fields under the table."""
        row = self.table.currentRow()
        self.row_box.setEnabled(0 <= row < len(self.steps))
        if not 0 <= row < len(self.steps):
            return
        step = self.steps[row]
        self.row_box.setTitle(f"Gekozen groep: {step.name} ({step.pupils} leerlingen)"
                              if step.pupils != 1 else f"Gekozen groep: {step.name} "
                              "(1 leerling)")
        self.fate.setCurrentIndex(FATES.index(step.fate))
        self.new_name.setText(step.new_name)
        self.new_name.setEnabled(step.fate is Fate.MOVES)

    def _refresh(self, *_ignored) -> None:
        self.summary.setText(self.service.summary(self.steps, self.leave_date.text()))

    # -- editing --------------------------------------------------------------------

    def choose(self, row: int, fate: Fate, new_name: str | None = None) -> None:
        """Set what happens to the group in ``row`` (the table and the fields follow)."""
        step = self.steps[row]
        if fate is Fate.MOVES and new_name is None:
            new_name = step.new_name or self._proposed_name(row)
        self.steps[row] = step.with_choice(fate, new_name or "")
        self.problem_rows.pop(row, None)
        self._fill()
        if self.table.currentRow() == row:
            self._show_row()

    def _proposed_name(self, row: int) -> str:
        original = self.service.plan().steps
        match = [s for s in original if s.group_id == self.steps[row].group_id]
        return match[0].new_name if match else ""

    def _fate_chosen(self, index: int) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.steps):
            self.choose(row, FATES[index])
            if FATES[index] is Fate.MOVES:
                self.new_name.setFocus()
                self.new_name.selectAll()

    def _name_typed(self, text: str) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.steps):
            self.steps[row] = self.steps[row].with_choice(Fate.MOVES, text)
            self.problem_rows.pop(row, None)
            self.fate.setCurrentIndex(FATES.index(Fate.MOVES))
            self._fill()

    def _typed_in_table(self, item: QTableWidgetItem) -> None:
        """A name typed in the Wordt column: that group gets that new name."""
        if item.column() != BECOMES:
            return
        text = item.text().strip()
        row = item.row()
        if text == becomes_text(self.steps[row]):
            return
        self.choose(row, Fate.MOVES, text)

    # -- confirming -----------------------------------------------------------------

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        self.problem_rows = {}
        for problem in problems:
            row = _row_of(problem)
            if row is not None:
                self.problem_rows.setdefault(row, problem.message)
        self._fill()
        messages_once = list(dict.fromkeys(p.message for p in problems))
        show_error(self.error, " ".join(messages_once[:3]) + (
            " (en meer: zie de kolom Toelichting)" if len(messages_once) > 3 else ""))
        first = problems[0]
        row = _row_of(first)
        if first.field == "leave_date":
            focus_visibly(self.leave_date)
        elif row is not None:
            self.table.setCurrentCell(row, BECOMES)
            focus_visibly(self.table)

    def confirm(self) -> bool:
        """Check, ask, apply. False (and a Dutch message) when anything is wrong or the
        IB does not confirm; nothing is written then."""
        merge = self.merge.isChecked()
        problems = self.service.check(self.steps, self.leave_date.text(), merge)
        if problems:
            self._show_problems(problems)
            return False
        show_error(self.error, "")
        if not messages.ask_choice(
                self, "Nieuw schooljaar inzetten",
                f"{self.summary.text()}\n\nDit wordt direct opgeslagen en vastgelegd in het "
                "auditlogboek. Terugzetten kan daarna alleen met de hand, per groep en per "
                "leerling. Nieuw schooljaar nu inzetten?", "Nieuw schooljaar &inzetten"):
            return False
        try:
            done = self.service.apply(self.steps, self.leave_date.text(), merge)
        except ValidationError as error:
            self._show_problems(error.problems)
            return False
        except VaultError as error:
            show_error(self.error, str(error))
            return False
        self.done_message = done.message
        self.drafts.saved()  # done: the plan has done its job
        self.accept()
        return True


# -- the draft: what the IB chose per group, the leave date, merging -------------------

def plan_state(dialog: SchoolYearDialog) -> dict:
    """Per group (by id) what happens and its new name; the leave date; merging."""
    return {"groups": {str(s.group_id): [s.fate.value, s.new_name] for s in dialog.steps},
            "leave_date": dialog.leave_date.text(), "merge": dialog.merge.isChecked()}


def restore_plan(dialog: SchoolYearDialog, state: dict) -> None:
    """The choices back on the groups still there (a group added since keeps the
    proposal); a row the draft does not change keeps its proposal and hint."""
    chosen = state.get("groups") if isinstance(state.get("groups"), dict) else {}
    for row, step in enumerate(dialog.steps):
        fate, new_name = _choice(chosen.get(str(step.group_id)))
        if fate is not None and (fate, new_name) != (step.fate, step.new_name):
            dialog.steps[row] = step.with_choice(fate, new_name)
    if isinstance(state.get("leave_date"), str):
        dialog.leave_date.setText(state["leave_date"])
    if isinstance(state.get("merge"), bool):
        dialog.merge.setChecked(state["merge"])
    dialog._fill()
    dialog._show_row()


def _choice(stored) -> tuple[Fate | None, str]:
    if not (isinstance(stored, list) and len(stored) == 2 and isinstance(stored[1], str)):
        return None, ""
    try:
        return Fate(stored[0]), stored[1]
    except ValueError:
        return None, ""
