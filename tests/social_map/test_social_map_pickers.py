"""The meldcode forms pick from the sociale kaart (not typed) and record the pick."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.ui.test_conversations_tab import _check
from tests.ui.test_meldcode_tab import K, answer, tab, walk_steps_1_to_3  # noqa: F401
from zorgdesk.domain.social_map import SocialMapDraft
from zorgdesk.domain.validation import ValidationError


def _events(tab, kind):  # noqa: F811
    return [e for e in tab.trajectory.meldcode.events if e.kind is kind]


def test_the_only_vt_entry_is_preselected_and_stored(tab):  # noqa: F811
    walk_steps_1_to_3(tab)
    (event,) = _events(tab, K.VT_CONSULTATIE)
    assert event.answer["organisation"] == "Veilig Thuis"


def test_two_vt_entries_need_a_pick_with_a_dutch_message(tab):  # noqa: F811
    tab.session.social_map.add(SocialMapDraft("veilig_thuis", "Veilig Thuis Haaglanden",
                                              contact_person="Mw. Kramer"))
    tab.start_trajectory()
    form = tab.forms[K.VT_CONSULTATIE]
    form.prepare(tab.state, date.today(), "Ineke", [],
                 {"social_map_vt": tab.session.social_map.veilig_thuis_choices()})
    combo = form.widgets["organisation"]
    assert combo.isEditable() is False and combo.accessibleName()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "— kies uit de sociale kaart —", "Veilig Thuis", "Veilig Thuis Haaglanden (Mw. Kramer)"]
    assert combo.currentData() is None
    with pytest.raises(ValidationError) as refused:
        form.values()
    form.refused(refused.value.problems)
    assert "Kies de organisatie uit de sociale kaart" in form.errors["organisation"].text()
    combo.setCurrentIndex(2)
    assert form._value(next(f for f in form.spec.fields if f.key == "organisation")) == (
        "Veilig Thuis Haaglanden (Mw. Kramer)")


def test_question_4_help_is_picked_from_the_map(tab):  # noqa: F811
    walk_steps_1_to_3(tab)
    assert answer(tab, "ja", "Vermoeden.", bevoegd_gezag=True)
    assert answer(tab, "nee", "Geen direct gevaar.")
    assert answer(tab, "ja", "Schoolmaatschappelijk werk kan helpen.")
    tab.choose(K.AFWEGINGSVRAAG)
    form = tab.question_form
    labels = [form.help_provider.itemText(i) for i in range(form.help_provider.count())]
    assert labels[0] == "— kies uit de sociale kaart —"
    assert "Centrum voor Jeugd en Gezin (CJG)" in labels
    assert not form.help_provider.isHidden()
    form.yes.setChecked(True)
    form.help_description.setPlainText("Opvoedondersteuning")
    form.help_term.setText(f"{date.today() + timedelta(days=42):%d-%m-%Y}")
    form.help_responsible.setText("Marieke Hoekstra")
    form.help_provider.setCurrentIndex(labels.index("Centrum voor Jeugd en Gezin (CJG)"))
    form.reasoning.setPlainText("Ouders willen meewerken.")
    assert tab.submit(), tab.form_error.text()
    last = tab.trajectory.meldcode.events[-1]
    assert last.answer["help_provider"] == "Centrum voor Jeugd en Gezin (CJG)"
    assert last.answer["help_responsible"] == "Marieke Hoekstra"


def test_warm_handover_of_a_zorggesprek_becomes_an_agreement(qtbot, demo_vault):
    from PySide6.QtCore import Qt

    from zorgdesk.services.session import Session
    from zorgdesk.ui.conversations.dialog import ConversationDialog

    session = Session(demo_vault)
    session.social_map.add(SocialMapDraft("jeugd_en_gezinsteam", "JGT Centrum",
                                          contact_person="Bram Smit", phone="015-7654321"))
    pupil = next(p for p in session.basedata.pupils() if p.display_name == "Minh Nguyen")
    dialog = ConversationDialog(session, pupil)
    qtbot.addWidget(dialog)
    dialog.on.setText("1-12-2026")
    dialog.subject.setText("Minh mist vaak zijn gymspullen")
    dialog.place.setText("Kamer IB")
    _check(dialog.staff, "Pieter Bakker")
    _check(dialog.preparation, "Welke signalen")
    assert dialog.handover.isEditable() is False
    qtbot.mouseClick(dialog.handover_button, Qt.MouseButton.LeftButton)
    assert dialog.smart.rows == []  # nothing picked: nothing added
    dialog.handover.setCurrentIndex(dialog.handover.findText("JGT Centrum (Bram Smit, "
                                                             "015-7654321)"))
    qtbot.mouseClick(dialog.handover_button, Qt.MouseButton.LeftButton)
    (row,) = dialog.smart.rows
    assert row.what.text().startswith("Warme overdracht naar JGT Centrum (Bram Smit")
    row.who.setText("IB en moeder")
    row.by_when.setText("15-01-2027")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, [
        e.text() for e in dialog.errors.values() if e.text()]
    stored = session.conversations.for_pupil(pupil.id)[0].gesprek
    assert stored.agreements[0].what.startswith("Warme overdracht naar JGT Centrum")
    assert stored.agreements[0].who == "IB en moeder", [
        e.text() for e in dialog.errors.values() if e.text()]
