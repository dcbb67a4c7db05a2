"""Any situation/location text into the real logbook: read back as validated, or refused."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given

from tests.conftest import PASSPHRASE, TODAY
from tests.property.strategies import FAST, assert_dutch_no_echo, hostile_text
from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.people import PupilDraft
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    vault, _ = Vault.create(tmp_path_factory.mktemp("log") / "school.zdv", PASSPHRASE,
                            school_name="OBS Fuzz", user_name="Ineke Test",
                            kdf=FAST_KDF_FOR_TESTS)
    base = Session(vault, FixedClock(TODAY)).basedata
    pupil_id = base.add_pupil(PupilDraft("Emre", "Çelik", "14-03-2017", "01-09-2021"))
    staff_id = base.add_staff("Anouk Jansen", "leerkracht")
    yield Session(vault, FixedClock(TODAY)).logbook, str(pupil_id), str(staff_id)
    assert vault.verify() == []  # also: no seal trips over an odd character
    vault.close()


accepted: list[int] = []


@FAST
@given(hostile_text, hostile_text)
@example("Huilde 😀 bij het hek \u200fمرحبا", "Speelplein ë")
@example("x" * 100_000, "Gang")
def test_add_entry_any_text(setup, situation, location):
    service, pupil_id, staff_id = setup
    draft = LogbookEntryDraft(
        pupil_ids=(pupil_id,), entry_date="20-11-2026", entry_time="10:15", location=location,
        signalled_by=SignalledBy(staff_id=staff_id), situation=situation,
        domain="opvallend_gedrag")
    try:
        entry_id = service.add_entry(draft)
    except ValidationError as error:
        for _field, message in error.problems:
            assert_dutch_no_echo(message, situation, location)
        return
    accepted.append(entry_id)
    stored = service.history(entry_id).current.content
    assert stored.situation == unicodedata.normalize("NFC", situation).strip()
    assert stored.location == unicodedata.normalize("NFC", location).strip()


def test_some_entries_were_really_stored():
    # Guards against a property that only ever exercises the refusal path.
    assert accepted
