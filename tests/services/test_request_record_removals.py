"""Removal on request of a signalenlijst or a zorggesprek; the meldcode dossier is kept
(issue 21, seed 003 l.4613-4620 and l.5281-5282), on a real vault.

After the grant the record's text is in no table of the vault, its copies (an agenda
item of a zorggesprek, a waiting draft) went with it, *Kluis controleren* is clean,
the proof and the audit hold no content and the letter names only kind and date.
"""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from tests.services.test_request_answers import every_value
from zorgdesk.domain.conversations.draft import ConversationDraft, SignalPick
from zorgdesk.domain.logbook import CorrectionOutcome
from zorgdesk.domain.logbook.request_answer import MELDCODE_KEPT_GROUND
from zorgdesk.domain.signals.check import CheckDraft, TickDraft
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.record_titles import discussion_text
from zorgdesk.services.session import Session
from zorgdesk.store.audit import REMOVAL_ACTION
from zorgdesk.store.vault import Vault

SECRET = "Kwispeldrager"
KM = "km4-12"
GROUND = "De gegevens doen niet ter zake."


def _check(session, zoe, days_ago=7, note=f"Zegt dat {SECRET} haar duwt", **kw) -> int:
    return session.signals.save_check(zoe.id, CheckDraft(
        KM, TODAY - timedelta(days=days_ago), "Ineke de Vries",
        (TickDraft(f"{KM}.lichamelijk.02", note),), **kw))


def _conversation(session, zoe, agenda=()) -> int:
    return session.conversations.plan(zoe.id, ConversationDraft(
        kind="regulier", on=TODAY - timedelta(days=3), at="10:00", place="Kamer IB",
        subject=f"Gesprek over {SECRET} en de pauzes",
        staff=(("Pieter Bakker", "Leerkracht groep 5"),),
        guardians=(("Ingrid van der Berg", "moeder"),), signals=tuple(agenda),
        phase_notes={"1": f"Moeder vertelt dat {SECRET} thuis ook speelt."}))


def _request(session, zoe) -> int:
    return session.parents.add_correction_request(
        zoe.id, TODAY - timedelta(days=5), "Ingrid van der Berg (moeder)",
        "Graag de signalenlijst en het gesprek verwijderen.", [])


def _letter(session, request) -> str:
    pdf = PdfReader(io.BytesIO(session.request_answers.letter_pdf(request)))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)


def _messages(refused) -> str:
    return " ".join(p.message for p in refused.value.problems)


def _nowhere(session) -> None:
    conn = session.vault.read().connection
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()  # noqa: S608
        assert SECRET not in str(rows), table
    assert SECRET.lower().encode() not in every_value(session.vault.read().connection)
    assert session.vault.verify() == []


def test_a_signalenlijst_with_its_correction_goes_and_its_agenda_item_says_so(session, zoe):
    first = _check(session, zoe)
    corrected = _check(session, zoe, corrects_check_id=first)
    other = _check(session, zoe, days_ago=30, note="Valt vaak")  # another one stays
    number = session.signals.check(other).number
    conversation = _conversation(session, zoe, [SignalPick(
        "signalenlijst", first, discussion_text(session, "signalenlijst", first))])
    session.conversations.update(conversation, ConversationDraft(
        **{**session.conversations.draft(conversation).__dict__,
           "subject": "Pauzes", "phase_notes": {}}))  # the conversation itself stays
    choices = {c.key for c in session.request_answers.choices(_request(session, zoe))}
    assert ("signalenlijst", first) in choices and ("signalenlijst", corrected) not in choices

    request = _request(session, zoe)
    session.request_answers.answer(request, CorrectionOutcome.GRANTED, TODAY,
                                   remove_records=[("signalenlijst", first)], grondslag=GROUND)

    _nowhere(session)
    assert [c.id for c in session.signals.checks(zoe.id)].count(other) == 1
    assert {first, corrected}.isdisjoint(c.id for c in session.signals.checks(zoe.id))
    # The list that stays keeps its number (earlier prints and the meldcode name it).
    assert session.signals.check(other).number == number
    later = _check(session, zoe, days_ago=1, note="Lacht weer")
    assert session.signals.check(later).number == number + 1
    (signal,) = session.conversations.draft(conversation).signals
    assert signal.text == (f"Signalenlijst van {TODAY - timedelta(days=7):%d-%m-%Y}: "
                           "verwijderd op verzoek van de ouders.")
    (change,) = session.request_answers.changes(request)
    assert (change.record_kind, change.record_id, change.versions_removed, change.grondslag) \
        == ("signalenlijst", first, 2, GROUND)
    removed = session.vault.read().execute(
        "SELECT entity, fields FROM audit_log WHERE action = ?", (REMOVAL_ACTION,)).fetchall()
    assert ("signal_check", "[]") in removed
    letter = _letter(session, request)
    day = TODAY - timedelta(days=7)
    assert f"De signalenlijst van {day.day} november {day.year} is uit het dossier " \
           "verwijderd." in letter
    assert SECRET not in letter and "Kluis" not in letter


