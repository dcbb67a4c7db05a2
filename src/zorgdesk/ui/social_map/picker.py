"""A non-editable choice of one sociale-kaart entry: picked, never typed."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from zorgdesk.ui.widgets import narrow_combo

NOTHING = "— kies uit de sociale kaart —"
EMPTY = "— de sociale kaart is leeg (Beheer > Sociale kaart) —"


class SocialMapCombo(QComboBox):
    """Entries as (id, label); ``picked()`` is the label (the dossier's snapshot) or None."""

    def __init__(self) -> None:
        super().__init__()
        narrow_combo(self, 30)
        self.setEditable(False)
        self.addItem(EMPTY, None)

    def set_choices(self, choices: list[tuple[int, str]], preselect_single: bool = False) -> None:
        """Refill, keeping the entry that was chosen when it is still offered."""
        chosen = self.currentData()
        self.clear()
        self.addItem(NOTHING if choices else EMPTY, None)
        for entry_id, label in choices:
            self.addItem(label, entry_id)
        index = self.findData(chosen) if chosen is not None else -1
        if index < 0 and preselect_single and len(choices) == 1:
            index = 1
        self.setCurrentIndex(max(index, 0))

    def picked(self) -> str | None:
        return self.currentText() if self.currentData() is not None else None
