"""Corrections, zienswijzen, correction requests, corrected signal checks and flag
assessments with hostile input, through a real vault: stored as accepted, or refused in
Dutch with the vault unchanged; ``verify`` stays clean (no seal trips over a NUL)."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE, TODAY
from tests.property.strategies import FAST, assert_dutch_no_echo, hostile_text
from zorgdesk.domain.logbook import (
    CorrectionOutcome,
    LogbookEntryDraft,
    SignalledBy,
)
from zorgdesk.domain.people import PupilDraft
from zorgdesk.domain.signals.check import CheckDraft, FlagDraft, TickDraft
from zorgdesk.domain.text import clean
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault

KM = "km4-12"
typed_date = st.one_of(st.just("20-11-2026"), st.sampled_from(["31-02-2026", "1-1-0001",
                                                               "31-12-9999", "26-11-2026"]),
                       hostile_text, st.dates(min_value=date(1, 1, 1)))
nul = "Vader\x00 zei \u202e😀"


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("corr")
    vault, _ = Vault.create(root / "school.zdv", PASSPHRASE, school_name="OBS Fuzz",
                            user_name="Ineke Test", kdf=FAST_KDF_FOR_TESTS)
    base = Session(vault, FixedClock(TODAY)).basedata
    pupil_id = base.add_pupil(PupilDraft("Emre", "Çelik", "14-03-2017", "01-09-2021"))
    staff_id = base.add_staff("Anouk Jansen", "leerkracht")
    logbook = Session(vault, FixedClock(TODAY)).logbook
    signals = Session(vault, FixedClock(TODAY)).signals
    entry_id = logbook.add_entry(_entry(pupil_id, staff_id, "Huilde bij het hek."))
    yield vault, logbook, signals, pupil_id, staff_id, entry_id
    assert vault.verify() == []
    vault.close()


def _entry(pupil_id, staff_id, situation):
    return LogbookEntryDraft(pupil_ids=(str(pupil_id),), entry_date="20-11-2026",
                             entry_time="10:15", location="Gang",
                             signalled_by=SignalledBy(staff_id=str(staff_id)),
                             situation=situation, domain="opvallend_gedrag")


def _rows(vault) -> tuple[int, ...]:
    cur = vault.read()
    return tuple(cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
                 for t in ("logbook_version", "logbook_zienswijze", "logbook_correction_request",
                           "logbook_correction_answer", "signal_check", "flag_assessment",
                           "audit_log"))


def _refused(vault, before, error, *typed) -> None:
    messages = ([m for _f, m in error.problems] if isinstance(error, ValidationError)
                else [p.message for p in error.problems])
    assert messages
    for message in messages:
        assert_dutch_no_echo(message, *(t for t in typed if isinstance(t, str)))
    assert _rows(vault) == before


@FAST
@given(hostile_text, hostile_text)
@example("Huilde niet, lachte.", nul)
@example("0", "\x00")
def test_correct_entry(setup, situation, reason):
    vault, logbook, _s, pupil_id, staff_id, entry_id = setup
    before = _rows(vault)
    try:
        logbook.correct_entry(entry_id, _entry(pupil_id, staff_id, situation), reason)
    except ValidationError as error:
        _refused(vault, before, error, situation, reason)
        return
    current = logbook.history(entry_id).current
    assert current.content.situation == unicodedata.normalize("NFC", situation).strip()


@FAST
@given(typed_date, hostile_text, hostile_text)
@example("20-11-2026", nul, nul)
@example("31-02-2026", "Moeder", "x" * 100_000)
def test_zienswijze(setup, received, given_by, text):
    vault, logbook, _s, pupil_id, _st, entry_id = setup
    before = _rows(vault)
    try:
        zid = logbook.parents.add_zienswijze(pupil_id, received, given_by, text, (entry_id,))
    except ValidationError as error:
        _refused(vault, before, error, received, given_by, text)
        return
    stored = next(z for z in logbook.parents.zienswijzen(pupil_id) if z.zienswijze_id == str(zid))
    assert (stored.given_by, stored.text) == (clean(given_by), clean(text))


@FAST
@given(typed_date, hostile_text, hostile_text,
       st.one_of(st.sampled_from(list(CorrectionOutcome)), hostile_text), typed_date,
       hostile_text)
@example("20-11-2026", nul, nul, CorrectionOutcome.REFUSED, "24-11-2026", nul)
@example("20-11-2026", "0", "0", ("x" + "😀") * 50_000, "20-11-2026", "")
def test_correction_request_and_answer(setup, received, by, request, outcome, answered,
                                       motivation):
    vault, logbook, _s, pupil_id, _st, entry_id = setup
    before = _rows(vault)
    try:
        rid = logbook.parents.add_correction_request(pupil_id, received, by, request, (entry_id,))
    except ValidationError as error:
        _refused(vault, before, error, received, by, request)
        return
    stored = next(r for r in logbook.parents.correction_requests(pupil_id)
                  if r.request_id == str(rid))
    assert (stored.requested_by, stored.request) == (clean(by), clean(request))
    before = _rows(vault)
    try:
        Session(vault, FixedClock(TODAY)).request_answers.answer(rid, outcome, answered,
                                                                  motivation)
    except ValidationError as error:
        _refused(vault, before, error, answered, motivation,
                 outcome if isinstance(outcome, str) else "")
        return
    stored = next(r for r in logbook.parents.correction_requests(pupil_id)
                  if r.request_id == str(rid))
    assert stored.motivation == clean(motivation)


@FAST
@given(st.one_of(st.none(), st.integers(-3, 10**6)), hostile_text, hostile_text)
@example(None, "Anouk Jansen", nul)
@example(0, "Anouk Jansen", "")
@example(10**6, "Anouk Jansen", "")
def test_corrected_signal_check(setup, corrects, checked_by, note):
    vault, _l, signals, pupil_id, _st, _e = setup
    first = signals.save_check(pupil_id, CheckDraft(KM, TODAY, "Anouk Jansen", (
        TickDraft(f"{KM}.lichamelijk.02", "blauwe plek"),)))
    before = _rows(vault)
    draft = CheckDraft(KM, TODAY, checked_by, (TickDraft(f"{KM}.lichamelijk.02", note),),
                       corrects_check_id=first if corrects is None else corrects)
    try:
        check_id = signals.save_check(pupil_id, draft)
    except ValidationError as error:
        _refused(vault, before, error, checked_by, note)
        return
    assert signals.check(check_id).ticks[0].note == " ".join(clean(note).split())


@FAST
@given(typed_date, hostile_text, hostile_text, st.sampled_from(["", "groen", "rood", "paars"]),
       hostile_text)
@example("20-11-2026", "Anouk", "Duwde een kind.", "rood", nul)
def test_flag_assessment(setup, on, by, behaviour, flag, reason):
    vault, _l, signals, pupil_id, _st, _e = setup
    before = _rows(vault)
    draft = FlagDraft(on, by, behaviour, confirmed_flag=flag, override_reason=reason)
    try:
        aid = signals.save_flag_assessment(pupil_id, draft)
    except ValidationError as error:
        _refused(vault, before, error, on, by, behaviour, reason)
        return
    stored = next(a for a in signals.flag_assessments(pupil_id) if a.id == aid)
    assert stored.behaviour == clean(behaviour)
