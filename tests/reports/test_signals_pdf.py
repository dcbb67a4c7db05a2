"""Signalenlijst PDFs read back with pypdf."""

from __future__ import annotations

import io
from datetime import timedelta

from pypdf import PdfReader

from tests.conftest import TODAY
from zorgdesk.domain.logbook.entry import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.signals.check import CheckDraft, TickDraft
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session

KM = "km4-12"


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_check_pdf_contains_ticked_items_notes_and_contra_signals(demo_vault):
    session = Session(demo_vault, FixedClock(TODAY))
    service = session.signals
    pupil = session.basedata.pupils("Minh")[0]
    earlier = len(service.checks(pupil.id))
    note = session.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(pupil.id),), entry_date=TODAY - timedelta(days=2), location="Klas",
        signalled_by=SignalledBy(name="Daniëlle de Vries"), situation="Vroeg om eten."))
    first = service.save_check(pupil.id, CheckDraft(KM, TODAY - timedelta(days=9), "D", (
        TickDraft(f"{KM}.gezin.02"),)))
    check_id = service.save_check(pupil.id, CheckDraft(KM, TODAY, "Daniëlle de Vries", (
        TickDraft(f"{KM}.lichamelijk.10", "vraagt om 10 uur om eten", logbook_entry_ids=(note,)),
        TickDraft(f"{KM}.gedrag-ouder.08", "vader kwam wel op gesprek", contra=True))))
    text = _text(service.check_pdf(check_id))
    flat = " ".join(text.split())
    # The list by the pupil's own count; the note by its day (and the number the logboek
    # tab shows); never the vault's id of the list.
    assert f"Signalenlijst {earlier + 2} — " in flat
    assert f"{TODAY - timedelta(days=2):%d-%m-%Y} (nr. {note})" in flat
    assert "lijst nr." not in flat and f"nr. {check_id}" not in flat.replace(
        f"nr. {note}", "")
    correction = service.save_check(pupil.id, CheckDraft(
        KM, TODAY - timedelta(days=9), "D", (TickDraft(f"{KM}.gezin.03"),),
        corrects_check_id=first))
    fixed = " ".join(_text(service.check_pdf(correction)).split())
    day = TODAY - timedelta(days=9)
    assert f"Deze lijst vervangt signalenlijst {earlier + 1} van {day:%d-%m-%Y}." in fixed
    for expected in ("kind is hongerig", "vraagt om 10 uur om eten",
                     "zegt regelmatig afspraken af", "vader kwam wel op gesprek",
                     "[CONTRA-SIGNAAL]", "Daniëlle de Vries", pupil.display_name,
                     "25 november 2026", "Lichamelijk welzijn", "Verloop",
                     "1 signaal, 1 contra-signaal", "Groep 5"):
        assert expected in text, expected
    assert "groeiachterstand" not in text  # only ticked signals are printed
    assert "groep Groep" not in text


def test_over_time_pdf_uses_words_not_only_colour(demo_vault):
    service = Session(demo_vault, FixedClock(TODAY)).signals
    zoe = Session(demo_vault, FixedClock(TODAY)).basedata.pupils("Zoë")[0]
    text = _text(service.over_time_pdf(zoe.id, KM))
    assert "▲ nieuw" in text and "● blijvend" in text and "○ verdwenen" in text
    for days in (70, 42, 7):
        assert f"{TODAY - timedelta(days=days):%d-%m-%Y}" in text
    assert "oververmoeid" in text
    assert "(contra)" in text  # the demo's last check marks a contra-signal


def test_many_checks_are_split_over_tables_not_cut_off(demo_vault):
    service = Session(demo_vault, FixedClock(TODAY)).signals
    pupil = Session(demo_vault, FixedClock(TODAY)).basedata.pupils("Sem")[0]
    for n in range(8):
        service.save_check(pupil.id, CheckDraft(KM, TODAY - timedelta(days=80 - n * 10), "I", (
            TickDraft(f"{KM}.gezin.0{1 + n % 2}"),)))
    text = _text(service.over_time_pdf(pupil.id, KM))
    for n in range(8):
        assert f"{TODAY - timedelta(days=80 - n * 10):%d-%m-%Y}" in text
    assert "Lijsten 1–5 van 8" in text and "Lijsten 6–8 van 8" in text


def test_a_printed_list_names_no_other_family_but_keeps_the_schools_staff(demo_vault):
    """Issue 16: the same name removal as the inzage export, for a document the school
    hands to this pupil's parents: other pupils and their parents by initials, in every
    form (first name, possessive, without diacritics); staff keep their names."""
    basedata = Session(demo_vault, FixedClock(TODAY)).basedata
    service = Session(demo_vault, FixedClock(TODAY)).signals
    zoe = basedata.pupils("Zoë")[0]
    omer = basedata.pupils("Omer")[0]
    own = {g.name for g in basedata.guardians(zoe.id)}
    other_parent = next(g.name for p in basedata.pupils() if p.id != zoe.id
                        for g in basedata.guardians(p.id)
                        if g.name not in own and not g.name.startswith("Ouder van"))
    staff = basedata.staff()[0].name
    note = (f"{omer.first_name} duwde haar; {omer.last_name}s jas lag op de grond. "
            f"Omer lachte. {other_parent} belde. {staff} zag het.")
    check_id = service.save_check(zoe.id, CheckDraft(KM, TODAY, staff, (
        TickDraft(f"{KM}.lichamelijk.10", note),)))
    text = _text(service.check_pdf(check_id))
    for gone in (omer.first_name, omer.last_name, "Omer", other_parent):
        assert gone not in text, gone
    assert staff in text and "duwde haar" in text and "lag op de grond" in text
    assert zoe.display_name in text
    stored = service.check(check_id).ticks[0].note
    assert stored == note  # the vault keeps what was recorded; only the print leaves out
