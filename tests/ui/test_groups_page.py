"""Leerlingen beheren > Groepen with real widgets on the demo vault: the pupils of the
chosen group, rename by keyboard, remove only an empty group (asked first), every
refusal in Dutch with what was typed kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget


def _names(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def _choose(page, name: str) -> None:
    page.list.setCurrentRow(_names(page.list).index(name))


def test_the_chosen_group_shows_its_pupils(manage_dialog):
    page = manage_dialog.groups
    _choose(page, "Groep 5")
    pupils = _names(page.members)
    expected = [p.display_name for p in page.session.basedata.pupils()
                if p.group_name == "Groep 5"]
    assert pupils == expected and len(pupils) == 10
    assert page.members.accessibleDescription() == "Groep 5: 10 leerlingen"
    assert page.new_name.text() == "Groep 5"


def test_rename_by_keyboard_keeps_the_pupils_and_updates_the_pupil_form(manage_dialog, qtbot):
    page = manage_dialog.groups
    _choose(page, "Groep 5")
    before = _names(page.members)
    page.new_name.setFocus()
    page.new_name.selectAll()
    qtbot.keyClicks(page.new_name, "Groep 6")
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)
    assert _names(page.list) == ["Groep 3", "Groep 6", "Groep 7"]
    assert page.list.currentItem().text() == "Groep 6" and _names(page.members) == before
    assert page.status.text() == "Groep 5 heet nu Groep 6; de leerlingen zitten er nog in."
    form = manage_dialog.pupils.form.group
    assert form.findText("Groep 6") >= 0 and form.findText("Groep 5") < 0


def test_a_taken_name_is_refused_in_dutch_and_the_text_stays(manage_dialog):
    page = manage_dialog.groups
    _choose(page, "Groep 5")
    page.new_name.setText("Groep 7")
    page.new_name.setModified(True)
    assert not page.rename()
    assert page.error.text() == "Er is al een groep met deze naam."
    assert page.new_name.text() == "Groep 7" and page.focusWidget() is page.new_name
    assert _names(page.list) == ["Groep 3", "Groep 5", "Groep 7"]
    # Typed text survives choosing another group in the list.
    _choose(page, "Groep 3")
    assert page.new_name.text() == "Groep 7"


def test_a_group_with_pupils_is_not_removed_and_nothing_is_asked(manage_dialog, asked):
    page = manage_dialog.groups
    _choose(page, "Groep 7")
    assert not page.remove()
    assert page.error.text().startswith("In Groep 7 zitten nog 10 leerlingen.")
    assert asked.questions == [] and "Groep 7" in _names(page.list)


def test_an_empty_group_is_removed_after_the_question(manage_dialog, asked):
    page = manage_dialog.groups
    page.name.setText("4b")
    assert page.add()
    assert page.list.currentItem().text() == "4b"
    assert _names(page.members) == ["(geen leerlingen: deze groep kan weg)"]
    asked.answers.append(False)  # Annuleren: nothing happens
    assert not page.remove() and "4b" in _names(page.list)
    asked.answers.append(True)
    assert page.remove()
    assert "4b" not in _names(page.list)
    assert asked.questions[-1][1].startswith("Groep 4b verwijderen?")
    assert page.status.text() == "Groep 4b is verwijderd."
    assert manage_dialog.pupils.form.group.findText("4b") < 0


def test_every_control_is_named_and_every_alt_letter_has_one_owner(manage_dialog):
    from PySide6.QtWidgets import QTabWidget

    from tests.ui.screen_fit import mnemonic_clashes

    manage_dialog.show()
    page = manage_dialog.groups
    manage_dialog.findChild(QTabWidget).setCurrentWidget(page)
    for widget in page.findChildren(QLineEdit) + page.findChildren(QAbstractButton) + \
            page.findChildren(QListWidget):
        assert widget.accessibleName(), widget
    assert mnemonic_clashes(manage_dialog, "Groepen") == []


def test_messages_print_the_group_name_as_typed(manage_dialog, asked):
    page = manage_dialog.groups
    page.name.setText("4B Zonnebloem")
    assert page.add()
    page.new_name.setText("5B Zonnebloem")
    assert page.rename()
    assert page.status.text() == ("Groep 4B Zonnebloem heet nu 5B Zonnebloem; de leerlingen "
                                  "zitten er nog in.")
    asked.answers.append(True)
    assert page.remove()
    assert asked.questions[-1][1].startswith("Groep 5B Zonnebloem verwijderen?")
    assert page.status.text() == "Groep 5B Zonnebloem is verwijderd."
