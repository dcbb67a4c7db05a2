"""Logbook drafts with any text and any typed date: saved as typed, or refused in Dutch."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from tests.conftest import TODAY
from tests.property.strategies import FAST, assert_dutch_no_echo, hostile_text
from zorgdesk.domain.logbook import (
    LogbookEntryDraft,
    SignalledBy,
    validate_entry,
)
from zorgdesk.domain.validation import ValidationError


@FAST
@given(hostile_text, hostile_text, st.one_of(hostile_text, st.just("14-03-2026")),
       st.one_of(hostile_text, st.just("10:15")))
@example("ok", "ok", "31-02-2026" + "x" * 100, "10:15")
def test_validate_entry_any_text(situation, location, entry_date, entry_time):
    draft = LogbookEntryDraft(
        pupil_ids=("1",), entry_date=entry_date, entry_time=entry_time, location=location,
        signalled_by=SignalledBy(staff_id="s1"), situation=situation,
    )
    try:
        entry = validate_entry(draft, TODAY, {"s1"})
    except ValidationError as error:
        assert error.problems
        assert "Ongeldige invoer" in str(error)
        for _field, message in error.problems:
            assert_dutch_no_echo(message, situation, location, entry_date, entry_time)
        return
    assert entry.situation == unicodedata.normalize("NFC", situation).strip()
    assert "\x00" not in entry.situation
