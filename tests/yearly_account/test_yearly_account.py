"""Jaarverantwoording (seed 003 l.3108-3110, 3726-3730, 2462-2470): a vault with known
trajectories, every figure checked in the account, the PDF and the CSV."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time, timedelta

import pytest
from pypdf import PdfReader

from tests.services.test_meldcode_service import STEP1_ANSWERS
from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.meldcode import Answer, ConversationSkipReason, Question
from zorgdesk.domain.people import PupilDraft
from zorgdesk.domain.validation import ValidationError
from zorgdesk.domain.yearly_account import shown_count
from zorgdesk.services import clock as services_clock
from zorgdesk.services.session import Session

START, END = date(2025, 8, 1), date(2026, 7, 31)
NAMES = ["Aylin", "Bram", "Cas", "Daan", "Eva", "Fenna", "Gijs", "Hiba", "Ilse"]


class SetClock(services_clock.Clock):
    """A clock the test sets to a day; each reading moves on a minute (ordered events)."""

    def __init__(self) -> None:
        self.t = datetime(2025, 1, 1, 9, 0)

    def on(self, day: date) -> None:
        self.t = datetime.combine(day, time(9, 0))

    def now(self) -> datetime:
        self.t += timedelta(minutes=1)
        return self.t


@pytest.fixture
def built(new_vault):
    clock = SetClock()
    session = Session(new_vault, clock)
    svc = session.meldcode
    pupils = {}
    for name in NAMES:
        pupils[name] = session.basedata.add_pupil(
            PupilDraft(name, "Jansen", "01-02-2017", "01-09-2021"))

    def begin(name: str, day: date):
        clock.on(day)
        entry = session.logbook.add_entry(LogbookEntryDraft(
            pupil_ids=(str(pupils[name]),), entry_date=day, entry_time="10:00",
            location="Klas", signalled_by=SignalledBy(name="Leerkracht"),
            situation="Blauwe plek op de arm."))
        entry_id = entry if isinstance(entry, int) else entry.id
        t = svc.start(pupils[name], start_date=day)
        svc.perform(t.id, "record_signals", logboek_ids=[str(entry_id)],
                    contra_signalen="Vrolijk in de klas.", answers=STEP1_ANSWERS)
        svc.perform(t.id, "record_kindcheck", done=True, note="Geen aanwijzingen.")
        svc.perform(t.id, "record_siblings", siblings=[], note="Geen broers/zussen op school.")
        return t

    def to_step4(t, day: date, step1: int):
        clock.on(day + timedelta(days=step1))
        svc.perform(t.id, "complete_step")
        svc.perform(t.id, "record_collegial_consultation", with_whom="Directeur",
                    on=clock.t.date(), advice="Veilig Thuis raadplegen.")
        svc.perform(t.id, "record_vt_consultation", on=clock.t.date(), anonymous=True,
                    organisation="Veilig Thuis", contact_person="Consulent",
                    question="Hoe verder?", advice="Gesprek.", next_steps="Afwegen.",
                    responsibilities="IB: dossier.")
        clock.on(day + timedelta(days=step1 + 3))
        svc.perform(t.id, "complete_step")
        svc.perform(t.id, "skip_conversation", ConversationSkipReason.VEILIGHEID_KIND,
                    reasoning="Vader reageerde eerder dreigend.")
        clock.on(day + timedelta(days=step1 + 5))
        svc.perform(t.id, "complete_step")

    # Six meldingen: step 1 takes 1..6 days, then 3, 2, 4 and 10 days; VT late twice.
    for k, name in enumerate(NAMES[:6]):
        day = date(2025, 9, 1) + timedelta(days=7 * k)
        t = begin(name, day)
        to_step4(t, day, k + 1)
        svc.perform(t.id, "answer_question", Question.VERMOEDEN, Answer.JA,
                    reasoning="Herhaald.", bevoegd_gezag_informed=True)
        svc.perform(t.id, "answer_question", Question.VEILIGHEID, Answer.TWIJFEL,
                    reasoning="Onduidelijk.")
        melding = day + timedelta(days=k + 1 + 5 + 4)
        clock.on(melding)
        svc.perform(t.id, "complete_step")
        svc.perform(t.id, "decide_melden", True, reasoning="Twijfel: melden.")
        svc.perform(t.id, "decide_hulp", False, reasoning="Eerst Veilig Thuis.")
        svc.perform(t.id, "record_parents_informed", on=melding, how="Telefonisch.")
        svc.perform(t.id, "record_melding", on=melding, by_whom="IB",
                    vt_reference=f"VT-2025-00{k + 10}")
        response = melding + timedelta(days=8 if k < 2 else 1)
        clock.on(response)
        svc.perform(t.id, "record_vt_response", on=response, summary="Onderzoek gestart.")
        svc.perform(t.id, "record_nazorg", on=response, text="Gesprek met ouders.")
        clock.on(melding + timedelta(days=10))
        svc.perform(t.id, "close", reasoning="Veilig Thuis heeft het over.",
                    monitoring_agreements="Leerkracht let op signalen.")
    # Started before the period, closed in it (vraag 1 nee): no melding, no help.
    t = begin(NAMES[6], date(2025, 6, 2))
    to_step4(t, date(2025, 6, 2), 2)
    clock.on(date(2025, 8, 20))
    svc.perform(t.id, "answer_question", Question.VERMOEDEN, Answer.NEE,
                reasoning="Verklaring van de huisarts.")
    svc.perform(t.id, "close", reasoning="Geen vermoeden meer.",
                monitoring_agreements="Geen.")
    # Started in the period and still open at its end; and one after the period.
    begin(NAMES[7], date(2026, 7, 1))
    begin(NAMES[8], date(2026, 8, 15))
    clock.on(date(2026, 9, 1))
    return session


def test_every_figure_of_a_vault_with_known_numbers(built):
    account = built.yearly_account.build(START, END, "Consultatie duurde lang in de zomer.")
    assert (account.started, account.ended, account.open_at_end) == (7, 7, 1)
    assert list(account.outcomes.values()) == [6, 0, 1]
    assert (account.collegial_consultations, account.vt_consultations, account.meldingen) == (
        6, 6, 6)
    assert [lt.days for lt in account.lead_times] == [
        (1, 2, 3, 4, 5, 6), (3,) * 6, (2,) * 6, (4,) * 6, (10,) * 6]
    assert [lt.shown for lt in account.lead_times] == [
        "3,5 dagen (mediaan over 6 trajecten)", "3 dagen (mediaan over 6 trajecten)",
        "2 dagen (mediaan over 6 trajecten)", "4 dagen (mediaan over 6 trajecten)",
        "10 dagen (mediaan over 6 trajecten)"]
    assert list(account.overdue.values()) == [2, 0]
    table = {label: shown for _, label, shown in account.table()}
    assert table["Gestart in de periode"] == "7"
    assert table["Nog lopend aan het eind van de periode"] == "< 5"
    assert table["Afgesloten zonder melding en zonder hulp"] == "< 5"
    assert table["Hulp geboden of georganiseerd (zonder melding)"] == "0"
    assert table["Terugkoppeling van Veilig Thuis later dan 5 werkdagen"] == "< 5"

    # A shorter period: fewer than 5 trajectories per step, so no median is shown.
    autumn = built.yearly_account.build(date(2025, 9, 1), date(2025, 9, 20))
    assert [len(lt.days) for lt in autumn.lead_times][:1] == [3]
    assert autumn.lead_times[0].shown == "niet getoond (minder dan 5 trajecten)"


def test_pdf_and_csv_show_the_same_figures_and_no_names(built):
    account = built.yearly_account.build(START, END, "Consultatie duurde lang in de zomer.")
    pdf = built.yearly_account.pdf(account)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    flat = " ".join(text.split())
    assert "Jaarverantwoording meldcode" in flat
    assert "Periode 01-08-2025 t/m 31-07-2026" in flat
    assert "Meldingen bij Veilig Thuis 6" in flat
    assert "Nog lopend aan het eind van de periode < 5" in flat
    assert "3,5 dagen (mediaan over 6 trajecten)" in flat
    assert "Consultatie duurde lang in de zomer." in flat
    assert "Kalenderdagen van het begin van een stap" in flat
    assert "alleen aantallen" in flat and "< 5" in flat
    # The footer does not claim personal data the account does not hold.
    assert "persoonsgegevens" not in flat
    assert "geen namen van leerlingen of ouders" in flat
    rows = list(csv.reader(io.StringIO(built.yearly_account.csv(account)), delimiter=";"))
    assert rows[0] == ["Onderdeel", "Omschrijving", "Waarde"]
    by_label = {r[1]: r[2] for r in rows[1:]}
    assert by_label["Gestart in de periode"] == "7"
    assert by_label["Meldingen bij Veilig Thuis"] == "6"
    assert by_label["Veilig Thuis geraadpleegd"] == "6"
    assert by_label["Afgesloten zonder melding en zonder hulp"] == "< 5"
    every_text = flat + " ".join(" ".join(r) for r in rows)
    for name in [*NAMES, "Jansen"]:
        assert name not in every_text
    for day in ("01-09-2025", "2025-09-01", "VT-2025"):  # no date or kenmerk of a case
        assert day not in every_text


def test_bad_period_is_refused_in_dutch(built):
    with pytest.raises(ValidationError) as refused:
        built.yearly_account.build(END, START)
    assert refused.value.for_field("end") == ["De einddatum ligt vóór de begindatum."]


@pytest.mark.parametrize(("count", "shown"), [(0, "0"), (1, "< 5"), (4, "< 5"), (5, "5")])
def test_small_counts_are_hidden(count, shown):
    assert shown_count(count) == shown


def test_dialog_computes_keeps_bad_input_and_saves_pdf_and_csv(qtbot, built, tmp_path):
    from zorgdesk.ui.yearly_account.dialog import YearlyAccountDialog

    targets = iter([tmp_path / "verantwoording", tmp_path / "cijfers.csv"])
    dialog = YearlyAccountDialog(built, chooser=lambda *_args: next(targets))
    qtbot.addWidget(dialog)
    assert (dialog.start.text(), dialog.end.text()) == ("01-08-2025", "31-07-2026")
    dialog.end.setText("31-02-2026")
    dialog.knelpunten.setPlainText("Wachttijd JGT.")
    dialog.compute_button.click()
    assert "geen geldige datum" in dialog.errors["end"].text()
    assert dialog.knelpunten.toPlainText() == "Wachttijd JGT."
    dialog.end.setText("31-07-2026")
    dialog.compute_button.click()
    values = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
              for r in range(dialog.table.rowCount())}
    assert values["Consultaties en meldingen: Meldingen bij Veilig Thuis"] == "6"
    dialog.pdf_button.click()
    dialog.csv_button.click()
    pdf = tmp_path / "verantwoording.pdf"
    assert [p.name for p in dialog.saved] == ["verantwoording.pdf", "cijfers.csv"]
    assert "Wachttijd JGT." in PdfReader(pdf).pages[-1].extract_text()
    assert pdf.stat().st_mode & 0o077 == 0
    lines = (tmp_path / "cijfers.csv").read_text("utf-8-sig").splitlines()
    assert "Consultaties en meldingen;Meldingen bij Veilig Thuis;6" in lines


def test_every_figure_is_in_sight_with_a_large_font(qtbot, built):
    """Walk s37 (walk4 j02/j03, 1280x720 with a 12 pt font): the descriptions took the
    table's whole width ('Uitkomst ...: Hulp geboden of georganiseerd (zonder melding)'),
    the figures were off to the right behind a sideways scroll bar ('6', '<' showed),
    and before Berekenen the empty first column cut its own header ('Dmschrijving').
    The figures keep their width; a description wraps in the room left."""
    from tests.ui.screen_fit import WORK_AREA_150, place_in_work_area
    from tests.ui.test_screen_fit_large_font import larger_font
    from zorgdesk.ui.yearly_account.dialog import YearlyAccountDialog

    with larger_font():
        dialog = YearlyAccountDialog(built)
        qtbot.addWidget(dialog)
        place_in_work_area(dialog, WORK_AREA_150)
        dialog.show()
        qtbot.waitExposed(dialog)
        table = dialog.table
        header = table.horizontalHeader()
        title = table.fontMetrics().horizontalAdvance("Omschrijving")
        assert table.columnWidth(0) > title
        dialog.compute_button.click()
        qtbot.wait(1)
        assert table.rowCount() > 5
        assert not table.horizontalScrollBar().isVisible()
        assert header.sectionViewportPosition(1) + table.columnWidth(1) \
            <= table.viewport().width()
        metrics = table.fontMetrics()
        for row in range(table.rowCount()):
            value = table.item(row, 1).text()
            assert metrics.horizontalAdvance(value) < table.columnWidth(1), value
            # A description longer than its column has the lines it needs.
            text = table.item(row, 0).text()
            lines = -(-metrics.horizontalAdvance(text) // max(table.columnWidth(0) - 8, 1))
            assert table.rowHeight(row) >= lines * metrics.lineSpacing(), text
        dialog.close()
