"""Walk s34: every dialog in which the IB types text about a pupil, the school or its
people, typed into and then left the four ways typing used to get lost: Escape, the
window's X, the idle lock, quitting. After each the typing is still there: on screen
(the form asked and the IB went on typing) or in a draft in the vault (the form closed
and keeps it, as the logboek forms do on Escape).

s35 added Leerlingen importeren (the file, the columns, the date), Back-up terugzetten
(the paths), Kluis overdragen (the successor's name; the passphrases of both are never
kept: test_drafts_import_restore) and the staff-abuse route's first step (the same
StepDialog as the incident, other fields).

The lock and quitting both first call ``save_open_drafts()`` and then close every
dialog (``reject()``, AppController.lock / _close_everything); the full lock and unlock
through the app is tested per form elsewhere (test_drafts_*). Left out on purpose: the
passphrase dialogs (Ontgrendelen, Wachtwoord wijzigen: a passphrase is never written
anywhere, and they hold nothing else), the search and
filter fields (they choose, they hold no text of the IB's), and the first-run dialog
(there is no vault yet to keep a draft in). The meldcode and signalenlijst forms live in tabs,
not dialogs: their drafts over the lock are tested in test_meldcode_tab/test_signals_tab.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt

from zorgdesk.domain.conversations.draft import ConversationDraft
from zorgdesk.ui.form_drafts import save_open_drafts

MARK = "Walkproef s34"


def _entry(session, zoe) -> int:
    return session.logbook.chronology(zoe.id)[0].entry_id


def _first_text(dialog):
    """The first field the IB can type in (not a search field, not read-only)."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

    for widget in dialog.findChildren(QWidget):
        if (isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit)
                and widget.isVisibleTo(dialog) and widget.isEnabled() and not widget.isReadOnly()
                and not (isinstance(widget, QLineEdit)
                         and widget.echoMode() != QLineEdit.EchoMode.Normal)  # passphrase
                and "zoek" not in widget.accessibleName().lower()
                and widget.parentWidget().metaObject().className() not in (
                    "QComboBox", "QSpinBox", "PupilChecklist")):
            return widget
    raise AssertionError(f"no text field in {type(dialog).__name__}")


def _zienswijze(session, zoe):
    from zorgdesk.ui.logbook.dialogs import ZienswijzeDialog
    return ZienswijzeDialog(session, zoe.id, [_entry(session, zoe)])


def _correction(session, zoe):
    from zorgdesk.ui.logbook.dialogs import CorrectionRequestDialog
    return CorrectionRequestDialog(session, zoe.id, [_entry(session, zoe)])


def _answer(session, zoe):
    from zorgdesk.ui.logbook.dialogs import AnswerRequestDialog
    request = next(r for r in session.parents.correction_requests(zoe.id) if r.is_open)
    return AnswerRequestDialog(session, request)


def _evaluation(session, zoe):
    from zorgdesk.ui.logbook.dialogs import AgreementEvaluationDialog
    entry = next(item.entry_id for item in session.logbook.chronology(zoe.id)
                 if session.agreement_evaluations.open_agreements(item.entry_id))
    return AgreementEvaluationDialog(session, entry)


def _sharing(session, zoe):
    from zorgdesk.ui.logbook.dialogs import SharingDialog
    return SharingDialog(session, zoe.id)


def _progress(session, zoe):
    from zorgdesk.ui.logbook.dialogs import ProgressDialog
    return ProgressDialog(session, _entry(session, zoe))


def _entry_form(session, zoe):
    from zorgdesk.ui.logbook.entry_form import EntryDialog
    return EntryDialog(session, zoe)


def _conversation(session, zoe):
    from zorgdesk.ui.conversations.dialog import ConversationDialog
    return ConversationDialog(session, zoe)


def _planned(session, zoe) -> int:
    return session.conversations.plan(zoe.id, ConversationDraft(
        on=date(2026, 11, 20), place="Kamer IB", subject="Gymspullen",
        staff=(("Pieter Bakker", ""),), guardians=(("Sanne van der Berg", "moeder"),)))


