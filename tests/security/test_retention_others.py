"""A deleted pupil's name leaves the records of the pupils who stay (retention)."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from tests.security.helpers import raw_connection
from tests.security.test_retention_shared import EMRE_FORMS, _every_text_value
from tests.services.test_logbook import draft
from zorgdesk.domain.anonymise.anonymiser import KnownName
from zorgdesk.domain.anonymise.name_removal import remove_name
from zorgdesk.domain.conversations.conversation import SignatureStatus
from zorgdesk.domain.conversations.draft import ConversationDraft
from zorgdesk.domain.conversations.smart import SmartAgreement
from zorgdesk.domain.sharing import SharingDraft
from zorgdesk.domain.signals.check import CheckDraft, FlagDraft, TickDraft
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.name_rewrite import REWRITE_ACTION
from zorgdesk.services.retention import export_digest
from zorgdesk.services.session import Session
from zorgdesk.store.vault import Vault

# Every kind of form, in several spellings.
ABOUT_EMRE = "Emre Çelik duwde; EMRE's jas lag er, emre huilde, E.Ç. en Celik liepen weg."
CLEAN = ("[medeleerling] duwde; [medeleerling] jas lag er, [medeleerling] huilde,"
         " [medeleerling] en [medeleerling] liepen weg.")
ALL_MET = {c: "voldaan" for c in ("wederzijdse-toestemming", "vrijwilligheid",
                                   "gelijkwaardigheid", "ontwikkelingsadequaat",
                                   "contextadequaat", "zelfrespecterend")}
KM = "km4-12"


def test_own_family_forms_stay_in_their_own_record():
    gone = KnownName("Emre Çelik", first="Emre", last="Çelik")
    own = [KnownName("Elif Çelik", first="Elif", last="Çelik"), KnownName("Ayşe Çelik")]
    text = "Emre en mevrouw Çelik kwamen; Ayşe Çelik en E.Ç. (Elif) ook, emre's fiets."
    assert remove_name(text, gone, own=own) == (
        "[medeleerling] en mevrouw Çelik kwamen; Ayşe Çelik en E.Ç. (Elif) ook,"
        " [medeleerling] fiets.")
    # In somebody else's record the lone surname and the initials are ambiguous: gone.
    assert remove_name(text, gone, stays=own) == (
        "[medeleerling] en mevrouw [medeleerling] kwamen; Ayşe Çelik en [medeleerling]"
        " (Elif) ook, [medeleerling] fiets.")


def _seed_bram(vault, bram: int, elif_: int) -> dict:
    """One record of every kind in Bram's dossier (and one in Elif's) naming Emre."""
    logbook = Session(vault, FixedClock(TODAY)).logbook
    entry = logbook.add_entry(draft([bram], vault, situation=ABOUT_EMRE))
    zid = logbook.parents.add_zienswijze(bram, TODAY, "Sanne de Jong", ABOUT_EMRE, [entry])
    rid = logbook.parents.add_correction_request(bram, TODAY, "Sanne de Jong", ABOUT_EMRE, [entry])
    Session(vault, FixedClock(TODAY)).request_answers.answer(rid, "afgewezen", TODAY,
                                                            ABOUT_EMRE)
    Session(vault).drafts.save("logboek", f"nieuw:{bram}", bram, {"situation": ABOUT_EMRE})
    logbook.parents.add_zienswijze(elif_, TODAY, "Ayşe Çelik",
                           "Emre en mevrouw Çelik kwamen samen met Elif Çelik.")
    signals = Session(vault, FixedClock(TODAY)).signals
    signals.save_check(bram, CheckDraft(KM, TODAY, "Anouk Jansen", (
        TickDraft(f"{KM}.gezin.02", ABOUT_EMRE),)))
    signals.save_flag_assessment(bram, FlagDraft(TODAY, "Anouk Jansen", ABOUT_EMRE, ALL_MET,
                                                 "geel", ABOUT_EMRE))
    conversations = Session(vault, FixedClock(TODAY)).conversations
    cid = conversations.plan(bram, ConversationDraft(
        kind="regulier", on=TODAY - timedelta(days=3), at="10:00", place="Kamer IB",
        subject="Ruzie met Emre", staff=(("Anouk Jansen", "Leerkracht groep 7"),),
        guardians=(("Sanne de Jong", "moeder"),), phase_notes={"beeldvorming": ABOUT_EMRE},
        agreements=(SmartAgreement("Bram speelt niet meer met Emre Çelik.",
                                   "Leerkracht let op.", "Anouk Jansen",
                                   TODAY + timedelta(days=30), True, True),)))
    on_conversations = Session(conversations.vault, conversations.clock)
    signing = on_conversations.signing
    signing.hand_out(cid, TODAY - timedelta(days=2), confirm_smart=True)
    signing.register_signature(cid, "Sanne de Jong", SignatureStatus.GEZIEN, TODAY,
                               "Kamer IB", ABOUT_EMRE)
    signing.add_addendum(cid, ABOUT_EMRE, TODAY)
    signing.attach_scan(cid, "verslag Emre Çelik.pdf", b"%PDF-1.4 beeld")
    on_conversations.action_points.close(cid, 1, "afgerond", TODAY, ABOUT_EMRE)
    # Bram already has a trajectory in the demo; Sem gets one that names Emre.
    sem = Session(vault).basedata.pupils("sem visser")[0].id
    sem_check = signals.save_check(sem, CheckDraft(KM, TODAY, "Anouk Jansen", (
        TickDraft(f"{KM}.gezin.02"),)))
    meldcode = Session(vault).meldcode
    t = meldcode.start(sem, start_date=TODAY - timedelta(days=5))
    meldcode.perform(t.id, "record_signals", signal_check_ids=[sem_check],
                     contra_signalen=ABOUT_EMRE)
    meldcode.perform(t.id, "record_kindcheck", done=True, note=ABOUT_EMRE)
    meldcode.perform(t.id, "record_siblings", siblings=["Emre Çelik"], note=ABOUT_EMRE)
    Session(vault, FixedClock(TODAY)).sharing.record(bram, SharingDraft(
        "Veilig Thuis", ABOUT_EMRE, "Meldcode stap 2", TODAY))
    Session(vault).drafts.save("gesprek", f"nieuw:{bram}", bram, {"subject": ABOUT_EMRE,
                                                                 "on": "25-11-2026"})
    return {"entry": entry, "zienswijze": zid, "request": rid, "conversation": cid,
            "trajectory": t.id}


def _triggers(vault) -> set:
    return set(vault.read().execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())


def test_deleted_pupils_name_leaves_every_record_of_the_pupils_who_stay(demo_path):
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        session = Session(vault)
        data = Session(vault, FixedClock(TODAY)).basedata
        emre, bram, elif_ = (data.pupils(n)[0] for n in ("emre", "bram", "elif"))
        ids = _seed_bram(vault, bram.id, elif_.id)
        meldcode = session.meldcode
        before = meldcode.load(ids["trajectory"]).state
        triggers = _triggers(vault)
        data.deactivate_pupil(emre.id, max(emre.start_date, date(2023, 7, 1)))
        service = Session(vault, FixedClock(TODAY)).retention
        service.delete_after_export(emre.id, export_digest(service.export_json(emre.id)))

        assert _triggers(vault) == triggers  # append-only and freeze rules back, verbatim
        logbook = Session(vault, FixedClock(TODAY)).logbook
        assert logbook.history(ids["entry"]).current.content.situation == CLEAN
        assert logbook.search("Emre") == []
        assert ids["entry"] in {h.entry_id for h in logbook.search("medeleerling")}
        [z] = [z for z in logbook.parents.zienswijzen(bram.id) if z.text.startswith("[")]
        assert (z.text, z.given_by) == (CLEAN, "Sanne de Jong")
        [req] = logbook.parents.correction_requests(bram.id)
        assert req.request == CLEAN
        assert Session(vault).drafts.load("logboek", f"nieuw:{bram.id}").fields == {
            "situation": CLEAN}
        assert [z.text for z in logbook.parents.zienswijzen(elif_.id)] == [
            "[medeleerling] en mevrouw Çelik kwamen samen met Elif Çelik."]
        signals = Session(vault, FixedClock(TODAY)).signals
        assert signals.checks(bram.id)[0].ticks[0].note == CLEAN
        flag = signals.flag_assessments(bram.id)[0]
        assert (flag.behaviour, flag.override_reason) == (CLEAN, CLEAN)

        conversations = Session(vault, FixedClock(TODAY)).conversations
        stored = conversations.get(ids["conversation"])
        assert stored.frozen and stored.gesprek.subject == "Ruzie met [medeleerling]"
        assert stored.gesprek.agreements[0].what == "Bram speelt niet meer met [medeleerling]."
        assert stored.gesprek.signatures[0].parents_view == CLEAN
        assert stored.gesprek.addenda[0].text == CLEAN
        on_conversations = Session(conversations.vault, conversations.clock)
        scans = on_conversations.signing.scans(ids["conversation"])
        assert scans[0].filename == "verslag [medeleerling].pdf"
        events = on_conversations.action_points.events(ids["conversation"])
        assert events[0].note == CLEAN
        pdf = conversations.report_pdf(ids["conversation"])
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
        assert "[medeleerling]" in text and not re.search("emre|elik", text, re.IGNORECASE)
        with pytest.raises(Exception, match="bevroren"), vault.transaction() as cur:
            cur.execute("UPDATE conversation SET subject = 'x' WHERE id = ?",
                        (ids["conversation"],))

        after = meldcode.load(ids["trajectory"]).state
        assert (after.current_step, after.completed_steps, after.kindcheck_done,
                after.signal_check_ids, len(after.events)) == (
            before.current_step, before.completed_steps, before.kindcheck_done,
            before.signal_check_ids, len(before.events))
        assert (after.kindcheck_note, after.contra_signalen, after.siblings) == (
            CLEAN, CLEAN, ("[medeleerling]",))
        assert Session(vault).sharing.for_pupil(bram.id)[-1].what == CLEAN
        assert Session(vault).drafts.load("gesprek", f"nieuw:{bram.id}").fields == {
            "subject": CLEAN, "on": "25-11-2026"}

        audited = vault.read().execute(
            "SELECT entity, fields FROM audit_log WHERE action = ?", (REWRITE_ACTION,)).fetchall()
        assert {f for _, f in audited} == {"[]"}
        assert {e for e, _ in audited} >= {
            "logbook_version", "logbook_zienswijze", "logbook_correction_request",
            "logbook_correction_answer", "signal_check_item",
            "flag_assessment", "conversation", "conversation_status_event",
            "conversation_addendum", "conversation_scan", "conversation_action_event",
            "meldcode_event", "sharing_record", "form_draft"}
        assert vault.verify() == []
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    try:
        everything = _every_text_value(conn)
    finally:
        conn.close()
    assert EMRE_FORMS.findall(everything) == []
    assert "Celik liepen" not in everything and "Çelik liepen" not in everything
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        assert vault.verify() == []
        with pytest.raises(Exception, match="alleen-toevoegen"), vault.transaction() as cur:
            cur.execute("UPDATE meldcode_event SET event = '{}'")
