"""The small forms (logboek: zienswijze, correctieverzoek, antwoord, evaluatie, aanvulling,
verstrekking; zorggesprek: uitreiken, ondertekening, aanvulling) on the one draft
mechanism and the one FieldErrors helper (ui/small_form.py).

Real demo vault, real widgets, the real AppController lock and unlock.
"""

from __future__ import annotations

import pytest

from tests.ui.test_form_drafts import controllers, show_pupil, unlock  # noqa: F401
from zorgdesk.ui.conversations.signature_dialogs import AddendumDialog
from zorgdesk.ui.logbook.dialogs import (
    CorrectionRequestDialog,
    ProgressDialog,
    SharingDialog,
    ZienswijzeDialog,
)
from zorgdesk.ui.logbook.tab import LogbookTab


@pytest.fixture
def controller(controllers):  # noqa: F811 - the fixture of test_form_drafts
    return controllers[0]


VIEW = "Wij zien het anders: Zoë’s moeder 🙂 was die ochtend wél thuis."


def _open(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_zienswijze_typed_before_the_auto_lock_is_back_after_unlocking(controller, qtbot):
    zoe, tab = show_pupil(controller, "Zoë van der Berg", LogbookTab)
    dialog = _open(qtbot, ZienswijzeDialog(controller.session, zoe.id, [], tab))
    dialog.given_by.setText("Ingrid van der Berg (moeder)")
    dialog.text.setPlainText(VIEW)
    controller.lock()  # what the idle timer does: drafts stored, dialogs closed, key gone
    assert not dialog.isVisible()
    unlock(controller)
    again = _open(qtbot, ZienswijzeDialog(controller.session, zoe.id, [], tab))
    assert again.text.toPlainText() == VIEW
    assert again.given_by.text() == "Ingrid van der Berg (moeder)"
    assert again.draft.note.text().startswith("Concept hersteld (bewaard op ")
    again.save()  # saved for real: the draft has done its job
    assert again.result() and controller.session.drafts.for_pupil(zoe.id) == []


def test_drafts_are_per_form_and_per_record(controller, qtbot):
    zoe, tab = show_pupil(controller, "Zoë van der Berg", LogbookTab)
    session = controller.session
    request = _open(qtbot, CorrectionRequestDialog(session, zoe.id, [], tab))
    request.request.setPlainText("Graag de notitie van 22 oktober verwijderen.")
    request.reject()  # Annuleren: closes at once, the text is kept
    entries = [i.entry_id for i in session.logbook.chronology(zoe.id)]
    progress = _open(qtbot, ProgressDialog(session, entries[0], tab))
    progress.text.setPlainText("Daarna niets meer gezien.")
    progress.reject()
    keys = sorted(d.key for d in session.drafts.for_pupil(zoe.id) if d.form == "logboek")
    assert keys == [f"aanvulling:{entries[0]}", f"correctieverzoek:{zoe.id}"]
    other = _open(qtbot, ProgressDialog(session, entries[1], tab))
    assert other.text.toPlainText() == "" and other.draft.banner.isHidden()
    zienswijze = _open(qtbot, ZienswijzeDialog(session, zoe.id, [], tab))
    assert zienswijze.text.toPlainText() == ""  # another form of the same pupil
    # A sharing form prefilled after printing keeps a draft per document.
    printed = _open(qtbot, SharingDialog(session, zoe.id, "Dossier logboek (afgedrukt)", tab))
    printed.shared_with.setText("Jeugdarts GGD")
    printed.reject()
    letter = _open(qtbot, SharingDialog(session, zoe.id, "Antwoordbrief (afgedrukt)", tab))
    assert letter.what.text() == "Antwoordbrief (afgedrukt)" and letter.shared_with.text() == ""
    printed = _open(qtbot, SharingDialog(session, zoe.id, "Dossier logboek (afgedrukt)", tab))
    assert printed.shared_with.text() == "Jeugdarts GGD"


def test_an_error_appears_at_its_field_and_goes_when_it_is_fixed(controller, qtbot):
    zoe, tab = show_pupil(controller, "Zoë van der Berg", LogbookTab)
    dialog = _open(qtbot, ZienswijzeDialog(controller.session, zoe.id, [], tab))
    dialog.activateWindow()
    dialog.received.setText("31-02-2026")
    dialog.given_by.setText("Ingrid van der Berg (moeder)")
    dialog.text.setPlainText(VIEW)
    dialog.save()
    label = dialog.errors["received"]
    assert "bestaat niet" in label.text() and label.isVisibleTo(dialog)
    assert dialog.focusWidget() is dialog.received  # the cursor at the field with the problem
    assert dialog.text.toPlainText() == VIEW  # nothing typed lost
    dialog.received.setText("03-11-2026")  # typing in the field clears its message
    assert label.text() == "" and label.isHidden() and dialog.error.isHidden()
    dialog.save()
    assert dialog.result()


def test_the_zorggesprek_addendum_is_on_the_same_helpers(controller, qtbot):
    session = controller.session
    conversation = next(c for p in session.basedata.pupils()
                        for c in session.conversations.for_pupil(p.id) if c.frozen)
    dialog = _open(qtbot, AddendumDialog(session.signing, conversation.id,
                                         drafts=session.drafts))
    dialog.save()  # empty: refused at the field
    assert dialog.errors["text"].text() == "Vul de aanvulling in."
    dialog.text.setPlainText("Vader belde: de afspraak met het wijkteam 🙂 is op 3 december.")
    assert dialog.errors["text"].isHidden()
    controller.lock()
    unlock(controller)
    session = controller.session
    again = _open(qtbot, AddendumDialog(session.signing, conversation.id,
                                        drafts=session.drafts))
    assert "wijkteam 🙂 is op 3 december" in again.text.toPlainText()
    assert [d.form for d in session.drafts.for_pupil(conversation.pupil_id)] == ["verslag"]
    again.save()
    assert session.drafts.for_pupil(conversation.pupil_id) == []
