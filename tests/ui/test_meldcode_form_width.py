"""Walk finding: the long questions of step 1 ('Hoe verhoudt het gedrag zich tot de
normale ontwikkeling?') made the label column of the Signalen form so wide that every
field of the form was a narrow strip (236 of 600 px; at 125 % the answers were cut
off after a few words). The questions stand above their fields now."""

from __future__ import annotations

from zorgdesk.domain.meldcode import EventKind
from zorgdesk.ui.meldcode.forms import ActionForm
from zorgdesk.ui.meldcode.steps import SPECS


def test_the_fields_of_the_signalen_form_use_the_width(qtbot):
    form = ActionForm(SPECS[EventKind.SIGNALEN_VASTGELEGD])
    qtbot.addWidget(form)
    form.resize(600, 900)
    form.show()
    qtbot.waitExposed(form)
    narrow = [question for question, edit in
              [(e.accessibleName(), e) for e in form.step1.values()]
              if edit.width() < 0.6 * form.width()]
    assert not narrow, narrow
    contra = form.widgets["contra_signalen"]
    assert contra.width() >= 0.6 * form.width()
    for edit in form.step1.values():  # each question still names its field
        assert edit.accessibleName().endswith("?")
