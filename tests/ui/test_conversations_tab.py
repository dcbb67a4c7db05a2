"""Zorggesprekken tab and dialogs with real widgets on a real demo vault."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from tests.conftest import TODAY
from zorgdesk.domain.conversations.draft import ConversationDraft
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui.conversations.dialog import ConversationDialog
from zorgdesk.ui.conversations.signature_dialogs import (
    AddendumDialog,
    HandOutDialog,
    SignatureDialog,
)
from zorgdesk.ui.conversations.tab import ConversationsTab
from zorgdesk.ui.pdf_preview import PdfPreviewDialog
from zorgdesk.ui.tabs import build_tabs


@pytest.fixture
def session(demo_path):
    # The demo data is relative to TODAY.
    s = Session.open(demo_path, DEMO_PASSPHRASE, clock=FixedClock(TODAY))
    yield s
    s.close()


def _pupil(session, name):
    return next(p for p in session.basedata.pupils() if p.display_name == name)


def _check(widget, text):
    for i in range(widget.count()):
        if widget.item(i).text().startswith(text):
            widget.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(text)


def test_build_tabs_has_the_conversations_tab(qtbot):
    assert any(isinstance(t, ConversationsTab) for t in build_tabs())


def test_plan_conversation_by_typing_and_clicking(qtbot, session):
    pupil = _pupil(session, "Minh Nguyen")
    before = {c.id for c in session.conversations.for_pupil(pupil.id)}  # the demo's talk
    dialog = ConversationDialog(session, pupil)
    qtbot.addWidget(dialog)
    dialog.on.setText("1-12-2026")
    dialog.at.setText("9.15")
    dialog.place.setText("Kamer IB")
    dialog.subject.setText("Minh mist vaak zijn gymspullen 👟")
    _check(dialog.staff, "Pieter Bakker")
    _check(dialog.preparation, "Welke signalen")
    dialog.phase_edits["gesprek"].setPlainText("Vader vertelt dat de tas op dinsdag mist.")
    qtbot.mouseClick(dialog.smart.add_button, Qt.MouseButton.LeftButton)
    row = dialog.smart.rows[0]
    row.what.setText("Vader zet maandagavond de gymtas bij de deur.")
    row.measure.setText("Leerkracht noteert of de gymtas er op dinsdag is.")
    row.who.setText("Van Minh Nguyen (vader)")
    row.by_when.setText("15-01-2027")
    row.acceptable.setChecked(True)
    row.realistic.setChecked(True)
    assert row.hints.isHidden()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    [stored] = [c for c in session.conversations.for_pupil(pupil.id) if c.id not in before]
    g = stored.gesprek
    assert g.subject == "Minh mist vaak zijn gymspullen 👟"
    assert [s.name for s in g.attendees.staff] == ["Marieke Hoekstra", "Pieter Bakker"]
    assert {x.name for x in g.attendees.guardians} == {"Thi Lan Nguyen", "Van Minh Nguyen"}
    assert g.agreements[0].who == "Van Minh Nguyen (vader)"
    assert [p.key for p in g.preparation if p.done] == ["signalen"]
    assert g.note(g.phase_notes[0].phase).startswith("Vader vertelt")


def test_bad_input_keeps_what_was_typed(qtbot, session):
    pupil = _pupil(session, "Minh Nguyen")
    before = [c.id for c in session.conversations.for_pupil(pupil.id)]  # the demo's talk
    dialog = ConversationDialog(session, pupil)
    qtbot.addWidget(dialog)
    long_place = "Lokaal " + "x" * 300
    dialog.staff.item(0).setCheckState(Qt.CheckState.Unchecked)  # the IB, ticked by default
    dialog.on.setText("31-02-2026")
    dialog.place.setText(long_place)
    dialog.subject.setText("   ")
    dialog.phase_edits["introductie"].setPlainText("Welkom, Daniëlle’s moeder 😊")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "geen geldige datum" in dialog.errors["on"].text()
    assert "onderwerp" in dialog.errors["subject"].text()
    assert "te lang" in dialog.errors["place"].text()
    assert "school" in dialog.errors["attendees"].text()
    assert not dialog.errors["on"].isHidden()
    assert dialog.on.text() == "31-02-2026"
    assert dialog.place.text() == long_place
    assert dialog.phase_edits["introductie"].toPlainText() == "Welkom, Daniëlle’s moeder 😊"
    assert [c.id for c in session.conversations.for_pupil(pupil.id)] == before  # none saved


def test_unreadable_agreement_date_is_refused_and_kept(qtbot, session):
    pupil = _pupil(session, "Emre Çelik")
    cid = session.conversations.for_pupil(pupil.id)[0].id
    dialog = ConversationDialog(session, pupil, cid)
    qtbot.addWidget(dialog)
    dialog.smart.rows[0].by_when.setText("32-13-2026")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "32-13-2026" in dialog.errors["agreements"].text()
    assert dialog.tabs.currentIndex() == 2
    assert dialog.smart.rows[0].by_when.text() == "32-13-2026"


def test_past_smart_date_shows_hint_but_saves(qtbot, session):
    pupil = _pupil(session, "Emre Çelik")
    cid = session.conversations.for_pupil(pupil.id)[0].id
    dialog = ConversationDialog(session, pupil, cid)
    qtbot.addWidget(dialog)
    row = dialog.smart.rows[0]
    assert row.hints.isHidden()
    past = TODAY - timedelta(days=3)
    row.by_when.setText(past.strftime("%d-%m-%Y"))
    assert not row.hints.isHidden()
    assert "verleden" in row.hints.text()
    assert "vaag" in dialog.smart.rows[1].hints.text()  # "probeert", "meer"
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert session.conversations.get(cid).gesprek.agreements[0].by_when == past


def test_zwaar_shows_notulist_and_its_checklist(qtbot, session):
    dialog = ConversationDialog(session, _pupil(session, "Zoë van der Berg"))
    qtbot.addWidget(dialog)
    assert dialog.notulist.isHidden()
    dialog.kind.setCurrentIndex(dialog.kind.findData("zwaar"))
    assert not dialog.notulist.isHidden()
    assert dialog.preparation.count() == 9
    assert "LSD" in dialog.lsd_label.text()


def test_tab_hand_out_freezes_addendum_and_previews(qtbot, session, monkeypatch):
    opened = []
    # Read while "exec()" runs: run_modal deletes the Qt side of the dialog afterwards.
    monkeypatch.setattr(PdfPreviewDialog, "exec",
                        lambda self: opened.append((self, self.page_count())) or 0)
    tab = ConversationsTab()
    qtbot.addWidget(tab)
    pupil = _pupil(session, "Minh Nguyen")
    earlier = len(session.conversations.for_pupil(pupil.id))  # the demo's talk
    new = session.conversations.plan(pupil.id, ConversationDraft(
        on=TODAY, place="Kamer IB", subject="Gymspullen", staff=(("Pieter Bakker", ""),),
        guardians=(("Thi Lan Nguyen", "moeder"),)))
    tab.set_context(session, pupil)
    # Newest first: today's concept is the top row.
    assert tab.table.rowCount() == earlier + 1 and tab.table.item(0, 3).text() == "Concept"
    tab.table.selectRow(0)
    assert tab.hand_out_button.isEnabled() and not tab.sign_button.isEnabled()
    cid = tab.selected_id()
    assert cid == new
    for action in (tab.invite_action, tab.smart_action, tab.report_action):
        action.trigger()  # the first two sit in the "Documenten en meer" drop-down
    assert [pages > 0 for _dialog, pages in opened] == [True] * 3
    opened[-1][0]._on_exported("afgedrukt")  # what the print button reports after printing
    from zorgdesk.store import audit
    actions = [e.action for e in audit.read_entries(session.vault.read(), "conversation", cid)]
    assert actions[-1] == "zorggesprek.afgedrukt"
    hand_out = HandOutDialog(session.signing, cid, drafts=session.drafts, parent=tab)
    qtbot.addWidget(hand_out)
    assert "niet meer worden gewijzigd" in hand_out.intro.text()
    hand_out.on.setText("30-02-2026")
    hand_out.save()
    assert "geen geldige datum" in hand_out.errors["on"].text()
    hand_out.on.setText(TODAY.strftime("%d-%m-%Y"))
    hand_out.save()
    assert session.conversations.get(cid).frozen
    tab.refresh(cid)
    assert not tab.hand_out_button.isEnabled() and tab.sign_button.isEnabled()
    assert "uitgereikt" in tab.table.item(0, 3).text()
    add = AddendumDialog(session.signing, cid, drafts=session.drafts, parent=tab)
    qtbot.addWidget(add)
    add.save()
    assert "Vul de aanvulling in" in add.errors["text"].text()
    add.text.setPlainText("Vader belde: de afspraak met het wijkteam is op 3 december.")
    add.save()
    assert "wijkteam is op 3 december" in " ".join(
        a.text for a in session.conversations.get(cid).gesprek.addenda)
    # a future conversation cannot be handed out yet
    emre = session.conversations.for_pupil(_pupil(session, "Emre Çelik").id)[0].id
    early = HandOutDialog(session.signing, emre, drafts=session.drafts, parent=tab)
    qtbot.addWidget(early)
    early.save()
    assert "tussen de gespreksdatum en vandaag" in early.errors["on"].text()
    assert not session.conversations.get(emre).frozen


def test_not_returned_list_follows_days(qtbot, session):
    tab = ConversationsTab()
    qtbot.addWidget(tab)
    tab.set_context(session, _pupil(session, "Zoë van der Berg"))
    tab.days.setValue(14)
    model = tab.outstanding.model()
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Daniëlle van Dijk"
    tab.days.setValue(30)
    assert model.rowCount() == 0
    tab.set_context(None, None)  # locked: the school-wide list goes too
    assert model.rowCount() == 0


def test_not_returned_list_is_not_rebuilt_per_pupil(qtbot, session, monkeypatch):
    tab = ConversationsTab()
    qtbot.addWidget(tab)
    tab.set_context(session, _pupil(session, "Zoë van der Berg"))
    calls = []
    real = session.signing.not_returned
    monkeypatch.setattr(session.signing, "not_returned",
                        lambda days: calls.append(days) or real(days))
    tab.set_context(session, _pupil(session, "Emre Çelik"))
    assert calls == [], "school-wide: choosing another pupil does not change it"
    tab.days.setValue(tab.days.value() - 1)
    assert len(calls) == 1 and tab.outstanding.model().rowCount() == 1


def test_scan_attach_stores_bytes_in_vault(qtbot, session, tmp_path):
    tab = ConversationsTab()
    qtbot.addWidget(tab)
    tab.set_context(session, _pupil(session, "Zoë van der Berg"))
    tab.table.selectRow(0)
    cid = tab.selected_id()
    scan = tmp_path / "scan handtekening.png"
    scan.write_bytes(b"\x89PNG scan-inhoud-uniek-7788")
    assert tab.store_scan(cid, scan)
    info = session.signing.scans(cid)
    assert [s.filename for s in info] == ["scan handtekening.png"]
    assert session.signing.scan_bytes(info[0].id) == scan.read_bytes()
    assert "kluis" in tab.status.text()
    for path in tmp_path.rglob("*"):
        if path.is_file() and path != scan:
            assert b"scan-inhoud-uniek-7788" not in path.read_bytes()
    assert not tab.store_scan(cid, tmp_path / "bestaat-niet.png")
    assert "niet worden gelezen" in tab.error.text()


def test_handed_out_conversation_opens_read_only(qtbot, session):
    pupil = _pupil(session, "Zoë van der Berg")
    cid = session.conversations.for_pupil(pupil.id)[0].id
    dialog = ConversationDialog(session, pupil, cid)
    qtbot.addWidget(dialog)
    dialog.set_read_only()
    assert dialog.subject.isReadOnly() and dialog.phase_edits["gesprek"].isReadOnly()
    assert not dialog.save_button.isEnabled() and not dialog.smart.add_button.isEnabled()
    assert dialog.cancel_button.isEnabled()
    assert dialog.subject.text() == "Zoë komt vaak moe en zonder ontbijt op school"


def test_signature_dialog_voor_gezien_with_view(qtbot, session):
    cid = session.signing.not_returned(0)[0].conversation_id
    dialog = SignatureDialog(session.signing, cid, drafts=session.drafts)
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData("ondertekend voor gezien"))
    assert dialog.view.isEnabled()
    dialog.view.setPlainText("Wij zien het anders: de buurvrouw is er altijd. 🙂")
    dialog.on.setText("31-11-2026")
    dialog.save()
    assert "geen geldige datum" in dialog.errors["on"].text()
    dialog.on.setText("01-01-2020")  # before the conversation: said under the date
    dialog.save()
    assert "vóór het gesprek" in dialog.errors["on"].text()
    assert dialog.errors["status"].isHidden() and not dialog.errors["status"].text()
    dialog.on.setText("25-11-2026")
    dialog.show()
    dialog.save()
    # The place of signing is required, and said under Plaats (not under Status).
    assert "plaats van ondertekening" in dialog.errors["place"].text()
    assert not dialog.errors["place"].isHidden()
    assert dialog.errors["status"].isHidden() and not dialog.errors["status"].text()
    assert dialog.focusWidget() is dialog.place
    assert dialog.view.toPlainText().startswith("Wij zien het anders")
    dialog.place.setText("Weidebeek")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    sig = session.conversations.get(cid).gesprek.signatures[0]
    assert sig.status.value == "ondertekend voor gezien" and "🙂" in sig.parents_view
    assert session.signing.not_returned(0) == []


def test_action_points_dialog_marks_overdue_and_closes(qtbot, session, monkeypatch):
    from zorgdesk.ui.conversations.action_points_dialog import ActionPointsDialog

    late = Session(session.vault, FixedClock(TODAY + timedelta(days=12)))
    dialog = ActionPointsDialog(late.action_points)
    qtbot.addWidget(dialog)
    model = dialog.table.model()

    def cell(row, column):
        return model.index(row, column).data()
    states = [cell(r, 2) for r in range(model.rowCount())]
    assert states[0] == "te laat" and "open" in states  # Daniëlle's is due +10, Zoë's later
    assert cell(0, 0) == "Daniëlle van Dijk"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None, "overdue marked"
    assert model.index(states.index("open"), 0).data(Qt.ItemDataRole.BackgroundRole) is None
    dialog.close_selected("afgerond")
    assert "Kies eerst" in dialog.error.text()
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert cell(0, 0) == "Zoë van der Berg"
    dialog.show_closed.setChecked(True)
    assert "afgerond" in [cell(r, 2) for r in range(model.rowCount())]


def test_action_point_columns_as_wide_as_qt_would_make_them(qtbot, session):
    """fit_columns measures with the font instead of asking the delegate per cell; the
    widths are the ones resizeColumnsToContents gives for the same rows."""
    from zorgdesk.ui.conversations.action_points_dialog import ActionPointsDialog

    dialog = ActionPointsDialog(session.action_points)
    qtbot.addWidget(dialog)
    dialog.show_closed.setChecked(True)
    table = dialog.table
    assert table.model().rowCount() > 1
    ours = [table.columnWidth(c) for c in range(table.model().columnCount())]
    table.resizeColumnsToContents()
    assert ours == [table.columnWidth(c) for c in range(table.model().columnCount())]


def test_mnemonics_are_unique_in_every_conversation_window(qtbot, session):
    from tests.ui.test_mnemonics import _assert_unique
    from zorgdesk.ui.conversations.action_points_dialog import ActionPointsDialog

    emre = _pupil(session, "Emre Çelik")
    cid = session.conversations.for_pupil(emre.id)[0].id
    dialog = ConversationDialog(session, emre, cid)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("zwaar"))
    for page in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(page)
        _assert_unique(dialog)
    tab = ConversationsTab()
    qtbot.addWidget(tab)
    tab.set_context(session, _pupil(session, "Zoë van der Berg"))
    _assert_unique(tab)
    zoe = tab.selected_id()
    for widget in (SignatureDialog(session.signing, zoe, drafts=session.drafts),
                   AddendumDialog(session.signing, zoe, drafts=session.drafts),
                   HandOutDialog(session.signing, cid, drafts=session.drafts),
                   ActionPointsDialog(session.action_points)):
        qtbot.addWidget(widget)
        _assert_unique(widget)


def test_hand_out_with_open_smart_points_needs_the_ib_to_confirm(qtbot, session):
    from zorgdesk.domain.conversations.smart import SmartAgreement
    from zorgdesk.domain.validation import ValidationError

    pupil = _pupil(session, "Minh Nguyen")
    cid = session.conversations.plan(pupil.id, ConversationDraft(
        on=TODAY, place="Kamer IB", subject="Contact", staff=(("Pieter Bakker", ""),),
        guardians=(("Thi Lan Nguyen", "moeder"),), agreements=(SmartAgreement(
            "We zullen de communicatie verbeteren", "Goed gevoel", "IB",
            TODAY + timedelta(days=20), True, True),)))
    dialog = HandOutDialog(session.signing, cid, drafts=session.drafts)
    qtbot.addWidget(dialog)
    assert not dialog.smart_points.isHidden() and not dialog.confirm_smart.isHidden()
    assert "‘Goed gevoel’ is niet te meten" in dialog.smart_points.text()
    assert dialog.confirm_smart.accessibleName()
    dialog.save()  # not confirmed: refused, the points stay listed above, nothing frozen
    assert "open SMART-punten" in dialog.errors["smart"].text()
    assert "‘verbeteren’" in dialog.smart_points.text()
    with pytest.raises(ValidationError) as refused:  # the service refuses on its own too
        session.signing.hand_out(cid, TODAY)
    assert "‘verbeteren’" in refused.value.problems[0].message
    assert not session.conversations.get(cid).frozen
    dialog.confirm_smart.setChecked(True)
    dialog.save()
    assert session.conversations.get(cid).frozen
    clean = session.conversations.plan(pupil.id, ConversationDraft(
        on=TODAY, place="Kamer IB", subject="Gym", staff=(("Pieter Bakker", ""),),
        guardians=(("Thi Lan Nguyen", "moeder"),)))
    plain = HandOutDialog(session.signing, clean, drafts=session.drafts)
    qtbot.addWidget(plain)
    assert plain.smart_points.isHidden() and plain.confirm_smart.isHidden()


def test_notulist_who_also_attends_gets_a_warning(qtbot, session):
    dialog = ConversationDialog(session, _pupil(session, "Emre Çelik"))
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("zwaar"))
    dialog.show()
    director = next(s for s in session.basedata.staff() if s.role)
    _check(dialog.staff, director.name)
    dialog.notulist.setText(f" {director.name.upper()} ")
    assert dialog.notulist_warning.isVisible()
    assert f"is ook aanwezig als {director.role}" in dialog.notulist_warning.text()
    assert "onafhankelijke derde" in dialog.notulist_warning.text()
    dialog.notulist.setText("Rachid El Idrissi")
    assert not dialog.notulist_warning.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("regulier"))
    dialog.notulist.setText(director.name)
    assert not dialog.notulist_warning.isVisible()  # no notulist in a regular conversation
    dialog.reject()


def test_a_new_conversation_asks_for_its_date(qtbot, session):
    """Walk s34 checked whether the empty date of a new zorggesprek should be today, as
    in the logboek: no. The talk is mostly planned ahead (page 1), and a date today left
    standing would record it as held (the meldcode takes only a talk that took place).
    The field says what date it wants; saving without one names the field."""
    dialog = ConversationDialog(session, _pupil(session, "Minh Nguyen"))
    qtbot.addWidget(dialog)
    assert dialog.on.text() == ""
    assert "gepland gesprek" in dialog.on.toolTip()
    dialog.subject.setText("Gymspullen")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.errors["on"].text() == "Vul de datum van het gesprek in."
    assert dialog.subject.text() == "Gymspullen"
