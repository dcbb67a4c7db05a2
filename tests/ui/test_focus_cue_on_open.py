"""A dialog shows where the keyboard is from the moment it opens (walk s29).

Qt draws the focus frame of a button, combo box or list only once its window's
"keyboard in use" flag is on, and that flag starts off: a dialog opened with a shortcut
showed no cursor until the first Tab. The app sets it when a dialog first gets the focus.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from zorgdesk.ui.dialogs import release
from zorgdesk.ui.logbook.dialogs import AnswerRequestDialog
from zorgdesk.ui.pupils.manage_dialog import ManageDialog


def _opened(qtbot, dialog):
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog


def test_a_new_dialog_draws_its_focus_frame_before_the_first_tab(controller, qtbot):
    session = controller.session
    zoe = session.basedata.pupils("Zoë")[0]
    request = next(r for r in session.parents.correction_requests(zoe.id) if r.is_open)
    for dialog in (AnswerRequestDialog(session, request, controller.window),
                   ManageDialog(session, controller.window, zoe.id)):
        _opened(qtbot, dialog)
        qtbot.waitUntil(lambda d=dialog: d.focusWidget() is not None
                        and d.focusWidget().hasFocus(), timeout=3000)
        assert dialog.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange), (
            type(dialog).__name__)
        release(dialog)
