"""Review s35: the preview of the Veilig Thuis summary is selectable (for 'Verwijder
selectie'), and Ctrl+C there copied the whole summary to the clipboard past every check
of the Kopiëren button: no question about nicknames (issue 16), no clipboard warning, no
line in the verstrekkingen and no wipe when the vault locks. The keyboard's copy now goes
through the button's path; the context menu and a drag carry no text out."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest

from tests.anonymise import test_typed_nicknames_dialog as base
from tests.anonymise.summary_dialog import keep_every_flag
from zorgdesk.ui.anonymise import dialog as dialog_module
from zorgdesk.ui.anonymise.dialog import NICKNAME_TITLE

ELSE = "iets anders"
# The real dialog on a demo vault with a logbook entry, as the nickname tests build it.
session, zoe, dialog, _shown = base.session, base.zoe, base.dialog, base._shown


def _select_all_and(dialog, sequence):
    dialog.preview.setFocus()
    dialog.preview.selectAll()
    QTest.keySequence(dialog.preview, sequence)


def test_ctrl_c_in_the_preview_asks_what_the_button_asks(
        qtbot, dialog, session, asked, monkeypatch):
    _shown(qtbot, dialog)
    keep_every_flag(qtbot, dialog)  # the nickname question alone (no undecided flags)
    monkeypatch.setattr(dialog_module, "_copied_text", None)
    before = len(session.sharing.for_pupil(dialog.pupil_id))
    QGuiApplication.clipboard().setText(ELSE)
    asked.answers.append(False)  # "Bijnamen invullen"
    _select_all_and(dialog, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == ELSE
    assert [q[0] for q in asked.questions] == [NICKNAME_TITLE]
    asked.answers.extend([True, True])  # no nicknames; copy despite the warning
    _select_all_and(dialog, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == dialog.result.text
    assert [q[0] for q in asked.questions][1:] == [NICKNAME_TITLE, "Kopiëren naar klembord"]
    assert len(session.sharing.for_pupil(dialog.pupil_id)) == before + 1
    dialog_module.clear_clipboard_if_ours()  # a lock wipes it: it is known as ours
    assert QGuiApplication.clipboard().text() == ""


def test_no_text_leaves_the_preview_by_menu_or_drag(qtbot, dialog):
    _shown(qtbot, dialog)
    dialog.preview.selectAll()
    assert not dialog.preview.createMimeDataFromSelection().hasText()
    menu = dialog.preview.createStandardContextMenu(QPoint(1, 1))
    copies = [a for a in menu.actions() if a.objectName() in ("edit-copy", "edit-cut")]
    assert copies and not any(a.isVisible() for a in copies)
    menu.deleteLater()


def test_ctrl_c_does_nothing_while_kopieren_is_off(qtbot, dialog, asked, monkeypatch):
    """While the extended check runs (or nothing can be exported) Kopiëren is off; the
    keyboard must not copy a text the IB has not finished checking."""
    _shown(qtbot, dialog)
    monkeypatch.setattr(dialog_module, "_copied_text", None)
    QGuiApplication.clipboard().setText(ELSE)
    dialog.nicknames_answered = True
    asked.answers.append(True)
    dialog.copy_button.setEnabled(False)
    _select_all_and(dialog, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == ELSE and asked.questions == []
