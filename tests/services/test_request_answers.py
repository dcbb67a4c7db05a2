"""A granted correction or removal request changes the dossier (issue 21), on a real vault.

After the grant the removed or replaced text is nowhere in the decrypted database (every
table, every column, blobs too), nor in a backup made afterwards; *Kluis controleren* is
clean; the proof holds no content; the answer letter says the right facts.
"""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from tests.attachments import files
from tests.conftest import TODAY
from tests.security.helpers import raw_connection
from tests.services.test_logbook import draft
from zorgdesk.domain.attachments.records import RecordKind
from zorgdesk.domain.logbook import CorrectionOutcome
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.services.vault.backup import make_backup, restore_backup
from zorgdesk.store.audit import REMOVAL_ACTION
from zorgdesk.store.vault import Vault

SECRET = "Kwispeldrager"  # a word nothing else in the demo vault holds
OLD_WORDS = "Zebrapadwachter"


def every_value(conn) -> bytes:
    """Every value of every table (virtual-table shadows included), as lowercased UTF-8
    bytes, plus every term the search index still holds (its segments compress terms,
    so they are read through fts5vocab, which also lists terms only marked deleted)."""
    parts: list[bytes] = []
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.scan_vocab"
                 " USING fts5vocab(main, 'logbook_fts', 'instance')")
    parts += [str(r[0]).encode() for r in conn.execute("SELECT term FROM temp.scan_vocab")]
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}"').fetchall():  # noqa: S608
            for value in row:
                parts.append(value if isinstance(value, bytes) else str(value).encode())
    conn.execute("DROP TABLE temp.scan_vocab")
    return b"\n".join(parts).lower()


def _entry_with_everything(session, zoe) -> int:
    """An entry with the secret word in its text, a correction, an aanvulling, an
    attachment, a draft and the search index."""
    vault = session.vault
    entry = session.logbook.add_entry(draft([zoe.id], vault, situation=(
        f"Zoë noemde een klasgenoot {SECRET} en liep weg."), entry_date="18-11-2026"))
    session.logbook.correct_entry(entry, draft([zoe.id], vault, situation=(
        f"Zoë noemde een klasgenoot {SECRET} en liep de klas uit."),
        entry_date="18-11-2026"), "Preciezer")
    session.logbook_progress.add(entry, "19-11-2026", "", f"Later nog eens: {SECRET}.")
    session.attachments.add(zoe.id, RecordKind.LOGBOEK, entry, "brief.pdf",
                            files.pdf(f"Brief over {SECRET}"))
    session.drafts.save("logboek", f"correctie:{entry}", zoe.id, {"situation": SECRET})
    # The small forms about this entry (ui/small_form.py) keep drafts of their own.
    session.drafts.save("logboek", f"aanvulling:{entry}", zoe.id, {"text1": SECRET})
    session.drafts.save("logboek", f"evaluatie:{entry}", zoe.id, {"text2": SECRET})
    assert session.logbook.search(SECRET)
    return entry


def _request(session, zoe, entry_ids, days_ago=10) -> int:
    return session.parents.add_correction_request(
        zoe.id, TODAY - timedelta(days=days_ago), "Ingrid van der Berg (moeder)",
        "Graag de notitie van 18 november verwijderen; die klopt niet.", entry_ids)


def test_granted_removal_leaves_nothing_but_a_proof_and_verify_is_clean(
        session, zoe, demo_path, tmp_path):
    entry = _entry_with_everything(session, zoe)
    request = _request(session, zoe, [entry])
    answered = session.request_answers.answer(
        request, CorrectionOutcome.GRANTED, TODAY, "", remove=[entry],
        grondslag="De gegevens zijn feitelijk onjuist.")
    assert answered.outcome is CorrectionOutcome.GRANTED and not answered.is_open

    vault = session.vault
    assert SECRET.lower().encode() not in every_value(vault.read().connection)
    assert not session.logbook.search(SECRET)
    assert entry not in {i.entry_id for i in session.logbook.chronology(zoe.id)}
    assert session.attachments.for_pupil(zoe.id) == []
    assert [d.key for d in session.drafts.for_pupil(zoe.id)
            if d.key.endswith(f":{entry}")] == []  # every draft about the entry went along
    assert vault.verify() == []
    # The proof: kind, number, date, when, by whom, why - and nothing of the text.
    (change,) = session.request_answers.changes(request)
    assert (change.record_kind, change.record_id, change.record_date, str(change.change),
            change.versions_removed, change.recorded_by) == (
        "logboeknotitie", entry, date(2026, 11, 18), "verwijderd", 2, vault.user.name)
    assert change.grondslag == "De gegevens zijn feitelijk onjuist."
    removed = vault.read().execute(
        "SELECT entity, fields FROM audit_log WHERE action = ?", (REMOVAL_ACTION,)).fetchall()
    assert ("logbook_entry", "[]") in removed and ("attachment", "[]") in removed
    # A backup made now does not hold it either; restored, it verifies clean.
    backup = tmp_path / "usb" / "na-verzoek.zdbackup"
    make_backup(vault, backup)
    target = tmp_path / "terug" / "hersteld.zdv"
    restore_backup(backup, target, DEMO_PASSPHRASE)
    conn = raw_connection(target, DEMO_PASSPHRASE)
    assert SECRET.lower().encode() not in every_value(conn)
    conn.close()
    with Vault.open(target, DEMO_PASSPHRASE) as restored:
        assert restored.verify() == []


