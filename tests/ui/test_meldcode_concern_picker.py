"""Soort zorg in the step-1 form of the meldcode wizard, through real widgets: the list
offers every form, says under it whom to consult first, stores the choice, keeps it when
signals are recorded again, and changes the steps the wizard shows (seed 003
l.7845-7853; the LEC EGG via Veilig Thuis for eergerelateerd geweld). The form stays in
the width of its scroll area, so a refused save elsewhere is still scrolled into view."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from tests.conftest import TODAY
from tests.ui.screen_fit import place_in_work_area
from tests.ui.test_meldcode_tab import fill, save
from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.meldcode import EventKind as K
from zorgdesk.domain.meldcode import Step
from zorgdesk.services.citations import cite
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.ui.meldcode.tab import MeldcodeTab
from zorgdesk.ui.record_picker import DATA

STEP1 = dict(contra_signalen="Speelt ontspannen.", welke_signalen="Vertelt over een "
             "verloving", hoe_vaak="Twee keer", situaties="Na de vakantie",
             meer_leerlingen="Nee", normale_ontwikkeling="Niet passend",
             eerder_gedrag="Nee", eerdere_zorgen="Nee")


@pytest.fixture
def tab(qtbot, demo_vault):
    session = Session(demo_vault, FixedClock(TODAY))
    pupil = session.basedata.pupils("Noor")[0]
    session.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(pupil.id),), entry_date=TODAY - timedelta(days=3), entry_time="10:00",
        location="Klas", signalled_by=SignalledBy(name="Leerkracht"),
        situation="Noor vertelt dat zij na de zomer moet trouwen."))
    widget = MeldcodeTab()
    qtbot.addWidget(widget)
    place_in_work_area(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_context(session, pupil)
    widget.start_trajectory()
    return widget


def _record_signals(tab, concern: str) -> None:
    picker = tab.forms[K.SIGNALEN_VASTGELEGD].widgets["logboek_ids"]
    tab.choose(K.SIGNALEN_VASTGELEGD)
    fill(tab, K.SIGNALEN_VASTGELEGD, concern=concern,
         logboek_ids=[picker.item(0).data(DATA)], **STEP1)
    save(tab)


def test_the_picker_is_in_the_step_1_form_with_what_it_changes(tab):
    tab.choose(K.SIGNALEN_VASTGELEGD)
    form = tab.forms[K.SIGNALEN_VASTGELEGD]
    combo = form.widgets["concern"]
    assert form.first_field() is combo and combo.hasFocus()  # keyboard: first in the form
    assert combo.accessibleName() == "Soort zorg"
    assert [combo.itemData(i) for i in range(1, combo.count())] == [
        "algemeen", "eergerelateerd_geweld", "huwelijksdwang", "vgv", "radicalisering"]
    assert combo.currentData() == "algemeen"  # a new trajectory: the generic route
    hint = form.option_hints[combo]
    assert hint.accessibleName() == "Toelichting bij soort zorg" and hint.isVisible()
    combo.setCurrentIndex(combo.findData("eergerelateerd_geweld"))
    assert "Eerst raadplegen: Veilig Thuis (dat zo nodig het LEC EGG inschakelt)" \
        in hint.text()
    combo.setCurrentIndex(combo.findData("huwelijksdwang"))
    assert "Eerst raadplegen: Veilig Thuis, in stap 2" in hint.text()
    assert "LEC EGG" not in hint.text()
    combo.setCurrentIndex(combo.findData("vgv"))
    assert "geen eigen stap" in hint.text()


def test_the_step_1_form_fits_the_width_of_its_scroll_area(tab):
    tab.choose(K.SIGNALEN_VASTGELEGD)
    scroll = next(s for s in tab.findChildren(QScrollArea) if s.accessibleName() == "Formulier")
    for page in tab.pages.values():
        assert page.minimumSizeHint().width() <= scroll.viewport().width()
    assert scroll.horizontalScrollBar().maximum() == 0


def test_egg_is_stored_and_drives_the_steps(tab):
    _record_signals(tab, "eergerelateerd_geweld")
    assert tab.state.concern.value == "eergerelateerd_geweld"
    history = [tab.history.item(i).text() for i in range(tab.history.count())]
    assert any("soort zorg: eergerelateerd geweld" in line for line in history)
    guidance = tab.guidance.toPlainText()  # step 1: the warning above the generic step
    assert "Bespreek de signalen nog niet met de ouders" in guidance
    assert cite("seeds/003_9a54ac296a9565ce.txt", 7845) in guidance  # the disclosure passage
    # Recording signals again keeps the chosen form (the list opens on it).
    tab.choose(K.SIGNALEN_VASTGELEGD)
    assert tab.forms[K.SIGNALEN_VASTGELEGD].widgets["concern"].currentData() \
        == "eergerelateerd_geweld"
    fill(tab, K.KINDCHECK, done=True, note="Geen zorgen over de ouders.")
    save(tab)
    fill(tab, K.BROERS_ZUSSEN, note="Geen broers of zussen op school.")
    save(tab)
    fill(tab, K.STAP_AFGEROND)
    save(tab)
    assert tab.state.current_step is Step.CONSULTATIE
    guidance = tab.guidance.toPlainText()
    assert "Raadpleeg eerst Veilig Thuis" in guidance and "LEC EGG" in guidance
    # Not passed off as the school's seed; one citation, no '.;' between its parts.
    assert "; LEC EGG: landelijke Meldcode" in guidance and ".;" not in guidance
    fill(tab, K.COLLEGIALE_CONSULTATIE, with_whom="Johan de Wit", advice="VT bellen.")
    save(tab)
    missing = [tab.missing.item(i).text() for i in range(tab.missing.count())]
    assert any("raadpleeg Veilig Thuis vóór het gesprek" in m for m in missing)
    assert not tab.buttons[K.STAP_AFGEROND].isEnabled()  # not without Veilig Thuis
    fill(tab, K.VT_CONSULTATIE, anonymous=True, contact_person="Mw. Kramer",
         question="Hoe verder?", advice="Eerst afstemmen.", next_steps="Plan.",
         responsibilities="IB houdt het dossier bij.")
    save(tab)
    assert tab.buttons[K.STAP_AFGEROND].isEnabled()


def test_algemeen_keeps_the_generic_route(tab):
    _record_signals(tab, "algemeen")
    assert tab.state.concern.value == "algemeen"
    assert "Bespreek de signalen nog niet" not in tab.guidance.toPlainText()


def test_the_picker_by_keyboard(qtbot, tab):
    tab.choose(K.SIGNALEN_VASTGELEGD)
    combo = tab.forms[K.SIGNALEN_VASTGELEGD].widgets["concern"]
    qtbot.keyClick(tab.forms[K.SIGNALEN_VASTGELEGD], Qt.Key.Key_Z,
                   Qt.KeyboardModifier.AltModifier)  # Soort &zorg
    assert combo.hasFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "eergerelateerd_geweld"
