"""The meldcode tab shows one action form at a time beside the main window's own
controls and menu bar: every form must leave each Alt+letter to one control. Every
form is shown, also the ones the demo trajectory does not allow at this step (walk
finding: Logboekregels took Alt+L from the Leerling menu, Nee and Nazorg took Alt+N from
Nog nodig, ...)."""

from __future__ import annotations

from tests.ui.screen_fit import mnemonic_clashes, mnemonic_owners, place_in_work_area
from zorgdesk.ui.meldcode.steps import SPECS


def _pupil_in_a_trajectory(window):
    tab = window.tab_pages[3]
    window.show_tab(3)
    for pupil in window.session.basedata.pupils():
        window.select_pupil(pupil.id)
        if tab.state is not None and not tab.state.closed:
            return tab
    raise AssertionError("the demo has an open meldcode trajectory")


def test_every_meldcode_form_leaves_each_alt_letter_to_one_control(controller):
    window = controller.window
    place_in_work_area(window)
    tab = _pupil_in_a_trajectory(window)
    clashes = []
    for kind, spec in SPECS.items():
        tab.current_kind = None
        tab.refresh()
        tab.stack.setCurrentWidget(tab.pages[kind])  # also a form not allowed right now
        clashes += mnemonic_clashes(window, f"Meldcode / {spec.button}")
    assert not clashes, "\n".join(clashes)


def test_the_afwegingskader_answers_each_have_their_own_alt_letter(controller):
    """Walk s36/s37: 'Nee' had no Alt letter because Alt+N was 'Nog nodig'; a newcomer
    pressing Alt+N for Nee landed in that list. Ja is Alt+J, Nee is Alt+N, Twijfel
    Alt+F; 'Nog nodig' moved to Alt+M, and the two forms that had M moved on."""
    from zorgdesk.domain.meldcode.vocabulary import EventKind

    window = controller.window
    place_in_work_area(window)
    tab = _pupil_in_a_trajectory(window)
    tab.current_kind = None
    tab.refresh()
    tab.stack.setCurrentWidget(tab.pages[EventKind.AFWEGINGSVRAAG])
    owners = mnemonic_owners(window)
    assert owners["j"] == ["Ja"]
    assert owners["n"] == ["Nee"]
    assert owners["f"] == ["Twijfel"]
    assert owners["m"] == ["Nog nodig om verder te gaan:"]
