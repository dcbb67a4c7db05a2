"""Besluit hulp takes over what afwegingsvraag 4 recorded (walk finding: the IB was asked
for welke hulp, termijn and verantwoordelijke a second time)."""

from __future__ import annotations

from datetime import date, timedelta

from tests.ui.test_meldcode_tab import answer, fill, save, tab, walk_steps_1_to_3  # noqa: F401
from zorgdesk.domain.meldcode import EventKind as K
from zorgdesk.domain.meldcode import Outcome


def _help_accepted(tab) -> date:  # noqa: F811
    walk_steps_1_to_3(tab)
    assert answer(tab, "ja", "Vermoeden.", bevoegd_gezag=True)
    assert answer(tab, "nee", "Geen direct gevaar.")
    assert answer(tab, "ja", "Schoolmaatschappelijk werk kan helpen.")
    term = date.today() + timedelta(days=42)
    tab.choose(K.AFWEGINGSVRAAG)
    form = tab.question_form
    form.yes.setChecked(True)
    form.help_description.setPlainText("Opvoedondersteuning door het wijkteam")
    form.help_term.setText(f"{term:%d-%m-%Y}")
    form.help_responsible.setText("Marieke Hoekstra")
    form.reasoning.setPlainText("Ouders willen meewerken.")
    assert tab.submit(), tab.form_error.text()
    assert tab.feedback.text().endswith("Ouders willen meewerken.")  # not '..'
    assert tab.state.outcome is Outcome.HULP
    fill(tab, K.STAP_AFGEROND)
    save(tab)
    assert tab.buttons[K.BESLUIT_HULP].isEnabled()
    return term


def test_besluit_hulp_shows_the_answers_of_question_4(tab):  # noqa: F811
    term = _help_accepted(tab)
    tab.choose(K.BESLUIT_HULP)
    form = tab.forms[K.BESLUIT_HULP]
    assert form.widgets["description"].toPlainText() == "Opvoedondersteuning door het wijkteam"
    assert form.widgets["term"].text() == f"{term:%d-%m-%Y}"
    assert form.widgets["responsible"].text() == "Marieke Hoekstra"
    assert form.taken_over.isVisibleTo(tab) and "afwegingsvraag 4" in form.taken_over.text()
    # Still editable: what the IB changes is what the decision records.
    form.widgets["responsible"].setText("Johan de Wit")
    form.widgets["value"].setCurrentIndex(form.widgets["value"].findData(True))
    form.widgets["reasoning"].setPlainText("Hulp via het wijkteam.")
    assert tab.submit(), tab.form_error.text()
    assert tab.state.decision_hulp is True
    assert tab.state.help_responsible == "Johan de Wit"
    assert tab.state.help_description == "Opvoedondersteuning door het wijkteam"
    assert tab.state.help_term == term


def test_typed_text_is_not_overwritten_by_the_answers_of_question_4(tab):  # noqa: F811
    _help_accepted(tab)
    tab.choose(K.BESLUIT_HULP)
    form = tab.forms[K.BESLUIT_HULP]
    form.widgets["description"].setPlainText("Iets anders")
    tab.refresh()  # prepare() runs again on every refresh
    assert form.widgets["description"].toPlainText() == "Iets anders"


def test_no_take_over_note_without_question_4(tab):  # noqa: F811
    walk_steps_1_to_3(tab)
    form = tab.forms[K.BESLUIT_HULP]
    form.prepare(tab.state, date.today(), "IB", [], {})
    assert form.widgets["description"].toPlainText() == ""
    assert not form.taken_over.isVisibleTo(tab)