def test_the_file_itself_keeps_no_page_with_the_text(demo_path):
    """After closing, the decrypted pages (read through a raw key) hold no trace."""
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        session = Session(vault, FixedClock(TODAY))
        zoe = session.basedata.pupils("Zoë")[0]
        entry = _entry_with_everything(session, zoe)
        session.request_answers.answer(_request(session, zoe, [entry]),
                                       CorrectionOutcome.GRANTED, TODAY, remove=[entry],
                                       grondslag="De gegevens doen niet ter zake.")
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    assert SECRET.lower().encode() not in every_value(conn)
    conn.close()
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        assert vault.verify() == []


def test_granted_correction_replaces_the_text_and_removes_every_old_version(session, zoe):
    vault = session.vault
    entry = session.logbook.add_entry(draft([zoe.id], vault, situation=(
        f"Zoë had geen ontbijt; {OLD_WORDS}."), entry_date="16-11-2026"))
    session.drafts.save("logboek", f"correctie:{entry}", zoe.id, {"situation": OLD_WORDS})
    request = _request(session, zoe, [entry])
    corrected = draft([zoe.id], vault, situation="Zoë had een klein ontbijt bij zich.",
                      entry_date="16-11-2026")
    session.request_answers.answer(request, CorrectionOutcome.GRANTED, TODAY,
                                   correct={entry: corrected},
                                   grondslag="De gegevens zijn feitelijk onjuist.")
    history = session.logbook.history(entry)
    assert history.current.content.situation == "Zoë had een klein ontbijt bij zich."
    assert not history.is_amended  # the old version is gone, not kept as history
    assert OLD_WORDS.lower().encode() not in every_value(vault.read().connection)
    assert session.logbook.search("klein ontbijt")[0].entry_id == entry
    assert not session.logbook.search(OLD_WORDS)
    (change,) = session.request_answers.changes_for_entry(entry)
    assert str(change.change) == "gecorrigeerd" and change.versions_removed == 1
    actions = [r[0] for r in vault.read().execute(
        "SELECT action FROM audit_log WHERE entity = 'logbook_entry' AND entity_id = ?",
        (str(entry),))]
    assert actions[-1] == "logboek: notitie gecorrigeerd (verzoek ouders)"
    assert vault.verify() == []


def test_a_demo_request_with_a_correction_of_an_amended_entry(session, zoe):
    """The demo's own request (Zoë's first entry has two versions): both go."""
    request = next(r for r in session.parents.correction_requests(zoe.id) if r.is_open)
    entry = int(request.entry_ids[0])
    old = session.logbook.history(entry)
    assert old.is_amended
    content = old.current.content
    corrected = draft([zoe.id], session.vault, situation=content.situation.replace(
        "geen ontbijt", "een klein ontbijt"), entry_date=content.entry_date,
        entry_time=content.entry_time, location=content.location,
        signalled_by=content.signalled_by, domain=content.domain)
    session.request_answers.answer(int(request.request_id), "deels toegewezen", TODAY,
                                   "De rest van de notitie klopt.", correct={entry: corrected},
                                   grondslag="De gegevens zijn feitelijk onjuist.")
    assert session.logbook.history(entry).all_versions[0].version_no == 1
    assert len(session.logbook.history(entry).all_versions) == 1
    assert session.vault.verify() == []


def test_bad_answers_are_refused_in_dutch_and_write_nothing(session, zoe):
    emre = session.basedata.pupils("Emre")[0]
    entry = _entry_with_everything(session, zoe)
    request = _request(session, zoe, [entry])
    answers = session.request_answers
    before = session.vault.read().execute("SELECT count(*) FROM audit_log").fetchone()[0]
    cases = [
        (dict(outcome="afgewezen", motivation="Klopt wel.", remove=[entry],
              grondslag="x"), "Alleen bij een (deels) toegewezen verzoek"),
        (dict(outcome="toegewezen", remove=[entry]), "Noteer de grondslag"),
        (dict(outcome="afgewezen"), "gemotiveerd"),
        (dict(outcome="toegewezen", remove=[session.logbook.chronology(emre.id)[0].entry_id],
              grondslag="g"), "logboek van deze leerling"),
        (dict(outcome="toegewezen", remove=[entry],
              correct={entry: draft([zoe.id], session.vault)}, grondslag="g"),
         "verwijderd of verbeterd, niet allebei"),
        (dict(outcome="toegewezen", correct={entry: draft([zoe.id], session.vault,
                                                         situation="")}, grondslag="g"),
         "Beschrijf"),
        (dict(outcome="onzin"), "Kies een uitkomst"),
    ]
    for kwargs, message in cases:
        outcome = kwargs.pop("outcome")
        motivation = kwargs.pop("motivation", "")
        with pytest.raises(ValidationError) as raised:
            answers.answer(request, outcome, TODAY, motivation, **kwargs)
        assert any(message in m for _f, m in raised.value.problems), (
            message, raised.value.problems)
    assert session.vault.read().execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    assert session.parents.correction_request(request).is_open
    assert session.logbook.search(SECRET)