def test_printed_numbers_stay_when_a_corrected_list_goes(session, zoe, demo_path):
    """A list corrected *after* a later list was saved, then removed on request: the
    later list keeps the number its print shows, and no number is given twice."""
    first = _check(session, zoe, days_ago=9)
    kept = _check(session, zoe, days_ago=8, note="Valt vaak")
    corrected = _check(session, zoe, corrects_check_id=first)
    numbers = [session.signals.check(c).number for c in (first, kept, corrected)]
    assert numbers == [numbers[0], numbers[0] + 1, numbers[0] + 2]
    printed = session.signals.title(kept)
    assert printed.startswith(f"Signalenlijst {numbers[1]} van ")
    session.request_answers.answer(_request(session, zoe), CorrectionOutcome.GRANTED, TODAY,
                                   remove_records=[("signalenlijst", first)], grondslag=GROUND)

    assert session.signals.title(kept) == printed
    later = _check(session, zoe, days_ago=1, note="Lacht weer")
    assert session.signals.check(later).number == numbers[2] + 1
    pdf = PdfReader(io.BytesIO(session.signals.check_pdf(kept, with_over_time=False)))
    assert f"Signalenlijst {numbers[1]} — " in " ".join(
        " ".join((p.extract_text() or "").split()) for p in pdf.pages)
    session.vault.close()
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:  # stored, not counted on read
        again = Session(vault, FixedClock(TODAY))
        assert again.signals.title(kept) == printed
        assert again.signals.check(later).number == numbers[2] + 1
        assert vault.verify() == []


def test_a_handed_out_zorggesprek_goes_with_its_addendum_draft_and_copies(session, zoe):
    conversation = _conversation(session, zoe)
    session.signing.hand_out(conversation, TODAY)
    session.signing.add_addendum(conversation, f"Later: {SECRET} is van school.")
    session.drafts.save("gesprek", f"gesprek:{conversation}", zoe.id,
                        {"subject": f"Gesprek over {SECRET} en de pauzes"})
    session.drafts.save("gesprek", f"nieuw:{zoe.id}", zoe.id,
                        {"list": [session.conversations.title(conversation)],
                         "subject": "Vervolggesprek"})
    request = _request(session, zoe)
    session.request_answers.answer(request, CorrectionOutcome.GRANTED, TODAY,
                                   remove_records=[("zorggesprek", conversation)],
                                   grondslag=GROUND)

    _nowhere(session)
    assert conversation not in {c.id for c in session.conversations.for_pupil(zoe.id)}
    (waiting,) = session.drafts.for_pupil(zoe.id)  # the other draft keeps what was typed
    assert waiting.fields["subject"] == "Vervolggesprek"
    letter = _letter(session, request)
    day = TODAY - timedelta(days=3)
    assert f"Het zorggesprek van {day.day} november {day.year} is uit het dossier " \
           "verwijderd." in letter


def test_records_cited_by_the_meldcode_dossier_stay_and_the_letter_says_why(session, zoe):
    check = _check(session, zoe)
    svc = session.meldcode
    trajectory = svc.start(zoe.id, start_date=TODAY - timedelta(days=2)).id
    svc.perform(trajectory, "record_signals", signal_check_ids=[check],
                contra_signalen="Vrolijk in de klas.", answers={
        "welke_signalen": "Blauwe plekken", "hoe_vaak": "Twee keer.",
        "situaties": "Na het weekend.", "meer_leerlingen": "Nee.",
        "normale_ontwikkeling": "Nee.", "eerder_gedrag": "Nee.", "eerdere_zorgen": "Nee."})
    request = _request(session, zoe)
    assert session.request_answers.has_meldcode_dossier(request)
    (cited,) = [c for c in session.request_answers.choices(request)
                if c.key == ("signalenlijst", check)]
    assert cited.meldcode_evidence
    with pytest.raises(ValidationError) as refused:
        session.request_answers.answer(request, CorrectionOutcome.GRANTED, TODAY,
                                       remove_records=[("signalenlijst", check)],
                                       grondslag=GROUND)
    assert "onderbouwing in het meldcodedossier (Wet meldcode)" in _messages(refused)
    assert session.request_answers.parents.correction_request(request).is_open  # nothing

    session.request_answers.answer(request, CorrectionOutcome.REFUSED, TODAY,
                                   "De signalenlijst is onderbouwing van het meldcodedossier.",
                                   keep_meldcode=True)
    (kept,) = session.request_answers.changes(request)
    assert (kept.record_kind, str(kept.change), kept.grondslag) == (
        "meldcodedossier", "behouden", MELDCODE_KEPT_GROUND)
    letter = _letter(session, request)
    assert "Het meldcodedossier verwijderen wij niet" in letter
    assert "Wet verplichte meldcode" in letter and "aandachtsfunctionaris" in letter
    assert "Wat er in het dossier is gewijzigd" not in letter
    assert session.vault.verify() == []


def test_bad_choices_get_dutch_messages_and_write_nothing(session, zoe):
    emre = session.basedata.pupils("Emre")[0]
    others = session.signals.checks(emre.id)[0].id
    request = _request(session, zoe)
    for kwargs, message in (
            ({"remove_records": [("signalenlijst", others)], "grondslag": GROUND},
             "Kies stukken uit het dossier van deze leerling."),
            ({"remove_records": [("meldcode", 1)], "grondslag": GROUND},
             "Alleen logboeknotities, signalenlijsten en zorggesprekken"),
            ({"remove_records": [("zorggesprek", _conversation(session, zoe))]},
             "Noteer de grondslag"),
            ({"keep_meldcode": True}, "Deze leerling heeft geen meldcodedossier.")):
        with pytest.raises(ValidationError) as refused:
            session.request_answers.answer(request, CorrectionOutcome.GRANTED, TODAY,
                                           **kwargs)
        assert message in _messages(refused)
    assert session.parents.correction_request(request).is_open
    assert session.request_answers.changes(request) == []
    assert session.vault.verify() == []
