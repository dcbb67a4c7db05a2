"""The printed Rapportage meldcode, read back with pypdf: every field of the seed's form,
the Veilig Thuis deadline, open questions, deviations, whole quotes, no internal numbers."""

from __future__ import annotations

import io
import re
from datetime import date, datetime

from pypdf import PdfReader
from reportlab.platypus import Paragraph, Spacer

from tests.refusals import refused
from tests.services.test_meldcode_service import (
    Clock,
    pupil_id,
    service_for,
    walk_to_melding,
    walk_to_step4,
)
from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.meldcode import Answer, MeldcodeError, Question
from zorgdesk.domain.meldcode.rapportage import RAPPORTAGE_FIELDS
from zorgdesk.domain.printing import PrintedPupil, PrintedSchool
from zorgdesk.reports.pdf_base import DocumentContext, build_pdf, styles
from zorgdesk.services.meldcode.service import MeldcodeService
from zorgdesk.services.session import Session

TYPED = {"onderwerp": "Lichamelijke mishandeling",
         "omschrijving": "Blauwe plekken op de bovenarm, twee keer gezien na het weekend.",
         "maatschappelijke_onrust": "Geen onrust buiten de groep.",
         "betrokkenen": "Buurvrouw die Noor soms ophaalt",
         "knelpunten": "Veilig Thuis was twee dagen telefonisch slecht bereikbaar.",
         "opmerkingen": "Directeur is op de hoogte."}

# A fact of several sentences: a report quotes it whole, never "Ze wilde..." cut off.
FACT = ("Noor kwam om 8.25 uur de klas binnen met een blauwe plek op de linker bovenarm. "
        "Ze wilde haar jas niet uitdoen en zei dat ze gevallen was. Buiten was het 4 graden; "
        "in de pauze bleef ze bij de juf staan en zei: 'papa was boos gisteren'.")


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def _linked_service(vault) -> tuple[MeldcodeService, Session]:
    """The service as the app has it: links checked against the pupil's own records."""
    return Session(vault, Clock(datetime(2026, 11, 20, 9))).meldcode, Session(vault)


def _printing(vault) -> MeldcodeService:
    """Prints as the app does, a few days after the shared walk (which links the pupil's
    own records)."""
    return Session(vault, Clock(datetime(2026, 11, 25, 9))).meldcode


def _noor_fact(session, pid: int) -> int:
    return session.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(pid),), entry_date=date(2026, 11, 19), entry_time="08:25",
        location="Klaslokaal", signalled_by=SignalledBy(name="Marieke Hoekstra"),
        situation=FACT))