def test_meldcode_evidence_cannot_be_removed_but_can_be_corrected(session):
    emre = session.basedata.pupils("Emre")[0]
    choices = session.request_answers.choices(
        session.parents.add_correction_request(emre.id, TODAY, "Ayşe Çelik", "Weg ermee."))
    cited = [c.entry_id for c in choices if c.meldcode_evidence]
    assert cited, "the demo's meldcode trajectory cites logboek entries"
    request = session.parents.add_correction_request(emre.id, TODAY, "Ayşe Çelik", "Weg.")
    with pytest.raises(ValidationError) as raised:
        session.request_answers.answer(request, "toegewezen", TODAY, remove=cited[:1],
                                       grondslag="De gegevens doen niet ter zake.")
    assert "Wet meldcode" in raised.value.problems[0][1]
    # The message quotes the entry; the error's own text (logs, crash reports) does not.
    assert str(raised.value).startswith("Ongeldige invoer")
    assert "Blauwe plekken" in raised.value.message and "Blauwe" not in str(raised.value)


def _letter_text(pdf: bytes) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_letter_for_a_removal_states_dates_term_outcome_and_what_went(session, zoe):
    entry = _entry_with_everything(session, zoe)
    request = _request(session, zoe, [entry], days_ago=12)
    session.request_answers.answer(request, "toegewezen", TODAY, remove=[entry],
                                   grondslag="De gegevens zijn feitelijk onjuist.")
    text = " ".join(_letter_text(session.request_answers.letter_pdf(request)).split())
    received = TODAY - timedelta(days=12)
    assert "Antwoord op uw verzoek" in text
    assert "Ingrid van der Berg (moeder)" in text and "Zoë van der Berg" in text
    assert f"{received.day} november 2026" in text  # received
    assert f"{(received + timedelta(weeks=4)).day} december 2026" in text  # the four weeks
    assert "toegewezen" in text and "vier weken" in text
    assert "logboeknotitie van 18 november 2026 is uit het dossier verwijderd" in text
    assert "feitelijk onjuist" in text
    assert SECRET not in text  # the letter names the record, never its content
    assert session.vault.user.name in text


def test_the_letter_for_a_refusal_gives_the_reason_and_where_to_go(session, zoe):
    request = _request(session, zoe, [], days_ago=40)
    session.request_answers.answer(request, "afgewezen", TODAY,
                                   "De notitie beschrijft wat de leerkracht zelf zag.")
    text = " ".join(_letter_text(session.request_answers.letter_pdf(request)).split())
    assert "niet toe te wijzen" in text
    assert "De reden: De notitie beschrijft wat de leerkracht zelf zag." in text
    assert "Autoriteit Persoonsgegevens" in text
    assert "later komt dan de termijn" in text  # 40 days: past the four weeks
    with pytest.raises(ValidationError):
        session.request_answers.letter_pdf(_request(session, zoe, []))  # still open


def test_the_proof_is_in_the_inzage_export_and_leaves_with_the_pupil(session, zoe):
    import json

    from zorgdesk.services.retention import export_digest

    entry = _entry_with_everything(session, zoe)
    request = _request(session, zoe, [entry])
    session.request_answers.answer(request, "toegewezen", TODAY, remove=[entry],
                                   grondslag="De gegevens doen niet ter zake.")
    exported = json.loads(session.inzage.to_json(session.inzage.collect(zoe.id)))
    answered = next(r for r in exported["logbook"]["correction_requests"]
                    if r["request_id"] == str(request))
    assert answered["changes"][0]["change"] == "verwijderd"
    assert answered["changes"][0]["record_id"] == entry
    session.basedata.deactivate_pupil(zoe.id, date(2023, 7, 1))
    retention = session.retention
    retention.delete_after_export(zoe.id, export_digest(retention.export_json(zoe.id)))
    assert session.vault.read().execute(
        "SELECT count(*) FROM logbook_request_change").fetchone()[0] == 0
    assert session.vault.verify() == []


def test_there_is_one_way_to_answer_a_request_and_it_refuses_an_empty_grant(session, zoe):
    """ParentsService.answer_correction_request (an older path, only tests called it)
    took a grant that changed and added nothing; the letter then said nothing was done.
    Now every answer goes through request_answers.answer, with one set of rules."""
    request = _request(session, zoe, [_entry_with_everything(session, zoe)])
    writers = [name for service in (session.parents, session.logbook)
               for name in dir(service) if name.startswith("answer")]
    assert writers == []
    with pytest.raises(ValidationError) as raised:
        session.request_answers.answer(request, "toegewezen", TODAY, "Akkoord.")
    assert raised.value.for_field("entries")
    assert session.parents.correction_request(request).is_open
