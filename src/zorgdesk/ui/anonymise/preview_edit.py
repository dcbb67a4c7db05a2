"""The preview of the Veilig Thuis summary: selectable (the IB removes a selection), but
no text leaves it except through the Kopiëren and Opslaan buttons (review s35).

A read-only QTextEdit copies its selection on Ctrl+C, from its context menu and by a
drag. Each of those put the summary on the clipboard past every check of the Kopiëren
button: the question about nicknames (issue 16), the clipboard warning, the line in the
verstrekkingen and the wipe when the vault locks. The keyboard's copy asks the dialog
for its copy instead (``copy_requested``); the menu's copy is hidden and a drag carries
nothing."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QTextEdit

__all__ = ["PreviewEdit"]

_COPIES = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut)
_COPY_ACTIONS = ("edit-copy", "edit-cut")


class PreviewEdit(QTextEdit):
    copy_requested = Signal()  # Ctrl+C (or the platform's copy key): the button's path

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        if any(event.matches(key) for key in _COPIES):
            event.accept()
            self.copy_requested.emit()
            return
        super().keyPressEvent(event)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt)
        return QMimeData()  # a drag out of the preview carries no text

    def createStandardContextMenu(self, position: QPoint | None = None) -> QMenu:  # noqa: N802
        menu = (super().createStandardContextMenu() if position is None
                else super().createStandardContextMenu(position))
        for action in menu.actions():
            if action.objectName() in _COPY_ACTIONS:
                action.setVisible(False)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt)
        menu = self.createStandardContextMenu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()
