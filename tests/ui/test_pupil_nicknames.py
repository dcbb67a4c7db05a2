"""Issue 16: 'Ook genoemd' in Leerlingen beheren - typed with the keyboard, refused in
Dutch under the field with nothing lost, and from then on gone from the summary."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.services.test_logbook import draft
from zorgdesk.ui.pupils.forms import NICKNAMES_HELP


def _shown(manage_dialog, qtbot) -> None:
    manage_dialog.show()
    manage_dialog.activateWindow()
    with qtbot.waitActive(manage_dialog):
        manage_dialog.raise_()


def _choose(page, name: str):
    pupil = page.session.basedata.pupils(name)[0]
    page.show_pupil(pupil.id)
    return pupil


def test_the_field_says_what_it_is_for(manage_dialog):
    field = manage_dialog.pupils.form.nicknames
    assert field.accessibleName() == "Ook genoemd: bijnamen en roepnamen"
    assert "ZorgDesk haalt ze weg uit alles wat de kluis verlaat" in field.toolTip()
    assert field.accessibleDescription() == NICKNAMES_HELP
    assert "Bijnamen en roepnamen die in verslagen kunnen voorkomen" in NICKNAMES_HELP


def test_alt_b_types_a_nickname_tab_space_saves_it_and_the_summary_loses_it(manage_dialog, qtbot):
    page = manage_dialog.pupils
    _shown(manage_dialog, qtbot)
    emre = _choose(page, "Emre")
    page.form.first_name.setFocus()
    qtbot.keyClick(page.form.first_name, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.form.nicknames
    qtbot.keyClicks(page.form.nicknames, "Kruimel ,  de Beer")
    qtbot.keyClick(page.form.nicknames, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.save_button  # the next stop: Opslaan
    qtbot.keyClick(page.save_button, Qt.Key.Key_Space)
    session = page.session
    assert session.basedata.pupil(emre.id).nicknames == ("Kruimel", "de Beer")
    assert page.form.nicknames.text() == "Kruimel, de Beer"  # as stored
    assert not page.unsaved()
    # both are also ordinary words: said, not refused
    note = page.form.nickname_note
    assert note.isVisibleTo(page) and "'Kruimel', 'de Beer' zijn ook gewone woorden" in \
        note.text()
    zoe = session.basedata.pupils("Zoë")[0]
    session.logbook.add_entry(draft([zoe.id], session.vault,
                                    situation="Kruimel duwde Zoë. De Beer lachte."))
    text = session.case_summary.build(zoe.id).text
    assert "Kruimel" not in text and "Beer" not in text
    assert "[medeleerling] duwde [leerling]. De [medeleerling] lachte." in text


@pytest.mark.parametrize(("typed", "message"), [
    ("Kruimel,,Mo", "Tussen twee komma's staat geen bijnaam"),
    ("K", "heeft geen twee letters"),
    ("Mama", "is een gewoon woord dat in bijna elke zin staat"),
    ("Zoetje, " + "x" * 45, "is te lang (maximaal 40 tekens)"),
    # review s35 R1's twin (s36): a note or two names in one part, refused as in the summary
    ("Tijger (broer)", "zonder uitleg erbij, gescheiden door komma's"),
    ("Tijger en Bolle", "zonder uitleg erbij, gescheiden door komma's"),
    ("Tijger/Bolle", "zonder uitleg erbij"),
    ("Tijger - broer", "zonder uitleg erbij"),
    ("Kruimel, Tijger: broer", "'Tijger: broer'"),
    ("Dé", "'Dé' kan ZorgDesk niet als bijnaam weghalen"),
])
def test_a_bad_nickname_is_refused_under_the_field_and_kept(manage_dialog, typed, message):
    page = manage_dialog.pupils
    pupil = _choose(page, "Emre")
    page.form.nicknames.setText(typed)
    assert page.save_pupil() is False
    label = page.form.field_errors.labels["nicknames"]
    assert message in label.text() and not label.isHidden()
    assert "Controleer de velden" in page.pupil_error.text()
    assert page.form.nicknames.text() == typed
    assert page.session.basedata.pupil(pupil.id).nicknames == ()


def test_diacritics_and_emoji_are_kept(manage_dialog):
    page = manage_dialog.pupils
    pupil = _choose(page, "Emre")
    page.form.nicknames.setText("Zoëtje 🦁, Çiko")
    assert page.save_pupil() is True
    assert page.session.basedata.pupil(pupil.id).nicknames == ("Zoëtje 🦁", "Çiko")
    assert page.form.nickname_note.isHidden()  # no ordinary word, nothing to say


def test_a_typed_nickname_is_not_dropped_by_escape(manage_dialog, asked, qtbot):
    page = manage_dialog.pupils
    _shown(manage_dialog, qtbot)
    _choose(page, "Emre")
    page.form.nicknames.setText("Kruimel")
    asked.answers.append(False)  # Verder invullen
    qtbot.keyClick(manage_dialog, Qt.Key.Key_Escape)
    assert asked.questions[-1][0] == "Niet opgeslagen"
    assert manage_dialog.isVisible() and page.form.nicknames.text() == "Kruimel"


def test_another_pupil_shows_his_own_nicknames(manage_dialog):
    page = manage_dialog.pupils
    _choose(page, "Emre")
    page.form.nicknames.setText("Mo")
    assert page.save_pupil() is True
    _choose(page, "Zoë")
    assert page.form.nicknames.text() == ""
    _choose(page, "Emre")
    assert page.form.nicknames.text() == "Mo"


def test_a_staff_members_nickname_on_the_staff_tab(manage_dialog, qtbot):
    staff = manage_dialog.staff
    assert not staff.nicknames.isEnabled()  # nobody chosen yet
    staff.list.setCurrentRow(0)
    member = staff.session.basedata.staff()[0]
    assert staff.nicknames.isEnabled() and staff.nicknames.text() == ""
    staff.nicknames.setText("Kruimel,,")
    assert staff.save_nicknames() is False
    assert "Tussen twee komma's staat geen bijnaam" in staff.nickname_error.text()
    assert staff.nicknames.text() == "Kruimel,,"
    staff.nicknames.setText("Meester Bob")
    assert staff.save_nicknames() is True
    assert staff.session.basedata.staff()[0].nicknames == ("Meester Bob",)
    staff.list.setCurrentRow(1)
    assert staff.nicknames.text() == ""
    staff.list.setCurrentRow(0)
    assert staff.nicknames.text() == "Meester Bob"
    assert staff.nicknames.accessibleName() == "Ook genoemd: bijnamen van de gekozen medewerker"
    # removed like the name in the summary: "Meester Bob" is no longer in it
    session = staff.session
    zoe = session.basedata.pupils("Zoë")[0]
    session.logbook.add_entry(draft([zoe.id], session.vault,
                                    situation="Meester Bob bracht Zoë naar huis."))
    result = session.case_summary.build(zoe.id)
    assert "Bob" not in result.text
    assert any(r.known and r.original == "Meester Bob" for r in result.replacements), \
        member.name


def test_a_stepfathers_nickname_in_the_guardian_form(manage_dialog, qtbot):
    page = manage_dialog.pupils
    _shown(manage_dialog, qtbot)
    emre = _choose(page, "Emre")
    page.new_guardian()
    page.guardian_form.name.setText("Henk Jansen")
    form = page.guardian_form
    form.relation.setCurrentIndex(form.relation.findData("stiefouder"))
    page.guardian_form.name.setFocus()
    qtbot.keyClick(page.guardian_form.name, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.guardian_form.nicknames
    qtbot.keyClicks(page.guardian_form.nicknames, "Beer,")
    assert page.save_guardian() is False
    assert "Tussen twee komma's" in page.guardian_form.field_errors.labels["nicknames"].text()
    assert page.guardian_form.nicknames.text() == "Beer,"
    page.guardian_form.nicknames.setText("Beer")
    assert page.save_guardian() is True
    session = page.session
    henk = next(g for g in session.basedata.guardians(emre.id) if g.name == "Henk Jansen")
    assert henk.nicknames == ("Beer",)
    assert "'Beer' is ook een gewoon woord" in manage_dialog.statusBar().currentMessage()
    session.logbook.add_entry(draft([emre.id], session.vault,
                                    situation="Beer haalde Emre op; de beer op zijn tas."))
    text = session.case_summary.build(emre.id).text
    assert "[stiefouder] haalde [leerling] op; de beer op zijn tas." in text


def test_typed_nicknames_come_back_after_the_lock(controller, choose_dossier, from_menu,
                                                   locked_while_typing, asked):
    """The drafts of Leerlingen beheren (ui/pupils/drafts.py) read fields by their
    accessible names: the pupil's and a parent's 'Ook genoemd' are kept over the lock."""
    from zorgdesk.ui import app as app_module

    zoe = choose_dossier("Zoë van der Berg")

    def type_nicknames(manage_dialog) -> None:
        manage_dialog.pupils.form.nicknames.setText("Zoetje, 🦁")  # the emoji would be refused
        manage_dialog.pupils.new_guardian()
        manage_dialog.pupils.guardian_form.name.setText("Henk Jansen")
        manage_dialog.pupils.guardian_form.nicknames.setText("de Beer")

    action = controller.window.manage_action
    locked_while_typing(app_module, action.trigger, type_nicknames)
    assert asked.questions == []
    page = from_menu(action).pupils
    assert page.pupil_id == zoe.id
    assert page.form.nicknames.text() == "Zoetje, 🦁"
    assert page.guardian_form.nicknames.text() == "de Beer"
    assert not page.save_pupil()  # refused, and nothing typed is lost
    assert page.form.nicknames.text() == "Zoetje, 🦁"
    page.form.nicknames.setText("Zoetje")
    assert page.save_pupil()
    assert page.session.basedata.pupil(zoe.id).nicknames == ("Zoetje",)
