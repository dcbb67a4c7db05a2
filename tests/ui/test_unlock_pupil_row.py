"""After a lock with the cursor in a filtered pupil list, the unlock shows the same
pupil (review s36 of walk3's row memory: the lock clears the search and the group
filter, so the row number she was on names another child in the full list)."""

from __future__ import annotations

from tests.ui.keyboard import type_text
from tests.ui.test_unlock_returns import _unlock, _vandaag_closed


def test_a_filtered_pupil_list_gives_back_the_same_pupil(controller, choose_dossier, qtbot):
    _vandaag_closed(controller, qtbot)
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    window.search.setFocus()
    type_text(window.search, "Zoë")
    qtbot.wait(400)  # the search waits for the typing to stop
    zoe = choose_dossier("Zoë van der Berg")
    window.pupil_list.setFocus()
    assert window.focusWidget() is window.pupil_list
    assert window.current_pupil.id == zoe.id
    controller.lock()
    _unlock(controller, qtbot)
    assert window.current_pupil is not None
    assert window.current_pupil.display_name == "Zoë van der Berg"