def _hand_out(session, zoe):
    from zorgdesk.ui.conversations.signature_dialogs import HandOutDialog
    return HandOutDialog(session.signing, _planned(session, zoe), drafts=session.drafts)


def _frozen(session) -> int:
    return next(c.id for p in session.basedata.pupils()
                for c in session.conversations.for_pupil(p.id) if c.frozen)


def _signature(session, zoe):
    from zorgdesk.ui.conversations.signature_dialogs import SignatureDialog
    return SignatureDialog(session.signing, _frozen(session), drafts=session.drafts)


def _addendum(session, zoe):
    from zorgdesk.ui.conversations.signature_dialogs import AddendumDialog
    return AddendumDialog(session.signing, _frozen(session), drafts=session.drafts)


def _anonymise(session, zoe):
    from zorgdesk.ui.anonymise.dialog import AnonymiseDialog
    return AnonymiseDialog(session, zoe.id)


def _inzage(session, zoe):
    from zorgdesk.ui.inzage_dialog import InzageDialog
    return InzageDialog(session, zoe.id)


def _transfer(session, zoe):
    from zorgdesk.ui.transfer.dialog import TransferDialog
    return TransferDialog(session, zoe.id)


def _flag(session, zoe):
    from zorgdesk.ui.signals.flag_dialog import FLAG_DRAFT, FlagDialog
    from zorgdesk.ui.unsaved import draft_place
    return FlagDialog(session.signals, zoe.id, zoe.display_name, session.user_name,
                      draft=draft_place(session, FLAG_DRAFT, f"nieuw:{zoe.id}", zoe.id))


def _incident(session, zoe):
    from zorgdesk.ui.peer_incident import steps
    from zorgdesk.ui.peer_incident.step_dialog import StepDialog
    from zorgdesk.ui.unsaved import draft_of_no_pupil
    return StepDialog(steps.START, lambda values: None, date(2026, 11, 20),
                      draft=draft_of_no_pupil(session, "incident", "nieuw"))


def _staff_abuse(session, zoe):
    from zorgdesk.ui.peer_incident.step_dialog import StepDialog
    from zorgdesk.ui.staff_abuse.dialog import DRAFT_FORM
    from zorgdesk.ui.staff_abuse.steps import START
    from zorgdesk.ui.unsaved import draft_of_no_pupil
    pupils = ((None, "— kies een leerling —"), (str(zoe.id), zoe.display_name))
    return StepDialog(START, lambda values: None, date(2026, 11, 20),
                      choices={"pupil": pupils},
                      draft=draft_of_no_pupil(session, DRAFT_FORM, "nieuw"))


def _handover(session, zoe):
    from zorgdesk.ui.vault.handover_dialog import HandoverDialog
    return HandoverDialog(session)


def _social_map(session, zoe):
    from zorgdesk.ui.social_map.dialog import SocialMapDialog
    dialog = SocialMapDialog(session)
    dialog.new_button.click()
    return dialog


def _yearly_account(session, zoe):
    from zorgdesk.ui.yearly_account.dialog import YearlyAccountDialog
    return YearlyAccountDialog(session)


def _manage(tab: str):
    def build(session, zoe):
        from zorgdesk.ui.pupils.manage_dialog import ManageDialog
        dialog = ManageDialog(session, pupil_id=zoe.id)
        page = getattr(dialog, tab)
        dialog.tabs.setCurrentWidget(page)
        if tab == "staff":
            page.list.setCurrentRow(0)
        return dialog
    return build


def _settings(session, zoe):
    from zorgdesk.ui.settings_dialog import SettingsDialog
    return SettingsDialog(session)


def _school_year(session, zoe):
    from zorgdesk.ui.pupils.school_year_dialog import SchoolYearDialog
    return SchoolYearDialog(session)


def _removal_reason(session, zoe):
    from zorgdesk.ui.attachments.dialog import reason_draft
    from zorgdesk.ui.attachments.viewers import RemovalReasonDialog
    return RemovalReasonDialog("brief.pdf", None, reason_draft(session.drafts, zoe.id, 1))


