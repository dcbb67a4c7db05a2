"""Issue 16 (review s35, R1's twin): "Ook genoemd" in Leerlingen beheren checks what the IB
types exactly as the summary's "Bijnamen die niet in ZorgDesk staan" does, in one place
(``domain.nicknames.parse_nicknames``). Before, "Tijger (broer)", "Tijger en Bolle",
"Tijger/Bolle" and "Dé" were stored for a pupil, a guardian or a staff member, and the
summary removed nothing: the engine looked for the whole part. Now they are refused in
Dutch under the field, the typed text stays, and a list's number or the marks around a
name go ("1. Tijger" is stored as "Tijger" and removed from the summary). The refusals are
parametrized with the other bad nicknames in test_pupil_nicknames.py."""

from __future__ import annotations

import pytest

from tests.services.test_logbook import draft
from zorgdesk.domain.anonymise.name_index import nickname_forms
from zorgdesk.domain.anonymise.replacements import TUSSENVOEGSELS
from zorgdesk.domain.nicknames import parse_nicknames


def _choose(page, name: str):
    pupil = page.session.basedata.pupils(name)[0]
    page.show_pupil(pupil.id)
    return pupil


def _summary_of_zoe(session, situation: str) -> str:
    zoe = session.basedata.pupils("Zoë")[0]
    session.logbook.add_entry(draft([zoe.id], session.vault, situation=situation))
    return session.case_summary.build(zoe.id).text


def test_a_list_number_and_marks_go_and_the_name_is_removed(manage_dialog):
    page = manage_dialog.pupils
    pupil = _choose(page, "Emre")
    page.form.nicknames.setText("1. Tijger, 'Bolle'.")
    assert page.save_pupil() is True
    session = page.session
    assert session.basedata.pupil(pupil.id).nicknames == ("Tijger", "Bolle")
    text = _summary_of_zoe(session, "Tijger duwde Zoë. Bolle lachte.")
    assert "Tijger" not in text and "Bolle" not in text, text


def test_the_staff_tab_refuses_a_note_too(manage_dialog):
    staff = manage_dialog.staff
    staff.list.setCurrentRow(0)
    staff.nicknames.setText("Meester Bob (gym)")
    assert staff.save_nicknames() is False
    assert "zonder uitleg erbij" in staff.nickname_error.text()
    assert staff.nicknames.text() == "Meester Bob (gym)"
    assert staff.session.basedata.staff()[0].nicknames == ()


def test_the_guardian_form_refuses_two_names_joined(manage_dialog):
    page = manage_dialog.pupils
    _choose(page, "Emre")
    page.new_guardian()
    page.guardian_form.name.setText("Henk Jansen")
    form = page.guardian_form
    form.relation.setCurrentIndex(form.relation.findData("stiefouder"))
    form.nicknames.setText("Beer en Bolle")
    assert page.save_guardian() is False
    assert "zonder uitleg erbij" in form.field_errors.labels["nicknames"].text()
    assert form.nicknames.text() == "Beer en Bolle"


@pytest.mark.parametrize("typed", ["Jan-Willem", "D'Angelo", "J.P", "Zoë 🦁", "de Bolle",
                                   "Big Mike", "Tijger2"])
def test_names_with_their_own_marks_are_accepted_as_typed(typed):
    problems: list = []
    assert parse_nicknames(typed, "nicknames", problems) == (typed,) and problems == []


def test_the_particle_check_refuses_exactly_what_gives_the_anonymiser_no_form():
    """The domain check stands in for ``nickname_forms`` (domain.nicknames may not import
    the anonymiser: a circle); this keeps the two the same."""
    for particle in TUSSENVOEGSELS:
        for typed in (particle.capitalize(), particle.upper(),
                      particle[:-1] + {"e": "é", "a": "á", "o": "ó"}.get(particle[-1],
                                                                         particle[-1])):
            problems: list = []
            accepted = parse_nicknames(typed, "nicknames", problems)
            if accepted:
                assert nickname_forms(accepted), typed
            elif problems and "weghalen" in problems[0].message and "letters" not in \
                    problems[0].message:
                assert not nickname_forms([typed]), typed
