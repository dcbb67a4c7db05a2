"""Inzage export through the real vault: JSON and PDF complete, other pupils only as initials."""

from __future__ import annotations

import base64
import io
import json
import os
import tempfile

import pypdf
import pytest

from tests.conftest import TODAY
from zorgdesk.domain.validation import ValidationError
from zorgdesk.reports.inzage_pdf import SECTIONS
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.inzage import FORMAT, VERSION
from zorgdesk.services.session import Session

SCAN = b"%PDF-1.4 scan \x00\xff\xfe einde"
EMOJI_TEXT = "Moeder is het er niet mee eens 😊 — zij zag Daan van der Berg op het plein; ë é ç ĳ"


@pytest.fixture
def session(demo_vault):
    return Session(demo_vault)


@pytest.fixture
def emre(session):
    """Emre has logboek, signalenlijsten, zorggesprekken, a meldcode trajectory and sharing;
    a zienswijze, a correction request and a scan are added so every part has content."""
    pupil = Session(session.vault, FixedClock(TODAY)).inzage.find_pupil("Emre Çelik")
    session.parents.add_zienswijze(pupil.id, TODAY, "Ayşe Çelik (moeder)", EMOJI_TEXT)
    session.parents.add_correction_request(pupil.id, TODAY, "Mehmet Çelik",
                                           "Graag de notitie van 17-11 aanpassen.")
    conversation = session.conversations.for_pupil(pupil.id)[0]
    session.signing.attach_scan(conversation.id, "handtekening-ouders.pdf", SCAN)
    return pupil


def _other_names(session, pupil_id):
    return [p.display_name for p in session.basedata.pupils(include_inactive=True)
            if p.id != pupil_id]


def _pdf_text(data: bytes) -> tuple[str, list[str]]:
    pages = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages]
    return "\n".join(pages), pages


def test_counts_equal_what_the_services_hold(session, emre):
    x = Session(session.vault, FixedClock(TODAY)).inzage.collect(emre.id)
    c = x.counts()
    s = session
    assert c["logbook_entries"] == len(s.logbook.chronology(emre.id)) == 3
    assert c["zienswijzen"] == len(s.logbook.parents.zienswijzen(emre.id)) == 1
    assert c["correction_requests"] == len(s.logbook.parents.correction_requests(emre.id)) == 1
    assert c["signal_checks"] == len(s.signals.checks(emre.id)) == 2
    assert c["ticked_signals"] == sum(len(k.ticks) for k in s.signals.checks(emre.id)) > 0
    # His step-3 talk with the parents (meldcode) and the zwaar one planned next week.
    assert c["conversations"] == len(s.conversations.for_pupil(emre.id)) == 2
    assert c["conversation_scans"] == 1
    assert c["meldcode_trajectories"] == len(s.meldcode.for_pupil(emre.id)) == 1
    assert c["meldcode_events"] == len(s.meldcode.for_pupil(emre.id)[0].state.events) > 5
    assert c["sharing_records"] == len(s.sharing.for_pupil(emre.id)) >= 1
    assert c["guardians"] == len(s.basedata.guardians(emre.id, include_inactive=True)) == 2
    assert c["siblings"] == 1


def test_json_round_trips_complete_and_scrubbed(session, emre):
    service = Session(session.vault, FixedClock(TODAY)).inzage
    raw = service.to_json(service.collect(emre.id))
    text = raw.decode("utf-8")  # valid UTF-8 or this raises
    doc = json.loads(text)
    assert (doc["format"], doc["version"]) == (FORMAT, VERSION)
    assert doc["pupil"]["name"] == "Emre Çelik"
    c = doc["counts"]
    assert len(doc["logbook"]["entries"]) == c["logbook_entries"]
    assert sum(len(e["versions"]) for e in doc["logbook"]["entries"]) == c["logbook_versions"]
    assert sum(len(e["progress"]) for e in doc["logbook"]["entries"]) == c[
        "logbook_progress_notes"]
    assert len(doc["logbook"]["zienswijzen"]) == c["zienswijzen"]
    assert len(doc["logbook"]["correction_requests"]) == c["correction_requests"]
    assert len(doc["signals"]["checks"]) == c["signal_checks"]
    assert sum(len(k["ticks"]) for k in doc["signals"]["checks"]) == c["ticked_signals"]
    assert len(doc["signals"]["flag_assessments"]) == c["flag_assessments"]
    assert len(doc["conversations"]) == c["conversations"]
    assert len(doc["meldcode"]) == c["meldcode_trajectories"]
    assert sum(len(t["events"]) for t in doc["meldcode"]) == c["meldcode_events"]
    assert len(doc["sharing"]) == c["sharing_records"]
    assert doc["siblings"] == [{"initials": "E.Ç.", "relation": "broer/zus"}]
    scan = next(c for c in doc["conversations"] if c["scans"])["scans"][0]
    assert scan["filename"] == "handtekening-ouders.pdf"
    assert base64.b64decode(scan["content_base64"]) == SCAN
    # Diacritics and emoji survive unescaped; other pupils only by initials.
    assert "😊" in text and "Ayşe Çelik" in text and "ĳ" in text
    assert "zag D.v.d.B. op het plein" in doc["logbook"]["zienswijzen"][0]["text"]
    for name in _other_names(session, emre.id):
        assert name not in text, name
    assert '"pupil_ids"' not in text  # no internal ids of other pupils


