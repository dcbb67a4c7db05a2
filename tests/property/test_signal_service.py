"""Any note and 'checked by' text into a real signal check: stored as validated, or refused."""

from __future__ import annotations

import pytest
from hypothesis import given

from tests.conftest import PASSPHRASE, TODAY
from tests.property.strategies import FAST, assert_dutch_no_echo, hostile_text
from zorgdesk.domain.people import PupilDraft
from zorgdesk.domain.signals.check import CheckDraft, TickDraft
from zorgdesk.domain.text import clean
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault

KM = "km4-12"


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("sig")
    vault, _ = Vault.create(root / "school.zdv", PASSPHRASE, school_name="OBS Fuzz",
                            user_name="Ineke Test", kdf=FAST_KDF_FOR_TESTS)
    pupil_id = Session(vault, FixedClock(TODAY)).basedata.add_pupil(
        PupilDraft("Zoë", "Berg", "14-03-2017", "01-09-2021", tussenvoegsel="van der"))
    yield Session(vault, FixedClock(TODAY)).signals, pupil_id
    assert vault.verify() == []  # also: no seal trips over an odd character
    vault.close()


@FAST
@given(hostile_text, hostile_text)
def test_save_check_any_text(setup, checked_by, note):
    service, pupil_id = setup
    draft = CheckDraft(KM, TODAY, checked_by, (TickDraft(f"{KM}.lichamelijk.02", note),))
    try:
        check_id = service.save_check(pupil_id, draft)
    except ValidationError as error:
        for p in error.problems:
            assert_dutch_no_echo(p.message, checked_by, note)
        return
    stored = service.check(check_id)
    assert stored.checked_by == clean(checked_by)
    assert stored.ticks[0].note == " ".join(clean(note).split())  # one line by design, words kept
