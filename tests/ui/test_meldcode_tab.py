"""The Meldcode wizard offscreen, on a real demo vault."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import TODAY
from tests.services.test_meldcode_service import STEP1_ANSWERS
from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.meldcode import EventKind, Outcome, Step
from zorgdesk.services.session import Session
from zorgdesk.ui.meldcode.tab import MeldcodeTab
from zorgdesk.ui.pdf_preview import PdfPreviewDialog
from zorgdesk.ui.record_picker import DATA

K = EventKind


@pytest.fixture
def tab(qtbot, demo_vault):
    session = Session(demo_vault)
    pupil = next(p for p in session.basedata.pupils() if p.display_name == "Noor Bouzid")
    # Step 1 links to the pupil's own records: give Noor one logboek entry to pick.
    session.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(pupil.id),), entry_date=TODAY - timedelta(days=3), entry_time="10:00",
        location="Speelplein", signalled_by=SignalledBy(name="Overblijfmoeder"),
        situation="Noor had een blauwe plek op haar wang."))
    widget = MeldcodeTab()
    qtbot.addWidget(widget)
    widget.set_context(session, pupil)
    return widget


def fill(tab, kind, **values):
    tab.choose(kind)
    assert tab.current_kind is kind, f"{kind} is not offered"
    form = tab.forms[kind]
    for key, value in values.items():
        widget = form.step1.get(key) or form.widgets[key]
        if hasattr(widget, "set_checked"):  # RecordPicker: tick these record ids
            for record_id in value:
                widget.set_checked(record_id)
        elif hasattr(widget, "setPlainText"):
            widget.setPlainText(value)
        elif hasattr(widget, "setChecked"):
            widget.setChecked(value)
        elif hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.setText(value)


def shown(tab) -> str:
    """Every message on screen for the chosen form: at its fields and below the form."""
    form = tab.forms[tab.current_kind]
    return " ".join([tab.form_error.text(),
                     *(label.text() for label in form.field_errors.labels.values())])


def save(tab) -> None:
    assert tab.submit(), tab.form_error.text()


def answer(tab, value: str, reasoning: str, **checks) -> bool:
    tab.choose(K.AFWEGINGSVRAAG)
    form = tab.question_form
    {"ja": form.yes, "nee": form.no, "twijfel": form.doubt}[value].setChecked(True)
    for name, checked in checks.items():
        getattr(form, name).setChecked(checked)
    form.reasoning.setPlainText(reasoning)
    return tab.submit()


def walk_steps_1_to_3(tab):
    tab.start_trajectory()
    assert tab.state.current_step is Step.SIGNALEN
    picker = tab.forms[K.SIGNALEN_VASTGELEGD].widgets["logboek_ids"]
    tab.choose(K.SIGNALEN_VASTGELEGD)
    assert picker.count() == 1 and "blauwe plek op haar wang" in picker.item(0).text()
    fill(tab, K.SIGNALEN_VASTGELEGD, logboek_ids=[picker.item(0).data(DATA)],
         contra_signalen="Noor speelt ontspannen met klasgenoten. 😊",
         welke_signalen="Blauwe plekken", hoe_vaak="Twee keer", situaties="Na het weekend",
         meer_leerlingen="Nee", normale_ontwikkeling="Niet passend", eerder_gedrag="Nee",
         eerdere_zorgen="Nee")
    save(tab)
    fill(tab, K.KINDCHECK, done=True, note="Geen zorgen over de ouders.")
    save(tab)
    fill(tab, K.BROERS_ZUSSEN, note="Adam (groep 5): geen signalen bij de leerkracht.")
    assert tab.forms[K.BROERS_ZUSSEN].widgets["siblings"].text() == "Adam Bouzid"
    save(tab)
    assert tab.buttons[K.STAP_AFGEROND].isEnabled()
    fill(tab, K.STAP_AFGEROND)
    save(tab)
    assert tab.state.current_step is Step.CONSULTATIE
    fill(tab, K.COLLEGIALE_CONSULTATIE, with_whom="Johan de Wit", advice="VT raadplegen.")
    save(tab)
    fill(tab, K.VT_CONSULTATIE, anonymous=True, contact_person="Mw. Kramer",
         question="Hoe verder?", advice="Gesprek voeren.", next_steps="Afwegen.",
         responsibilities="IB houdt het dossier bij.")
    save(tab)
    fill(tab, K.STAP_AFGEROND)
    save(tab)
    assert tab.state.current_step is Step.GESPREK
    fill(tab, K.GESPREK_OVERGESLAGEN, reason="veiligheid_kind",
         reasoning="Vader reageerde eerder dreigend naar de leerkracht.")
    save(tab)
    fill(tab, K.STAP_AFGEROND)
    save(tab)
    assert tab.state.current_step is Step.AFWEGEN


def test_walk_to_step4_twijfel_leads_to_melden(tab):
    walk_steps_1_to_3(tab)
    assert tab.steps.labels[Step.GESPREK].accessibleName() == (
        "Stap 3: afgerond (Gesprek met ouders (en kind))")
    assert tab.steps.labels[Step.AFWEGEN].accessibleName() == (
        "Stap 4: huidige stap (Wegen met het afwegingskader)")
    assert "Vermoeden" in tab.guidance.toPlainText()
    assert answer(tab, "ja", "Herhaalde verwondingen.", bevoegd_gezag=True)
    tab.choose(K.AFWEGINGSVRAAG)
    assert not tab.question_form.doubt.isHidden()  # twijfel is offered at question 2 only
    assert answer(tab, "twijfel", "Niet zeker dat het thuis veilig is.")
    assert tab.state.outcome is Outcome.MELDEN
    assert "Direct melden bij Veilig Thuis" in tab.header.text()
    assert "melden" in tab.question_form.outcome.text().lower()
    history = [tab.history.item(i).text() for i in range(tab.history.count())]
    assert any("Vraag 2 (Veiligheid): twijfel" in line for line in history)
    assert any("Veiligheid van het kind" in line for line in history)
    assert any("Gekoppeld: Logboek " in line and "Noor had een blauwe plek" in line
               for line in history)


def test_twijfel_only_at_question_2(tab):
    walk_steps_1_to_3(tab)
    tab.choose(K.AFWEGINGSVRAAG)
    assert tab.question_form.doubt.isHidden()
    assert answer(tab, "ja", "Vermoeden.", bevoegd_gezag=True)
    tab.choose(K.AFWEGINGSVRAAG)
    assert not tab.question_form.doubt.isHidden()


def test_empty_reasoning_shows_dutch_message_and_keeps_input(tab):
    walk_steps_1_to_3(tab)
    assert not answer(tab, "ja", "   ", bevoegd_gezag=True)
    assert "onderbouwing is verplicht" in shown(tab)
    assert tab.question_form.yes.isChecked()
    assert tab.question_form.bevoegd_gezag.isChecked()
    assert len(tab.state.answers) == 0
    tab.question_form.reasoning.setPlainText("Zorgen blijven, ook na het gesprek.")
    assert tab.submit()


def test_skip_needs_a_reason_and_keeps_text(tab):
    tab.start_trajectory()
    walk = tab.session.meldcode
    # Bring the trajectory to step 3 through the service, then use the UI there.
    t = tab.trajectory.id
    own = tab.session.logbook.chronology(tab.pupil.id)[0].entry_id
    walk.perform(t, "record_signals", logboek_ids=[own], contra_signalen="Geen.",
                 answers=STEP1_ANSWERS)
    walk.perform(t, "record_kindcheck", done=True, note="Gedaan.")
    walk.perform(t, "record_siblings", siblings=[], note="Geen.")
    walk.perform(t, "complete_step")
    walk.perform(t, "record_collegial_consultation", with_whom="Directeur",
                 on=tab.trajectory.state.start_date, advice="Verder.")
    walk.perform(t, "complete_step")
    tab.reload()
    assert not tab.buttons[K.STAP_AFGEROND].isEnabled()  # no conversation, no skip yet
    fill(tab, K.GESPREK_OVERGESLAGEN, reasoning="Het kind vroeg het niet te vertellen.")
    assert not tab.submit()
    assert "Kies een reden" in tab.form_error.text()
    form = tab.forms[K.GESPREK_OVERGESLAGEN]
    assert form.widgets["reasoning"].toPlainText() == "Het kind vroeg het niet te vertellen."
    form.widgets["reason"].setCurrentIndex(form.widgets["reason"].findData("andere_gedocumenteerde_reden"))
    form.widgets["reasoning"].clear()
    assert not tab.submit()
    assert "onderbouwing" in shown(tab)
    assert tab.state.conversation_skipped is None


def test_shortcuts_are_disabled_and_refused(tab):
    tab.start_trajectory()
    for kind in (K.AFWEGINGSVRAAG, K.BESLUIT_MELDEN, K.MELDING_GEDAAN, K.STAP_AFGEROND,
                 K.GESPREK_OVERGESLAGEN, K.AFGESLOTEN, K.TERUG_NAAR_STAP):
        assert not tab.buttons[kind].isEnabled(), kind
        tab.choose(kind)
        assert tab.current_kind is not kind
    # Even if a form were reached (bypassing the disabled button), the domain refuses
    # and its message is shown next to the form.
    tab.current_kind = K.BESLUIT_MELDEN
    form = tab.forms[K.BESLUIT_MELDEN]
    form.widgets["value"].setCurrentIndex(form.widgets["value"].findData(True))
    form.widgets["reasoning"].setPlainText("Snel melden.")
    assert not tab.submit()
    assert "stap 5" in tab.form_error.text().lower()
    assert len(tab.state.events) == 1
    assert form.widgets["reasoning"].toPlainText() == "Snel melden."


def test_bad_dates_keep_input(tab):
    tab.start_trajectory()
    fill(tab, K.VT_CONSULTATIE, on="31-02-2026", contact_person="Ëlla Ünal",
         question="x" * 3000)
    assert not tab.submit()
    form = tab.forms[K.VT_CONSULTATIE]
    assert "geen geldige datum" in form.errors["on"].text()
    assert form.widgets["on"].text() == "31-02-2026"
    assert form.widgets["contact_person"].text() == "Ëlla Ünal"
    form.widgets["on"].setText("")
    assert not tab.submit()
    assert "Vul de datum in" in form.errors["on"].text()
    assert len(tab.state.events) == 1


def test_walk_to_melding_and_print(tab, qtbot, monkeypatch):
    walk_steps_1_to_3(tab)
    assert answer(tab, "ja", "Vermoeden.", bevoegd_gezag=True)
    assert answer(tab, "nee", "Geen acute onveiligheid.", disclosure=True) is False
    assert "disclosure" in tab.form_error.text().lower()
    assert answer(tab, "ja", "Het kind vertelde over slaan.", disclosure=True)
    fill(tab, K.STAP_AFGEROND)
    save(tab)
    assert tab.state.current_step is Step.BESLISSEN
    assert not tab.buttons[K.MELDING_GEDAAN].isEnabled()
    fill(tab, K.BESLUIT_MELDEN, value=True, reasoning="Meldnorm 1: disclosure.")
    save(tab)
    fill(tab, K.BESLUIT_HULP, value=False, reasoning="Eerst Veilig Thuis.")
    save(tab)
    fill(tab, K.OUDERS_NIET_GEINFORMEERD, reason="veiligheid_kind",
         reasoning="Het kind is bang voor de reactie van vader.")
    save(tab)
    # A refused kenmerk stays selected: typing it again replaces it, never doubles it.
    fill(tab, K.MELDING_GEDAAN, vt_reference="VT-2026-04817VT-2026-04817")
    assert not tab.submit()
    kenmerk = tab.forms[K.MELDING_GEDAAN].widgets["vt_reference"]
    assert "twee keer" in tab.forms[K.MELDING_GEDAAN].errors["vt_reference"].text()
    assert kenmerk.selectedText() == "VT-2026-04817VT-2026-04817"
    fill(tab, K.MELDING_GEDAAN, vt_reference="VT-2026-04817")
    save(tab)
    assert tab.state.melding_done and tab.state.vt_reference == "VT-2026-04817"
    assert not tab.buttons[K.TERUG_NAAR_STAP].isEnabled()
    assert tab.reminders.text().startswith("Terugkoppeling Veilig Thuis uiterlijk")
    opened = []
    monkeypatch.setattr(PdfPreviewDialog, "open", lambda self: opened.append(self))
    tab.print_button.click()  # not filled in yet: the rapportage form comes first
    assert not opened and tab.current_kind is K.RAPPORTAGE
    assert "Vul eerst de rapportage in" in tab.feedback.text()
    fill(tab, K.RAPPORTAGE, onderwerp="Mishandeling", omschrijving="Striemen gezien.")
    assert not tab.submit()
    assert "maatschappelijke onrust" in shown(tab)
    assert tab.forms[K.RAPPORTAGE].widgets["omschrijving"].toPlainText() == "Striemen gezien."
    fill(tab, K.RAPPORTAGE, maatschappelijke_onrust="Geen onrust.")
    save(tab)
    tab.print_button.click()
    assert opened and opened[0].page_count() >= 2
    # Opened again, the form shows the stored rapportage to correct.
    tab.choose(K.RAPPORTAGE)
    assert tab.forms[K.RAPPORTAGE].widgets["onderwerp"].text() == "Mishandeling"


def test_second_trajectory_cannot_be_started(tab):
    tab.start_trajectory()
    assert not tab.start_action.isVisible()
    tab.start_trajectory()  # a stray call: refused with a message, nothing new
    assert "loopt al een meldcodetraject" in tab.top_error.text()
    assert len(tab.session.meldcode.for_pupil(tab.pupil.id)) == 1


def test_accessible_names_everywhere(tab):
    tab.start_trajectory()
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit
    for cls in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit):
        for widget in tab.findChildren(cls):
            if widget.parent() is not None and type(widget.parent()).__name__ in (
                    "QTabBar", "QScrollBar"):
                continue
            name = widget.accessibleName() or (
                isinstance(widget, QAbstractButton) and widget.text())
            assert name, widget


def test_overview_lists_open_trajectories(tab, monkeypatch):
    from zorgdesk.ui.meldcode.overview import MeldcodeOverviewDialog

    tab.start_trajectory()
    opened = []
    monkeypatch.setattr(MeldcodeOverviewDialog, "open", lambda self: opened.append(self))
    tab.overview_button.click()
    table = opened[0].table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    # Demo: Emre (step 4) and Bram (melding) are open, closed ones are not listed.
    assert "Noor Bouzid" in names and "Emre Çelik" in names and "Bram de Jong" in names
    assert "Daniëlle van Dijk" not in names
    row = names.index("Noor Bouzid")
    assert table.item(row, 1).text().startswith("Stap 1")
    assert "Bram de Jong" in opened[0].reminders.text()


def test_keyboard_only(tab, qtbot):
    from PySide6.QtCore import Qt

    tab.show()
    qtbot.waitExposed(tab)
    tab.start_trajectory()
    button = tab.buttons[K.KINDCHECK]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert tab.current_kind is K.KINDCHECK
    form = tab.forms[K.KINDCHECK]
    focus = tab.focusWidget  # the window need not be active offscreen
    assert focus() is form.widgets["done"]  # the form's first field gets the focus
    qtbot.keyClick(form.widgets["done"], Qt.Key.Key_Space)
    qtbot.keyClick(form.widgets["done"], Qt.Key.Key_Tab)
    assert focus() is form.widgets["note"]
    qtbot.keyClicks(form.widgets["note"], "Navraag bij ouders gedaan")
    # Ctrl+Enter is a window shortcut (needs an active window, not given offscreen);
    # the button itself is reachable and works by keyboard.
    from PySide6.QtGui import QKeySequence, QShortcut
    keys = [sc.key().toString() for sc in tab.findChildren(QShortcut)]
    assert QKeySequence("Ctrl+Return").toString() in keys
    tab.save_button.setFocus()
    qtbot.keyClick(tab.save_button, Qt.Key.Key_Space)
    assert tab.state.kindcheck_done is True
    assert tab.state.kindcheck_note == "Navraag bij ouders gedaan"


def test_q1_nee_closes_the_dossier(tab):
    walk_steps_1_to_3(tab)
    assert not tab.buttons[K.AFGESLOTEN].isEnabled()
    assert answer(tab, "nee", "Verklaring van moeder is bevestigd door de huisarts.")
    assert tab.state.outcome is Outcome.AFSLUITEN
    assert not tab.buttons[K.STAP_AFGEROND].isEnabled()  # no step 5 after 'geen vermoeden'
    assert not tab.buttons[K.AFWEGINGSVRAAG].isEnabled()
    fill(tab, K.AFGESLOTEN, reasoning="Geen vermoeden.")
    assert not tab.submit()  # monitoring agreements are required
    assert "monitoren" in shown(tab)
    tab.forms[K.AFGESLOTEN].widgets["monitoring_agreements"].setPlainText(
        "Leerkracht let tot de kerstvakantie op; daarna evaluatie.")
    save(tab)
    assert tab.state.closed
    # Only the rapportage can still be filled in (the yearly bundling comes later).
    assert [k for k, b in tab.buttons.items() if b.isEnabled()] == [K.RAPPORTAGE]
    assert tab.steps.labels[Step.BESLISSEN].accessibleName().startswith(
        "Stap 5: niet nodig (Beslissen")
    assert tab.start_action.isVisible()  # a new trajectory may be started later


def test_going_back_keeps_history(tab):
    walk_steps_1_to_3(tab)
    assert answer(tab, "ja", "Vermoeden.", bevoegd_gezag=True)
    before = len(tab.state.events)
    fill(tab, K.TERUG_NAAR_STAP, reasoning="Nieuwe informatie van de leerkracht.")
    assert not tab.submit()
    assert "Kies de stap" in tab.forms[K.TERUG_NAAR_STAP].errors["to_step"].text()
    fill(tab, K.TERUG_NAAR_STAP, to_step=2)
    save(tab)
    assert tab.state.current_step is Step.CONSULTATIE
    assert tab.state.answers == {}
    assert len(tab.state.events) == before + 1
    history = [tab.history.item(i).text() for i in range(tab.history.count())]
    assert any("Vraag 1 (Vermoeden): ja" in line for line in history)
    assert any("naar stap 2" in line and "Nieuwe informatie" in line for line in history)
    assert tab.steps.labels[Step.CONSULTATIE].accessibleName().startswith(
        "Stap 2: huidige stap (Collegiale consultatie")


def test_help_path_needs_term_and_responsible(tab):
    from datetime import date, timedelta

    walk_steps_1_to_3(tab)
    assert answer(tab, "ja", "Vermoeden.", bevoegd_gezag=True)
    assert answer(tab, "nee", "Geen direct gevaar.")
    assert answer(tab, "ja", "Schoolmaatschappelijk werk kan helpen.")
    tab.choose(K.AFWEGINGSVRAAG)
    form = tab.question_form
    assert not form.help_term.isHidden() and form.doubt.isHidden()
    form.yes.setChecked(True)
    form.help_description.setPlainText("Opvoedondersteuning 🙂 door Ërik")
    form.help_term.setText("31-02-2027")
    form.reasoning.setPlainText("Ouders willen meewerken.")
    assert not tab.submit()
    assert "geen geldige datum" in form.term_error.text()
    assert form.help_description.toPlainText() == "Opvoedondersteuning 🙂 door Ërik"
    form.help_term.setText(f"{date.today() + timedelta(days=42):%d-%m-%Y}")
    assert not tab.submit()
    assert "verantwoordelijke" in shown(tab)
    form.help_responsible.setText("Marieke Hoekstra")
    assert tab.submit()
    assert tab.state.outcome is Outcome.HULP
    assert tab.state.help_description == "Opvoedondersteuning 🙂 door Ërik"


def test_overview_columns_keep_their_headings_with_a_long_afweging(qtbot):
    """Walk s31 (1,500 pupils, 1920x1080 at 150 %): a trajectory closed 'Geen vermoeden:
    dossier vastleggen en sluiten, zorg blijven monitoren' made Afweging so wide that
    Termijnen was left 30 px and its heading read 'ermijne' (the X server's font is
    wider than the offscreen one: the larger font stands in for it)."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QApplication

    from tests.ui.screen_fit import place_in_work_area
    from tests.ui.test_screen_fit_large_font import larger_font
    from zorgdesk.domain.meldcode import Outcome
    from zorgdesk.ui.meldcode.overview import HEADERS, MeldcodeOverviewDialog

    step = SimpleNamespace(title="Stap 4: Wegen met het afwegingskader")
    summaries = [SimpleNamespace(pupil_name=f"Leerling {n}", current_step=step,
                                 days_since_start=200 + n, outcome=outcome, deadlines=())
                 for n, outcome in enumerate((Outcome.AFSLUITEN, Outcome.OPEN) * 3)]
    service = SimpleNamespace(overview=lambda: (summaries, []))
    with larger_font(11):
        dialog = MeldcodeOverviewDialog(service)
        qtbot.addWidget(dialog)
        place_in_work_area(dialog)
        QApplication.processEvents()
        header = dialog.table.horizontalHeader()
        cut = [text for column, text in enumerate(HEADERS)
               if header.sectionSize(column) < header.fontMetrics().horizontalAdvance(text)]
        sideways = dialog.table.horizontalScrollBar().isVisible()
        dialog.close()
    assert not cut and not sideways, (cut, sideways)


def test_ctrl_n_asks_before_a_trajectory_starts(tab, asked):
    """Ctrl+N (the start action's shortcut, test_tab_toolbars) is 'new' on every tab; on
    this one it started a trajectory at once, which stays in the dossier (walk s35). Now
    it asks, naming the pupil; Annuleren starts nothing."""
    asked.answers.append(False)
    tab.start_action.trigger()
    assert len(asked.questions) == 1
    title, text, _warning = asked.questions[0]
    assert title == "Meldcodetraject starten" and "Noor Bouzid" in text
    assert tab.state is None and tab.session.meldcode.current(tab.pupil.id) is None
    asked.answers.append(True)
    tab.start_action.trigger()
    assert tab.state is not None and tab.state.current_step is Step.SIGNALEN
    assert len(asked.questions) == 2
