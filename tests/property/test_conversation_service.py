"""Any subject/place text when planning a zorggesprek: read back as validated, or refused."""

from __future__ import annotations

import pytest
from hypothesis import given

from tests.conftest import PASSPHRASE, TODAY
from tests.property.strategies import FAST, assert_dutch_no_echo, hostile_text
from zorgdesk.domain.conversations.draft import ConversationDraft
from zorgdesk.domain.people import PupilDraft
from zorgdesk.domain.text import clean
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    vault, _ = Vault.create(tmp_path_factory.mktemp("gesprek") / "school.zdv", PASSPHRASE,
                            school_name="OBS Fuzz", user_name="Ineke Test",
                            kdf=FAST_KDF_FOR_TESTS)
    pupil_id = Session(vault, FixedClock(TODAY)).basedata.add_pupil(
        PupilDraft("Daniëlle", "Dijk", "14-03-2017", "01-09-2021", tussenvoegsel="van"))
    yield Session(vault, FixedClock(TODAY)).conversations, pupil_id
    assert vault.verify() == []  # also: no seal trips over an odd character
    vault.close()


@FAST
@given(hostile_text, hostile_text)
def test_plan_any_text(setup, subject, place):
    service, pupil_id = setup
    draft = ConversationDraft(kind="regulier", on=TODAY, at="10:00", place=place,
                              subject=subject, staff=(("Pieter Bakker", "Leerkracht"),),
                              guardians=(("Petra van Dijk", "moeder"),))
    try:
        cid = service.plan(pupil_id, draft)
    except ValidationError as error:
        for p in error.problems:
            assert_dutch_no_echo(p.message, subject, place)
        return
    stored = service.get(cid).gesprek
    assert (stored.subject, stored.place) == (clean(subject), clean(place))