def test_every_field_of_the_seed_form_is_filled(demo_vault):
    session = Session(demo_vault)
    pid = pupil_id(demo_vault)
    t = walk_to_melding(service_for(demo_vault), pid)
    svc = _printing(demo_vault)
    with refused(MeldcodeError, match="Vul eerst de rapportage in"):
        svc.dossier_pdf(t.id)  # never a form with fields left for pen and paper
    svc.record_rapportage(t.id, **TYPED)
    text = _text(svc.dossier_pdf(t.id, date(2026, 11, 25)))
    assert "Rapportage meldcode" in text and "Leerling: Noor Bouzid" in text
    # The pupil's own list, by her own count and the day (never the vault's id).
    assert "Gekoppeld: Signalenlijst 1 van 19-11-2026 (I. Test)" in text
    fields = svc.rapportage(t.id, date(2026, 11, 25))
    assert tuple(fields) == RAPPORTAGE_FIELDS
    for name, value in fields.items():
        assert value and value != "Nog niet ingevuld.", name
        assert name in text
        # Printed whole, also long ones; a sibling (another pupil) by initials (issue 16).
        printed = value.replace("Broer/zus op school: Adam Bouzid",
                                "Broer/zus op school: A.B.")
        assert " ".join(printed.split()) in text, name
    for typed in TYPED.values():
        assert typed in text
    # Betrokkenen (niet professionals): the pupil, the guardians and siblings from the vault.
    guardians = session.basedata.guardians(pid)
    assert guardians and all(g.name in fields["Betrokkenen (niet professionals)"]
                             for g in guardians)
    assert "Broer/zus op school: Adam Bouzid" in fields["Betrokkenen (niet professionals)"]
    # Uitgevoerde activiteiten: every recorded step, how often and when.
    activities = fields["Uitgevoerde activiteiten"]
    for activity in ("Signalen en contra-signalen vastgelegd: 20-11-2026",
                     "Kindcheck vastgelegd", "Broers en zussen nagegaan",
                     "Collegiale consultatie: 20-11-2026 met Johan de Wit",
                     "Veilig Thuis geraadpleegd: 20-11-2026 (anoniem)",
                     "Gesprek met ouders niet gevoerd",
                     "Afwegingsvraag beantwoord (2×): 20-11-2026 (vraag 1: ja); "
                     "20-11-2026 (vraag 2: twijfel)",
                     "Besluit over melden: 20-11-2026 (ja)",
                     "Ouders geïnformeerd over de melding: 20-11-2026",
                     "Melding gedaan bij Veilig Thuis: 20-11-2026"):
        assert activity in activities
    # The Veilig Thuis terugkoppeling: 5 working days after Friday 20-11 is Friday 27-11.
    assert ("Terugkoppeling van Veilig Thuis uiterlijk 27-11-2026 (5 werkdagen na de "
            "melding van 20-11-2026)") in text
    assert "Ja, op 20-11-2026 door Marieke Hoekstra (kenmerk Veilig Thuis: VT-2026-0042)" \
        in text
    # History and reasons are still there.
    assert "Vraag 2 (Veiligheid): twijfel" in text
    assert "Gesprek met ouders niet gevoerd: Veiligheid van het kind" in text
    assert "Twijfel over veiligheid: melden." in text


def test_overdue_terugkoppeling_is_a_knelpunt(demo_vault):
    t = walk_to_melding(service_for(demo_vault), pupil_id(demo_vault))
    svc = _printing(demo_vault)
    svc.record_rapportage(t.id, **{**TYPED, "knelpunten": ""})
    text = _text(svc.dossier_pdf(t.id, date(2026, 12, 1)))
    assert ("De terugkoppeling van Veilig Thuis is te laat: die had er uiterlijk 27-11-2026 "
            "moeten zijn en is nog niet ontvangen.") in text


def test_open_question_5_and_a_decision_against_the_kader_are_printed(demo_vault):
    svc = service_for(demo_vault)
    t = walk_to_step4(svc, pupil_id(demo_vault))
    for question, value, extra in (
            (Question.VERMOEDEN, Answer.JA, {"bevoegd_gezag_informed": True}),
            (Question.VEILIGHEID, Answer.NEE, {}), (Question.HULP, Answer.JA, {}),
            (Question.HULP_ACCEPTEREN, Answer.JA, {
                "help_description": "Opvoedondersteuning door het wijkteam.",
                "help_term": date(2027, 1, 15), "help_responsible": "Marieke Hoekstra"})):
        svc.perform(t.id, "answer_question", question, value, reasoning="Zo gewogen.", **extra)
    svc.perform(t.id, "complete_step")
    svc.perform(t.id, "decide_hulp", True, reasoning="Wijkteam start in december.")
    svc.perform(t.id, "decide_melden", True, reasoning="Vader dreigde de school; wij melden "
                "toch, ook al leidt het kader tot hulp.")
    svc.record_rapportage(t.id, **{**TYPED, "opmerkingen": ""})
    text = _text(svc.dossier_pdf(t.id, date(2026, 11, 25)))
    assert "Open vragen" in text
    assert ("Afwegingsvraag 5 (Resultaat) staat open: te beantwoorden na de termijn van de "
            "hulp, 15-01-2027.") in text
    assert "Afwijking van het afwegingskader" in text
    assert ("Het besluit 'melden: ja' wijkt af van de uitkomst van het afwegingskader (Hulp "
            "bieden of organiseren, met termijn en verantwoordelijke). Onderbouwing van het "
            "besluit: Vader dreigde de school; wij melden toch, ook al leidt het kader tot "
            "hulp.") in text
    assert "Geen opmerkingen." not in text  # the dossier's own remarks fill Opmerkingen
    assert "Hulp: Opvoedondersteuning door het wijkteam, termijn tot 15-01-2027" in text


