"""Any text into the real vault: read back exactly as validated, or refused in Dutch."""

from __future__ import annotations

import pytest
from hypothesis import given

from tests.conftest import PASSPHRASE, TODAY
from tests.property.strategies import FAST, assert_dutch_no_echo, hostile_text
from zorgdesk.domain.people import PupilDraft
from zorgdesk.domain.text import clean
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    vault, _ = Vault.create(tmp_path_factory.mktemp("v") / "school.zdv", PASSPHRASE,
                            school_name="OBS Fuzz", user_name="Ineke Test",
                            kdf=FAST_KDF_FOR_TESTS)
    yield Session(vault, FixedClock(TODAY)).basedata
    assert vault.verify() == []
    vault.close()


@FAST
@given(hostile_text, hostile_text)
def test_add_staff_round_trip(service, name, role):
    try:
        staff_id = service.add_staff(name, role)
    except ValidationError as error:
        for p in error.problems:
            assert_dutch_no_echo(p.message, name, role)
        return
    stored = next(s for s in service.staff(include_inactive=True) if s.id == staff_id)
    assert (stored.name, stored.role) == (clean(name), clean(role))


@FAST
@given(hostile_text)
def test_add_group_round_trip(service, name):
    try:
        group_id = service.add_group(name)
    except ValidationError as error:
        for p in error.problems:
            assert_dutch_no_echo(p.message, name)
        return
    stored = next(g for g in service.groups(include_inactive=True) if g.id == group_id)
    assert stored.name == clean(name)


@FAST
@given(hostile_text, hostile_text, hostile_text)
def test_add_pupil_round_trip(service, first, tussen, last):
    draft = PupilDraft(first, last, "14-03-2017", "01-09-2021", tussenvoegsel=tussen)
    try:
        pupil_id = service.add_pupil(draft)
    except ValidationError as error:
        for p in error.problems:
            assert_dutch_no_echo(p.message, first, tussen, last)
        return
    stored = service.pupil(pupil_id)
    assert (stored.first_name, stored.tussenvoegsel, stored.last_name) == (
        clean(first), clean(tussen), clean(last))
