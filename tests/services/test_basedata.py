"""Base data through the real vault: validation, audit, search."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import TODAY
from tests.refusals import refused
from zorgdesk.domain.people import GuardianDraft, PupilDraft
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.store import audit


@pytest.fixture
def data(demo_vault):
    return Session(demo_vault, FixedClock(TODAY)).basedata


def test_demo_school_has_three_groups_and_thirty_pupils(data):
    assert [g.name for g in data.groups()] == ["Groep 3", "Groep 5", "Groep 7"]
    pupils = data.pupils()
    assert len(pupils) == 30
    assert all(data.guardians(p.id) for p in pupils)
    for pupil in pupils:
        age = pupil.age_on(TODAY)
        expected = {"Groep 3": (5, 7), "Groep 5": (7, 9), "Groep 7": (9, 11)}[pupil.group_name]
        assert expected[0] <= age <= expected[1], (pupil.group_name, age)


@pytest.mark.parametrize("query, expected", [
    ("zoe", ["Zoë van der Berg"]),
    ("ZOË", ["Zoë van der Berg"]),
    ("celik", ["Elif Çelik", "Emre Çelik"]),
    ("van der berg", ["Daan van der Berg", "Zoë van der Berg"]),
    ("danielle", ["Daniëlle van Dijk"]),
    ("xyz", []),
])
def test_search_ignores_case_and_diacritics(data, query, expected):
    assert sorted(p.display_name for p in data.pupils(query)) == expected


def test_group_filter(data):
    group = next(g for g in data.groups() if g.name == "Groep 3")
    pupils = data.pupils(group_id=group.id)
    assert pupils and all(p.group_name == "Groep 3" for p in pupils)


def test_pupils_sorted_by_surname_without_tussenvoegsel(data):
    names = [p.last_name for p in data.pupils()]
    assert names.index("Berg") < names.index("Bouzid") < names.index("Dijk")
    assert names.index("Jong") < names.index("Koster")


def _add(data, first: str, last: str) -> None:
    data.add_pupil(PupilDraft(first, last, "07-07-2019", "01-09-2023"))


def test_letters_without_a_decomposition_are_found_and_sorted_unmarked(data):
    """Walk s30 (20.png, 21.png): after importing Fatma Yıldız and Sven Ødegård, 'yildiz'
    and 'odegard' found nobody, and both (with the Çeliks) came last in the list instead
    of under Y, O and C."""
    _add(data, "Fatma", "Yıldız")
    _add(data, "Sven", "Ødegård")
    assert [p.display_name for p in data.pupils("yildiz")] == ["Fatma Yıldız"]
    assert [p.display_name for p in data.pupils("odegard")] == ["Sven Ødegård"]
    names = [p.last_name for p in data.pupils()]
    assert names.index("Bouzid") < names.index("Çelik") < names.index("Dekker")
    assert names.index("Nguyen") < names.index("Ødegård") < names.index("Peeters")
    assert names.index("Visser") < names.index("Yıldız")
    assert names[-1] == "Yıldız"


def test_siblings_are_linked_both_ways(data):
    zoe = data.pupils("zoë")[0]
    daan = data.pupils("daan")[0]
    assert [s.id for s in data.siblings(zoe.id)] == [daan.id]
    assert [s.id for s in data.siblings(daan.id)] == [zoe.id]
    data.unlink_siblings(daan.id, zoe.id)
    assert data.siblings(zoe.id) == []
    with pytest.raises(ValidationError):
        data.link_siblings(zoe.id, zoe.id)


def test_update_and_deactivate_pupil_are_audited(data, demo_vault):
    sem = data.pupils("sem visser")[0]
    draft = PupilDraft(sem.first_name, sem.last_name, sem.date_of_birth, sem.start_date,
                       group_id=sem.group_id, gender=sem.gender)
    data.update_pupil(sem.id, PupilDraft(**{**draft.__dict__, "first_name": "Semmy"}))
    data.deactivate_pupil(sem.id, date(2026, 12, 1))
    assert data.pupils("semmy") == []
    left = data.pupils("semmy", include_inactive=True)[0]
    assert left.leave_date == date(2026, 12, 1) and not left.active
    actions = [e.action for e in audit.read_entries(demo_vault.read(), "pupil", sem.id)]
    assert actions == ["leerling.toegevoegd", "leerling.gewijzigd", "leerling.gedeactiveerd"]


def test_unchanged_save_writes_nothing(data, demo_vault):
    sem = data.pupils("sem")[0]
    before = len(audit.read_entries(demo_vault.read()))
    data.update_pupil(sem.id, PupilDraft(sem.first_name, sem.last_name, sem.date_of_birth,
                                         sem.start_date, group_id=sem.group_id,
                                         gender=sem.gender))
    assert len(audit.read_entries(demo_vault.read())) == before


def test_guardian_lifecycle(data):
    julia = data.pupils("julia")[0]
    gid = data.add_guardian(julia.id, GuardianDraft("Piotr Kowalski", "vader", "06-12345678"))
    data.update_guardian(gid, GuardianDraft("Piotr Kowalski", "vader", "", "p@voorbeeld.nl",
                                            False))
    piotr = [g for g in data.guardians(julia.id) if g.id == gid][0]
    assert piotr.email == "p@voorbeeld.nl" and not piotr.parental_authority
    data.deactivate_guardian(gid)
    assert gid not in [g.id for g in data.guardians(julia.id)]
    assert gid in [g.id for g in data.guardians(julia.id, include_inactive=True)]


def test_duplicate_group_and_empty_staff_are_refused(data):
    with refused(ValidationError, match="al een groep"):
        data.add_group("groep 3")
    with refused(ValidationError, match="Vul de naam in"):
        data.add_staff("   ")


def test_school_settings(data):
    data.update_school("OBS De Vlinderboom", "Weidebeek", 5)
    assert data.school().retention_years == 5
    with refused(ValidationError, match="tussen 1 en 30"):
        data.update_school("OBS De Vlinderboom", "Weidebeek", 0)
