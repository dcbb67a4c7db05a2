"""Zorggesprek documents for parents, through the real services on the demo vault and read
back with pypdf: no internal tags, CONCEPT until handed out, SMART points handled, the
agreements table with its heading, and no 'onafhankelijke derde' who is not one."""

from __future__ import annotations

import io
import re
from datetime import timedelta

import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from zorgdesk.domain.conversations.draft import ConversationDraft, SignalPick
from zorgdesk.domain.conversations.smart import SmartAgreement
from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.signals.check import CheckDraft, TickDraft
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.record_titles import discussion_text
from zorgdesk.services.session import Session
from zorgdesk.store import audit

VAGUE = SmartAgreement("We zullen de communicatie verbeteren", "Goed gevoel",
                       "School en moeder", TODAY + timedelta(days=30), True, True)
CLEAR = SmartAgreement("Moeder belt elke vrijdag om 15.00 uur met de IB.",
                       "De IB noteert elk gesprek in het logboek.", "Fatima Bouzid",
                       TODAY + timedelta(days=30), True, True)
RAW_TAG = re.compile(r"\[(Logboek|Signalenlijst|Voorbereiding)[^\]]*\]")


def _pages(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def session(demo_vault):
    return Session(demo_vault)


@pytest.fixture
def service(demo_vault):
    return Session(demo_vault, FixedClock(TODAY)).conversations


@pytest.fixture
def noor(session):
    return next(p for p in session.basedata.pupils() if p.display_name == "Noor Bouzid")


def _plan(service, pupil_id: int, notes: str = "Moeder vertelt over thuis.", **changes) -> int:
    draft = dict(kind="zwaar", on=TODAY - timedelta(days=2), at="09:00", place="Directiekamer",
                 subject="Zorgen over blauwe plekken",
                 staff=(("Johan de Wit", "Directeur"), ("Marieke Hoekstra", "Intern begeleider")),
                 guardians=(("Fatima Bouzid", "moeder"),), notulist="Rachid El Idrissi",
                 phase_notes={"gesprek": notes, "afspraken": "Samen afgesproken."},
                 follow_up_on=TODAY + timedelta(days=30), agreements=(CLEAR,))
    draft.update(changes)
    return service.plan(pupil_id, ConversationDraft(**draft))


def test_sources_in_words_never_raw_tags(session, service, noor):
    # Picked as the dialog picks them: a logboek entry and a signal check of the pupil.
    entry = session.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(noor.id),), entry_date=TODAY - timedelta(days=23), entry_time="08:30",
        location="Klaslokaal", signalled_by=SignalledBy(name="Marieke Hoekstra"),
        situation="Noor had een blauwe plek op de bovenarm."))
    check = session.signals.checks(noor.id)[0] if session.signals.checks(noor.id) else None
    picks = [SignalPick("logboek", entry, discussion_text(session, "logboek", entry)),
             SignalPick("tekst", None, "Noor zegt dat ze niet naar huis wil.")]
    if check is not None:
        picks.append(SignalPick("signalenlijst", check.id,
                                discussion_text(session, "signalenlijst", check.id)))
    cid = _plan(service, noor.id, signals=tuple(picks))
    for pdf in (service.report_pdf(cid), service.smart_form_pdf(cid), service.invitation_pdf(cid)):
        text = " ".join(_pages(pdf))
        assert not RAW_TAG.search(text)
        assert "Voorbereiding" not in text and f"Logboek {entry}" not in text
    text = " ".join(_pages(service.report_pdf(cid)))
    day = f"{TODAY - timedelta(days=23):%d-%m-%Y}"
    assert f"Noor had een blauwe plek op de bovenarm. (uit het logboek, {day})" in text
    assert "Noor zegt dat ze niet naar huis wil." in text
    if check is not None:
        assert f"(uit de signalenlijst, {check.checked_on:%d-%m-%Y})" in text


def test_a_picked_signal_list_brings_the_notes_parents_recognise(session, service, noor):
    """Walk s29: the report for the parents listed only the catalogue items ("kind stinkt,
    heeft regelmatig smerige kleren aan; kind is hongerig"), never the IB's notes with
    what was actually seen; a contra-signal still stays out of the agenda line."""
    day = TODAY - timedelta(days=9)
    check = session.signals.save_check(noor.id, CheckDraft(
        "km4-12", day, "Marieke Hoekstra", (
            TickDraft("km4-12.lichamelijk.06", "drie dagen  dezelfde kleding met vlekken"),
            TickDraft("km4-12.lichamelijk.10"),
            TickDraft("km4-12.lichamelijk.07", "valt niet in slaap in de klas", contra=True))))
    line = discussion_text(session, "signalenlijst", check)
    cid = _plan(service, noor.id, signals=(SignalPick("signalenlijst", check, line),))
    text = " ".join(_pages(service.report_pdf(cid)))
    assert ("kind stinkt, heeft regelmatig smerige kleren aan: drie dagen dezelfde kleding "
            f"met vlekken; kind is hongerig (uit de signalenlijst, {day:%d-%m-%Y})") in text
    assert "oververmoeid" not in text and "valt niet in slaap" not in text