def test_pdf_has_every_section_with_content_and_initials_only(session, emre):
    service = Session(session.vault, FixedClock(TODAY)).inzage
    x = service.collect(emre.id)
    text, pages = _pdf_text(service.to_pdf(x))
    for title in SECTIONS:
        assert title in text, title
    for expected in (
        "Inhoud", "Geëxporteerd door", "Marieke Hoekstra",          # cover
        "Ayşe Çelik", "E.Ç.",                                      # base data, sibling
        "Blauwe plekken op de bovenarmen",                         # logboek
        "Graag de notitie van 17-11 aanpassen.",                   # correction request
        "zag D.v.d.B. op het plein",                               # zienswijze, scrubbed
        x.checks[0].catalogue_title.split(" – ")[0][:20],          # signalenlijst
        x.conversations[0].stored.gesprek.subject[:30],            # zorggesprek
        "handtekening-ouders.pdf",                                 # scan listing
        "Verloop: elke vastlegging",                               # meldcode history
        x.sharing[0].shared_with[:15],                             # sharing trail
    ):
        assert expected in text.replace("\n", " "), expected
    for name in _other_names(session, emre.id):
        assert name not in text, name
    total = len(pages)
    assert total >= 6
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {total}" in page
        assert "Leerling: Emre Çelik" in page


def test_export_writes_two_files_records_sharing_and_leaves_no_temp_files(
        session, emre, tmp_path, monkeypatch):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    target = tmp_path / "usb"
    target.mkdir()
    service = Session(session.vault, FixedClock(TODAY)).inzage
    before = len(session.sharing.for_pupil(emre.id))
    result = service.export(emre.id, target, "ouder (moeder)", basis="Inzageverzoek van ouders")
    assert sorted(p.name for p in target.iterdir()) == ["EC-2026-11-25-inzage.json",
                                                        "EC-2026-11-25-inzage.pdf"]
    assert result.pdf_path.read_bytes().startswith(b"%PDF")
    assert json.loads(result.json_path.read_bytes())["counts"] == result.counts
    trail = session.sharing.for_pupil(emre.id)
    assert len(trail) == before + 1
    last = trail[-1]
    assert (last.shared_with, last.basis, last.shared_on) == (
        "ouder (moeder)", "Inzageverzoek van ouders", TODAY)
    assert "Inzage-export" in last.what and "3 logboeknotities" in last.what
    # A second export never overwrites the first; it states the earlier disclosure.
    again = service.export(emre.id, target, "ouder (vader)", base_name="Emre Çelik 😊")
    assert again.pdf_path.name == "Emre Çelik 😊-inzage.pdf"
    assert json.loads(again.json_path.read_bytes())["sharing"][-1]["shared_with"] == \
        "ouder (moeder)"
    assert list(scratch.iterdir()) == []


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"requested_by": ""}, "requested_by"),
    ({"requested_by": "x" * 201}, "requested_by"),
    ({"basis": "  "}, "basis"),
    ({"base_name": "../stiekem"}, "base_name"),
    ({"base_name": "a" * 81}, "base_name"),
    ({"folder": ""}, "folder"),
    ({"folder": "/bestaat/niet"}, "folder"),
])
def test_bad_input_gives_a_dutch_message_and_writes_nothing(session, emre, tmp_path, kwargs,
                                                             field):
    usb = tmp_path / "usb"
    usb.mkdir()
    args = {"folder": usb, "requested_by": "ouder", "basis": "AVG", "base_name": ""}
    args.update(kwargs)
    before = len(session.sharing.for_pupil(emre.id))
    with pytest.raises(ValidationError) as caught:
        Session(session.vault, FixedClock(TODAY)).inzage.export(emre.id, args.pop("folder"), **args)
    assert caught.value.for_field(field)
    assert list(usb.iterdir()) == []
    assert len(session.sharing.for_pupil(emre.id)) == before


