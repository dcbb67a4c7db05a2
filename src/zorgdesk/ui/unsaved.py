"""Escape and Annuleren never throw typed input away without asking.

For a form that keeps no draft in the vault (the small logboek forms, the steps of the
incident routes, the jaarverantwoording): ``CancelGuard(dialog, buttons)`` remembers what
the form showed when it opened. Escape, or the button box's Annuleren, then closes at
once when nothing was typed, and otherwise asks "Weggooien?" with *Verder invullen* as
the default, so a hasty Escape keeps the text. Closing by the program itself (``reject()``
when the vault locks or ZorgDesk quits) never asks: it must not be blocked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from zorgdesk.ui.form_drafts import snapshot
from zorgdesk.ui.messages import ask_choice

QUESTION = ("U heeft iets ingevuld dat nog niet is opgeslagen. Als u het venster sluit, "
            "bent u dat kwijt.")


class CancelGuard(QObject):
    """A child of its dialog (reached as ``parent()``, never stored: issue 14)."""

    def __init__(self, dialog: QDialog, buttons: QDialogButtonBox | None = None) -> None:
        super().__init__(dialog)
        self._pristine = snapshot(dialog)
        dialog.installEventFilter(self)
        if buttons is not None:
            buttons.rejected.disconnect()
            buttons.rejected.connect(self.cancel)

    def reset(self) -> None:
        """What the form shows now counts as nothing typed (e.g. after a save)."""
        self._pristine = snapshot(self.parent())

    def typed(self) -> bool:
        return snapshot(self.parent()) != self._pristine

    def cancel(self) -> bool:
        """Close the dialog unless the IB wants to go on typing; True when it closed."""
        dialog = self.parent()
        if self.typed() and not ask_choice(dialog, "Niet opgeslagen", QUESTION,
                                           "&Weggooien en sluiten", "&Verder invullen"):
            return False
        dialog.reject()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if (watched is self.parent() and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.cancel()
            return True
        return False
