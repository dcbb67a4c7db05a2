"""Walk findings in the Logboek tab's detail pane: a correction's reason is shown as
typed (a '<' in it hid the rest as if it were markup), and the entry's number shows, the
number the Signalenlijst asks for under 'Logboeknummers' (nowhere to be seen before)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from zorgdesk.ui.logbook.entry_form import EntryDialog


def test_the_reason_of_a_correction_is_shown_as_typed(qtbot, tab, session):
    tab.search.setText("huilde")
    entry_id = tab.current_entry_id()
    current = session.logbook.history(entry_id).current.content
    dialog = EntryDialog(session, tab.pupil, tab, entry_id=entry_id, current=current)
    qtbot.addWidget(dialog)
    dialog.reason.setText("Duur <b>15</b> min, niet <10 min")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.reload()
    tab.search.setText("huilde")
    assert "reden: Duur <b>15</b> min, niet <10 min." in tab.detail.toPlainText()


def test_the_detail_names_the_note_as_a_signalenlijst_prints_its_links(tab, session):
    """Not a bare 'Logboeknummer' (an id without context) but the note as the IB knows it
    from a signalenlijst ('22-10-2026 (nr. 12)'), with whom it is about."""
    tab.search.setText("huilde")
    entry_id = tab.current_entry_id()
    text = tab.detail.toPlainText()
    assert text.startswith(f"Notitie nr. {entry_id} van {tab.pupil.display_name} (dit "
                           "nummer vult u bij een signalenlijst in onder Logboeknummers)")
    assert "Logboeknummer:" not in text


def test_a_tip_under_situatie_does_not_push_the_form_down(qtbot, tab, session):
    """Walk finding: the Situatie field grew when its tip appeared, and every field
    below jumped while the IB typed. The field keeps its height; the tip takes its room
    from the text area and is shown whole."""
    dialog = EntryDialog(session, tab.pupil, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.situation

    def places():
        QApplication.processEvents()
        below = dialog.third_party.mapTo(dialog, dialog.third_party.rect().topLeft())
        return field.height(), below.y()

    before = places()
    for text in ("Zoë is vaak boos.",  # a short tip
                 "Zoë heeft ADHD en is altijd agressief."):  # the longest: a diagnosis
        field.setText(text)
        assert field.advice.isVisible()
        assert places() == before
        advice = field.advice
        assert advice.height() >= advice.heightForWidth(advice.width())  # shown whole
        assert field.edit.height() >= field.edit.fontMetrics().lineSpacing() * 3
    field.setText("Zoë gooide 3 keer een bal tegen de muur.")
    assert not field.advice.isVisible() and places() == before
