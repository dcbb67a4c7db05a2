"""The Stap row of a route dialog (incidents between pupils, staff abuse): the due step
chosen, every step that is not possible yet marked and explained in Dutch.

A plain helper over the dialog's own combo box, explanation label and Vastleggen button
(it holds no method of the dialog). The route's domain decides (``next_step``,
``blocked_reason``); this only shows it, like the meldcode wizard shows its current step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

NOT_YET = " (nog niet mogelijk)"
DUE = " (aan de beurt)"
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class StepPicker:
    def __init__(self, combo: QComboBox, note: QLabel, button: QPushButton,
                 titles: list[str]) -> None:
        self.combo, self.note, self.button, self.titles = combo, note, button, titles
        self.reasons: list[str | None] = [None] * len(titles)
        self.due: int | None = None
        self.why = ""
        combo.currentIndexChanged.connect(self.explain)

    def show(self, reasons: list[str | None], due: int | None, why: str,
             select: bool = True) -> None:
        """Mark the steps (reasons: None where the step can be recorded now) and, with
        ``select``, choose the due step."""
        self.reasons, self.due, self.why = reasons, due, why
        for index, title in enumerate(self.titles):
            suffix = DUE if index == due else (NOT_YET if reasons[index] else "")
            self.combo.setItemText(index, title + suffix)
            self.combo.setItemData(index, reasons[index] or (why if index == due else ""),
                                   _TOOLTIP)
        if select and due is not None:
            self.combo.setCurrentIndex(due)
        self.explain()

    def explain(self, _index: int = -1) -> None:
        """The line under the step: why it is due, why it cannot be recorded yet, or
        which step is due instead. Vastleggen only for a step that can be recorded."""
        index = self.combo.currentIndex()
        reason = self.reasons[index] if 0 <= index < len(self.reasons) else None
        if index < 0:
            text = ""
        elif reason:  # a reason that does not say so itself starts with it
            text = reason if reason.startswith("Nog niet") else f"Nog niet mogelijk: {reason}"
        elif index == self.due:
            text = f"Aan de beurt: {self.why}"
        elif self.due is not None:
            text = f"Kan nu ook. Aan de beurt is: {self.titles[self.due]}."
        else:
            text = ""
        self.note.setText(text)
        self.combo.setAccessibleDescription(text)
        self.button.setEnabled(self.combo.isEnabled() and index >= 0 and not reason)