def test_a_file_is_not_a_folder(session, emre, tmp_path):
    file = tmp_path / "bestand.txt"
    file.write_text("x")
    with pytest.raises(ValidationError) as caught:
        Session(session.vault, FixedClock(TODAY)).inzage.export(emre.id, file, "ouder")
    assert caught.value.for_field("folder") == ["Dit is een bestand, geen map."]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_folder_without_write_permission(session, emre, tmp_path):
    locked = tmp_path / "alleen-lezen"
    locked.mkdir(mode=0o500)
    with pytest.raises(ValidationError) as caught:
        Session(session.vault, FixedClock(TODAY)).inzage.export(emre.id, locked, "ouder")
    assert caught.value.for_field("folder")


def test_find_pupil_by_number_name_or_part(session):
    service = Session(session.vault, FixedClock(TODAY)).inzage
    zoe = service.find_pupil("zoë van der berg")
    assert service.find_pupil(str(zoe.id)).id == zoe.id
    with pytest.raises(LookupError, match="geen leerling"):
        service.find_pupil("Xander Onbekend")
    with pytest.raises(LookupError, match="2 leerlingen"):
        service.find_pupil("van der Berg")
    with pytest.raises(LookupError):
        service.find_pupil("99999")


def test_contents_table_gives_the_page_where_each_section_starts(session, emre):
    service = Session(session.vault, FixedClock(TODAY)).inzage
    _text, pages = _pdf_text(service.to_pdf(service.collect(emre.id)))
    cover = pages[0].splitlines()
    for title in SECTIONS:
        starts = next(n for n, page in enumerate(pages[1:], start=2) if title in page)
        at = cover.index(title)  # pypdf gives the cells on lines of their own
        number = next(line.strip() for line in cover[at + 1:] if line.strip().isdigit())
        assert number == str(starts), (title, number, starts)


def test_conversation_history_and_follow_up_are_exported(session):
    """Every signature step (not only the latest) and the agreements' follow-up."""

    service = Session(session.vault, FixedClock(TODAY)).inzage
    zoe = service.find_pupil("Zoë van der Berg")
    stored = session.conversations.for_pupil(zoe.id)[0]
    assert stored.frozen
    session.action_points.close(
        stored.id, 1, "niet nagekomen", on=TODAY, note="Besproken met Daan van der Berg 🙂")
    x = service.collect(zoe.id)
    c = x.counts()
    assert c["conversation_status_events"] == len(session.signing.status_events(
        stored.id)) >= 2
    assert c["conversation_action_events"] == 1
    doc = json.loads(service.to_json(x))
    event = doc["conversations"][0]["action_events"][0]
    assert (event["agreement_no"], event["outcome"]) == (1, "niet nagekomen")
    assert event["note"] == "Besproken met D.v.d.B. 🙂"
    assert len(doc["conversations"][0]["status_events"]) == c["conversation_status_events"]
    text = " ".join(_pdf_text(service.to_pdf(x))[0].split())  # table cells may wrap
    assert "Opvolging van de afspraken" in text and "niet nagekomen" in text
    assert "Uitreiken en ondertekenen" in text and "Daan van der Berg" not in text


