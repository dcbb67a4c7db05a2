"""The entry form's parents' part: several contacts and agreements, 'ouders geïnformeerd',
and marking an agreement as evaluated - real widgets on a real demo vault."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from zorgdesk.domain.logbook import ParentsInformed
from zorgdesk.ui.logbook.dialogs import AgreementEvaluationDialog
from zorgdesk.ui.logbook.entry_form import EntryDialog
from zorgdesk.ui.logbook.tab import LogbookTab


@pytest.fixture
def noor(session):
    return session.basedata.pupils("Noor")[0]


@pytest.fixture
def form(qtbot, session, noor):
    dialog = EntryDialog(session, noor)
    qtbot.addWidget(dialog)
    dialog.situation.setText("Noor huilde 10 minuten bij het hek.")
    dialog.signalled_by.setCurrentIndex(1)  # a staff member of the demo school
    return dialog


def _contact(rows, index, day, who, summary="", mode="telefonisch"):
    row = rows.rows[index]
    row["contact_date"].setText(day)
    row["with_whom"].setText(who)
    row["summary"].setText(summary)
    row["mode"].setCurrentIndex(row["mode"].findData(mode))


def test_two_contacts_two_agreements_and_informed_parents_are_saved(form, session):
    _contact(form.contacts, 0, "20-11-2026", "moeder", "gebeld")
    form.contacts.add_button.click()
    assert len(form.contacts.rows) == 2
    _contact(form.contacts, 1, "23-11-2026", "vader", "op school", mode="persoonlijk")
    agreements = form.parent_agreements
    agreements.rows[0]["text"].setText("Ontbijt mee")
    agreements.rows[0]["evaluation_date"].setText("04-12-2026")
    agreements.add_button.click()
    agreements.rows[1]["text"].setText("Vader belt vrijdag")
    agreements.rows[1]["evaluation_date"].setText("27-11-2026")
    form.parents_informed.setCurrentIndex(form.parents_informed.findData("ja"))
    form.parents_informed_note.setText("telefonisch door de leerkracht")
    form.save()
    assert form.saved_id is not None, [lb.text() for lb in form.field_errors.labels.values()]
    entry = session.logbook.history(form.saved_id).current.content
    assert [(c.with_whom, str(c.mode)) for c in entry.parent_contacts] == [
        ("moeder", "telefonisch"), ("vader", "persoonlijk")]
    assert [a.text for a in entry.parent_agreements] == ["Ontbijt mee", "Vader belt vrijdag"]
    assert entry.parents_informed is ParentsInformed.YES
    assert entry.parents_informed_display == "ja (telefonisch door de leerkracht)"


def test_a_problem_in_the_second_row_is_shown_at_the_second_row(form):
    form.contacts.add_button.click()
    _contact(form.contacts, 1, "23-11-2026", "")  # row 1 empty, row 2 misses 'met wie'
    form.parents_informed.setCurrentIndex(form.parents_informed.findData("nee"))
    form.save()
    assert form.saved_id is None
    labels = form.field_errors.labels
    assert "met wie" in labels["parent_contacts[1].with_whom"].text()
    assert labels["parent_contacts[0].with_whom"].text() == ""
    assert "waarom" in labels["parents_informed_note"].text()
    assert form.contacts.rows[1]["contact_date"].text() == "23-11-2026"  # nothing lost


def test_every_row_field_has_an_accessible_name(form):
    form.parent_agreements.add_button.click()
    names = [w.accessibleName() for rows in (form.contacts, form.parent_agreements)
             for row in rows.rows for k, w in row.items() if not k.startswith("_")]
    assert all(names) and "Afspraak met ouders 2: evaluatiedatum" in names
    assert form.contacts.add_button.accessibleName()


def test_a_draft_keeps_every_row(qtbot, session, noor, form):
    form.contacts.add_button.click()
    _contact(form.contacts, 1, "23-11-2026", "oma")
    form.drafts.save_now()
    form.reject()
    again = EntryDialog(session, noor)
    qtbot.addWidget(again)
    assert len(again.contacts.rows) == 2
    assert again.contacts.rows[1]["with_whom"].text() == "oma"


def test_marking_an_agreement_evaluated_from_the_tab(qtbot, session, noor, form, monkeypatch):
    form.parent_agreements.rows[0]["text"].setText("Ontbijt mee")
    form.parent_agreements.rows[0]["evaluation_date"].setText("04-12-2026")
    form.save()
    tab = LogbookTab()
    qtbot.addWidget(tab)
    tab.set_context(session, noor)
    row = next(i for i in range(tab.list.count())
               if tab.list.entries.record(i).entry_id == form.saved_id)
    tab.list.setCurrentRow(row)
    assert tab.evaluate_action.isEnabled()
    dialog = AgreementEvaluationDialog(session, form.saved_id, tab)
    qtbot.addWidget(dialog)
    dialog.evaluated_on.setText("30-02-2026")
    dialog.save()
    assert "bestaat niet" in dialog.errors["evaluated_on"].text()
    dialog.evaluated_on.setText("25-11-2026")
    dialog.note.setPlainText("Lukt goed.")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.show_current()
    assert not tab.evaluate_action.isEnabled()
    assert "geëvalueerd op 25-11-2026" in tab.detail.toPlainText()
    assert isinstance(dialog.evaluated_on, QLineEdit)
