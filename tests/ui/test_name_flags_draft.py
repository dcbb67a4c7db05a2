"""A flagged word the IB removed everywhere stays removed over the idle lock: the name
decision is part of the anonymous case's draft (ui/anonymise/drafts.py)."""

from __future__ import annotations

from zorgdesk.domain.anonymise.preview_decisions import NAME_REMOVED
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session


def test_a_removed_nickname_comes_back_removed_after_the_lock(qtbot, controller,
                                                              choose_dossier, demo_path):
    choose_dossier("Zoë van der Berg")
    dialog = controller.window.open_anonymise_dialog()
    qtbot.waitExposed(dialog)
    dialog.question.setPlainText("In de pauze kwam Kruimel naar haar toe. Wat nu?")
    dialog.rebuild()
    assert "Kruimel" in dialog.flags.names
    assert dialog.remove_flagged_name("Kruimel")
    controller.lock()
    controller._attach(Session.open(demo_path, DEMO_PASSPHRASE))
    again = controller.window.open_anonymise_dialog()
    assert [d.action for d in again.decisions] == [NAME_REMOVED]
    assert "Kruimel" in again.question.toPlainText()
    assert "kruimel" not in again.result.text.lower()
    again.reject()
