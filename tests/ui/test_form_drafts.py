"""Drafts of every form survive lock (Ctrl+L and idle), unlock and restart.

Real vault (demo copy), real widgets, the real AppController lock/unlock path.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.keyboard import type_text
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui.app import AppController
from zorgdesk.ui.conversations.dialog import ConversationDialog
from zorgdesk.ui.conversations.tab import ConversationsTab

LONG = "Vader vertelt 🙂 over de één-oudersituatie. " + "ä" * 100_000
SUBJECT = "Zoë’s gymtas 👟 — ‘weer’ vergeten"


def _start(qtbot, path) -> AppController:
    ctl = AppController(path)
    ctl.automatic_backups = False
    ctl.autolock_ms_override = 60_000
    qtbot.addWidget(ctl.window)
    ctl._attach(Session.open(path, DEMO_PASSPHRASE))
    return ctl


@pytest.fixture
def controllers(qtbot, demo_path):
    started = [_start(qtbot, demo_path)]
    yield started
    for ctl in started:
        ctl.shutdown()
        ctl.idle.detach()


@pytest.fixture
def controller(controllers):
    return controllers[0]


def restart(controllers, qtbot) -> AppController:
    """Quit (Afsluiten) and start ZorgDesk again: new window, new tabs, no memory."""
    old = controllers[-1]
    old.shutdown()
    old.window.close()
    controllers.append(_start(qtbot, old.vault_path))
    return controllers[-1]


def unlock(ctl: AppController) -> None:
    """What a successful UnlockDialog hands to the controller."""
    ctl._attach(Session.open(ctl.vault_path, DEMO_PASSPHRASE))


def show_pupil(ctl: AppController, name: str, tab_type):
    pupil = next(p for p in ctl.session.basedata.pupils() if p.display_name == name)
    assert ctl.window.select_pupil(pupil.id)
    index = next(i for i, t in enumerate(ctl.window.tab_pages) if isinstance(t, tab_type))
    ctl.window.tabs.setCurrentIndex(index)
    return pupil, ctl.window.tab_pages[index]


def _check(widget, text):
    for i in range(widget.count()):
        if widget.item(i).text().startswith(text):
            widget.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(text)


def _type_conversation(dialog: ConversationDialog) -> None:
    dialog.subject.setText(SUBJECT)
    dialog.on.setText("31-02-2026")  # even an impossible date is kept
    dialog.place.setText("Kamer IB")
    _check(dialog.staff, "Pieter Bakker")
    dialog.phase_edits["gesprek"].setPlainText(LONG)
    dialog.smart.add()
    dialog.smart.add()
    dialog.smart.rows[1].what.setText("Moeder belt vrijdag 📞")
    dialog.smart.rows[1].realistic.setChecked(True)


def _assert_conversation_back(dialog: ConversationDialog) -> None:
    assert dialog.subject.text() == SUBJECT
    assert dialog.on.text() == "31-02-2026" and dialog.place.text() == "Kamer IB"
    assert dialog.phase_edits["gesprek"].toPlainText() == LONG
    assert len(dialog.smart.rows) == 2
    assert dialog.smart.rows[1].what.text() == "Moeder belt vrijdag 📞"
    assert dialog.smart.rows[1].realistic.isChecked()
    staff = dialog.staff
    assert any(staff.item(i).text().startswith("Pieter Bakker")
               and staff.item(i).checkState() == Qt.CheckState.Checked
               for i in range(staff.count()))
    assert dialog.draft_keeper.note.text().startswith("Concept hersteld (bewaard op ")
    assert dialog.draft_keeper.discard_button.isVisibleTo(dialog)


@pytest.mark.parametrize("how", ["ctrl_l", "ctrl_l_typed_in_dialog", "idle"])
def test_conversation_draft_survives_lock_unlock_and_restart(controllers, qtbot, how):
    controller = controllers[0]
    pupil, tab = show_pupil(controller, "Zoë van der Berg", ConversationsTab)
    dialog = ConversationDialog(controller.session, pupil, parent=tab)
    dialog.open()
    _type_conversation(dialog)
    if how == "ctrl_l":
        assert controller.window.lock_action.shortcut().toString() == "Ctrl+L"
        controller.window.lock_action.trigger()
    elif how == "ctrl_l_typed_in_dialog":
        # The window's shortcut is off while the modal dialog is open; the app-wide
        # LockShortcut must still lock on the real key press.
        qtbot.keyClick(dialog.subject, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    else:
        controller.idle.start(200)
        qtbot.waitUntil(lambda: controller.session is None, timeout=5000)
    assert controller.session is None and not dialog.isVisible()
    assert controller.window.statusBar().currentMessage() == ""

    unlock(controller)
    assert controller.window.current_pupil.id == pupil.id
    assert "Er staat een concept klaar voor Zoë van der Berg (Zorggesprek)" in \
        controller.window.statusBar().currentMessage()
    again = ConversationDialog(controller.session, pupil, parent=tab)
    qtbot.addWidget(again)
    _assert_conversation_back(again)
    again.reject()  # Cancel keeps the draft, like the logboek form

    controller = restart(controllers, qtbot)
    pupil, tab = show_pupil(controller, "Zoë van der Berg", ConversationsTab)
    third = ConversationDialog(controller.session, pupil, parent=tab)
    qtbot.addWidget(third)
    _assert_conversation_back(third)
    third.on.setText("1-12-2026")
    qtbot.mouseClick(third.save_button, Qt.MouseButton.LeftButton)
    assert "te lang" in third.error.text()  # 100 KB is refused; the draft stays
    third.draft_keeper.save_now()
    assert controller.session.drafts.load("gesprek", f"nieuw:{pupil.id}") is not None
    third.phase_edits["gesprek"].setPlainText(LONG[:500])
    qtbot.mouseClick(third.save_button, Qt.MouseButton.LeftButton)
    assert third.result() == third.DialogCode.Accepted, third.error.text()
    assert controller.session.drafts.for_pupil(pupil.id) == []
    fresh = ConversationDialog(controller.session, pupil)
    qtbot.addWidget(fresh)
    assert fresh.subject.text() == "" and fresh.draft_keeper.banner.isHidden()
    assert controller.session.verify() == []


def test_discarding_a_conversation_draft(controller, qtbot):
    pupil, tab = show_pupil(controller, "Emre Çelik", ConversationsTab)
    dialog = ConversationDialog(controller.session, pupil, parent=tab)
    qtbot.addWidget(dialog)
    _type_conversation(dialog)
    dialog.reject()
    # Stored once; the hidden dialog (still a child of the tab) stops watching.
    assert not dialog.draft_keeper.bound and not dialog.draft_keeper.timer.isActive()
    again = ConversationDialog(controller.session, pupil, parent=tab)
    qtbot.addWidget(again)
    assert again.subject.text() == SUBJECT
    qtbot.mouseClick(again.draft_keeper.discard_button, Qt.MouseButton.LeftButton)
    assert again.subject.text() == "" and len(again.smart.rows) == 0
    assert again.draft_keeper.banner.isHidden()
    assert controller.session.drafts.for_pupil(pupil.id) == []
    again.reject()  # nothing typed since: nothing is stored again
    assert controller.session.drafts.for_pupil(pupil.id) == []


def test_autosave_after_a_pause_without_lock_or_close(controller, qtbot):
    pupil, tab = show_pupil(controller, "Emre Çelik", ConversationsTab)
    dialog = ConversationDialog(controller.session, pupil, parent=tab)
    qtbot.addWidget(dialog)
    dialog.draft_keeper.timer.setInterval(20)
    dialog.subject.setText("Emre 🙂")
    qtbot.waitUntil(lambda: controller.session.drafts.load("gesprek", f"nieuw:{pupil.id}")
                    is not None, timeout=3000)
    stored = controller.session.drafts.load("gesprek", f"nieuw:{pupil.id}")
    assert "Emre 🙂" in stored.fields.values()


# -- signalenlijst -----------------------------------------------------------------------

KM = "km4-12"
NOTE = "Zoë zegt ‘mama huilt’ 😢 — ü"


@pytest.mark.parametrize("how", ["ctrl_l", "idle"])
def test_signal_fill_draft_survives_lock_unlock_and_restart(controllers, qtbot, how):
    from zorgdesk.ui.signals.tab import SignalsTab

    controller = controllers[0]
    pupil, tab = show_pupil(controller, "Zoë van der Berg", SignalsTab)
    fill = tab.fill
    fill.tick(f"{KM}.gezin.02", NOTE, contra=True)
    fill.tick(f"{KM}.lichamelijk.10")
    fill.tree.setCurrentItem(fill.item_for(f"{KM}.lichamelijk.10"))
    fill.note.setText("half getypt " + "é" * 300)
    fill.logbook.setText("12, x")  # even a wrong number list is kept
    fill.checked_on.setText("31-02-2026")
    if how == "ctrl_l":
        controller.window.lock_action.trigger()
    else:
        controller.idle.start(200)
        qtbot.waitUntil(lambda: controller.session is None, timeout=5000)
    assert controller.session is None and fill.ticked_ids() == []
    assert fill.note.text() == "" and fill.checked_on.text() == ""

    for _round in ("unlock", "restart"):
        if _round == "restart":
            controller = restart(controllers, qtbot)
            pupil, tab = show_pupil(controller, "Zoë van der Berg", SignalsTab)
            fill = tab.fill
        else:
            unlock(controller)
        assert controller.window.tabs.currentWidget() is tab
        assert sorted(fill.ticked_ids()) == [f"{KM}.gezin.02", f"{KM}.lichamelijk.10"]
        assert fill.checked_on.text() == "31-02-2026"
        assert fill.draft().items[f"{KM}.gezin.02"].note == NOTE
        assert fill.draft().items[f"{KM}.gezin.02"].contra
        state = fill.draft().items[f"{KM}.lichamelijk.10"]
        assert state.note == "half getypt " + "é" * 300 and state.logbook == "12, x"
        keeper = tab.fill_drafts.keeper
        assert keeper.note.text().startswith("Concept hersteld (bewaard op ")
        assert keeper.discard_button.isVisibleTo(tab)

    fill.tree.setCurrentItem(fill.item_for(f"{KM}.lichamelijk.10"))
    fill.note.setText("kort")
    fill.logbook.clear()
    fill.checked_on.setText("24-11-2026")
    assert fill.save() is not None
    assert controller.session.drafts.for_pupil(pupil.id) == []
    assert tab.fill_drafts.keeper.banner.isHidden()
    controller.lock()
    unlock(controller)
    assert fill.ticked_ids() == []


def test_signal_fill_draft_is_per_pupil_and_can_be_discarded(controller, qtbot):
    from zorgdesk.ui.signals.tab import SignalsTab

    zoe, tab = show_pupil(controller, "Zoë van der Berg", SignalsTab)
    tab.fill.tick(f"{KM}.gezin.02", NOTE)
    emre, _ = show_pupil(controller, "Emre Çelik", SignalsTab)
    assert tab.fill.ticked_ids() == []
    assert [d.form for d in controller.session.drafts.for_pupil(zoe.id)] == ["signalenlijst"]
    assert controller.session.drafts.for_pupil(emre.id) == []
    controller.lock()
    unlock(controller)  # back on Emre
    show_pupil(controller, "Zoë van der Berg", SignalsTab)
    assert tab.fill.ticked_ids() == [f"{KM}.gezin.02"]
    qtbot.mouseClick(tab.fill_drafts.keeper.discard_button, Qt.MouseButton.LeftButton)
    assert tab.fill.ticked_ids() == []
    assert controller.session.drafts.for_pupil(zoe.id) == []


# -- meldcode ------------------------------------------------------------------------------

CONTRA = "Zoë lacht 😊 weer op het plein — ‘gezellig’"


@pytest.mark.parametrize("how", ["ctrl_l", "idle"])
def test_meldcode_step_forms_survive_lock_unlock_and_restart(controllers, qtbot, how):
    from zorgdesk.domain.meldcode import EventKind as K
    from zorgdesk.ui.meldcode.tab import MeldcodeTab

    controller = controllers[0]
    pupil, tab = show_pupil(controller, "Zoë van der Berg", MeldcodeTab)
    if tab.trajectory is None:
        tab.start_trajectory()
    tab.choose(K.KINDCHECK)
    tab.forms[K.KINDCHECK].widgets["note"].setPlainText("Kindcheck: " + "ö" * 100_000)
    tab.forms[K.KINDCHECK].widgets["done"].setChecked(True)
    tab.choose(K.SIGNALEN_VASTGELEGD)
    form = tab.forms[K.SIGNALEN_VASTGELEGD]
    form.widgets["contra_signalen"].setPlainText(CONTRA)
    first_question = next(iter(form.step1.values()))
    type_text(first_question, "half getypt 🧦")
    if how == "ctrl_l":
        controller.window.lock_action.trigger()
    else:
        controller.idle.start(200)
        qtbot.waitUntil(lambda: controller.session is None, timeout=5000)
    assert form.widgets["contra_signalen"].toPlainText() == ""
    assert tab.forms[K.KINDCHECK].widgets["note"].toPlainText() == ""

    for _round in ("unlock", "restart"):
        if _round == "restart":
            controller = restart(controllers, qtbot)
            pupil, tab = show_pupil(controller, "Zoë van der Berg", MeldcodeTab)
            form = tab.forms[K.SIGNALEN_VASTGELEGD]
            first_question = next(iter(form.step1.values()))
        else:
            unlock(controller)
        assert controller.window.tabs.currentWidget() is tab
        assert tab.current_kind is K.SIGNALEN_VASTGELEGD  # the one edited last is shown
        assert form.widgets["contra_signalen"].toPlainText() == CONTRA
        assert first_question.text() == "half getypt 🧦"
        keeper = tab.drafts.keepers[K.SIGNALEN_VASTGELEGD]
        assert keeper.note.text().startswith("Concept hersteld (bewaard op ")
        assert keeper.discard_button.isVisibleTo(tab)
        check = tab.forms[K.KINDCHECK]
        assert check.widgets["note"].toPlainText() == "Kindcheck: " + "ö" * 100_000
        assert check.widgets["done"].isChecked()

    tab.choose(K.KINDCHECK)
    assert tab.submit(), tab.form_error.text()
    forms = {d.key for d in controller.session.drafts.for_pupil(pupil.id)}
    assert forms == {f"{pupil.id}:{K.SIGNALEN_VASTGELEGD.name}"}  # the saved one is gone
    tab.choose(K.SIGNALEN_VASTGELEGD)
    keeper = tab.drafts.keepers[K.SIGNALEN_VASTGELEGD]
    qtbot.mouseClick(tab.drafts.keepers[K.SIGNALEN_VASTGELEGD].discard_button,
                     Qt.MouseButton.LeftButton)
    assert form.widgets["contra_signalen"].toPlainText() == ""
    assert controller.session.drafts.for_pupil(pupil.id) == []
    assert controller.session.verify() == []


# -- never plaintext --------------------------------------------------------------------

def test_drafts_are_never_written_in_plaintext(qtbot, tmp_path, monkeypatch, demo_path):
    import tempfile

    from zorgdesk.domain.meldcode import EventKind as K
    from zorgdesk.ui.meldcode.tab import MeldcodeTab
    from zorgdesk.ui.signals.tab import SignalsTab

    private = tmp_path / "systemtemp"
    private.mkdir()
    monkeypatch.setenv("TMPDIR", str(private))
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    secrets = ["Geheimgesprek", "Geheimsignaal", "Geheimmeldcode"]
    ctl = _start(qtbot, demo_path)
    try:
        pupil, conversations = show_pupil(ctl, "Zoë van der Berg", ConversationsTab)
        dialog = ConversationDialog(ctl.session, pupil, parent=conversations)
        dialog.open()
        dialog.subject.setText(f"{secrets[0]} ë 🙂")
        _, signals = show_pupil(ctl, "Zoë van der Berg", SignalsTab)
        signals.fill.tick(f"{KM}.gezin.02", f"{secrets[1]} ü")
        _, meldcode = show_pupil(ctl, "Zoë van der Berg", MeldcodeTab)
        if meldcode.trajectory is None:
            meldcode.start_trajectory()
        meldcode.choose(K.KINDCHECK)
        meldcode.forms[K.KINDCHECK].widgets["note"].setPlainText(f"{secrets[2]} ö")
        ctl.lock()
        unlock(ctl)
        stored = {d.form for d in ctl.session.drafts.for_pupil(pupil.id)}
    finally:
        ctl.shutdown()
        ctl.idle.detach()
    assert stored == {"gesprek", "signalenlijst", "meldcode"}
    scanned = 0
    for folder in (demo_path.parent, private):
        for path in folder.rglob("*"):
            if path.is_file():
                scanned += 1
                raw = path.read_bytes()
                for secret in secrets:
                    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                        assert secret.encode(encoding) not in raw, path.name
    assert scanned >= 2  # the vault and its key file at least


def test_conversations_tab_mentions_a_waiting_draft_also_after_restart(controllers, qtbot):
    pupil, tab = show_pupil(controllers[0], "Daan van der Berg", ConversationsTab)
    assert tab.draft_hint.isHidden()
    dialog = ConversationDialog(controllers[0].session, pupil, parent=tab)
    dialog.subject.setText("Daan 🙂")
    dialog.reject()
    tab.refresh()
    assert "nieuw gesprek" in tab.draft_hint.text() and not tab.draft_hint.isHidden()
    controller = restart(controllers, qtbot)
    pupil, tab = show_pupil(controller, "Daan van der Berg", ConversationsTab)
    assert tab.draft_hint.text().startswith("Er staat een niet opgeslagen concept klaar voor "
                                            "een nieuw gesprek")
    _, other = show_pupil(controller, "Emre Çelik", ConversationsTab)
    assert other.draft_hint.isHidden()
    controller.lock()
    assert tab.draft_hint.isHidden() and tab.draft_hint.text() == ""


def test_draft_of_an_existing_conversation_and_none_for_a_frozen_one(controller, qtbot):
    session = controller.session
    pupils = session.basedata.pupils()
    stored = [(p, c) for p in pupils for c in session.conversations.for_pupil(p.id)]
    pupil, open_one = next((p, c) for p, c in stored if not c.frozen)
    _, tab = show_pupil(controller, pupil.display_name, ConversationsTab)
    dialog = ConversationDialog(session, pupil, open_one.id, parent=tab)
    qtbot.addWidget(dialog)
    recorded = dialog.subject.text()
    dialog.subject.setText(recorded + " — aangevuld ✓")
    dialog.reject()
    tab.refresh()
    assert f"het gesprek van {open_one.gesprek.on:%d-%m-%Y}" in tab.draft_hint.text()
    again = ConversationDialog(session, pupil, open_one.id, parent=tab)
    qtbot.addWidget(again)
    assert again.subject.text() == recorded + " — aangevuld ✓"
    assert session.drafts.load("gesprek", f"gesprek:{open_one.id}") is not None

    frozen_pupil, frozen = next((p, c) for p, c in stored if c.frozen)  # the demo has one
    # A draft for a record that was handed out later (typed before, kept by Cancel).
    typed = ConversationDialog(session, frozen_pupil, frozen.id)
    qtbot.addWidget(typed)
    typed.subject.setText("mag niet in een uitgereikt verslag")
    typed.reject()
    shown = ConversationDialog(session, frozen_pupil, frozen.id)
    qtbot.addWidget(shown)
    def texts():
        return [shown.on.text(), shown.at.text(), shown.place.text(), shown.subject.text()]

    assert "mag niet in een uitgereikt verslag" in texts()  # put back while constructing
    shown.set_read_only()  # as the tab does for a handed-out report: and taken out again
    assert "mag niet in een uitgereikt verslag" not in texts()
    assert shown.draft_keeper.banner.isHidden()


def test_rapportage_form_keeps_its_draft_over_lock_and_unlock(controllers):
    """The typed fields of the Rapportage meldcode are a draft like every other form,
    also for a closed trajectory (the rapportage is often written afterwards)."""
    from zorgdesk.domain.meldcode import EventKind as K
    from zorgdesk.ui.meldcode.tab import MeldcodeTab

    controller = controllers[0]
    pupil, tab = show_pupil(controller, "Daniëlle van Dijk", MeldcodeTab)
    assert tab.state.closed and not tab.state.rapportage
    tab.print_rapportage()  # not filled in yet: the form opens instead of a preview
    assert tab.current_kind is K.RAPPORTAGE
    form = tab.forms[K.RAPPORTAGE]
    form.widgets["onderwerp"].setText("Verwaarlozing — ‘lunch’")
    form.widgets["knelpunten"].setPlainText("Half getypt 🧦")
    controller.window.lock_action.trigger()
    assert form.widgets["onderwerp"].text() == ""
    unlock(controller)
    assert tab.current_kind is K.RAPPORTAGE
    assert form.widgets["onderwerp"].text() == "Verwaarlozing — ‘lunch’"
    assert form.widgets["knelpunten"].toPlainText() == "Half getypt 🧦"
    assert tab.drafts.keepers[K.RAPPORTAGE].note.text().startswith("Concept hersteld")
    form.widgets["omschrijving"].setPlainText("Twee keer zonder lunch en jas.")
    form.widgets["maatschappelijke_onrust"].setPlainText("Geen.")
    assert tab.submit(), tab.form_error.text()
    assert tab.state.rapportage["knelpunten"] == "Half getypt 🧦"
    assert controller.session.drafts.for_pupil(pupil.id) == []


def test_quitting_keeps_the_last_typing_of_a_form_in_a_tab(controllers, qtbot):
    """Closing the main window (its X, Alt+F4) or a shutdown's SIGTERM quits through
    ``shutdown``: what was typed after the draft timer's last turn is stored first
    (s32: up to 1.5 s of typing was lost)."""
    from zorgdesk.ui.signals.tab import SignalsTab

    _pupil, tab = show_pupil(controllers[0], "Zoë van der Berg", SignalsTab)
    tab.fill.tick(f"{KM}.gezin.02", NOTE)
    controller = restart(controllers, qtbot)
    _pupil, tab = show_pupil(controller, "Zoë van der Berg", SignalsTab)
    assert tab.fill.ticked_ids() == [f"{KM}.gezin.02"]
    assert tab.fill.draft().items[f"{KM}.gezin.02"].note == NOTE
