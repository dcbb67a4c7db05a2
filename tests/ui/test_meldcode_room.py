"""The Meldcode tab on a school laptop at 125 % (walk findings, session 28): the form
gets the height, and Tab goes from the form on to the step's buttons."""

from __future__ import annotations

from tests.ui.screen_fit import place_in_work_area
from tests.ui.tab_order import tab_order
from zorgdesk.domain.meldcode import EventKind as K


def _emre_at_question_2(controller):
    window = controller.window
    emre = next(p.id for p in controller.session.basedata.pupils()
                if p.display_name == "Emre Çelik")
    assert window.select_pupil(emre)
    place_in_work_area(window)
    window.show_tab(3)
    tab = window.tab_pages[3]
    tab.choose(K.AFWEGINGSVRAAG)
    place_in_work_area(window)
    return window, tab


def test_the_question_form_is_shown_whole_at_125_percent(controller):
    """The form area was about 100 px high (rows of greyed-out buttons of steps 1, 3 and
    5 took the height): afwegingsvraag 2 with its reasoning had to be scrolled."""
    _window, tab = _emre_at_question_2(controller)
    needed = tab.question_form.sizeHint().height()
    assert tab.form_scroll.viewport().height() >= needed, (
        tab.form_scroll.viewport().height(), needed)


def test_only_steps_with_an_action_now_show_their_buttons(controller):
    _window, tab = _emre_at_question_2(controller)
    assert not tab.row_labels["Stap 1"].isVisible()  # all done, nothing to choose
    assert not tab.buttons[K.SIGNALEN_VASTGELEGD].isVisible()
    assert tab.row_labels["Stap 4"].isVisible()  # the current step, always
    assert tab.buttons[K.AFWEGINGSVRAAG].isVisible()
    assert tab.buttons[K.VT_CONSULTATIE].isVisible()  # allowed again at step 4
    assert tab.buttons[K.TERUG_NAAR_STAP].isVisible()
    assert not tab.row_labels["Stap 5"].isVisible()


def test_tab_from_the_form_goes_on_to_the_step_buttons(controller):
    window, tab = _emre_at_question_2(controller)
    order = tab_order(window)
    form_part = order[order.index("Antwoord ja"):]
    assert form_part == [
        "Antwoord ja", "Antwoord nee", "Antwoord twijfel", "Disclosure",
        "Onderbouwing van het antwoord", "Vastleggen",
        "Consultatie van Veilig Thuis vastleggen", "Anonieme casus voor Veilig Thuis maken",
        "Afwegingskader", "Teruggaan naar een eerdere stap (de geschiedenis blijft bewaard)",
        "Afspraken over het monitoren van de zorg",
        "Rapportage meldcode invullen (de overige velden vult ZorgDesk uit het dossier)",
    ]


def test_the_focus_after_vastleggen_stays_visible(controller, qtbot):
    """Walk s29: after Vastleggen the cursor went to Stap afronden (or the next action)
    without its focus frame: Qt's default focus reason tells the style the keyboard is
    no longer in use, so a keyboard-only IB saw no focus until she pressed Tab."""
    from PySide6.QtCore import Qt
    window = controller.window
    emre = next(p.id for p in controller.session.basedata.pupils()
                if p.display_name == "Emre Çelik")
    assert window.select_pupil(emre)
    window.show()
    window.activateWindow()  # focus moves (and the flag with it) only in the active window
    qtbot.waitUntil(window.isActiveWindow)
    window.show_tab(3)
    tab = window.tab_pages[3]
    tab.choose(K.VT_CONSULTATIE)
    # What a Tab press sets: the keyboard is in use, the style draws focus frames.
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
    tab.choose(K.AFWEGINGSVRAAG)
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    tab.question_form.no.setChecked(True)
    tab.question_form.reasoning.setPlainText("Geen acute onveiligheid.")
    assert tab.submit()
    assert window.focusWidget() is tab.question_form.yes  # question 3, its first field
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)


def test_the_heading_comes_before_the_toolbar_as_on_the_other_tabs(controller):
    """Walk s31/s32: without a trajectory the Meldcode tab showed its toolbar above
    'Meldcode voor ...' (b03-meldcode.png); Logboek, Signalenlijst and Zorggesprekken
    put the heading first."""
    window = controller.window
    zoe = next(p.id for p in controller.session.basedata.pupils()
               if p.display_name == "Zoë van der Berg")
    assert window.select_pupil(zoe)
    place_in_work_area(window)
    for index in range(4):
        window.show_tab(index)
        place_in_work_area(window)
        tab = window.tab_pages[index]
        heading = getattr(tab, "header", None) or tab.heading
        assert heading.isVisible() and tab.toolbar.isVisible(), index
        assert heading.geometry().bottom() <= tab.toolbar.geometry().top(), index