def _import(session, zoe):
    from tests.services.test_pupil_import import PARNASSYS
    from zorgdesk.ui.pupils.import_dialog import ImportDialog
    export = session.vault.path.with_name("export.csv")
    export.write_text(PARNASSYS, encoding="utf-8")
    dialog = ImportDialog(session, start_dir=export.parent)
    dialog.load(export)  # the date is the one field typed in; the columns are chosen
    return dialog


def _restore(session, zoe):
    from zorgdesk.ui.vault.backup_dialogs import RestoreDialog
    return RestoreDialog(start_dir=session.vault.path.parent, drafts=session.drafts)


FORMS = {
    "logboeknotitie": _entry_form, "zienswijze": _zienswijze, "verzoek om correctie":
    _correction, "verzoek beantwoorden": _answer, "afspraak geëvalueerd": _evaluation,
    "verstrekking": _sharing, "verloop": _progress, "zorggesprek": _conversation,
    "verslag uitreiken": _hand_out, "ondertekening": _signature, "aanvulling": _addendum,
    "anonieme casus": _anonymise, "inzage-export": _inzage, "overdrachtsdossier": _transfer,
    "signaleringsvlag": _flag, "incident": _incident, "misbruik medewerker": _staff_abuse,
    "sociale kaart": _social_map,
    "jaarverantwoording": _yearly_account, "leerlingen beheren": _manage("pupils"),
    "groepen": _manage("groups"), "medewerkers": _manage("staff"),
    "instellingen": _settings, "nieuw schooljaar": _school_year,
    "bijlage uit dossier": _removal_reason, "leerlingen importeren": _import,
    "back-up terugzetten": _restore, "kluis overdragen": _handover,
}


def _kept(session, mark: str) -> bool:
    """The mark is in a draft in the vault (any form, any pupil)."""
    drafts = [d for p in session.basedata.pupils(include_inactive=True)
              for d in session.drafts.for_pupil(p.id)] + session.drafts.without_pupil()
    return any(mark in json.dumps(d.fields, ensure_ascii=False) for d in drafts)


@pytest.fixture
def typed_in(qtbot, session, zoe, shown):
    """``typed_in(build)``: the form built and shown, the mark typed in its first field
    (as much of it as fits: the settings take 6 characters). Returns the dialog, the
    field and what was typed."""

    def make(build):
        dialog = build(session, zoe)
        qtbot.addWidget(dialog)
        shown(dialog)
        field = _first_text(dialog)
        field.setFocus()
        field.selectAll()
        mark = MARK[:field.maxLength()] if hasattr(field, "maxLength") else MARK
        qtbot.keyClicks(field, mark)
        return dialog, field, mark

    return make


def _still_there(session, typed) -> bool:
    dialog, field, mark = typed
    text = field.text() if hasattr(field, "text") else field.toPlainText()
    return (dialog.isVisible() and mark in text) or _kept(session, mark)


@pytest.mark.parametrize("build", FORMS.values(), ids=FORMS.keys())
def test_escape_loses_no_typing(build, typed_in, session, asked, qtbot):
    typed = typed_in(build)
    asked.answers.append(False)  # Verder invullen, if it is asked
    qtbot.keyClick(typed[1], Qt.Key.Key_Escape)
    assert _still_there(session, typed)


@pytest.mark.parametrize("build", FORMS.values(), ids=FORMS.keys())
def test_the_windows_x_loses_no_typing(build, typed_in, session, asked, window_close):
    typed = typed_in(build)
    asked.answers.append(False)  # Verder invullen, if it is asked
    window_close(typed[0])
    assert _still_there(session, typed)


@pytest.mark.parametrize("build", FORMS.values(), ids=FORMS.keys())
def test_the_lock_and_quitting_lose_no_typing(build, typed_in, session, asked):
    dialog, _field, mark = typed_in(build)
    save_open_drafts()  # what the lock and quitting do first
    assert _kept(session, mark)
    dialog.reject()  # then every dialog closes
    assert _kept(session, mark) and asked.questions == []
