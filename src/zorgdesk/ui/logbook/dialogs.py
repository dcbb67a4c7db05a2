"""Small logboek dialogs: history, parents' view, correction requests, sharing.

The forms among them are ``SmallFormDialog``s (ui/small_form.py): problems at their
fields, and what is typed kept as a draft until it is saved.
"""

from __future__ import annotations

from html import escape
from zlib import crc32

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.logbook import (
    INTERPRETATION_LABEL,
    OBSERVATION_DOMAINS,
    CorrectionOutcome,
    CorrectionRequest,
    EntryKind,
    EntryVersion,
)
from zorgdesk.domain.sharing import BASES, SharingDraft
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.logbook.progress import OUTCOME_LABELS
from zorgdesk.services.session import Session
from zorgdesk.ui.background import run_in_background
from zorgdesk.ui.logbook.request_changes import RequestChangesBox
from zorgdesk.ui.logbook.request_supplements import RequestSupplementsBox
from zorgdesk.ui.messages import ask_choice
from zorgdesk.ui.small_form import SmallFormDialog
from zorgdesk.ui.window_size import fit_to_screen


def _h(text: str) -> str:
    return escape(text or "").replace("\n", "<br>")


def _row(label: str, value: str) -> str:
    return f"<tr><td><b>{_h(label)}</b></td><td>{_h(value)}</td></tr>"


def version_html(version: EntryVersion, signalled_by: str = "") -> str:
    """A version as HTML; the interpretation sits in its own labelled, coloured block."""
    e = version.content
    when = f"{e.entry_date:%d-%m-%Y}" + (f" {e.entry_time:%H:%M}" if e.entry_time else "")
    kind = "" if e.kind is EntryKind.OBSERVATION else str(e.kind)
    rows = [("Soort notitie", kind), ("Datum en tijd", when),
            ("Observatiegebied", OBSERVATION_DOMAINS.get(e.domain or "", "")),
            ("Locatie", e.location), ("Gesignaleerd door", signalled_by),
            ("Situatie (feiten)", e.situation)]
    more = [("Bron", e.source.display if e.source else ""),
            ("Betrokkenen", ", ".join(e.involved)), ("Actie", e.action),
            ("Afspraken", e.agreements), ("Stappen bij niet nakomen", e.steps_if_not_kept),
            ("Contact met ouders", "; ".join(
                f"{c.contact_date:%d-%m-%Y} {c.mode} met {c.with_whom} {c.summary}".strip()
                for c in e.parent_contacts)),
            ("Afspraken met ouders", "; ".join(
                f"{a.text} (evaluatie {a.evaluation_date:%d-%m-%Y})"
                for a in e.parent_agreements)),
            ("Ouders geïnformeerd", e.parents_informed_display),
            ("Contra-signaal", "ja" if e.counter_signal else "")]
    # One table, so every value starts in the same column (two tables each sized their
    # own label column: 'Actie' began left of 'Situatie', walk s28/s29); the
    # interpretation is a labelled, coloured row across both columns.
    html = ["<table cellspacing='0' cellpadding='3'>"]
    html += [_row(k, v) for k, v in rows if v]
    if e.interpretation:
        html.append(f"<tr><td colspan='2' bgcolor='#FFF4D6'><b>{_h(INTERPRETATION_LABEL)}"
                    f":</b><br>{_h(e.interpretation)}</td></tr>")
    html += [_row(k, v) for k, v in more if v]
    html.append("</table>")
    return "".join(html)


