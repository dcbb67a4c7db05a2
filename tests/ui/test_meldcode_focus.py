"""Walk finding: after starting a trajectory or storing a step the keyboard must go on
from the step buttons; the form that had the cursor is gone (before, Tab started again at
the pupil search, ten stops away), and the empty form area shows its hint at the top."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_meldcode_tab import K, fill, tab  # noqa: F401 - the fixture
from zorgdesk.ui.record_picker import DATA


def _shown(qtbot, widget) -> None:
    widget.show()
    qtbot.waitExposed(widget)


def test_starting_puts_the_cursor_on_the_first_step_button(tab, qtbot):  # noqa: F811
    _shown(qtbot, tab)
    tab.start_trajectory()
    assert tab.focusWidget() is tab.buttons[K.SIGNALEN_VASTGELEGD]


def test_storing_a_step_puts_the_cursor_on_an_allowed_step_button(tab, qtbot):  # noqa: F811
    _shown(qtbot, tab)
    tab.start_trajectory()
    tab.buttons[K.KINDCHECK].setFocus()
    qtbot.keyClick(tab.buttons[K.KINDCHECK], Qt.Key.Key_Space)
    fill(tab, K.KINDCHECK, done=True, note="Navraag bij ouders gedaan")
    tab.save_button.setFocus()
    qtbot.keyClick(tab.save_button, Qt.Key.Key_Space)
    assert tab.state.kindcheck_done is True
    focus = tab.focusWidget()
    assert focus in tab.buttons.values() and focus.isEnabled() and focus.isVisible()
    # Walk s32: it went back to the row's first button (Signalen, not complete yet); the
    # IB works on from the action she just recorded.
    assert focus is tab.buttons[K.BROERS_ZUSSEN]


def test_the_hint_is_in_view_after_a_long_form_was_stored(tab, qtbot):  # noqa: F811
    _shown(qtbot, tab)
    tab.resize(1000, 600)
    tab.start_trajectory()
    picker = tab.forms[K.SIGNALEN_VASTGELEGD].widgets["logboek_ids"]
    tab.choose(K.SIGNALEN_VASTGELEGD)  # the longest form of step 1
    fill(tab, K.SIGNALEN_VASTGELEGD, logboek_ids=[picker.item(0).data(DATA)],
         contra_signalen="Noor speelt ontspannen met klasgenoten.",
         welke_signalen="Blauwe plekken", hoe_vaak="Twee keer", situaties="Na het weekend",
         meer_leerlingen="Nee", normale_ontwikkeling="Niet passend", eerder_gedrag="Nee",
         eerdere_zorgen="Nee")
    qtbot.wait(1)  # the form area takes the chosen form's height as the screen shows it
    bar = tab.form_scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the form must scroll, or this test cannot fail"
    bar.setValue(bar.maximum())
    assert tab.submit()
    assert tab.stack.currentWidget() is tab.placeholder
    assert tab.form_scroll.verticalScrollBar().value() == 0


def test_the_confirmation_names_what_was_stored(tab):  # noqa: F811
    tab.start_trajectory()
    fill(tab, K.KINDCHECK, done=True, note="Navraag bij ouders gedaan")
    assert tab.submit()
    # Before: 'Vastgelegd: Kindcheck: brengt de situatie ... in gevaar?.' (the form's title)
    assert tab.feedback.text() == "✔ Stap 1 - Kindcheck vastgelegd."


def test_a_finished_step_puts_the_cursor_on_stap_afronden(tab, qtbot):  # noqa: F811
    _shown(qtbot, tab)
    tab.start_trajectory()
    picker = tab.forms[K.SIGNALEN_VASTGELEGD].widgets["logboek_ids"]
    tab.choose(K.SIGNALEN_VASTGELEGD)
    fill(tab, K.SIGNALEN_VASTGELEGD, logboek_ids=[picker.item(0).data(DATA)],
         contra_signalen="Noor speelt ontspannen met klasgenoten.",
         welke_signalen="Blauwe plekken", hoe_vaak="Twee keer", situaties="Na het weekend",
         meer_leerlingen="Nee", normale_ontwikkeling="Niet passend", eerder_gedrag="Nee",
         eerdere_zorgen="Nee")
    assert tab.submit()
    fill(tab, K.KINDCHECK, done=True, note="Geen zorgen over de ouders.")
    assert tab.submit()
    assert not tab.buttons[K.STAP_AFGEROND].isEnabled()
    fill(tab, K.BROERS_ZUSSEN, note="Adam (groep 5): geen signalen bij de leerkracht.")
    assert tab.submit()
    assert tab.buttons[K.STAP_AFGEROND].isEnabled()  # nothing more needed in step 1
    assert tab.focusWidget() is tab.buttons[K.STAP_AFGEROND]


def test_after_vastleggen_the_cursor_goes_to_the_next_action_not_the_one_done(
        tab, qtbot):  # noqa: F811
    """Walk s29: after recording the signals the cursor went back to 'Signalen
    vastleggen', done already; the next thing to do in step 1 is the kindcheck."""
    _shown(qtbot, tab)
    tab.start_trajectory()
    picker = tab.forms[K.SIGNALEN_VASTGELEGD].widgets["logboek_ids"]
    tab.choose(K.SIGNALEN_VASTGELEGD)
    fill(tab, K.SIGNALEN_VASTGELEGD, logboek_ids=[picker.item(0).data(DATA)],
         contra_signalen="Noor speelt ontspannen met klasgenoten.",
         welke_signalen="Blauwe plekken", hoe_vaak="Twee keer", situaties="Na het weekend",
         meer_leerlingen="Nee", normale_ontwikkeling="Niet passend", eerder_gedrag="Nee",
         eerdere_zorgen="Nee")
    assert tab.submit()
    assert tab.buttons[K.SIGNALEN_VASTGELEGD].isEnabled()  # may be recorded again
    assert tab.focusWidget() is tab.buttons[K.KINDCHECK]
    fill(tab, K.KINDCHECK, done=True, note="Geen zorgen over de ouders.")
    assert tab.submit()
    assert tab.focusWidget() is tab.buttons[K.BROERS_ZUSSEN]


