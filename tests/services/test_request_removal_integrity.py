"""A granted removal leaves other records alone and never breaks the meldcode dossier
(issue 21, reviewer's must-fix points), on a real vault.

- Only copies the app made itself are scrubbed: another zorggesprek (a handed-out,
  frozen, signed report included) keeps its subject, phase notes, agreements and
  aanvullingen byte for byte, with its seal, even when it happens to use the same words.
- A signalenlijst goes with its whole correction chain, so it is refused (Dutch,
  nothing written) when any check of the chain is cited by the meldcode dossier.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import TODAY
from tests.services.test_logbook import draft
from zorgdesk.domain.conversations.draft import ConversationDraft
from zorgdesk.domain.conversations.smart import SmartAgreement
from zorgdesk.domain.logbook import CorrectionOutcome
from zorgdesk.domain.logbook.entry import ParentContact
from zorgdesk.domain.sharing import SharingDraft
from zorgdesk.domain.signals.check import CheckDraft, TickDraft
from zorgdesk.domain.transfer.model import RecordKind, TransferDraft
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.removal_copies import MARKER

MOTHER = "Ingrid van der Berg (moeder)"
PHRASE = "Gesprek met ouders"
GROUND = "De gegevens doen niet ter zake."
KM = "km4-12"


def _conversation(session, zoe, subject=PHRASE, days_ago=3) -> int:
    return session.conversations.plan(zoe.id, ConversationDraft(
        kind="regulier", on=TODAY - timedelta(days=days_ago), at="10:00", place="Kamer IB",
        subject=subject, staff=(("Pieter Bakker", "Leerkracht groep 5"),),
        guardians=(("Ingrid van der Berg", "moeder"),),
        phase_notes={"1": f"{PHRASE}: {MOTHER} vertelt over de ochtenden."},
        agreements=(SmartAgreement("Zoë is elke dag om 8.25 uur op school.",
                                   "Leerkracht noteert de tijd van binnenkomst.", MOTHER,
                                   TODAY + timedelta(days=30), True, True),)))


def _snapshot(session, conversation_id: int) -> tuple:
    """The conversation row, its aanvullingen and their seals, as stored."""
    cur = session.vault.read()
    row = cur.execute("SELECT * FROM conversation WHERE id = ?",
                      (conversation_id,)).fetchall()
    addenda = cur.execute("SELECT rowid, * FROM conversation_addendum WHERE"
                          " conversation_id = ?", (conversation_id,)).fetchall()
    seals = cur.execute(
        "SELECT tbl, row_id, mac FROM row_seal WHERE (tbl = 'conversation' AND row_id = ?)"
        " OR (tbl = 'conversation_addendum' AND row_id IN (SELECT rowid FROM"
        " conversation_addendum WHERE conversation_id = ?)) ORDER BY tbl, row_id",
        (conversation_id, conversation_id)).fetchall()
    assert row and seals
    return row, addenda, seals


def _request(session, zoe, entries=()) -> int:
    return session.parents.add_correction_request(
        zoe.id, TODAY - timedelta(days=5), MOTHER, "Graag verwijderen.", list(entries))


def test_removing_a_note_leaves_a_handed_out_report_with_the_same_words_untouched(
        session, zoe):
    frozen = _conversation(session, zoe)
    session.signing.hand_out(frozen, TODAY)
    session.signing.add_addendum(frozen, f"Later: {MOTHER} belde nog over {PHRASE}.")
    before = _snapshot(session, frozen)
    entry = session.logbook.add_entry(draft(
        [zoe.id], session.vault, entry_date="18-11-2026", location="Lokaal van groep 5",
        situation="Zoë kwam huilend binnen en wilde niet praten.", action=PHRASE,
        parent_contacts=(ParentContact("18-11-2026", "15:00", MOTHER, "telefonisch",
                                       f"{PHRASE} gepland."),)))

    session.request_answers.answer(_request(session, zoe, [entry]),
                                   CorrectionOutcome.GRANTED, TODAY, remove=[entry],
                                   grondslag=GROUND)

    assert _snapshot(session, frozen) == before
    stored = session.conversations.get(frozen)
    assert stored.frozen and stored.gesprek.agreements[0].who == MOTHER
    assert session.vault.verify() == []


def test_removing_a_zorggesprek_leaves_another_with_the_same_subject_untouched(
        session, zoe):
    other = _conversation(session, zoe, days_ago=20)
    session.signing.hand_out(other, TODAY)
    before = _snapshot(session, other)
    removed = _conversation(session, zoe)
    # The app's own copy of the removed one (its title in a waiting picker) does go.
    session.drafts.save("gesprek", f"nieuw:{zoe.id}", zoe.id,
                        {"list": [session.conversations.title(removed)],
                         "subject": PHRASE})

    session.request_answers.answer(_request(session, zoe), CorrectionOutcome.GRANTED,
                                   TODAY, remove_records=[("zorggesprek", removed)],
                                   grondslag=GROUND)

    assert _snapshot(session, other) == before
    assert session.conversations.get(other).gesprek.subject == PHRASE
    (waiting,) = session.drafts.for_pupil(zoe.id)
    assert waiting.fields == {"list": [MARKER], "subject": PHRASE}
    assert session.vault.verify() == []


def _check(session, zoe, **kw) -> int:
    return session.signals.save_check(zoe.id, CheckDraft(
        KM, TODAY - timedelta(days=7), "Ineke de Vries",
        (TickDraft(f"{KM}.lichamelijk.02", "Blauwe plek op de arm"),), **kw))


def _cited_correction(session, zoe) -> tuple[int, int]:
    """Check 1, check 2 correcting it, check 2 cited by a meldcode step."""
    first = _check(session, zoe)
    correction = _check(session, zoe, corrects_check_id=first)
    trajectory = session.meldcode.start(zoe.id, start_date=TODAY - timedelta(days=2)).id
    session.meldcode.perform(
        trajectory, "record_signals", signal_check_ids=[correction],
        contra_signalen="Vrolijk in de klas.", answers={
            "welke_signalen": "Blauwe plekken", "hoe_vaak": "Twee keer.",
            "situaties": "Na het weekend.", "meer_leerlingen": "Nee.",
            "normale_ontwikkeling": "Nee.", "eerder_gedrag": "Nee.",
            "eerdere_zorgen": "Nee."})
    return first, correction


def test_a_signalenlijst_whose_correction_is_cited_is_refused(session, zoe):
    first, correction = _cited_correction(session, zoe)
    request = _request(session, zoe)

    with pytest.raises(ValidationError) as refused:
        session.request_answers.answer(request, CorrectionOutcome.GRANTED, TODAY,
                                       remove_records=[("signalenlijst", first)],
                                       grondslag=GROUND)

    assert "onderbouwing in het meldcodedossier (Wet meldcode)" in " ".join(
        p.message for p in refused.value.problems)
    assert session.parents.correction_request(request).is_open
    assert session.request_answers.changes(request) == []
    assert {first, correction} <= {c.id for c in session.signals.checks(zoe.id)}
    assert session.vault.verify() == []


def test_the_choice_list_marks_a_signalenlijst_whose_correction_is_cited(session, zoe):
    first, _correction = _cited_correction(session, zoe)
    uncited = _check(session, zoe)
    choices = {c.key: c for c in session.request_answers.choices(_request(session, zoe))}
    assert choices[("signalenlijst", first)].meldcode_evidence
    assert not choices[("signalenlijst", uncited)].meldcode_evidence


def test_a_title_that_starts_another_title_on_the_same_day_is_matched_exactly(
        session, zoe, tmp_path):
    removed = _conversation(session, zoe, subject=PHRASE)
    longer = _conversation(session, zoe, subject=f"{PHRASE} en leerkracht")
    short, long = (session.conversations.title(i) for i in (removed, longer))
    assert long.startswith(short)
    session.drafts.save("gesprek", f"nieuw:{zoe.id}", zoe.id,
                        {"list": [short, long], "subject": "Vervolggesprek"})
    folder = tmp_path / "usb"
    folder.mkdir()
    exported = session.transfer.export(zoe.id, TransferDraft(
        receiving_school="Het Baken, Almere", destination="voortgezet_onderwijs",
        reason="Zodat de mentor weet welke zorg er was.",
        records=tuple(c.ref for c in session.transfer.choices(zoe.id)
                      if c.ref.kind is RecordKind.ZORGGESPREK
                      and c.ref.record_id in (removed, longer)), meldcode_basis=""), folder)
    typed = session.parents.record_sharing(zoe.id, SharingDraft(
        "Jeugdverpleegkundige GGD", f"{long} (afgedrukt)", "Toestemming van de ouders",
        f"{TODAY:%d-%m-%Y}"))

    session.request_answers.answer(_request(session, zoe), CorrectionOutcome.GRANTED,
                                   TODAY, remove_records=[("zorggesprek", removed)],
                                   grondslag=GROUND)

    (waiting,) = session.drafts.for_pupil(zoe.id)
    assert waiting.fields["list"] == [MARKER, long]
    what = {s.id: s.what for s in session.sharing.for_pupil(zoe.id)}
    # The overdracht lists its records as 'Zorggesprek van <datum>: <onderwerp>'.
    listed = long.replace("Zorggesprek ", "Zorggesprek van ")
    assert what[exported.sharing_id] == f"Overdrachtsdossier (PDF en JSON): {MARKER}; {listed}"
    assert what[typed] == f"{long} (afgedrukt)"
    assert session.vault.verify() == []


@pytest.mark.parametrize("grant", ["verwijderen", "verbeteren"])
def test_a_note_whose_text_starts_another_notes_text_only_scrubs_its_own_title(session, zoe,
                                                                               grant):
    first, later = (session.logbook.add_entry(draft(
        [zoe.id], session.vault, entry_date="18-11-2026", situation=text)) for text in (
        "Zoë kwam huilend binnen.", "Zoë kwam huilend binnen. Later wilde zij niet praten."))
    removed, kept = (session.logbook.title(i) for i in (first, later))
    session.drafts.save("gesprek", f"nieuw:{zoe.id}", zoe.id,
                        {"list": [removed, kept], "subject": "Vervolggesprek"})
    typed = session.parents.record_sharing(zoe.id, SharingDraft(
        "Jeugdverpleegkundige GGD", f"{kept} (afgedrukt)", "Toestemming van de ouders",
        f"{TODAY:%d-%m-%Y}"))

    change = {"remove": [first]} if grant == "verwijderen" else {"correct": {first: draft(
        [zoe.id], session.vault, entry_date="18-11-2026", situation="Zoë kwam binnen.")}}
    session.request_answers.answer(_request(session, zoe, [first]),
                                   CorrectionOutcome.GRANTED, TODAY, grondslag=GROUND,
                                   **change)

    (waiting,) = session.drafts.for_pupil(zoe.id)
    assert waiting.fields["list"] == [removed.replace("Zoë kwam huilend binnen.", MARKER),
                                      kept]
    what = {s.id: s.what for s in session.sharing.for_pupil(zoe.id)}
    assert what[typed] == f"{kept} (afgedrukt)"
    assert session.vault.verify() == []
