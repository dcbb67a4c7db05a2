"""The correction answer dialog fits a school laptop at 125 % with everything in it.

Walk s29: with a restored draft and a long refusal the dialog reached the screen's
height; Opslaan and Annuleren must stay in sight and the rest scroll.
"""

from __future__ import annotations

from tests.conftest import TODAY
from tests.ui.screen_fit import WORK_AREA, fit_problems, place_in_work_area
from zorgdesk.ui.dialogs import release
from zorgdesk.ui.logbook.dialogs import DRAFT_FORM, AnswerRequestDialog

REFUSAL = ("Wij hebben uw verzoek zorgvuldig bekeken. De notitie beschrijft wat de "
           "leerkracht op die dag zag en hoorde; dat zijn feiten en geen mening. ") * 12
REQUEST = ("Wij vragen u de notitie over het schoolplein te verwijderen, omdat die "
           "volgens ons een verkeerd beeld geeft van onze zoon. ") * 8


def test_a_restored_long_refusal_scrolls_and_the_buttons_stay_in_sight(qtbot, session, zoe):
    request_id = session.parents.add_correction_request(zoe.id, TODAY, "Moeder", REQUEST)
    session.drafts.save(DRAFT_FORM, f"antwoord:{request_id}", zoe.id,
                        {"outcome": "afgewezen", "answered_on": f"{TODAY:%d-%m-%Y}",
                         "motivation": REFUSAL, "keep_meldcode": False})
    dialog = AnswerRequestDialog(session, session.parents.correction_request(request_id))
    qtbot.addWidget(dialog)
    assert "Concept hersteld" in dialog.draft.note.text()
    assert dialog.motivation.toPlainText() == REFUSAL
    place_in_work_area(dialog)
    assert dialog.minimumSizeHint().height() <= WORK_AREA.height()
    assert fit_problems(dialog, "antwoord") == []
    for button in dialog.buttons.buttons():
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert button.isVisible() and dialog.rect().contains(corner)
    release(dialog)