def test_the_next_action_follows_the_one_recorded_and_wraps_round(tab, qtbot):  # noqa: F811
    _shown(qtbot, tab)
    tab.start_trajectory()
    fill(tab, K.BROERS_ZUSSEN, note="Adam (groep 5): geen signalen bij de leerkracht.")
    assert tab.submit()
    # Nothing after it in step 1 is left: round to the first one still to do.
    assert tab.focusWidget() is tab.buttons[K.SIGNALEN_VASTGELEGD]


def test_vastleggen_and_starting_are_announced_to_a_screen_reader(tab, qtbot,  # noqa: F811
                                                                  monkeypatch):
    from zorgdesk.ui import widgets

    spoken = []
    monkeypatch.setattr(widgets, "_send_announcement", lambda w, text: spoken.append(text))
    _shown(qtbot, tab)
    tab.start_trajectory()
    assert spoken == ["Het meldcodetraject is gestart."]
    fill(tab, K.KINDCHECK, done=True, note="Navraag bij ouders gedaan")
    assert tab.submit()
    # The cursor lands on a button, which a screen reader reads; the confirmation beside
    # Vastleggen it would never reach: it is said as well, once.
    assert spoken[1:] == ["Stap 1 - Kindcheck vastgelegd."]


def test_without_a_next_action_the_cursor_goes_to_the_confirmation(tab, qtbot):  # noqa: F811
    _shown(qtbot, tab)
    tab.start_trajectory()
    fill(tab, K.KINDCHECK, done=True, note="Navraag bij ouders gedaan")
    for button in tab.buttons.values():  # as in a closed or waiting trajectory
        button.setEnabled(False)
    tab.save_button.setFocus()
    tab._focus_after(K.KINDCHECK)
    assert tab.focusWidget() is tab.feedback


