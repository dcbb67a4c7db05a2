"""After a lock in the middle of work the IB comes back where she was; Vandaag opens
after the first unlock of a start (and of another vault) only.

Walk s35 (walk2-75) and the s36 brief: after the 5-minute auto-lock the unlock put
Vandaag in front of her work, one Escape too many, and the cursor was in the pupil
search instead of the field she was typing in."""

from __future__ import annotations

import pytest

from tests.ui.keyboard import type_text
from tests.ui.test_open_vault import _answer_unlock, _other_vault
from zorgdesk.domain.meldcode import EventKind
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui.meldcode.tab import MeldcodeTab


def _vandaag_closed(controller, qtbot) -> None:
    qtbot.waitUntil(lambda: controller.window.today_dialog is not None)
    controller.window.today_dialog.reject()


def _meldcode_form(controller, choose_dossier, qtbot, kind: EventKind):
    """Zoë's meldcode tab in the shown window, with the form of ``kind`` open."""
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    choose_dossier("Zoë van der Berg")
    index = next(i for i, t in enumerate(window.tab_pages) if isinstance(t, MeldcodeTab))
    window.tabs.setCurrentIndex(index)
    tab = window.tab_pages[index]
    if tab.trajectory is None:
        tab.start_trajectory()
    tab.choose(kind)
    return tab


def _meldcode_typing(controller, choose_dossier, qtbot):
    """Zoë's meldcode tab, step 1's form with a half-typed answer and the cursor in it."""
    tab = _meldcode_form(controller, choose_dossier, qtbot, EventKind.SIGNALEN_VASTGELEGD)
    field = next(iter(tab.forms[EventKind.SIGNALEN_VASTGELEGD].step1.values()))
    field.setFocus()
    type_text(field, "half getypt")
    return tab, field


def _unlock(controller, qtbot) -> None:
    controller._attach(Session.open(controller.vault_path, DEMO_PASSPHRASE))
    qtbot.wait(50)  # Vandaag would open one turn of the event loop later


@pytest.mark.parametrize("how", ["idle", "ctrl_l"])
def test_after_a_lock_she_returns_to_her_typing_not_to_vandaag(controller, choose_dossier,
                                                              qtbot, how):
    _vandaag_closed(controller, qtbot)
    tab, field = _meldcode_typing(controller, choose_dossier, qtbot)
    if how == "idle":
        controller.idle.start(100)
        qtbot.waitUntil(lambda: controller.session is None, timeout=5000)
    else:
        controller.window.lock_action.trigger()
    assert field.text() == ""  # locked: the form let go of it
    _unlock(controller, qtbot)
    window = controller.window
    assert window.today_dialog is None
    assert window.tabs.currentWidget() is tab
    assert tab.current_kind is EventKind.SIGNALEN_VASTGELEGD
    assert field.text() == "half getypt"
    assert window.focusWidget() is field


def test_the_cursor_goes_back_to_the_list_she_was_in(controller, choose_dossier, qtbot):
    _vandaag_closed(controller, qtbot)
    window = controller.window
    window.show()
    choose_dossier("Zoë van der Berg")
    window.show_tab(0)
    before = window.focusWidget()
    assert before is not None and before is not window.search
    before.setCurrentIndex(before.model().index(2, 0))  # the third note, not the first
    chosen = before.currentIndex().data()
    controller.lock()
    _unlock(controller, qtbot)
    assert window.today_dialog is None
    assert window.tabs.currentIndex() == 0
    assert window.focusWidget() is before
    assert before.currentIndex().row() == 2 and before.currentIndex().data() == chosen


def test_vandaag_still_opens_after_the_first_unlock_of_another_vault(controller, qtbot,
                                                                       demo_path, tmp_path):
    _vandaag_closed(controller, qtbot)
    seen: list = []
    _answer_unlock(DEMO_PASSPHRASE, seen)
    assert controller.open_vault(_other_vault(demo_path, tmp_path))
    qtbot.waitUntil(lambda: controller.window.today_dialog is not None)


def test_a_form_left_untouched_brings_her_back_to_the_tab_not_to_the_search(
        controller, choose_dossier, qtbot):
    """Walk s37 (walk4 i08, 1280x720 at 12 pt): Besluit hulp open, nothing typed yet,
    Ctrl+L, unlock: back on the meldcode tab, but the form (no draft: nothing typed) is
    not reopened and the cursor was in 'Zoek leerling', the list of all pupils under it.
    Where the field she was in is gone, the cursor goes where Ctrl+4 puts it on that tab
    ('Nog nodig', where Enter opens the next action again)."""
    _vandaag_closed(controller, qtbot)
    window = controller.window
    tab = _meldcode_form(controller, choose_dossier, qtbot, EventKind.KINDCHECK)
    field = tab.forms[EventKind.KINDCHECK].first_field()
    field.setFocus()
    assert window.focusWidget() is field
    controller.window.lock_action.trigger()
    _unlock(controller, qtbot)
    assert window.tabs.currentWidget() is tab
    assert window.focusWidget() is not window.search
    assert window.focusWidget() is tab.missing
