"""Walk s32: the SMART agreement fields had no Alt+letter. Each field of the agreement the
IB is in has one, none of them clashes in the window (with several agreements only the
one with the cursor carries the letters: Qt would otherwise cycle between them)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.screen_fit import mnemonic_clashes
from zorgdesk.ui.conversations.dialog import ConversationDialog


def _agreements_page(qtbot, session, rows: int) -> ConversationDialog:
    zoe = session.basedata.pupils("Zoë")[0]
    dialog = ConversationDialog(session, zoe)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # Alt+letters fire in the active window only
    with qtbot.waitActive(dialog):
        dialog.raise_()
    dialog.tabs.setCurrentIndex(2)
    for _ in range(rows):
        dialog.smart.add_button.click()
    qtbot.wait(1)  # a widget added to a shown layout is shown by the event loop
    return dialog


def _captions(row) -> list[str]:
    return [row.remove.text(), row.acceptable.text(), row.realistic.text(),
            *(label.text() for label in row.captions)]


def test_every_field_of_the_current_agreement_has_an_alt_letter(qtbot, session):
    dialog = _agreements_page(qtbot, session, 1)
    [row] = dialog.smart.rows
    assert all("&" in text for text in _captions(row)), _captions(row)
    assert not mnemonic_clashes(dialog, "Zorggesprek / Afspraken")


def test_with_three_agreements_the_letters_follow_the_cursor(qtbot, session):
    dialog = _agreements_page(qtbot, session, 3)
    first, second, third = dialog.smart.rows
    assert third.what.hasFocus()  # 'Afspraak toevoegen' puts the cursor in the new one
    assert not mnemonic_clashes(dialog, "Zorggesprek / Afspraken, 3 afspraken")
    assert not any("&" in text for text in _captions(first))
    qtbot.keyClick(second.what, Qt.Key.Key_Tab)  # into agreement 2 from the keyboard
    second.what.setFocus(Qt.FocusReason.TabFocusReason)
    assert all("&" in text for text in _captions(second))
    assert not any("&" in text for text in _captions(third))
    assert not mnemonic_clashes(dialog, "Zorggesprek / Afspraken, in afspraak 2")
    qtbot.keyClick(second.what, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert second.measure.hasFocus()  # '&Hoe meten we het' of the agreement the IB is in


def test_removing_the_current_agreement_gives_the_letters_to_the_last(qtbot, session):
    dialog = _agreements_page(qtbot, session, 2)
    first, second = dialog.smart.rows
    second.remove.click()
    assert all("&" in text for text in _captions(first))
    assert not mnemonic_clashes(dialog, "Zorggesprek / Afspraken na verwijderen")


def test_alt_r_on_an_agreement_with_text_asks_first(qtbot, session, monkeypatch):
    """Walk s33: Alt+R (Verwijderen) threw an agreement with text away at once."""
    from zorgdesk.ui import messages

    dialog = _agreements_page(qtbot, session, 2)
    first, second = dialog.smart.rows
    second.what.setText("Gesprek met moeder over kleding")
    monkeypatch.setattr(messages, "_answers", [False])  # 'Behouden'
    second.remove.click()
    assert dialog.smart.rows == [first, second]
    assert second.what.text() == "Gesprek met moeder over kleding"
    monkeypatch.setattr(messages, "_answers", [True])  # 'Verwijderen'
    second.remove.click()
    assert dialog.smart.rows == [first]
    assert first.what.hasFocus()  # not lost somewhere in the dialog