def test_alt_i_takes_the_keyboard_to_the_history(tab, qtbot):  # noqa: F811
    """Walk s32: Alt+I showed Geschiedenis but the keyboard stayed in the form."""
    _shown(qtbot, tab)
    tab.activateWindow()  # a window shortcut fires in the active window only
    with qtbot.waitActive(tab):
        tab.raise_()
    tab.start_trajectory()
    fill(tab, K.KINDCHECK, done=True, note="Navraag bij ouders gedaan")
    assert tab.submit()
    assert tab.history.count() == 2  # else the newest entry is also the first
    tab.choose(K.BROERS_ZUSSEN)
    field = tab.focusWidget()
    assert field is not None and tab.forms[K.BROERS_ZUSSEN].isAncestorOf(field)
    qtbot.keyClick(field, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert tab.info.info_tabs.currentWidget() is tab.history
    assert tab.history.hasFocus()
    assert tab.history.currentRow() == tab.history.count() - 1  # the newest entry


def test_a_consultation_that_finishes_the_step_puts_the_cursor_on_stap_afronden(
        tab, qtbot):  # noqa: F811
    """Walk s35 (walk2-46): after 'Collegiaal overleg' was recorded the emptied form stayed
    open (a second consultation may follow) with the cursor in 'Met wie', while 'Nog
    nodig' said 'rond deze stap af met Stap afronden'; the IB pressed Space for the next
    button and typed a space into 'Met wie', then Ctrl+Enter refused an empty consultation.
    The form stays open; the cursor goes where the IB goes on."""
    _shown(qtbot, tab)
    tab.start_trajectory()
    picker = tab.forms[K.SIGNALEN_VASTGELEGD].widgets["logboek_ids"]
    tab.choose(K.SIGNALEN_VASTGELEGD)
    fill(tab, K.SIGNALEN_VASTGELEGD, logboek_ids=[picker.item(0).data(DATA)],
         contra_signalen="Noor speelt ontspannen met klasgenoten.",
         welke_signalen="Blauwe plekken", hoe_vaak="Twee keer", situaties="Na het weekend",
         meer_leerlingen="Nee", normale_ontwikkeling="Niet passend", eerder_gedrag="Nee",
         eerdere_zorgen="Nee")
    assert tab.submit()
    fill(tab, K.KINDCHECK, done=True, note="Geen zorgen over de ouders.")
    assert tab.submit()
    fill(tab, K.BROERS_ZUSSEN, note="Adam (groep 5): geen signalen bij de leerkracht.")
    assert tab.submit()
    fill(tab, K.STAP_AFGEROND)
    assert tab.submit()
    fill(tab, K.COLLEGIALE_CONSULTATIE, with_whom="Johan de Wit", advice="Eerst gesprek.")
    assert tab.submit()
    assert tab.current_kind is K.COLLEGIALE_CONSULTATIE  # still open for a second one
    assert tab.buttons[K.STAP_AFGEROND].isEnabled()
    assert tab.focusWidget() is tab.buttons[K.STAP_AFGEROND]


def test_no_suspicion_puts_the_cursor_on_dossier_afsluiten(tab, qtbot):  # noqa: F811
    """Walk s36 (walk3 k19): after 'nee' at question 1 'Nog nodig' says to close the
    dossier, but the cursor went to 'VT raadplegen' (step 2's row): Enter there opens a
    form the IB does not need. With nothing left in the current step's row and closing
    allowed, the cursor goes to Dossier afsluiten."""
    from tests.ui.test_meldcode_tab import answer, walk_steps_1_to_3

    _shown(qtbot, tab)
    walk_steps_1_to_3(tab)
    tab.question_form.reasoning.setFocus()
    assert answer(tab, "nee", "Gesprek met ouders nam het vermoeden weg.")
    assert tab.buttons[K.AFGESLOTEN].isEnabled()
    assert tab.focusWidget() is tab.buttons[K.AFGESLOTEN]


def test_back_on_the_tab_the_cursor_goes_to_the_open_form(tab, qtbot):  # noqa: F811
    """Walk s36 (walk3 k13): with 'Gesprek koppelen' open she planned the conversation on
    the Zorggesprekken tab; Ctrl+4 brought her back with the cursor in 'Nog nodig' (the
    tab's first list), not in the form she had open."""
    from zorgdesk.ui.dossier_tab_keys import focus_main_list

    _shown(qtbot, tab)
    tab.start_trajectory()
    tab.choose(K.KINDCHECK)
    tab.buttons[K.SIGNALEN_VASTGELEGD].setFocus()  # anywhere else
    focus_main_list(tab)
    assert tab.focusWidget() is tab.forms[K.KINDCHECK].first_field()


def test_enter_on_nog_nodig_opens_what_it_asks_for(tab, qtbot):  # noqa: F811
    """Walk s37 (walk4 d01/d02, real X): back on the tab without a form open the cursor
    is in 'Nog nodig' ('Beantwoord afwegingsvraag 2 ...'); Enter there did nothing, and
    the 'Afwegingsvraag' button was six Tabs away (Uitleg, its text, Bijlagen, VT
    raadplegen, Anonieme casus). Enter opens the action the cursor would go to after a
    save: the next one of this step, with the cursor in its form."""
    from tests.ui.test_meldcode_tab import walk_steps_1_to_3

    _shown(qtbot, tab)
    walk_steps_1_to_3(tab)
    tab.current_kind = None
    tab.refresh()
    missing = tab.missing
    assert "afwegingsvraag 1" in missing.item(0).text()
    missing.setFocus()
    qtbot.keyClick(missing, Qt.Key.Key_Return)
    assert tab.current_kind is K.AFWEGINGSVRAAG
    assert tab.focusWidget() is tab.forms[K.AFWEGINGSVRAAG].first_field()


def test_enter_on_nog_nodig_with_nothing_to_open_stays(tab, qtbot):  # noqa: F811
    """A closed dossier: 'Het dossier is afgesloten.' opens nothing, nothing breaks."""
    _shown(qtbot, tab)
    missing = tab.missing
    missing.setFocus()
    qtbot.keyClick(missing, Qt.Key.Key_Return)
    assert tab.current_kind is None
