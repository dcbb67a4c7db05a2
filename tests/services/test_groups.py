"""Groups through the real vault: rename (a new school year), remove an empty group,
the pupils of a group; every change audited and sealed (Kluis controleren stays clean)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import TODAY
from zorgdesk.domain.people import PupilDraft
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.store import audit


@pytest.fixture
def data(demo_vault):
    return Session(demo_vault, FixedClock(TODAY)).basedata


def _group(data, name):
    return next(g for g in data.groups() if g.name == name)


def _message(error) -> str:
    return error.value.problems[0].message


def test_rename_keeps_the_pupils_and_is_audited_and_sealed(data, demo_vault):
    group = _group(data, "Groep 5")
    before = {p.id for p in data.group_pupils(group.id)}
    assert len(before) == 10
    data.rename_group(group.id, "  Groep 6 ")
    assert [g.name for g in data.groups()] == ["Groep 3", "Groep 6", "Groep 7"]
    assert {p.id for p in data.group_pupils(group.id)} == before
    assert {p.group_name for p in data.pupils() if p.id in before} == {"Groep 6"}
    assert data.printed_pupil(min(before)).group == "Groep 6"
    entries = audit.read_entries(demo_vault.read(), "school_group", group.id)
    assert [e.action for e in entries][-1] == "groep.hernoemd"
    assert set(entries[-1].fields) == {"old_name", "name"}
    assert demo_vault.verify() == []


def test_rename_refuses_an_empty_or_taken_name_in_dutch(data, demo_vault):
    group = _group(data, "Groep 5")
    with pytest.raises(ValidationError) as error:
        data.rename_group(group.id, "groep 7")
    assert _message(error) == "Er is al een groep met deze naam."
    with pytest.raises(ValidationError) as error:
        data.rename_group(group.id, "   ")
    assert error.value.problems[0].field == "name" and "naam" in _message(error)
    count = len(audit.read_entries(demo_vault.read(), "school_group", group.id))
    data.rename_group(group.id, "Groep 5")  # unchanged: nothing written
    assert len(audit.read_entries(demo_vault.read(), "school_group", group.id)) == count


def test_a_group_with_pupils_is_not_removed_and_the_message_counts_them(data):
    group = _group(data, "Groep 3")
    with pytest.raises(ValidationError) as error:
        data.remove_group(group.id)
    assert _message(error) == ("In Groep 3 zitten nog 10 leerlingen. Zet ze eerst in een "
                               "andere groep (tab Leerlingen), of geef de groep een nieuwe "
                               "naam.")
    assert _group(data, "Groep 3")


def test_one_pupil_left_in_a_group_is_named_in_the_singular(data):
    gid = data.add_group("5b")
    data.add_pupil(PupilDraft("Ilse", "Kok", date(2018, 1, 2), date(2022, 8, 29),
                              group_id=gid))
    with pytest.raises(ValidationError) as error:
        data.remove_group(gid)
    assert _message(error).startswith("In groep 5b zit nog 1 leerling. Zet deze leerling")


def test_an_empty_group_is_removed_and_a_former_pupil_keeps_it(data, demo_vault):
    gid = data.add_group("8")
    pid = data.add_pupil(PupilDraft("Jan", "Smit", date(2014, 1, 2), date(2018, 8, 29),
                                    group_id=gid))
    data.deactivate_pupil(pid, date(2026, 7, 10))  # left school in the summer
    assert data.group_pupils(gid) == []
    data.remove_group(gid)
    assert "8" not in [g.name for g in data.groups()]
    assert data.pupil(pid).group_name == "8"  # his history keeps the group
    actions = [e.action for e in audit.read_entries(demo_vault.read(), "school_group", gid)]
    assert actions == ["groep.toegevoegd", "groep.verwijderd"]
    assert demo_vault.verify() == []
    # A new school year: Groep 7 becomes 8; the removed 8 keeps its pupils' history.
    seven = _group(data, "Groep 7")
    data.rename_group(seven.id, "8")
    assert [g.name for g in data.groups()] == ["8", "Groep 3", "Groep 5"]
    assert data.pupil(pid).group_name == f"8 (tot {TODAY:%d-%m-%Y})"
    assert {p.group_name for p in data.group_pupils(seven.id)} == {"8"}
    actions = [e.action for e in audit.read_entries(demo_vault.read(), "school_group", gid)]
    assert actions == ["groep.toegevoegd", "groep.verwijderd", "groep.hernoemd"]
    assert demo_vault.verify() == []
    with pytest.raises(LookupError):
        data.remove_group(gid)  # gone from the lists: not removed twice


def test_a_removed_name_is_freed_again_and_the_anonymiser_still_knows_the_nickname(
        data, demo_vault):
    from zorgdesk.domain.people import base_group_name

    first = data.add_group("Groep 4 - De Dolfijnen")
    data.remove_group(first)
    second = data.add_group("groep 4 - de dolfijnen")  # same name, other case: freed
    data.remove_group(second)
    third = data.add_group("Groep 4 - De Dolfijnen")
    names = {g.id: g.name for g in data.groups(include_inactive=True)}
    day = f"{TODAY:%d-%m-%Y}"
    assert names[first] == f"Groep 4 - De Dolfijnen (tot {day})"
    assert names[second] == f"groep 4 - de dolfijnen (tot {day}) 2"
    assert names[third] == "Groep 4 - De Dolfijnen"
    assert {base_group_name(names[i]) for i in (first, third)} == {"Groep 4 - De Dolfijnen"}
    assert demo_vault.verify() == []


def test_a_pupil_who_left_keeps_his_group_name_when_the_group_is_renamed(data, demo_vault):
    """New school year: 5a becomes 6a, but the pupil who left in 5a was in 5a (his
    dossier and its exports say so); the pupils still in it move along to 6a."""
    gid = data.add_group("5a")
    left = data.add_pupil(PupilDraft("Jan", "Smit", date(2016, 1, 2), date(2022, 8, 29),
                                     group_id=gid))
    stays = data.add_pupil(PupilDraft("Ilse", "Kok", date(2016, 3, 4), date(2022, 8, 29),
                                      group_id=gid))
    data.deactivate_pupil(left, date(2026, 7, 10))
    new_id = data.rename_group(gid, "6a")
    assert data.pupil(left).group_name == "5a"
    assert data.pupil(stays).group_name == "6a"
    assert [p.id for p in data.group_pupils(new_id)] == [stays]
    assert "5a" not in [g.name for g in data.groups()]
    assert [e.action for e in audit.read_entries(demo_vault.read(), "pupil", stays)][-1] \
        == "leerling.gewijzigd"
    # next year 6a becomes 7a and a new 5a starts: the former 5a pupil still reads 5a
    data.rename_group(new_id, "7a")
    data.add_group("5a")
    assert data.pupil(left).group_name.startswith("5a (tot ")
    assert data.pupil(stays).group_name == "7a"
    assert demo_vault.verify() == []


def test_a_pupil_at_school_is_not_put_in_a_removed_group(data, demo_vault):
    """The pupil form offers a former pupil's removed group; clearing his leave date there
    would make him a pupil at school in a group no list shows."""
    gid = data.add_group("8")
    pid = data.add_pupil(PupilDraft("Jan", "Smit", date(2014, 1, 2), date(2018, 8, 29),
                                    group_id=gid))
    data.deactivate_pupil(pid, date(2026, 7, 10))
    data.remove_group(gid)
    back = PupilDraft("Jan", "Smit", date(2014, 1, 2), date(2018, 8, 29), group_id=gid)
    with pytest.raises(ValidationError) as error:
        data.update_pupil(pid, back)
    assert error.value.problems[0].field == "group_id"
    assert "verwijderd" in _message(error)
    with pytest.raises(ValidationError):
        data.add_pupil(back)
    assert not data.pupil(pid).active
    # a former pupil's other details can still be corrected in his removed group
    data.update_pupil(pid, PupilDraft("Jan", "Smit", date(2014, 1, 3), date(2018, 8, 29),
                                      group_id=gid, leave_date="10-07-2026"))
    assert data.pupil(pid).date_of_birth == date(2014, 1, 3)
    assert demo_vault.verify() == []
