"""ConversationService on a real demo vault: freeze, addenda, signatures, lists, PDFs."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from tests.refusals import refused
from zorgdesk.domain.conversations.conversation import SignatureStatus
from zorgdesk.domain.conversations.draft import ConversationDraft
from zorgdesk.domain.conversations.smart import SmartAgreement
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.conversations.service import (
    MAX_SCAN_BYTES,
    ConversationFrozenError,
)
from zorgdesk.services.session import Session
from zorgdesk.store import audit


def _text(pdf: bytes) -> str:
    # Table cells wrap, so compare with whitespace collapsed.
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.fixture
def service(demo_vault):
    return Session(demo_vault, FixedClock(TODAY)).conversations


def _pupil_id(vault, name: str) -> int:
    return next(p.id for p in Session(vault).basedata.pupils() if p.display_name == name)


def _draft(**changes) -> ConversationDraft:
    base = dict(kind="regulier", on=TODAY, at="10:00", place="Kamer IB",
                subject="Afspraken over op tijd komen",
                staff=(("Pieter Bakker", "Leerkracht groep 5"),),
                guardians=(("Ingrid van der Berg", "moeder"),),
                agreements=(SmartAgreement("Zoë is elke dag om 8.25 uur op school.",
                                           "Leerkracht noteert de tijd van binnenkomst.",
                                           "Maarten van der Berg (vader)",
                                           TODAY + timedelta(days=30), True, True),))
    base.update(changes)
    return ConversationDraft(**base)


def test_plan_and_update_while_concept_are_audited(service, demo_vault):
    zoe = _pupil_id(demo_vault, "Zoë van der Berg")
    cid = service.plan(zoe, _draft())
    service.update(cid, _draft(subject="Op tijd komen en ontbijt"))
    stored = service.get(cid)
    assert not stored.frozen and stored.gesprek.subject == "Op tijd komen en ontbijt"
    actions = [e.action for e in audit.read_entries(demo_vault.read(), "conversation", cid)]
    assert actions == ["zorggesprek.gepland", "zorggesprek.gewijzigd"]
    assert demo_vault.verify() == []


def test_bad_draft_reports_every_field(service, demo_vault):
    zoe = _pupil_id(demo_vault, "Zoë van der Berg")
    with pytest.raises(ValidationError) as exc:
        service.plan(zoe, _draft(subject="  ", on="31-02-2026", at="25:00", guardians=()))
    fields = {p.field for p in exc.value.problems}
    assert {"subject", "on", "at", "attendees"} <= fields
    assert service.for_pupil(zoe) == [] or all(
        s.gesprek.subject != "  " for s in service.for_pupil(zoe))


def test_frozen_after_hand_out_service_refuses_and_trigger_refuses(service, demo_vault):
    signing = Session(service.vault, service.clock).signing
    zoe = _pupil_id(demo_vault, "Zoë van der Berg")
    cid = service.plan(zoe, _draft())
    signing.hand_out(cid, TODAY)
    assert service.get(cid).frozen
    with pytest.raises(ConversationFrozenError):
        service.update(cid, _draft(subject="Stiekem aangepast"))
    with pytest.raises(ConversationFrozenError):
        service.set_agreements(cid, [])
    with pytest.raises(ConversationFrozenError):
        signing.hand_out(cid, TODAY)
    for sql in ("UPDATE conversation SET subject = 'x' WHERE id = ?",
                "UPDATE conversation SET frozen = 0 WHERE id = ?",
                "DELETE FROM conversation WHERE id = ?"):
        with pytest.raises(Exception, match="bevroren"), demo_vault.transaction() as cur:
            cur.execute(sql, (cid,))
    assert service.get(cid).gesprek.subject == "Afspraken over op tijd komen"
    with pytest.raises(Exception, match="alleen-toevoegen"), demo_vault.transaction() as cur:
        cur.execute("UPDATE conversation_status_event SET place = 'x'")


def test_concept_row_can_still_be_updated_raw(service, demo_vault):
    # The trigger is about frozen rows only: a concept is still a working document.
    cid = service.plan(_pupil_id(demo_vault, "Zoë van der Berg"), _draft())
    with demo_vault.transaction() as cur:
        cur.execute("UPDATE conversation SET place = 'Aula' WHERE id = ?", (cid,))
    assert service.get(cid).gesprek.place == "Aula"


def test_addendum_is_printed_with_the_frozen_report(service, demo_vault):
    signing = Session(service.vault, service.clock).signing
    cid = service.plan(_pupil_id(demo_vault, "Zoë van der Berg"), _draft())
    signing.hand_out(cid, TODAY)
    signing.add_addendum(cid, "Correctie: de vader was ook aanwezig, niet alleen de moeder 😊.")
    text = _text(service.report_pdf(cid))
    assert "Aanvullingen na het gesprek" in text
    assert "de vader was ook aanwezig" in text
    with pytest.raises(ValidationError):
        signing.add_addendum(cid, "   ")


def test_signature_registration_and_not_returned_list(service, demo_vault):
    signing = Session(service.vault, service.clock).signing
    # Demo: Daniëlle's report was handed out 20 days ago and is not back.
    outstanding = signing.not_returned(14)
    assert [o.report.conversation.pupil.name for o in outstanding] == ["Daniëlle van Dijk"]
    assert outstanding[0].report.days_out == 20
    assert signing.not_returned(21) == []
    assert len(signing.not_returned(20)) == 1  # on the due day it counts
    cid = outstanding[0].conversation_id
    with pytest.raises(ValidationError) as exc:  # signed before handed out
        signing.register_signature(cid, "Petra van Dijk", SignatureStatus.GEZIEN,
                                   TODAY - timedelta(days=30), "Weidebeek", "Niet eens.")
    assert exc.value.for_field("on") and not exc.value.for_field("status")  # at the date
    signing.register_signature(cid, "Petra van Dijk", SignatureStatus.GEZIEN,
                               TODAY, "Weidebeek", "Ik werk maar twee avonden.")
    assert signing.not_returned(14) == []
    sig = service.get(cid).gesprek.signatures[0]
    assert sig.status is SignatureStatus.GEZIEN and sig.parents_view
    text = _text(service.report_pdf(cid))
    assert "Ik werk maar twee avonden." in text


def test_niet_geretourneerd_stays_on_the_list(service, demo_vault):
    signing = Session(service.vault, service.clock).signing
    cid = signing.not_returned(0)[0].conversation_id
    signing.register_signature(cid, "Petra van Dijk", SignatureStatus.NIET_GERETOURNEERD,
                               TODAY)
    assert [o.conversation_id for o in signing.not_returned(14)] == [cid]


def test_smart_findings_surface(service, demo_vault):
    cid = service.plan(_pupil_id(demo_vault, "Zoë van der Berg"), _draft())
    findings = service.set_agreements(cid, [
        SmartAgreement("Vader probeert vaker te bellen.", "", "", TODAY - timedelta(days=1)),
        SmartAgreement("Leerkracht belt elke vrijdag.", "Aantal gesprekken.", "Pieter Bakker",
                       TODAY + timedelta(days=7), True, True)])
    assert {f.field for f in findings[0]} >= {"measure", "who", "by_when", "what"}
    assert any("verleden" in f.message for f in findings[0])
    assert findings[1] == []
    assert len(service.get(cid).gesprek.agreements) == 2  # hints never block saving


def test_pdfs_contain_pupil_with_diacritics_and_agreements(service, demo_vault):
    emre = _pupil_id(demo_vault, "Emre Çelik")
    cid = service.for_pupil(emre)[0].id
    for render in (service.invitation_pdf, service.smart_form_pdf, service.report_pdf):
        assert "Emre Çelik" in _text(render(cid))
    smart = _text(service.smart_form_pdf(cid))
    assert "wijkteam" in smart and "Ayşe en Mehmet Çelik" in smart
    assert "Groep 7" in smart and "groep Groep" not in smart
    assert "voor akkoord" in _text(service.report_pdf(cid))


def test_scan_is_stored_in_the_vault_only(service, demo_vault, demo_path, tmp_path):
    signing = Session(service.vault, service.clock).signing
    cid = signing.not_returned(0)[0].conversation_id
    payload = b"%PDF-1.4 handtekening-scan-merkteken-12345" + bytes(range(256)) * 10
    before = {p: p.stat().st_size for p in tmp_path.rglob("*") if p.is_file()}
    sid = signing.attach_scan(cid, "getekend.pdf", payload)
    assert signing.scan_bytes(sid) == payload
    assert [s.filename for s in signing.scans(cid)] == ["getekend.pdf"]
    after = [p for p in tmp_path.rglob("*") if p.is_file()]
    for path in after:
        assert b"handtekening-scan-merkteken" not in path.read_bytes(), path
    assert set(after) <= set(before) | {p for p in after if p.name.startswith(demo_path.name)}
    with refused(ValidationError, match="te groot"):
        signing.attach_scan(cid, "groot.pdf", b"x" * (MAX_SCAN_BYTES + 1))
    with refused(ValidationError, match="leeg"):
        signing.attach_scan(cid, "leeg.pdf", b"")


def test_demo_has_both_outcomes(service, demo_vault):
    zoe = service.for_pupil(_pupil_id(demo_vault, "Zoë van der Berg"))[0]
    assert zoe.frozen and zoe.gesprek.signatures[0].status is SignatureStatus.AKKOORD
    emre = service.for_pupil(_pupil_id(demo_vault, "Emre Çelik"))[0]
    assert not emre.frozen and emre.gesprek.kind.value == "zwaar"
    assert len(emre.gesprek.agreements) == 2


def test_signal_references_round_trip_and_print(service, demo_vault):
    from zorgdesk.domain.conversations.draft import SignalPick

    picks = (SignalPick("logboek", 12, "02-11-2026: Blauwe plek op de linkerarm gezien."),
             SignalPick("signalenlijst", 3, "Signalenlijst van 28-10-2026: vaak moe."),
             SignalPick("tekst", None, "Komt vaak te laat."))
    cid = service.plan(_pupil_id(demo_vault, "Zoë van der Berg"), _draft(signals=picks))
    assert service.draft(cid).signals == picks
    text = _text(service.report_pdf(cid))
    # Parents read the source in words, never the vault's tags.
    assert "Blauwe plek op de linkerarm gezien. (uit het logboek, 02-11-2026)" in text
    assert "vaak moe. (uit de signalenlijst, 28-10-2026)" in text
    assert "Komt vaak te laat." in text
    assert "[" not in text and "Logboek 12" not in text and "Voorbereiding" not in text


def test_not_returned_reads_once_while_the_vault_is_unchanged(service, demo_vault):
    """Unlock asks twice (Vandaag, the Zorggesprekken tab): one read while nothing
    changed; a write here or a commit by another connection (a worker) reads again."""
    signing = Session(service.vault, service.clock).signing
    first = signing._handed_out_and_open()
    assert signing._handed_out_and_open() is first
    assert [o.conversation_id for o in signing.not_returned(0)] == [
        o.conversation_id for o in signing.not_returned(0)]
    cid = signing.not_returned(0)[0].conversation_id
    worker = demo_vault.writer_for_worker()()  # another connection, as a worker has
    try:
        Session(worker, FixedClock(TODAY)).signing.register_signature(
            cid, "Petra van Dijk", SignatureStatus.GEZIEN, TODAY, "Weidebeek", "")
    finally:
        worker.close()
    assert signing.not_returned(0) == []
    assert signing._handed_out_and_open() is not first
