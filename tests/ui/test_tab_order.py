"""Tab visits each form's controls in reading order (issue 18: the constructors that
build these forms were split into named sections; the order must not change).

Each list is the order a keyboard user meets the controls, by accessible name."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from tests.conftest import TODAY
from tests.ui.tab_order import tab_order
from tests.ui.test_dialog_lifetime import FACTORIES
from zorgdesk.domain.meldcode import Question
from zorgdesk.ui.dialogs import release
from zorgdesk.ui.meldcode.forms import QuestionForm
from zorgdesk.ui.peer_incident.step_dialog import StepDialog
from zorgdesk.ui.peer_incident.steps import START


@pytest.fixture
def dialog(request, session, qtbot, tmp_path):
    """The dialog named by the test's parameter, built as the app builds it."""
    host = QWidget()
    qtbot.addWidget(host)
    built = FACTORIES[request.param](session, host, tmp_path)
    yield built
    release(built)  # the dialog lifetime rule (ui/dialogs.py): no live wrapper for the GC


EXPECTED = {
    "TransferDialog": [
        "Ontvangende school", "Soort onderwijs", "Waarom deze stukken",
        "Stukken om mee te geven", "Alle stukken aanvinken", "Geen enkel stuk aanvinken",
        "Grondslag meldcode-informatie",
        "Map voor de bestanden", "Map kiezen", "Bestandsnaam zonder extensie",
        "Voorbeeld: precies wat er meegaat", "Exporteren", "Annuleren",
    ],
    "SocialMapDialog": [
        "Regels van de sociale kaart", "Niet meer gebruikte regels tonen", "Categorie",
        "Organisatie", "Contactpersoon", "Telefoonnummer", "E-mailadres", "Website",
        "Toelichting", "Nieuwe regel", "Regel opslaan", "Niet meer gebruiken", "Sluiten",
    ],
    "IncidentsDialog": [
        "Incidenten", "Nieuw incident", "Verloop van het incident", "Leerling",
        "Volgende stap", "Stap vastleggen", "Brief aan ouders als PDF", "Sluiten",
    ],
    "FlagDialog": [
        "Datum van de beoordeling", "Beoordeeld door", "Beschrijving van het gedrag",
        "Wederzijdse toestemming", "Vrijwilligheid", "Gelijkwaardigheid",
        "Ontwikkelingsadequaat", "Contextadequaat", "Zelfrespecterend", "Vastgestelde vlag",
        "Reden van afwijken", "Opslaan", "Annuleren",
    ],
    # Page 1 (Planning en voorbereiding) is the one shown when the dialog opens.
    "ConversationDialog": [
        "tabblad 1 Planning en voorbereiding", "Soort gesprek", "Datum van het gesprek",
        "Tijd van het gesprek", "Plaats van het gesprek", "Onderwerp",
        "Aanwezig namens school", "Aanwezige ouders en verzorgers", "Notulist",
        "Woordvoerder van de ouders", "Te bespreken uit logboek en signalenlijsten",
        "Andere te bespreken signalen", "Voorbereiding", "Gesprek opslaan", "Annuleren",
    ],
    # The Leerlingen page is the one shown when the dialog opens, on the empty form of a
    # new pupil (her family waits until she is saved); with a pupil chosen:
    # test_manage_dialog.py::test_tab_goes_through_a_chosen_pupils_family.
    "ManageDialog": [
        "tabblad Leerlingen", "Nieuwe leerling", "Zoek leerling op naam of groep",
        "Alle leerlingen", "Toon vertrokken leerlingen", "Voornaam", "Tussenvoegsel",
        "Achternaam", "Geboortedatum", "Geslacht", "Groep", "Startdatum op school",
        "Vertrekdatum", "Ook genoemd: bijnamen en roepnamen", "Leerling opslaan",
        "Sluiten (Esc)",
    ],
    "YearlyAccountDialog": [
        "Begin van de periode", "Eind van de periode", "Knelpunten",
        "Cijfers van de jaarverantwoording", "Berekenen", "PDF opslaan", "CSV opslaan",
        "Sluiten",
    ],
    "InzageDialog": [
        "Aangevraagd door", "Doel of grondslag", "Map voor de bestanden", "Map kiezen",
        "Bestandsnaam zonder extensie", "Voorbeeld van de PDF", "Exporteren", "Annuleren",
    ],
    "StaffAbuseDialog": [
        "Dossiers", "Nieuw dossier", "Verloop van het dossier", "Volgende stap",
        "Stap vastleggen", "Dossier als PDF", "Sluiten",
    ],
}


