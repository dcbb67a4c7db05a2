"""Aanvullingen over het verloop on a real vault: append-only, sealed, validated, printed."""

from __future__ import annotations

import io
from datetime import date, time, timedelta

import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from tests.services.test_logbook import draft
from zorgdesk.domain.logbook import SuspicionOutcome
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.retention import export_digest
from zorgdesk.services.session import Session
from zorgdesk.store.audit import read_entries


@pytest.fixture
def logbook(demo_vault):
    return Session(demo_vault, FixedClock(TODAY)).logbook


@pytest.fixture
def progress(demo_vault):
    return Session(demo_vault, FixedClock(TODAY)).logbook_progress


@pytest.fixture
def entry(demo_vault, logbook):
    zoe = demo_vault.read().execute(
        "SELECT id FROM pupil WHERE first_name = 'Zoë'").fetchone()[0]
    return logbook.add_entry(draft([zoe], demo_vault, entry_date="02-11-2026"))


def test_addition_reads_back_exactly_after_reopening(demo_path, demo_vault, progress, entry):
    from zorgdesk.services.demo.school import DEMO_PASSPHRASE
    from zorgdesk.store.vault import Vault

    text = "Moeder belde: de plek kwam van een val 🚲 — bevestigd door de huisarts.\nZoë lacht."
    progress.add(entry, "09-11-2026", "8.45", text, "ontkracht")
    progress.add(entry, date(2026, 11, 3), None, "Eerste aanvulling.")
    demo_vault.close()
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        notes = Session(vault, FixedClock(TODAY)).logbook_progress.for_entry(entry)
    assert [n.text for n in notes] == ["Eerste aanvulling.", text]  # by date, not entry order
    assert notes[1].note_time == time(8, 45) and notes[1].outcome is SuspicionOutcome.REFUTED
    assert notes[0].note_time is None and notes[0].outcome is SuspicionOutcome.NONE
    assert notes[1].author == vault.user.name


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    (dict(note_date=""), "note_date", "Vul de datum in"),
    (dict(note_date="31-02-2026"), "note_date", "geen geldige datum"),
    (dict(note_date=TODAY + timedelta(days=1)), "note_date", "toekomst"),
    (dict(note_date="01-11-2026"), "note_date", "vóór de notitie zelf (02-11-2026)"),
    (dict(note_time="25:00"), "note_time", "bestaat niet"),
    (dict(note_time="x" * 500), "note_time", "is geen tijd"),
    (dict(text="   \n "), "text", "Beschrijf het verloop"),
    (dict(text="a" * 20_001), "text", "te lang"),
    (dict(text="voor\x00na"), "text", "ongeldig teken"),
    (dict(outcome="misschien"), "outcome", "bevestigd, ontkracht"),
])
def test_bad_input_is_refused_in_dutch_next_to_its_field(progress, entry, kwargs, field, words):
    args = dict(note_date="10-11-2026", note_time="", text="Gesprek gehad.", outcome="")
    args.update(kwargs)
    with pytest.raises(ValidationError) as refused:
        progress.add(entry, **args)
    assert any(words in m for m in refused.value.for_field(field)), refused.value.problems
    assert "x" * 30 not in refused.value.message  # a long paste is never echoed
    assert progress.for_entry(entry) == []


def test_unknown_entry_is_refused(progress):
    with pytest.raises(ValidationError) as refused:
        progress.add(999_999, "10-11-2026", "", "Tekst.")
    assert refused.value.for_field("entry") == ["Deze logboeknotitie bestaat niet."]


def test_additions_cannot_be_changed_or_removed_and_changes_are_detected(
        demo_vault, progress, entry):
    note_id = progress.add(entry, "10-11-2026", "", "Gesprek gehad.", "bevestigd")
    with pytest.raises(Exception, match="alleen-toevoegen"), demo_vault.transaction() as cur:
        cur.execute("UPDATE logbook_progress SET text = 'anders' WHERE id = ?", (note_id,))
    with pytest.raises(Exception, match="alleen-toevoegen"), demo_vault.transaction() as cur:
        cur.execute("DELETE FROM logbook_progress WHERE id = ?", (note_id,))
    assert demo_vault.verify() == []
    actions = [e.action for e in read_entries(demo_vault.read())]
    assert "logboek.aanvulling_toegevoegd" in actions


def test_a_change_outside_zorgdesk_is_reported_by_verify(demo_vault, progress, entry):
    note_id = progress.add(entry, "10-11-2026", "", "Gesprek gehad.")
    conn = demo_vault._conn  # what someone with the key and another client could do
    conn.execute("DROP TRIGGER IF EXISTS logbook_progress_no_update")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                " AND tbl_name = 'logbook_progress'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("UPDATE logbook_progress SET text = 'iets anders' WHERE id = ?", (note_id,))
    conn.commit()
    problems = " ".join(demo_vault.verify())
    assert "aanvulling over het verloop" in problems
    assert "iets anders" not in problems and "Gesprek" not in problems


def test_dossier_pdf_prints_additions_under_their_entry(demo_vault, logbook, progress, entry):
    progress.add(entry, "10-11-2026", "14:05", "Vader kwam langs; afspraak gemaakt ✓.",
                 "bevestigd")
    zoe = demo_vault.read().execute(
        "SELECT id FROM pupil WHERE first_name = 'Zoë'").fetchone()[0]
    pdf = logbook.dossier.pdf(zoe, TODAY)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(text.split())
    assert "Aanvullingen over het verloop" in text
    assert "10-11-2026 om 14:05" in text
    assert "Vader kwam langs; afspraak gemaakt ✓. Eerder verhaal of vermoeden: bevestigd." \
        in text


def test_retention_exports_and_then_deletes_the_additions(demo_vault, progress, entry):
    import json


    progress.add(entry, "10-11-2026", "", "Gesprek gehad.")
    data = Session(demo_vault, FixedClock(TODAY)).basedata
    emre = data.pupils("Emre")[0]
    emre_entry = Session(demo_vault, FixedClock(TODAY)).logbook.add_entry(
        draft([emre.id], demo_vault, entry_date="02-11-2026"))
    progress.add(emre_entry, "12-11-2026", "", "Blijft van Emre.")
    zoe = data.pupils("Zoë")[0]
    data.deactivate_pupil(zoe.id, max(zoe.start_date, date(2023, 7, 1)))
    retention = Session(demo_vault, FixedClock(TODAY)).retention
    export = retention.export_json(zoe.id)
    exported = [r["text"] for r in json.loads(export)["tables"]["logbook_progress"]]
    assert "Gesprek gehad." in exported and len(exported) == 3  # plus the demo's two
    retention.delete_after_export(zoe.id, export_digest(export))
    assert [n.text for n in progress.for_entries([entry, emre_entry])[emre_entry]] == [
        "Blijft van Emre."]
    assert progress.for_entry(entry) == []
    assert demo_vault.verify() == []
    with pytest.raises(Exception, match="alleen-toevoegen"), demo_vault.transaction() as cur:
        cur.execute("DELETE FROM logbook_progress")  # triggers are back