def test_linked_facts_are_quoted_whole_without_internal_numbers(demo_vault):
    svc, session = _linked_service(demo_vault)
    pid = pupil_id(demo_vault)
    entry_id = _noor_fact(session, pid)
    t = svc.start(pid, start_date=date(2026, 11, 20))
    svc.perform(t.id, "record_signals", logboek_ids=[str(entry_id)],
                contra_signalen="Noor is vrolijk in de klas.")
    svc.record_rapportage(t.id, **TYPED)
    text = _text(svc.dossier_pdf(t.id, date(2026, 11, 25)))
    assert f"Gekoppeld: Logboek 19-11-2026 (M. Hoekstra): “{FACT}”" in text
    assert "…" not in text and "..." not in text
    assert not re.search(r"\(nr\. ?\d+\)", text)
    assert f"Logboekregel {entry_id}" not in text


def test_refused_kenmerk_is_never_doubled(demo_vault):
    svc = service_for(demo_vault)
    t = walk_to_step4(svc, pupil_id(demo_vault))
    svc.perform(t.id, "answer_question", Question.VERMOEDEN, Answer.JA, reasoning="Ja.",
                bevoegd_gezag_informed=True)
    svc.perform(t.id, "answer_question", Question.VEILIGHEID, Answer.JA, reasoning="Acuut.")
    svc.perform(t.id, "complete_step")
    svc.perform(t.id, "decide_melden", True, reasoning="Meldnorm 1.")
    svc.perform(t.id, "record_parents_informed", on=date(2026, 11, 20), how="Telefonisch.")
    for wrong, message in (("VT-2026-04817VT-2026-04817", "twee keer"),
                           ("zie mail", "geen cijfer"), ("VT#04817", "alleen letters")):
        with refused(MeldcodeError, match=message):
            svc.perform(t.id, "record_melding", on=date(2026, 11, 20), by_whom="IB",
                        vt_reference=wrong)
    svc.perform(t.id, "record_melding", on=date(2026, 11, 20), by_whom="IB",
                vt_reference="VT-2026-04817")
    svc.record_rapportage(t.id, **TYPED)
    text = _text(svc.dossier_pdf(t.id, date(2026, 11, 25)))
    assert "kenmerk Veilig Thuis: VT-2026-04817)" in text
    assert "VT-2026-04817VT" not in text.replace(" ", "")


def test_printing_again_without_changes_records_nothing_new(demo_vault):
    svc = service_for(demo_vault)
    t = walk_to_melding(svc, pupil_id(demo_vault))
    svc.record_rapportage(t.id, **TYPED)
    count = len(svc.load(t.id).state.events)
    svc.record_rapportage(t.id, **{k: f"  {v} " for k, v in TYPED.items()})
    assert len(svc.load(t.id).state.events) == count
    svc.record_rapportage(t.id, **{**TYPED, "onderwerp": "Verwaarlozing"})
    assert svc.load(t.id).state.rapportage["onderwerp"] == "Verwaarlozing"


def test_pdf_is_deterministic(demo_vault):
    svc = service_for(demo_vault)
    t = walk_to_melding(svc, pupil_id(demo_vault))
    svc.record_rapportage(t.id, **TYPED)
    assert svc.dossier_pdf(t.id, date(2026, 11, 25)) == svc.dossier_pdf(t.id, date(2026, 11, 25))


