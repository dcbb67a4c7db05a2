"""Meldcode steps 1-3 link the pupil's own records by title (real vault, real widgets)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.refusals import refused
from tests.services.test_meldcode_service import STEP1_ANSWERS
from zorgdesk.domain.meldcode import EventKind as K
from zorgdesk.domain.meldcode import Step
from zorgdesk.services.record_titles import record_choices
from zorgdesk.services.session import Session
from zorgdesk.ui.anonymise.dialog import AnonymiseDialog
from zorgdesk.ui.meldcode.tab import MeldcodeTab
from zorgdesk.ui.record_picker import DATA


def fill_rapportage(session, trajectory_id: int) -> None:
    session.meldcode.record_rapportage(trajectory_id, onderwerp="Zorg", omschrijving="Zie "
                                       "dossier.", maatschappelijke_onrust="Geen.")


@pytest.fixture
def session(demo_vault):
    return Session(demo_vault)


@pytest.fixture
def zoe(session):
    return next(p for p in session.basedata.pupils() if p.display_name == "Zoë van der Berg")


@pytest.fixture
def tab(qtbot, session, zoe):
    widget = MeldcodeTab()
    qtbot.addWidget(widget)
    widget.set_context(session, zoe)
    widget.start_trajectory()
    return widget


def test_titles_name_kind_date_and_who(session, zoe):
    checks = record_choices(session, "signals", zoe.id)
    # Zoë's lists by her own count and the day, never the vault's id.
    assert [t for _, t in checks][:2] == ["Signalenlijst 3 van 18-11-2026 (M. Hoekstra)",
                                          "Signalenlijst 2 van 14-10-2026 (M. Hoekstra)"]
    entries = dict(record_choices(session, "logbook", zoe.id))
    assert entries[2] == ("Logboek 22-10-2026 (R. El Idrissi): "
                          "Tijdens gym zag ik een blauwe plek van…")
    talks = record_choices(session, "conversations", zoe.id)
    assert talks == [(talks[0][0], "Zorggesprek 26-10-2026: Zoë komt vaak moe en zonder "
                                   "ontbijt op school")]
    assert session.meldcode.link_title("logbook", 2, zoe.id) == f"{entries[2]} (nr. 2)"
    # Another pupil's dossier never shows Zoë's facts, only the bare number.
    noor = next(p for p in session.basedata.pupils() if p.display_name == "Noor Bouzid")
    assert session.meldcode.link_title("logbook", 2, noor.id) == "Logboekregel 2"
    assert session.meldcode.link_title("logbook", 2) == "Logboekregel 2"
    assert session.meldcode.link_title("signals", checks[0][0], zoe.id) == checks[0][1]
    # Gone or another pupil's: said so, without the vault's id.
    assert session.meldcode.link_title("signals", 999, zoe.id) == \
        "Signalenlijst (niet gevonden bij deze leerling)"
    assert session.meldcode.link_title("signals", checks[0][0], noor.id) == \
        "Signalenlijst (niet gevonden bij deze leerling)"


def test_linked_records_answer_per_source_through_typed_services(session, zoe):
    """The meldcode dossier asks each linked service by its own method (no lookup by name)."""
    linked = session.meldcode.links
    assert linked.signals is session.signals and linked.logbook is session.logbook
    assert linked.conversations is session.conversations
    talk_id = record_choices(session, "conversations", zoe.id)[0][0]
    check_id = record_choices(session, "signals", zoe.id)[0][0]
    assert linked.title("logbook", 2) == session.logbook.title(2)
    assert linked.title("conversations", talk_id) == session.conversations.title(talk_id)
    assert linked.title("signals", check_id) == session.signals.title(check_id)
    assert linked.belongs_to("conversations", talk_id, zoe.id)
    assert not linked.belongs_to("signals", 999, zoe.id)
    assert not linked.belongs_to("agenda", 2, zoe.id)  # an unknown source: not this pupil's
    with pytest.raises(LookupError):
        linked.title("agenda", 2)
    with pytest.raises(LookupError):
        linked.printed_title("agenda", 2)
    assert linked.printed_title("conversations", talk_id).startswith("Zorggesprek 26-10-2026: ")


def test_step1_pickers_show_only_this_pupil_and_store_links(tab, qtbot, session, zoe):
    tab.choose(K.SIGNALEN_VASTGELEGD)
    form = tab.forms[K.SIGNALEN_VASTGELEGD]
    checks, entries = form.widgets["signal_check_ids"], form.widgets["logboek_ids"]
    assert checks.accessibleName() == "Signalenlijsten"
    assert entries.accessibleName() == "Logboekregels"
    titles = [entries.item(i).text() for i in range(entries.count())]
    assert titles == [t for _, t in record_choices(session, "logbook", zoe.id)]
    # Keyboard: focus the list, arrow to the second entry, Space ticks it.
    tab.show()
    entries.setFocus()
    qtbot.keyClick(entries, Qt.Key.Key_Down)
    qtbot.keyClick(entries, Qt.Key.Key_Space)
    assert entries.checked_ids() == [entries.item(1).data(DATA)]
    checks.set_checked(checks.item(0).data(DATA))
    form.widgets["contra_signalen"].setPlainText("Zoë lacht weer in de klas. 🙂")
    for key, value in STEP1_ANSWERS.items():
        form.step1[key].setText(value)
    assert tab.submit(), tab.form_error.text()
    history = [tab.history.item(i).text() for i in range(tab.history.count())]
    assert any("Signalenlijst 3 van 18-11-2026 (M. Hoekstra)" in line for line in history)
    assert any(titles[1] in line for line in history)
    assert checks.checked_ids() == [] and entries.checked_ids() == []  # stored: cleared


def test_step1_refresh_keeps_what_was_ticked(tab):
    tab.choose(K.SIGNALEN_VASTGELEGD)
    picker = tab.forms[K.SIGNALEN_VASTGELEGD].widgets["logboek_ids"]
    picker.set_checked(picker.item(2).data(DATA))
    chosen = picker.checked_ids()
    tab.reload()
    tab.choose(K.SIGNALEN_VASTGELEGD)
    assert picker.checked_ids() == chosen


def _to_step3(tab):
    walk, t = tab.session.meldcode, tab.trajectory.id
    walk.perform(t, "record_signals", logboek_ids=["1"], contra_signalen="Geen.",
                 answers=STEP1_ANSWERS)
    walk.perform(t, "record_kindcheck", done=True, note="Gedaan.")
    walk.perform(t, "record_siblings", siblings=["Daan van der Berg"], note="Geen zorgen.")
    walk.perform(t, "complete_step")
    walk.perform(t, "record_collegial_consultation", with_whom="Directeur",
                 on=tab.trajectory.state.start_date, advice="Verder.")
    walk.perform(t, "complete_step")
    tab.reload()
    assert tab.state.current_step is Step.GESPREK


def test_step3_picks_the_conversation_by_title(tab, session, zoe):
    _to_step3(tab)
    tab.choose(K.GESPREK_GEKOPPELD)
    combo = tab.forms[K.GESPREK_GEKOPPELD].widgets["zorggesprek_id"]
    assert combo.accessibleName() == "Zorggesprek"
    assert combo.itemText(1).startswith("Zorggesprek 26-10-2026: Zoë komt vaak moe")
    assert not tab.submit()  # nothing chosen: message next to the field, nothing stored
    assert "Kies het zorggesprek" in tab.forms[K.GESPREK_GEKOPPELD].errors[
        "zorggesprek_id"].text()
    combo.setCurrentIndex(1)
    assert tab.submit(), tab.form_error.text()
    history = [tab.history.item(i).text() for i in range(tab.history.count())]
    assert any("Zorggesprek 26-10-2026" in line for line in history)
    fill_rapportage(session, tab.trajectory.id)
    pdf = session.meldcode.dossier_pdf(tab.trajectory.id)
    assert pdf.startswith(b"%PDF")


def test_step2_button_opens_the_anonymous_summary_for_this_pupil(tab, qtbot, zoe):
    assert tab.anonymise_button.isEnabled()
    assert tab.anonymise_button.accessibleName()
    tab.anonymise_button.click()
    dialog = tab.anonymise_dialog
    assert isinstance(dialog, AnonymiseDialog) and dialog.pupil_id == zoe.id
    qtbot.waitUntil(lambda: dialog.preview.toPlainText() != "")
    assert "zoe" not in dialog.preview.toPlainText().casefold().replace("ë", "e")
    tab.set_context(None, None)  # locking closes it: no case text lingers
    assert tab.anonymise_dialog is None


def test_service_refuses_records_of_another_pupil(tab, session):
    from zorgdesk.services.meldcode.service import MeldcodeError

    bram = next(p for p in session.basedata.pupils() if p.display_name == "Bram de Jong")
    foreign = session.logbook.chronology(bram.id)[0].entry_id
    with refused(MeldcodeError, match="hoort niet bij deze leerling"):
        session.meldcode.perform(tab.trajectory.id, "record_signals", logboek_ids=[foreign],
                                 contra_signalen="Geen.", answers=STEP1_ANSWERS)
    with refused(MeldcodeError, match="Zorggesprek 999"):
        session.meldcode.perform(tab.trajectory.id, "link_conversation", 999)
    assert len(session.meldcode.load(tab.trajectory.id).state.events) == 1


def test_other_pupils_dossier_never_prints_zoes_facts(session):
    import io

    import pypdf

    danielle = next(p for p in session.basedata.pupils()
                    if p.display_name == "Daniëlle van Dijk")
    trajectory = session.meldcode.current(danielle.id)
    fill_rapportage(session, trajectory.id)
    pdf = pypdf.PdfReader(io.BytesIO(session.meldcode.dossier_pdf(trajectory.id)))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    assert "Logboekregel" in text or "Logboek " in text
    assert "Zoë" not in text and "blauwe plek van" not in text and "zonder jas binnen" not in text


def test_step_3_offers_only_conversations_that_took_place(session, zoe):
    """'Gesprek koppelen' links the talk held with the parents: a zorggesprek planned for
    next week is no such talk yet (the same rule as the overdracht)."""
    from datetime import timedelta

    from tests.conftest import TODAY
    from zorgdesk.domain.conversations.draft import ConversationDraft

    day = max(TODAY, session.today) + timedelta(days=7)  # after today on this clock
    planned = session.conversations.plan(zoe.id, ConversationDraft(
        kind="regulier", on=day, at="09:00", place="Kamer IB",
        subject="Vervolg over de ochtenden", staff=(("Pieter Bakker", "Leerkracht"),),
        guardians=(("Ingrid van der Berg", "moeder"),)))
    talks = dict(record_choices(session, "conversations", zoe.id))
    assert planned not in talks and talks  # the held one of the demo stays
    assert session.conversations.get(planned).pupil_id == zoe.id