# Where each table the retention registry knows ends up in the inzage export. A feature
# that registers a new pupil table makes this test fail until the export covers it.
COVERED = {
    "pupil": "pupil", "guardian": "guardians", "sibling_link": "siblings",
    "person_nickname": "pupil.nicknames, guardians[].nicknames (Ook genoemd)",
    "sharing_record": "sharing", "conversation": "conversations",
    "conversation_status_event": "conversations[].status_events",
    "conversation_addendum": "conversations[].conversation.addenda",
    "conversation_scan": "conversations[].scans",
    "conversation_action_event": "conversations[].action_events",
    "logbook_entry_pupil": "logbook.entries (other pupils as initials)",
    "logbook_entry": "logbook.entries", "logbook_version": "logbook.entries[].versions",
    "logbook_progress": "logbook.entries[].progress",
    "logbook_agreement_evaluation": "logbook.entries[].agreement_evaluations",
    "logbook_fts": "search index of the versions: nothing of its own",
    "logbook_zienswijze": "logbook.zienswijzen",
    "logbook_correction_request": "logbook.correction_requests",
    "logbook_correction_answer": "logbook.correction_requests (answers)",
    "logbook_request_change": "logbook.correction_requests[].changes (proof, no content)",
    "request_record_change": "logbook.correction_requests[].changes (read as one list with "
                             "logbook_request_change)",
    "request_supplement": "logbook.correction_requests[].supplements (proof, no content)",
    "form_draft": "left out: the IB's unsaved, unfinished typing (not a record yet)",
    "attachment": "attachments", "attachment_removal": "attachments[].removed_reason",
    "meldcode_trajectory": "meldcode", "meldcode_event": "meldcode[].events",
    "peer_incident_event": "incidents[].events (own and incident-wide events only)",
    "staff_abuse_case": "left out: dossier about a member of staff, for the bevoegd gezag "
                        "only (seed 003 l.5139-5212; issue 22)",
    "staff_abuse_event": "left out: as staff_abuse_case",
    "signal_check": "signals.checks", "signal_check_item": "signals.checks[].ticks",
    "signal_check_item_logbook": "signals.checks[].ticks[].logbook_entry_ids",
    "signal_check_number": "signals.checks[].number",
    "flag_assessment": "signals.flag_assessments",
    "flag_assessment_score": "signals.flag_assessments[].scores",
}


def test_every_registered_pupil_table_is_covered(session):
    from zorgdesk.services.retention_plans import pupil_tables

    in_vault = {r[0] for r in session.vault.read().execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {t.name for t in pupil_tables()} & in_vault == set(COVERED)


def test_a_note_a_signal_list_names_by_number_carries_that_number(session, emre):
    """Walk s29: the inzage's signalenlijst names its linked note '16-11-2026 (nr. 23)',
    but the logboek part printed no numbers, so a parent could not tell which note."""
    from zorgdesk.domain.signals.check import CheckDraft, TickDraft
    entry = int(session.logbook.chronology(emre.id)[0].history.entry_id)
    session.signals.save_check(emre.id, CheckDraft(
        "km4-12", TODAY, "Marieke Hoekstra",
        (TickDraft("km4-12.lichamelijk.10", "vroeg om eten", logbook_entry_ids=(entry,)),)))
    service = Session(session.vault, FixedClock(TODAY)).inzage
    text = " ".join(_pdf_text(service.to_pdf(service.collect(emre.id)))[0].split())
    assert f"(nr. {entry})" in text
    assert f"· nr. {entry} " in text  # the note itself, in the logboek part


@pytest.mark.parametrize("name, stem", [
    ("Sven Ødegård", "SO"), ("Łukasz Ørsted", "LO"), ("Fatma Yıldız", "FY"),
    ("Emre Çelik", "EC")])
def test_file_names_keep_the_initials_of_letters_without_a_decomposition(name, stem):
    """Walk s30: 'Sven Ødegård' was offered as 'S-...', 'Łukasz Ørsted' as 'leerling-...'."""
    from datetime import date

    from zorgdesk.services.private_files import initials_stem

    assert initials_stem(name, date(2026, 12, 5)) == f"{stem}-2026-12-05"


def test_a_requester_who_is_no_registered_guardian_keeps_her_own_name(session, emre):
    """Walk s30: a correction request "van Anouk van der Berg (moeder)" printed as
    "A.J. van der Berg": her first name is also staff member Anouk Jansen's, and staff
    appear by initials in the inzage export. The people who asked keep their full name;
    staff keep their initials, also where only a first name was written."""
    session.parents.add_correction_request(emre.id, TODAY, "Anouk van der Berg (moeder)",
                                           "Anouk Jansen schreef dit; Anouk kan het uitleggen.")
    session.parents.add_zienswijze(emre.id, TODAY, "Pieter", "Pieter Bakker was er niet bij.")
    service = Session(session.vault, FixedClock(TODAY)).inzage
    x = service.collect(emre.id)
    doc = json.dumps(json.loads(service.to_json(x)), ensure_ascii=False)
    text, _ = _pdf_text(service.to_pdf(x))
    for shown in (doc, " ".join(text.split())):
        assert "Anouk van der Berg (moeder)" in shown
        assert "Anouk Jansen" not in shown and "Pieter Bakker" not in shown
        assert "A.J. van der Berg" not in shown
        assert "A.J. schreef dit" in shown and "P.B. was er niet bij" in shown
    dossier = " ".join(_pdf_text(session.logbook.dossier.pdf(emre.id))[0].split())
    assert "Anouk van der Berg (moeder)" in dossier and "A.J. van der Berg" not in dossier