def test_a_heading_never_ends_a_page():
    """Wherever the page break falls, a heading moves along with its next flowable."""
    s = styles()
    ctx = DocumentContext(school=PrintedSchool("School"), document_title="Test",
                          pupil=PrintedPupil(name="Kind"), printed_on=date(2026, 11, 25))
    for filler in range(560, 676, 4):
        story = [Spacer(1, filler), Paragraph("Verloop kop", s["h2"]),
                 Paragraph("Stap kop", s["h3"]), Paragraph("Eerste regel tekst. " * 12,
                                                           s["body"])]
        reader = PdfReader(io.BytesIO(build_pdf(story, ctx)))
        pages = [page.extract_text() or "" for page in reader.pages]
        heading_page = next(i for i, p in enumerate(pages) if "Verloop kop" in p)
        assert "Stap kop" in pages[heading_page], filler
        assert "Eerste regel tekst." in pages[heading_page], filler


def test_a_record_of_another_pupil_is_never_quoted(demo_vault):
    """A link that does not (or no longer) belong to the pupil prints no facts of it."""
    session = Session(demo_vault)
    zoe = pupil_id(demo_vault, "Zoë van der Berg")
    check = session.signals.checks(zoe)[0].id
    assert session.meldcode.printed_link("signals", check, pupil_id(demo_vault)) == (
        "een signalenlijst die niet (meer) bij deze leerling in de kluis staat")
    assert session.meldcode.printed_link("signals", check, zoe).startswith("Signalenlijst ")


def test_answers_before_going_back_say_they_no_longer_count(demo_vault):
    """Walk s29: after 'Terug naar stap 4' the activities read '(vraag 2: ja); ...;
    (vraag 2: nee)' without saying which answer holds; and the help ended in '., termijn'."""
    svc = service_for(demo_vault)
    pid = pupil_id(demo_vault)
    t = walk_to_step4(svc, pid)
    svc.perform(t.id, "answer_question", Question.VERMOEDEN, Answer.JA,
                reasoning="Herhaalde verwondingen.", bevoegd_gezag_informed=True)
    svc.perform(t.id, "answer_question", Question.VEILIGHEID, Answer.JA,
                reasoning="Per vergissing.")
    svc.perform(t.id, "go_back", 4, reasoning="Vraag 2 per vergissing met ja beantwoord.")
    svc.perform(t.id, "answer_question", Question.VERMOEDEN, Answer.JA,
                reasoning="Herhaalde verwondingen.", bevoegd_gezag_informed=True)
    svc.perform(t.id, "answer_question", Question.VEILIGHEID, Answer.NEE,
                reasoning="Geen acute onveiligheid.")
    svc.perform(t.id, "answer_question", Question.HULP, Answer.JA, reasoning="SMW kan helpen.")
    svc.perform(t.id, "answer_question", Question.HULP_ACCEPTEREN, Answer.JA,
                reasoning="Ouders stemmen in.", help_description="Zes gesprekken SMW.",
                help_term=date(2027, 1, 22), help_responsible="Marieke Hoekstra")
    svc.perform(t.id, "complete_step")
    svc.perform(t.id, "decide_melden", False, reasoning="Eerst hulp.")
    svc.perform(t.id, "decide_hulp", True, reasoning="Ouders aanvaarden hulp.")
    svc.record_rapportage(t.id, **TYPED)
    text = _text(_printing(demo_vault).dossier_pdf(t.id, date(2026, 11, 25)))
    assert "(vraag 1: ja, vervallen); " in text and "(vraag 2: ja, vervallen); " in text
    assert "(vraag 2: nee); " in text and "(vraag 2: nee, vervallen)" not in text
    assert "Hulp: Zes gesprekken SMW, termijn tot 22-01-2027" in text
