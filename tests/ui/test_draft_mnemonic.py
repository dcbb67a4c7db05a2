"""The 'Concept weggooien' button of a restored draft must leave each Alt+letter to one
control of its form (it had Alt+W, as '&Wat is er gebeurd' in the incident forms:
Alt+W then only moved the focus between the two). Every form that keeps drafts in a
dialog, with a draft waiting, as the IB sees it after 'Concept hersteld'."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ui.screen_fit import mnemonic_clashes
from zorgdesk.ui.form_drafts import DraftKeeper
from zorgdesk.ui.peer_incident import steps as incident_steps
from zorgdesk.ui.peer_incident.step_dialog import StepDialog
from zorgdesk.ui.staff_abuse import steps as staff_steps
from zorgdesk.ui.unsaved import draft_place


def _restored(qtbot, session, build):
    """The form built with a draft of what it shows stored: the note and button show."""
    first = build()
    qtbot.addWidget(first)
    [keeper] = first.findChildren(DraftKeeper)
    session.drafts.save(keeper.form, keeper.key, keeper.pupil_id, keeper.get_state())
    keeper.stop()
    again = build()
    qtbot.addWidget(again)
    [keeper] = again.findChildren(DraftKeeper)
    assert keeper.banner.isVisibleTo(again) and keeper.discard_button.text() != ""
    return again


def _step_form(session, zoe, step):
    def build():
        place = draft_place(session, "test", step.action, zoe.id)
        return StepDialog(step, lambda values: None, date(2026, 11, 20), draft=place)
    return build


@pytest.mark.parametrize("module", [incident_steps, staff_steps], ids=["incident", "misbruik"])
def test_every_step_form_leaves_each_alt_letter_to_one_control(qtbot, session, zoe, module):
    clashes = []
    for step in (module.START, *module.STEPS):
        form = _restored(qtbot, session, _step_form(session, zoe, step))
        clashes += mnemonic_clashes(form, step.title)
    assert not clashes, "\n".join(clashes)


def test_the_other_forms_with_drafts_leave_each_alt_letter_to_one_control(qtbot, session,
                                                                          zoe):
    from zorgdesk.ui.conversations.dialog import ConversationDialog
    from zorgdesk.ui.logbook.entry_form import EntryDialog
    from zorgdesk.ui.transfer.dialog import TransferDialog

    forms = {"Overdrachtsdossier": lambda: TransferDialog(session, zoe.id),
             "Logboek": lambda: EntryDialog(session, zoe),
             "Zorggesprek": lambda: ConversationDialog(session, zoe)}
    clashes = []
    for where, build in forms.items():
        clashes += mnemonic_clashes(_restored(qtbot, session, build), where)
    assert not clashes, "\n".join(clashes)
