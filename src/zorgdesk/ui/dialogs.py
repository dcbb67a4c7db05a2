"""How every dialog and window of ZorgDesk is shown and destroyed (issue 14).

The rule, for every new dialog (copy it from here):

1. A modal dialog is shown with ``run_modal(dialog)``, never with a bare ``dialog.exec()``::

       dialog = SomeDialog(self.session, ..., parent=self)
       if run_modal(dialog):              # exec(), then the C++ dialog is deleted
           use(dialog.result_value)       # plain Python attributes stay readable

   After ``run_modal`` returns, the dialog's Qt side is gone: read what you need from
   plain Python attributes the dialog set (``dialog.session``, ``dialog.restored_to``),
   never call Qt methods on it or its widgets. Inside ``exec()`` everything works as usual.
   An answer only Qt knows (``box.clickedButton()``) is read with ``run_modal_and_read``.

2. A window-modal or modeless dialog is shown with ``open_dialog(dialog)`` (``open()`` with
   ``WA_DeleteOnClose``): Qt deletes it when it closes. Keep no reference you use after
   ``finished``; clear attributes that point at it in a ``finished`` handler.

3. A child widget never gets a bound method of its dialog (or a lambda over ``self``)
   where a plain value serves: pass the list, the string, or a callable that captures only
   the data (``functools.partial(tuple, names)``, a closure over a local list).

Why: PySide's ``QDialog.exec()`` hands a parented dialog to Python (its parent no longer
keeps it). If that dialog then sits in a reference cycle (dialog -> field -> bound method
-> dialog), only Python's cyclic garbage collector frees it, at a random later moment.
Clearing the cycle, shiboken hands each child wrapper's C++ widget back to Python and
frees widgets that Qt still holds in a live widget tree; ``~QWidget`` then dereferences
freed memory and the whole app dies with "Segmentation fault ... Garbage-collecting" at
an unrelated Python line. Deleting the C++ dialog as soon as ``exec()`` returns (and
keeping dialogs out of cycles) means the collector only ever meets dead wrappers.
``tests/ui/qt_garbage.py`` checks every dialog class of ui/ for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from shiboken6 import Shiboken

D = TypeVar("D", bound=QDialog)
T = TypeVar("T")


def release(widget: QWidget) -> None:
    """Delete the C++ side of a widget now (no-op when Qt already deleted it)."""
    if Shiboken.isValid(widget):
        widget.hide()
        Shiboken.delete(widget)


def run_modal(dialog: QDialog) -> int:
    """``dialog.exec()``, then delete the dialog deterministically; returns exec()'s result.

    The result is the QDialog code (truthy when accepted). Read plain Python attributes
    of the dialog afterwards, never Qt ones (see the module docstring).
    """
    try:
        return dialog.exec()
    finally:
        release(dialog)


def run_modal_and_read(dialog: D, read: Callable[[D], T]) -> T:
    """``dialog.exec()``, then ``read(dialog)`` while it still exists, then delete it.

    For answers only the Qt side knows, e.g. ``lambda box: box.clickedButton() is yes``.
    """
    try:
        dialog.exec()
        return read(dialog)
    finally:
        release(dialog)


def open_dialog(dialog: QDialog) -> QDialog:
    """``dialog.open()`` (window-modal, non-blocking), deleted by Qt when it closes."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def ok_cancel_buttons(ok_text: str, dialog: QDialog) -> QDialogButtonBox:
    """The OK/Annuleren row of a dialog in Dutch: ``ok_text`` (with its mnemonic) accepts,
    '&Annuleren' (or Escape) rejects."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_text.replace("&", ""))
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText("&Annuleren")
    cancel.setAccessibleName("Annuleren")
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box
