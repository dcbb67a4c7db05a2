"""Escape and Annuleren never throw typed input away without asking.

For a form that keeps no draft in the vault (the steps of the incident routes, the
jaarverantwoording; the small logboek forms keep drafts, ui/small_form.py):
``CancelGuard(dialog, buttons)`` remembers what the form showed when it opened. Escape,
or the button box's Annuleren, then closes at once when nothing was typed, and otherwise
asks "Weggooien?" with *Verder invullen* as the default, so a hasty Escape keeps the
text. The window's own close button (X) and Alt+F4 ask the same: the window manager's
close request reaches the dialog as a *spontaneous* close event. Closing by the program
itself (``reject()`` or ``close()`` when the vault locks or ZorgDesk quits) is not
spontaneous and never asks: it must not be blocked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QWidget

from zorgdesk.services.drafts import DraftService
from zorgdesk.ui.form_drafts import DraftKeeper, drop_form_typing, restore, snapshot
from zorgdesk.ui.messages import ask_choice

QUESTION = ("U heeft iets ingevuld dat nog niet is opgeslagen. Als u verdergaat, bent u "
            "dat kwijt.")


class CancelGuard(QObject):
    """A child of its dialog (reached as ``parent()``, never stored: issue 14)."""

    def __init__(self, dialog: QDialog, buttons: QDialogButtonBox | None = None,
                 state: Callable[[], object] | None = None,
                 discarded: Callable[[QDialog], None] | None = None,
                 read: Callable[[QWidget], object] = snapshot) -> None:
        """``state`` reads what counts as typed; it must capture the input widgets, never
        the dialog. Without it ``read(dialog)`` does (default: every input of the dialog;
        a form keeping a draft passes its own, e.g. Nieuw schooljaar's plan in a table).
        ``discarded(dialog)`` runs when the IB chose Weggooien, before the dialog closes
        (a form that keeps drafts puts back what it showed when it opened): a plain
        function, never a bound method."""
        super().__init__(dialog)
        self._state = state
        self._read_dialog = read
        self._discarded = discarded
        self._pristine = self._read()
        dialog.installEventFilter(self)
        if buttons is not None:
            buttons.rejected.disconnect()
            buttons.rejected.connect(self.cancel)

    def _read(self) -> object:
        return self._state() if self._state is not None else self._read_dialog(self.parent())

    def reset(self) -> None:
        """What the form shows now counts as nothing typed (e.g. after a save)."""
        self._pristine = self._read()

    def typed(self) -> bool:
        return self._read() != self._pristine

    def may_discard(self) -> bool:
        """True when nothing was typed, or the IB chose to throw it away."""
        return not self.typed() or ask_choice(
            self.parent(), "Niet opgeslagen", QUESTION, "&Weggooien", "&Verder invullen")

    def cancel(self) -> bool:
        """Close the dialog unless the IB wants to go on typing; True when it closed."""
        typed = self.typed()
        if typed and not ask_choice(self.parent(), "Niet opgeslagen", QUESTION, "&Weggooien",
                                    "&Verder invullen"):
            return False
        if typed and self._discarded is not None:
            self._discarded(self.parent())
        self.parent().reject()
        return True

    def window_closing(self, event: QCloseEvent) -> bool:
        """The X or Alt+F4 with typed input: ask; True when the IB goes on typing (the
        close is then refused). Weggooien lets the close go on (QDialog rejects)."""
        if not self.typed():
            return False
        if not ask_choice(self.parent(), "Niet opgeslagen", QUESTION, "&Weggooien",
                          "&Verder invullen"):
            event.ignore()
            return True
        if self._discarded is not None:
            self._discarded(self.parent())
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is not self.parent():
            return False
        if (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.cancel()
            return True
        if (event.type() == QEvent.Type.Close and event.spontaneous()
                and self.parent().isVisible()):
            return self.window_closing(event)
        return False


# -- a guarded form that keeps drafts ------------------------------------------------------

@dataclass(frozen=True)
class DraftPlace:
    """Where a form keeps its draft: the form's name, its key (route, record, step) and
    the pupil the draft belongs to (retention takes it along with her), or None for a
    form about no pupil (m0023; retention takes a departing pupil's name out)."""

    drafts: DraftService
    form: str
    key: str
    pupil_id: int | None


def draft_place(session, form: str, key: str, *owners: int | None) -> DraftPlace | None:
    """The draft of a form, owned by the first of ``owners`` still in the vault (a pupil
    removed by retention holds none); None without one: a draft needs a pupil."""
    for pupil_id in owners:
        if pupil_id is None:
            continue
        try:
            session.basedata.pupil(pupil_id)
        except LookupError:
            continue
        return DraftPlace(session.drafts, form, key, pupil_id)
    return None


def draft_of_no_pupil(session, form: str, key: str) -> DraftPlace:
    """The draft of a form about no pupil (jaarverantwoording, sociale kaart, the
    anonymous case, a new incident started without a dossier open)."""
    return DraftPlace(session.drafts, form, key, None)


def guard_with_draft(dialog: QDialog, buttons: QDialogButtonBox | None,
                     place: DraftPlace | None,
                     banner: QBoxLayout,
                     get_state: Callable[[QWidget], dict] = snapshot,
                     set_state: Callable[[QWidget, dict], None] = restore) -> CancelGuard:
    """Escape, Annuleren and the window's X ask before typing goes; with a ``place`` what
    is typed is also kept in the vault (``dialog.drafts``, its note on top of ``banner``)
    until the form calls ``dialog.drafts.saved()``, and restored now. Call it when the
    form is built; it sets ``dialog.drafts`` and ``dialog.opened_state``."""
    dialog.drafts = None
    if place is not None:
        dialog.drafts = DraftKeeper(dialog, place.form, banner, 0, get_state, set_state)
        dialog.drafts.bind(place.drafts, place.key, place.pupil_id)
    dialog.opened_state = get_state(dialog)  # what a 'Weggooien' goes back to
    guard = CancelGuard(dialog, buttons, discarded=drop_form_typing, read=get_state)
    if dialog.drafts is not None:  # after 'Concept weggooien' nothing counts as typed
        dialog.drafts.discard_button.clicked.connect(guard.reset)
    return guard