class HistoryDialog(QDialog):
    def __init__(self, session: Session, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Geschiedenis van de notitie")
        fit_to_screen(self, 640, 700)
        item = session.logbook.item(entry_id)
        parts = []
        for version in reversed(item.history.all_versions):
            stamp = version.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
            head = f"Versie {version.version_no} — vastgelegd door {version.author} op {stamp}"
            if version is item.history.current:
                head += " (huidige versie)"
            reason = (f"<p><b>Reden van de correctie:</b> {_h(version.reason)}</p>"
                      if version.reason else "")
            parts.append(f"<h3>{_h(head)}</h3>{reason}{version_html(version, item.signalled_by)}"
                         "<hr>")
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Alle versies van de notitie")
        self.browser.setHtml("".join(parts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("&Sluiten")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


# The small forms keep their drafts under the logboek's form name, keyed per form:
# "zienswijze:<pupil>", "correctieverzoek:<pupil>", "antwoord:<request>",
# "evaluatie:<entry>", "aanvulling:<entry>", "verstrekking:<pupil>[:<document>]".
DRAFT_FORM = "logboek"


def _pupil_of_entry(session: Session, entry_id: int) -> int:
    """The pupil a per-entry draft is kept under (an entry about several: the first)."""
    return int(session.logbook.item(entry_id).pupil_ids[0])


def about_label(session: Session, entry_ids: list[int]) -> QLabel:
    """Which note a parents' view or request is tied to: the note chosen in the logboek
    (walk s30: a request was tied to it without a word, and its answer then marked that
    note 'genoemd in het verzoek' while the parents wrote about another)."""
    if entry_ids:
        about = "; ".join(session.logbook.title(entry_id) for entry_id in entry_ids)
        text = (f"Gaat over: {about}. Dat is de notitie die in het logboek gekozen is; gaat "
                "het om een andere, kies Annuleren en kies eerst die notitie (wat u typte, "
                "blijft bewaard als concept).")
    else:
        text = "Gaat over: het dossier als geheel (in het logboek is geen notitie gekozen)."
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName("Waar dit over gaat")
    return label


class ZienswijzeDialog(SmallFormDialog):
    saved_text = "De zienswijze is opgeslagen."

    def __init__(self, session: Session, pupil_id: int, entry_ids: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__("Zienswijze van ouders toevoegen", parent)
        self.session, self.pupil_id, self.entry_ids = session, pupil_id, entry_ids
        self.received = QLineEdit(f"{session.logbook.today:%d-%m-%Y}")
        self.given_by = QLineEdit()
        self.given_by.setPlaceholderText("bijv. Ingrid van der Berg (moeder)")
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.form.addRow(about_label(session, entry_ids))
        self.row("Ontvangen o&p:", self.received, "Ontvangen op", "received")
        self.row("&Van wie:", self.given_by, "Van wie", "given_by")
        self.row("&Zienswijze:", self.text, "Zienswijze", "text")
        note = QLabel("De zienswijze wordt aan het dossier toegevoegd; de feiten blijven staan.")
        note.setWordWrap(True)
        self.form.addRow(note)
        self.finish()
        self.keep_draft(session.drafts, DRAFT_FORM, f"zienswijze:{pupil_id}", pupil_id)

    def store(self) -> None:
        self.session.parents.add_zienswijze(self.pupil_id, self.received.text(),
                                            self.given_by.text(), self.text.toPlainText(),
                                            self.entry_ids)


class CorrectionRequestDialog(SmallFormDialog):
    saved_text = "Het verzoek om correctie is opgeslagen."

    def __init__(self, session: Session, pupil_id: int, entry_ids: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__("Verzoek om correctie registreren", parent)
        self.session, self.pupil_id, self.entry_ids = session, pupil_id, entry_ids
        self.received = QLineEdit(f"{session.logbook.today:%d-%m-%Y}")
        self.requested_by = QLineEdit()
        self.request = QPlainTextEdit()
        self.request.setTabChangesFocus(True)
        self.form.addRow(about_label(session, entry_ids))
        self.row("Ontvangen o&p:", self.received, "Ontvangen op", "received")
        self.row("&Van wie:", self.requested_by, "Van wie", "requested_by")
        self.row("Ve&rzoek:", self.request, "Verzoek", "request")
        note = QLabel("Een schriftelijk verzoek wordt binnen 4 weken beantwoord.")
        self.form.addRow(note)
        self.finish()
        self.keep_draft(session.drafts, DRAFT_FORM, f"correctieverzoek:{pupil_id}", pupil_id)

    def store(self) -> None:
        self.session.parents.add_correction_request(
            self.pupil_id, self.received.text(), self.requested_by.text(),
            self.request.toPlainText(), self.entry_ids)


# Line breaks of its own: a progress dialog does not wrap and would grow off the screen.
ANSWER_PROGRESS = ("Het antwoord wordt opgeslagen. Wat verwijderd of verbeterd wordt,\n"
                   "verdwijnt nu uit de kluis; het bestand wordt opnieuw geschreven.\n"
                   "Dit kan even duren en kan niet worden afgebroken.")


CHOOSE_OUTCOME = "— kies de uitkomst —"


class AnswerRequestDialog(SmallFormDialog):
    """Answer a correction request; a grant may remove or correct entries for real.

    After a saved answer ``answered_id`` holds the request's number (a plain value), so
    the tab can show the letter to the parents.
    """

    saved_text = "Het antwoord op het verzoek om correctie is opgeslagen."

    def __init__(self, session: Session, request: CorrectionRequest,
                 parent: QWidget | None = None) -> None:
        # Its body scrolls: a restored draft with a long request and refusal reached the
        # screen's height at 125 % (walk s29).
        super().__init__("Verzoek om correctie beantwoorden", parent, width=760, height=640,
                         scroll_body=True)
        self.session, self.request_id = session, int(request.request_id)
        self.answered_id: int | None = None
        summary = QLabel(f"Ontvangen {request.received:%d-%m-%Y} van {request.requested_by}; "
                         f"uiterlijk beantwoorden op {request.due:%d-%m-%Y}.\n{request.request}")
        summary.setWordWrap(True)
        self.form.addRow(summary)
        self.outcome = QComboBox()
        # No outcome until the IB chooses one: an Enter must not grant the request.
        self.outcome.addItem(CHOOSE_OUTCOME, None)
        for outcome in CorrectionOutcome:
            if outcome is not CorrectionOutcome.PENDING:
                self.outcome.addItem(str(outcome), str(outcome))
        self.answered_on = QLineEdit(f"{session.logbook.today:%d-%m-%Y}")
        self.motivation = QPlainTextEdit()
        self.motivation.setTabChangesFocus(True)
        self.motivation.setMaximumHeight(70)
        self.row("&Uitkomst:", self.outcome, "Uitkomst", "outcome")
        self.row("&Beantwoord op:", self.answered_on, "Beantwoord op", "answered_on")
        self.row("&Motivering:", self.motivation, "Motivering", "motivation")
        self.supplements = RequestSupplementsBox(session, self.request_id)
        self.changes = RequestChangesBox(session, int(request.pupil_id), self.request_id,
                                         below=self.supplements)
        self._layout.addWidget(self.changes, 1)
        # The meldcode dossier is never removed (Wet meldcode); the letter says why, but
        # only when the IB ticks it: not every family knows of the dossier.
        self.keep_meldcode = QCheckBox(
            "Het meldcodedossier blijft bewaard (&Wet meldcode); de brief legt uit waarom")
        self.keep_meldcode.setAccessibleName("Meldcodedossier blijft bewaard, uitleg in de "
                                             "brief")
        self.keep_meldcode.setVisible(session.request_answers.has_meldcode_dossier(
            self.request_id))
        self._layout.addWidget(self.keep_meldcode)
        self.problem_label("entries", "Fout bij de stukken", self.changes)
        self.problem_label("grondslag", "Fout bij de grondslag", self.changes.grondslag)
        self.problem_label("supplements", "Fout bij wat is toegevoegd",
                           *(box for box, _key in self.supplements.boxes))
        self.problem_label("pupil_ids", "Fout bij de leerlingen")
        self.problem_label("meldcode", "Fout bij het meldcodedossier", self.keep_meldcode)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()
        self.set_save_text("&Opslaan en brief maken")
        self.finish()
        # Only the answer itself: which stukken go is chosen again, never put back unseen.
        self.keep_draft(session.drafts, DRAFT_FORM, f"antwoord:{self.request_id}",
                        int(request.pupil_id), _answer_state, _restore_answer)

    def _outcome_changed(self, *_args) -> None:
        granting = self.outcome.currentData() in ("toegewezen", "deels toegewezen")
        self.changes.setEnabled(granting)  # with what was added, in its list

    def save(self) -> None:
        if self.outcome.currentData() is None:
            self.show_errors([("outcome", "Kies de uitkomst: toegewezen, deels toegewezen, "
                                          "afgewezen of ingetrokken.")])
            return
        if self.changes.isEnabled() and self.changes.missing_corrections():
            self.show_errors([("entries", "Typ eerst de verbeterde tekst (knop "
                                          "'Verbeterde tekst…') of kies 'Blijft staan'.")])
            return
        answer = self._answer()
        try:  # asked "definitief verwijderen?" only for an answer that will be saved
            self.session.request_answers.check(self.request_id, *answer[0], **answer[1])
        except ValidationError as exc:
            self.show_errors(exc.problems)
            return
        removals = len(answer[1]["remove"]) + len(answer[1]["remove_records"])
        if removals and not ask_choice(
                self, "Definitief verwijderen",
                f"{removals} stuk(ken) worden definitief uit de kluis verwijderd, met "
                "aanvullingen, bijlagen, zoekgegevens en de kopieën op agenda's van "
                "zorggesprekken. Dit kan niet ongedaan worden gemaakt.", "&Verwijderen"):
            return
        super().save()

    def _answer(self) -> tuple[tuple, dict]:
        granted = self.changes.isEnabled()
        return ((self.outcome.currentData(), self.answered_on.text(),
                 self.motivation.toPlainText()),
                {"remove": self.changes.removals() if granted else [],
                 "correct": self.changes.corrected() if granted else {},
                 "grondslag": self.changes.grondslag.currentText() if granted else "",
                 "remove_records": self.changes.record_removals() if granted else [],
                 "supplemented": self.supplements.chosen() if granted else [],
                 "keep_meldcode": not self.keep_meldcode.isHidden()
                 and self.keep_meldcode.isChecked()})

    def store(self) -> None:
        args, kwargs = self._answer()
        service = self.session.request_answers
        if not (kwargs["remove"] or kwargs["correct"] or kwargs["remove_records"]):
            service.answer(self.request_id, *args, **kwargs)
        else:  # the removal rewrites the whole file: off the UI thread, not cancellable
            work = service.answering_for_worker(self.request_id, *args, **kwargs)
            emptied = run_in_background(self, "Verzoek beantwoorden", ANSWER_PROGRESS,
                                        lambda _progress: work(), cancellable=False)
            self.session.settle_compact(emptied)
        self.answered_id = self.request_id


class AgreementEvaluationDialog(SmallFormDialog):
    """'Afspraak geëvalueerd': the evaluation of an agreement with parents was held."""

    saved_text = "De evaluatie van de afspraak is opgeslagen."

    def __init__(self, session: Session, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__("Afspraak met ouders geëvalueerd", parent)
        self.session, self.entry_id = session, entry_id
        self.agreement = QComboBox()
        for place, agreement in session.agreement_evaluations.open_agreements(entry_id):
            self.agreement.addItem(
                f"{agreement.text} (evaluatie {agreement.evaluation_date:%d-%m-%Y})", place)
        self.evaluated_on = QLineEdit(f"{session.logbook.today:%d-%m-%Y}")
        self.evaluated_on.setPlaceholderText("dd-mm-jjjj")
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText("Kort: hoe ging het, wat is er verder afgesproken?")
        self.row("&Afspraak:", self.agreement, "Afspraak", "agreement")
        self.row("&Geëvalueerd op:", self.evaluated_on, "Geëvalueerd op", "evaluated_on")
        self.row("&Uitkomst:", self.note, "Uitkomst van de evaluatie", "note")
        note = QLabel("Een geëvalueerde afspraak staat daarna niet meer in Vandaag.")
        note.setWordWrap(True)
        self.form.addRow(note)
        self.finish()
        self.keep_draft(session.drafts, DRAFT_FORM, f"evaluatie:{entry_id}",
                        _pupil_of_entry(session, entry_id))

    def store(self) -> None:
        place = self.agreement.currentData()
        self.session.agreement_evaluations.mark_evaluated(
            self.entry_id, -1 if place is None else int(place), self.evaluated_on.text(),
            self.note.toPlainText())


class SharingDialog(SmallFormDialog):
    saved_text = "De verstrekking is opgeslagen."

    def __init__(self, session: Session, pupil_id: int, what: str = "",
                 parent: QWidget | None = None, *, shared_with: str = "",
                 basis: str = "") -> None:
        super().__init__("Verstrekking vastleggen", parent)
        self.session, self.pupil_id = session, pupil_id
        intro = QLabel("Leg vast dat u gegevens over deze leerling aan iemand buiten de "
                       "school hebt gegeven of laten zien (een verslag aan Veilig Thuis, de "
                       "jeugdarts of een nieuwe school), met de grondslag waarop. Zo kunt u "
                       "ouders bij een inzageverzoek laten zien wie wat heeft ontvangen (AVG). "
                       "Drukt u in ZorgDesk een stuk af of slaat u het op, dan opent dit "
                       "formulier vanzelf, al ingevuld; blijft het stuk op school, kies dan "
                       "Annuleren.")
        intro.setWordWrap(True)
        intro.setAccessibleName("Waarvoor dit formulier is")
        self.form.addRow(intro)
        self.shared_on = QLineEdit(f"{session.logbook.today:%d-%m-%Y}")
        self.shared_with = QLineEdit(shared_with)
        self.what = QLineEdit(what)
        self.basis = QComboBox()
        self.basis.setEditable(True)
        self.basis.addItems(BASES)
        if basis:
            self.basis.setEditText(basis)
        self.row("&Datum:", self.shared_on, "Datum van de verstrekking", "shared_on")
        self.row("&Met wie:", self.shared_with, "Met wie gedeeld", "shared_with")
        self.row("&Wat:", self.what, "Wat is gedeeld", "what")
        self.row("&Grondslag:", self.basis, "Grondslag", "basis")
        self.finish()
        # A prefilled form (after printing a document) has a draft of its own per document.
        key = f"verstrekking:{pupil_id}" + (f":{crc32(what.encode())}" if what else "")
        self.keep_draft(session.drafts, DRAFT_FORM, key, pupil_id)
        # A long prefilled text reads from its start, not its tail (walk s30, 77.png:
        # 'het verzoek om correctie of verwijdering ...' without 'Antwoord op').
        for edit in (self.shared_with, self.what, self.basis.lineEdit()):
            edit.setCursorPosition(0)

    def store(self) -> None:
        self.session.parents.record_sharing(self.pupil_id, SharingDraft(
            self.shared_with.text(), self.what.text(), self.basis.currentText(),
            self.shared_on.text()))


class ProgressDialog(SmallFormDialog):
    saved_text = "De aanvulling over het verloop is opgeslagen."

    def __init__(self, session: Session, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__("Aanvulling over het verloop", parent)
        self.session, self.entry_id = session, entry_id
        title = session.logbook.title(entry_id)
        intro = QLabel(f"Bij de notitie: {escape(title)}. Schrijf wat er daarna gebeurde; "
                       "de notitie zelf blijft zoals hij is.")
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.note_date = QLineEdit(f"{session.logbook_progress.today:%d-%m-%Y}")
        self.note_time = QLineEdit()
        self.note_time.setPlaceholderText("uu:mm (mag leeg)")
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText("Feiten: wat is er gezien, gehoord of afgesproken, "
                                     "door wie, hoe vaak.")
        self.outcome = QComboBox()
        for outcome, label in OUTCOME_LABELS.items():
            self.outcome.addItem(label, outcome.value)
        self.row("&Datum:", self.note_date, "Datum van de aanvulling", "note_date")
        self.row("&Tijd:", self.note_time, "Tijd van de aanvulling", "note_time")
        self.row("&Verloop:", self.text, "Verloop", "text")
        self.row("&Eerder verhaal of vermoeden:", self.outcome,
                 "Eerder verhaal of vermoeden", "outcome")
        self.finish()
        self.keep_draft(session.drafts, DRAFT_FORM, f"aanvulling:{entry_id}",
                        _pupil_of_entry(session, entry_id))
        self.text.setFocus()

    def store(self) -> None:
        self.session.logbook_progress.add(self.entry_id, self.note_date.text(),
                                          self.note_time.text(), self.text.toPlainText(),
                                          self.outcome.currentData())


# -- the answer's draft: outcome, date, motivation (ui/small_form.py keeps it) ------------

def _answer_state(dialog: AnswerRequestDialog) -> dict:
    return {"outcome": dialog.outcome.currentData(), "answered_on": dialog.answered_on.text(),
            "motivation": dialog.motivation.toPlainText(),
            "keep_meldcode": dialog.keep_meldcode.isChecked()}


def _restore_answer(dialog: AnswerRequestDialog, state: dict) -> None:
    index = dialog.outcome.findData(state.get("outcome"))
    if index >= 0:
        dialog.outcome.setCurrentIndex(index)
    for key, widget in (("answered_on", dialog.answered_on),
                        ("motivation", dialog.motivation)):
        if isinstance(state.get(key), str):
            if isinstance(widget, QLineEdit):
                widget.setText(state[key])
            else:
                widget.setPlainText(state[key])
    dialog.keep_meldcode.setChecked(bool(state.get("keep_meldcode")))