def test_concept_on_every_page_until_handed_out_then_the_date(service, noor):
    signing = Session(service.vault, service.clock).signing
    cid = _plan(service, noor.id, notes="Moeder vertelt over thuis. " * 250)
    for pdf in (service.report_pdf(cid), service.smart_form_pdf(cid)):
        pages = _pages(pdf)
        assert len(pages) >= 2
        assert all("CONCEPT – nog niet uitgereikt" in page for page in pages)
        assert not any("Uitgereikt op" in page for page in pages)
    assert "CONCEPT" not in " ".join(_pages(service.invitation_pdf(cid)))  # a letter
    signing.hand_out(cid, TODAY - timedelta(days=1))  # SMART-clean: no confirmation needed
    entry = audit.read_entries(service.vault.read(), "conversation", cid)[-1]
    assert "smart_confirmed" not in entry.fields
    for pdf in (service.report_pdf(cid), service.smart_form_pdf(cid)):
        pages = _pages(pdf)
        assert all(f"Uitgereikt op {TODAY - timedelta(days=1):%d-%m-%Y}" in p for p in pages)
        assert not any("CONCEPT" in page for page in pages)


def test_open_smart_points_print_on_the_concept_and_block_the_hand_out(service, noor,
                                                                      demo_vault):
    signing = Session(service.vault, service.clock).signing
    cid = _plan(service, noor.id, agreements=(VAGUE, CLEAR))
    concept = " ".join(_pages(service.report_pdf(cid)))
    assert "Nog open punten uit de SMART-controle" in concept
    assert "Afspraak 1: ‘verbeteren’ in de afspraak is vaag" in concept
    assert "Afspraak 1: ‘Goed gevoel’ is niet te meten" in concept
    assert "nog niet SMART (zie hieronder)" in concept
    assert "Afspraak 2:" not in concept  # the clear one has no points
    assert "Nog open punten" in " ".join(_pages(service.smart_form_pdf(cid)))
    with pytest.raises(ValidationError) as refused:
        signing.hand_out(cid, TODAY)
    message = " ".join(p.message for p in refused.value.problems)
    assert "‘verbeteren’" in message and "‘Goed gevoel’" in message
    assert not service.get(cid).frozen
    signing.hand_out(cid, TODAY, confirm_smart=True)  # the IB decides they stay
    entry = audit.read_entries(demo_vault.read(), "conversation", cid)[-1]
    assert entry.action == "zorggesprek.uitgereikt" and "smart_confirmed" in entry.fields
    handed = " ".join(_pages(service.report_pdf(cid)))
    assert "Nog open punten" not in handed and "nog niet SMART" not in handed


def test_beter_communiceren_is_flagged_once(service, noor):
    vague = SmartAgreement("We gaan beter communiceren", "Ouders en school zijn tevreden",
                           "IB", TODAY + timedelta(days=30), True, True)
    cid = _plan(service, noor.id, agreements=(vague,))
    text = " ".join(_pages(service.report_pdf(cid)))
    assert text.count("Afspraak 1: ‘beter communiceren’ in de afspraak is vaag") == 1
    assert "Afspraak 1: ‘beter’" not in text
    assert "‘Ouders en school zijn tevreden’ is niet te meten" in text


def test_agreements_table_never_starts_a_page_without_its_heading(service, noor):
    """Longer and longer notes push the table through every position on the page."""
    moved = 0
    for sentences in range(20, 330, 14):
        cid = _plan(service, noor.id, notes="Moeder vertelt over thuis. " * sentences,
                    agreements=(VAGUE, CLEAR, CLEAR, CLEAR))
        pages = [p.extract_text() or "" for p in
                 PdfReader(io.BytesIO(service.report_pdf(cid))).pages]
        first = next(i for i, p in enumerate(pages) if "Wat (specifiek)" in p)
        lines = [line.strip() for line in pages[first].splitlines()]
        assert "Afspraken" in lines, sentences
        assert lines.index("Afspraken") < lines.index(
            next(line for line in lines if line.startswith("Nr.")))
        moved += first > 0
    assert moved  # the table did start on a later page in some of them


def test_notulist_in_another_role_is_no_independent_third(service, noor):
    cid = _plan(service, noor.id, notulist="Johan de Wit")
    report = " ".join(_pages(service.report_pdf(cid)))
    assert "onafhankelijke derde)" not in report  # the label "Notulist (onafhankelijke derde)"
    assert ("Let op: Johan de Wit is ook aanwezig als Directeur en is dus geen onafhankelijke "
            "derde.") in report
    letter = " ".join(_pages(service.invitation_pdf(cid)))
    assert "Het gesprek wordt genotuleerd door Johan de Wit." in letter
    assert "onafhankelijke derde" not in letter
    independent = _plan(service, noor.id)
    assert "Notulist (onafhankelijke derde) Rachid El Idrissi" in " ".join(
        _pages(service.report_pdf(independent)))
