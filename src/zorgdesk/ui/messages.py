"""Non-blocking-in-tests message boxes for results (verify, backup)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from zorgdesk.ui.dialogs import run_modal

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
