"""'Geëvalueerd' for agreements with parents: an evaluated agreement leaves Vandaag."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import TODAY
from tests.refusals import refused
from tests.services.test_logbook import draft
from zorgdesk.domain.logbook import ParentAgreement
from zorgdesk.domain.validation import ValidationError

START, END = TODAY - timedelta(weeks=4), TODAY + timedelta(weeks=8)


@pytest.fixture
def entry(session):
    noor = session.basedata.pupils("Noor")[0]
    return session.logbook.add_entry(draft([noor.id], session.vault, entry_date="16-11-2026",
                                           parent_agreements=(
        ParentAgreement("Elke ochtend ontbijt mee", "30-11-2026"),
        ParentAgreement("Vader belt vrijdag de leerkracht", "04-12-2026"))))


def _due_texts(session, entry):
    return [d.text for d in session.deadlines.logbook_evaluations(START, END)
            if d.record_id == entry]


def test_an_evaluated_agreement_is_no_longer_due(session, entry):
    assert _due_texts(session, entry) == ["Elke ochtend ontbijt mee",
                                          "Vader belt vrijdag de leerkracht"]
    evaluations = session.agreement_evaluations
    evaluations.mark_evaluated(entry, 0, "25-11-2026", "Lukt bijna elke dag.")
    assert _due_texts(session, entry) == ["Vader belt vrijdag de leerkracht"]
    assert [a.text for _i, a in evaluations.open_agreements(entry)] == [
        "Vader belt vrijdag de leerkracht"]
    (done,) = evaluations.for_entries([entry])[entry]
    assert (done.agreement_text, done.evaluated_on, done.note, done.recorded_by) == (
        "Elke ochtend ontbijt mee", date(2026, 11, 25), "Lukt bijna elke dag.",
        session.user_name)
    assert session.vault.verify() == []


@pytest.mark.parametrize(("place", "when", "message"), [
    (5, "25-11-2026", "Kies een afspraak"),
    (1, "26-11-2026", "in de toekomst"),
    (1, "10-11-2026", "vóór de datum van de notitie"),
    (1, "31-02-2026", "bestaat niet"),
    (1, "", "Vul de datum"),
])
def test_bad_evaluations_are_refused_in_dutch(session, entry, place, when, message):
    with pytest.raises(ValidationError) as raised:
        session.agreement_evaluations.mark_evaluated(entry, place, when)
    assert any(message in m for _f, m in raised.value.problems)
    assert len(_due_texts(session, entry)) == 2


def test_twice_is_refused_and_a_changed_agreement_is_due_again(session, entry):
    evaluations = session.agreement_evaluations
    evaluations.mark_evaluated(entry, 1, TODAY)
    with refused(ValidationError, match="al geëvalueerd"):
        evaluations.mark_evaluated(entry, 1, TODAY)
    old = session.logbook.history(entry).current.content
    session.logbook.correct_entry(entry, draft(
        old.pupil_ids, session.vault, entry_date=old.entry_date, parent_agreements=(
            old.parent_agreements[0],
            ParentAgreement("Vader belt maandag de leerkracht", "07-12-2026"))),
        "Andere dag afgesproken")
    assert _due_texts(session, entry) == ["Elke ochtend ontbijt mee",
                                          "Vader belt maandag de leerkracht"]


def test_the_evaluation_is_in_the_inzage_export(session, entry):
    import json

    session.agreement_evaluations.mark_evaluated(entry, 0, TODAY, "Gaat goed.")
    noor = session.basedata.pupils("Noor")[0]
    exported = json.loads(session.inzage.to_json(session.inzage.collect(noor.id)))
    found = next(e for e in exported["logbook"]["entries"] if e["entry_id"] == str(entry))
    assert found["agreement_evaluations"][0]["note"] == "Gaat goed."
