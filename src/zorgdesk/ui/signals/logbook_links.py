"""The logboek notes a ticked signal links: what each typed number refers to, and a
dialog to pick the notes by their date and first words instead of typing numbers.

Both get plain values (the pupil's notes as ``{number: title}``), never the page or a
service, so the dialog holds no reference back (dialog lifetime rule, ui/dialogs.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from zorgdesk.ui.dialogs import ok_cancel_buttons
from zorgdesk.ui.record_picker import RecordPicker
from zorgdesk.ui.widgets import ERROR_COLOUR

NOT_THIS_PUPILS = "geen logboeknotitie van deze leerling"


def typed_numbers(text: str) -> list[int]:
    """The whole numbers in what was typed ('12, 15' -> [12, 15]), each once; anything
    else is left to the check when saving (it names the problem)."""
    return list(dict.fromkeys(int(n) for n in re.findall(r"\d+", text or "")
                              if n.isascii() and int(n) > 0))


def links_text(text: str, titles: Mapping[int, str]) -> str:
    """Rich text for under the field: per typed number the note it refers to, or in
    red that it is no note of this pupil (nothing is changed: the IB decides)."""
    lines = []
    for number in typed_numbers(text):
        title = titles.get(number)
        if title is None:
            lines.append(f"<span style='color:{ERROR_COLOUR.name()}'>nr. {number}: "
                         f"{NOT_THIS_PUPILS}</span>")
        else:
            lines.append(f"nr. {number}: {escape(title)}")
    return "<br>".join(lines)


class LogbookLinksDialog(QDialog):
    """Tick the pupil's logboek notes (newest first); a typed number that is no note
    of this pupil stays in the list, ticked, so nothing typed disappears unseen."""

    def __init__(self, titles: Mapping[int, str], typed: Sequence[int], pupil_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Logboeknotities koppelen")
        self.chosen: list[int] = list(typed)  # read after the dialog closed
        intro = QLabel(f"Kies de logboeknotities van {escape(pupil_name)} die bij dit "
                       "signaal horen (spatie = aan/uit).")
        intro.setWordWrap(True)
        self.picker = RecordPicker("Logboeknotities van de leerling",
                                   "Deze leerling heeft nog geen logboeknotities.", None)
        self.picker.setMaximumHeight(360)
        intro.setBuddy(self.picker)
        choices = [(n, f"nr. {n}: {title}") for n, title in titles.items()]
        choices += [(n, f"nr. {n}: {NOT_THIS_PUPILS}") for n in typed if n not in titles]
        self.picker.set_choices(choices, typed)
        buttons = ok_cancel_buttons("&Koppelen", self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.picker, 1)
        layout.addWidget(buttons)
        self.resize(620, 420)
        self.picker.setFocus()

    def accept(self) -> None:
        self.chosen = self.picker.checked_ids()
        super().accept()
