"""Non-blocking-in-tests message boxes for results (verify, backup) and questions."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from zorgdesk.ui.dialogs import run_modal, run_modal_and_read

# Tests set this to collect messages instead of opening modal boxes.
_sink: list | None = None


def show_message(parent: QWidget | None, title: str, text: str, warning: bool = False) -> None:
    if _sink is not None:
        _sink.append((title, text, warning))
        return
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                      title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAccessibleName(title)
    run_modal(box)


# Tests put the answers here (True = the first, affirmative choice) instead of clicking.
_answers: list[bool] | None = None


def ask_choice(parent: QWidget | None, title: str, text: str, yes_text: str,
               no_text: str = "&Annuleren", *, warning: bool = True) -> bool:
    """A Dutch two-way question; True when the IB picks ``yes_text``. Cancel is the default.
    ``warning=False``: a plain question after good news (no warning triangle)."""
    if _sink is not None:
        _sink.append((title, text, warning))
    if _answers is not None:
        return _answers.pop(0) if _answers else False
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setAccessibleName(title)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    return run_modal_and_read(box, lambda answered: answered.clickedButton() is yes)