@pytest.mark.parametrize("dialog", sorted(EXPECTED), indirect=True)
def test_tab_follows_the_form_from_top_to_bottom(dialog):
    assert tab_order(dialog) == EXPECTED[type(dialog).__name__]


def test_tab_follows_a_step_form_and_ends_on_its_buttons(qtbot):
    """The incident's first step: a field of each kind, then Opslaan and Annuleren."""
    host = QWidget()
    qtbot.addWidget(host)
    dialog = StepDialog(START, lambda values: None, TODAY, parent=host)
    assert tab_order(dialog) == [
        "Datum incident", "Datum gesignaleerd", "Locatie", "Gesignaleerd door",
        "Wat is er gebeurd (feiten)", "Leiding (naam)", "Opslaan", "Annuleren",
    ]
    release(dialog)


def test_tab_follows_an_answer_to_a_request_through_every_record(session, qtbot, tmp_path):
    """The answer's fields, then one choice per record in the service's order (those the
    request names first), then a box per thing added on the request, the grondslag and
    the buttons."""
    host = QWidget()
    qtbot.addWidget(host)
    dialog = FACTORIES["AnswerRequestDialog"](session, host, tmp_path)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("toegewezen"))  # records open
    records = session.request_answers.choices(dialog.request_id)
    added = session.request_answers.supplement_choices(dialog.request_id)
    assert len(records) > 3 and added
    assert tab_order(dialog) == [
        "Uitkomst", "Beantwoord op", "Motivering",
        *(f"Wat gebeurt er met: {record.title}" for record in records),
        *(f"Toegevoegd op dit verzoek: {added.title}" for added in added),
        "Grondslag van de wijziging", "Opslaan en brief maken", "Annuleren",
    ]
    release(dialog)


def test_tab_goes_from_the_pupil_search_through_the_list_to_the_dossier_tabs(controller):
    assert tab_order(controller.window)[:4] == [
        "Zoek leerling", "Filter op groep", "Leerlingen", "tabblad Logboek"]


def test_tab_follows_the_conversations_tab_from_toolbar_to_school_wide_list(controller):
    window = controller.window
    zoe = next(p for p in window.session.basedata.pupils()
               if p.display_name == "Zoë van der Berg")
    assert window.select_pupil(zoe.id)
    window.show_tab(2)
    assert tab_order(window.tab_pages[2]) == [
        "Nieuw gesprek plannen", "Gesprek openen of bewerken", "Ondertekening registreren",
        "Aanvulling toevoegen", "Gespreksverslag tonen en afdrukken",
        "Zorggesprekken van de leerling", "Aantal dagen sinds uitreiken",
        "Verslagen niet geretourneerd (alle leerlingen)",
    ]


ANSWER = ["Antwoord ja", "Antwoord nee"]
REASONING = ["Onderbouwing van het antwoord"]


@pytest.mark.parametrize(("question", "expected"), [
    (Question.VERMOEDEN, [*ANSWER, "Bevoegd gezag op de hoogte", *REASONING]),
    (Question.VEILIGHEID, [*ANSWER, "Antwoord twijfel", "Disclosure", *REASONING]),
    (Question.HULP, [*ANSWER, *REASONING]),
    (Question.HULP_ACCEPTEREN, [*ANSWER, "Welke hulp", "Termijn van de hulp",
                                "Verantwoordelijke voor de hulp", "Hulp via (sociale kaart)",
                                *REASONING]),
    (Question.RESULTAAT, [*ANSWER, "Afspraken over monitoren", *REASONING]),
])
def test_tab_follows_each_afwegingsvraag_through_only_its_own_fields(question, expected,
                                                                      qtbot):
    form = QuestionForm()
    qtbot.addWidget(form)
    form.show_question(question, False, "")
    assert tab_order(form) == expected
