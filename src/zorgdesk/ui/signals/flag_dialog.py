"""Vlaggensysteem: describe behaviour, judge six criteria, confirm or override the flag.

The suggestion (domain.flags) is shown live with its reasoning and the seed's
pedagogical response. Choosing another flag than suggested needs a reason; the
dialog stays open with everything typed until the assessment is valid.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.signals.check import FlagAssessment, FlagDraft
from zorgdesk.domain.signals.flags import FLAG_ORDER, Score
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.signals.service import SignalService
from zorgdesk.ui.eliding_combo import ElidingComboBox
from zorgdesk.ui.form_drafts import restore, snapshot
from zorgdesk.ui.unsaved import DraftPlace, guard_with_draft
from zorgdesk.ui.widgets import (
    add_row,
    error_label,
    focus_first_field,
    narrow_combo,
    show_error,
    show_first_problem,
)
from zorgdesk.ui.window_size import fit_to_screen

FLAG_COLOURS = {"groen": "#2e7d32", "geel": "#f9a825", "rood": "#c62828", "zwart": "#000000"}
_SCORE_LABELS = [("", "— kies —"), (Score.VOLDAAN.value, "voldaan"),
                 (Score.LICHT.value, "licht overschreden"),
                 (Score.ERNSTIG.value, "ernstig overschreden"),
                 (Score.ZWAAR.value, "zwaar overschreden")]


def flag_badge(flag_id: str) -> str:
    """Colour swatch plus the word: the colour alone would not be enough."""
    return (f"<span style='background:{FLAG_COLOURS[flag_id]}; color:{FLAG_COLOURS[flag_id]}'>"
            f"&#9632;&#9632;</span> <b>{flag_id.upper()}</b>")


def _text_edit(accessible: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(accessible)
    edit.setFixedHeight(70)
    return edit


def _with_hint(box: QComboBox, hint_text: str) -> QWidget:
    """A criterion's score with its description in grey right under it."""
    hint = QLabel(hint_text)
    hint.setWordWrap(True)
    hint.setStyleSheet("color: #555;")
    cell = QWidget()
    stack = QVBoxLayout(cell)
    stack.setContentsMargins(0, 0, 0, 4)
    stack.setSpacing(1)
    stack.addWidget(box)
    stack.addWidget(hint)
    return cell


# Drafts of the form: key "nieuw:<pupil>" from the Signalenlijst tab, or from
# an incident ("incident:<id>:<pupil>"; saved there, the flag is linked to that incident).
FLAG_DRAFT = "vlag"


def _flag_state(dialog: FlagDialog) -> dict:
    """What is typed and chosen, and whether the IB chose the flag herself."""
    return {"chose_flag": dialog._user_chose_flag, **snapshot(dialog)}


def _restore_flag_state(dialog: FlagDialog, state: dict) -> None:
    # Before the scores: a score put back sets the suggested flag unless she chose one.
    dialog._user_chose_flag = state.get("chose_flag") is True
    restore(dialog, state)
    dialog._refresh()


class FlagDialog(QDialog):
    def __init__(self, service: SignalService, pupil_id: int, pupil_name: str,
                 user_name: str, parent: QWidget | None = None,
                 draft: DraftPlace | None = None) -> None:
        """``draft``: where what is typed is kept until it is saved (ui/unsaved.py)."""
        super().__init__(parent)
        self.service, self.pupil_id = service, pupil_id
        self.saved_id: int | None = None
        self.system = service.vlaggensysteem()
        self.setWindowTitle(f"Vlaggensysteem — {pupil_name}")
        fit_to_screen(self, 780, 700)
        self.errors = {key: error_label(f"Fout: {key}") for key in (
            "assessed_on", "assessed_by", "behaviour", "scores", "confirmed_flag",
            "override_reason")}
        form = QFormLayout()
        self._add_behaviour_rows(form, f"{service.today:%d-%m-%Y}", user_name)
        self._add_criteria_rows(form)
        self._add_flag_rows(form)
        buttons = self._buttons()
        # Scrollable: a school laptop screen is often only 768 pixels high.
        inner = QWidget()
        inner.setLayout(form)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(inner)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        self._refresh()
        focus_first_field(self)
        # Escape, Annuleren and the window's X ask before typing goes (and keep a draft).
        self.guard = guard_with_draft(self, buttons, draft, layout, _flag_state,
                                      _restore_flag_state)

    # -- building ------------------------------------------------------------------

    def _add_behaviour_rows(self, form: QFormLayout, today: str, user_name: str) -> None:
        """When, by whom, and the behaviour itself."""
        self.assessed_on = QLineEdit(today)
        self.assessed_by = QLineEdit(user_name)
        self.behaviour = _text_edit("Beschrijving van het gedrag")
        self.behaviour.setPlaceholderText("Feitelijk: wat deed wie, waar, wanneer; wie zag het?")
        add_row(form, "&Datum:", self.assessed_on, "Datum van de beoordeling")
        form.addRow(self.errors["assessed_on"])
        add_row(form, "&Beoordeeld door:", self.assessed_by, "Beoordeeld door")
        form.addRow(self.errors["assessed_by"])
        add_row(form, "&Gedrag:", self.behaviour, "Beschrijving van het gedrag")
        form.addRow(self.errors["behaviour"])

    def _add_criteria_rows(self, form: QFormLayout) -> None:
        """The six criteria, each a score with its description under it (Alt+1..6)."""
        heading = QLabel("<b>Zes criteria</b> (per criterium: is het voldaan, of hoe zwaar "
                         "is het overschreden?)")
        # Wraps: on one line it made the form scroll sideways at 12 pt, the captions cut
        # to 'm:' (walk s34, e10).
        heading.setWordWrap(True)
        form.addRow(heading)
        self.scores: dict[str, QComboBox] = {}
        for n, criterion in enumerate(self.system.criteria, start=1):
            box = QComboBox()
            for value, label in _SCORE_LABELS:
                box.addItem(label, value)
            box.setToolTip(criterion.description)
            box.currentIndexChanged.connect(self._refresh)
            box.setAccessibleName(criterion.name)
            box.setAccessibleDescription(criterion.description)
            self.scores[criterion.id] = box
            caption = QLabel(f"&{n}. {criterion.name}:")
            caption.setBuddy(box)
            form.addRow(caption, _with_hint(box, criterion.description))
        form.addRow(self.errors["scores"])

    def _add_flag_rows(self, form: QFormLayout) -> None:
        """The suggested flag with its reasoning, the flag the IB sets, and why it
        differs from the suggestion."""
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setAccessibleName("Voorgestelde vlag")
        self.suggestion.setFrameShape(QLabel.Shape.StyledPanel)
        form.addRow(self.suggestion)
        # As wide as the form allows, the choice ending in '…' (whole in the open list and
        # the tooltip): as wide as its longest flag it made the form scroll sideways at
        # 12 pt (walk s34: 535 px of the 742 beside a 234 px caption).
        self.confirmed = narrow_combo(ElidingComboBox(), 16)
        for flag in self.system.flags:
            self.confirmed.addItem(f"{flag.id} — {flag.description}", flag.id)
        self.confirmed.view().setMinimumWidth(self.confirmed.view().sizeHintForColumn(0))
        self.confirmed.activated.connect(self._flag_chosen)
        self._user_chose_flag = False
        add_row(form, "&Vastgestelde vlag:", self.confirmed, "Vastgestelde vlag")
        form.addRow(self.errors["confirmed_flag"])
        self.override_reason = _text_edit("Reden van afwijken")
        self.override_reason.setPlaceholderText("Verplicht als u afwijkt van het voorstel")
        add_row(form, "&Reden van afwijken:", self.override_reason, "Reden van afwijken")
        form.addRow(self.errors["override_reason"])

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("&Opslaan")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Annu&leren")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons

    def score_values(self) -> dict[str, str]:
        return {cid: box.currentData() for cid, box in self.scores.items() if box.currentData()}

    def _flag_chosen(self, _index: int) -> None:
        self._user_chose_flag = True
        self._refresh()

    def _refresh(self, *_args) -> None:
        try:
            suggestion = self.service.suggest(self.score_values())
        except ValueError as exc:
            self.suggestion.setText(f"<i>{exc}</i>")
            self._suggested = None
            return
        self._suggested = suggestion.flag.id
        if not self._user_chose_flag:
            self.confirmed.setCurrentIndex(FLAG_ORDER.index(suggestion.flag.id))
        differs = self.confirmed.currentData() != suggestion.flag.id
        self.suggestion.setText(
            f"Voorstel: {flag_badge(suggestion.flag.id)} — {suggestion.flag.description}"
            f"<br>{suggestion.reasoning}<br><b>Reactie volgens het beleidsplan:</b> "
            f"{suggestion.response}.<br><i>{suggestion.safety_note}</i>"
            + ("<br><b>U wijkt af van het voorstel: vul de reden in.</b>" if differs else ""))

    def save(self) -> None:
        for label in self.errors.values():
            show_error(label, "")
        chosen = self.confirmed.currentData() if self._user_chose_flag else ""
        draft = FlagDraft(self.assessed_on.text(), self.assessed_by.text(),
                          self.behaviour.toPlainText(), self.score_values(), chosen,
                          self.override_reason.toPlainText())
        try:
            self.saved_id = self.service.save_flag_assessment(self.pupil_id, draft)
        except ValidationError as err:
            for key, label in self.errors.items():
                show_error(label, " ".join(err.for_field(key)))
            first = next(key for key in self.errors if err.for_field(key))
            fields = {"assessed_on": self.assessed_on, "assessed_by": self.assessed_by,
                      "behaviour": self.behaviour, "confirmed_flag": self.confirmed,
                      "override_reason": self.override_reason}
            show_first_problem(self.errors[first], fields.get(first))
            return
        if self.drafts is not None:
            self.drafts.saved()  # the draft has done its job
        self.accept()


class FlagsPage(QWidget):
    """Earlier assessments of the pupil, newest first (a new one: the tab's toolbar)."""

    def __init__(self) -> None:
        super().__init__()
        self.list = QListWidget()
        self.list.setAccessibleName("Eerdere beoordelingen")
        # A line longer than the list ends in '…' (whole in its tooltip): with a larger
        # font a sideways scroll bar hid the end of every line (walk s32).
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._show)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("Beoordeling")
        caption = QLabel("Eerdere beoor&delingen:")
        caption.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addWidget(self.detail, 3)
        layout.addLayout(body, 1)
        self.assessments: list[FlagAssessment] = []

    def show_assessments(self, assessments: list[FlagAssessment], names: dict[str, str]) -> None:
        self._names = names
        self.assessments = list(reversed(assessments))
        self.list.clear()
        for a in self.assessments:
            text = f"{a.assessed_on:%d-%m-%Y} · {a.confirmed_flag.upper()} · {a.assessed_by}"
            if a.overridden:
                text += f" (voorstel was {a.suggested_flag})"
            QListWidgetItem(text, self.list).setToolTip(text)
        if self.assessments:
            self.list.setCurrentRow(0)
        else:
            # Where a new one starts: the toolbar's drop-down, not this page (walk s34).
            self.detail.setPlainText(
                "Nog geen beoordelingen met het Vlaggensysteem.\n\nEen nieuwe beoordeling "
                "begint u met Verloop en vlaggen > Vlaggensysteem: nieuwe beoordeling… "
                "(Ctrl+Shift+V).")

    def _show(self, *_args) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.assessments):
            return
        a = self.assessments[row]
        words = dict(_SCORE_LABELS)
        scores = "".join(f"<li>{escape(name)}: {escape(words.get(a.scores[cid], ''))}</li>"
                         for cid, name in self._names.items() if cid in a.scores)
        override = (f"<p><b>Afwijking van het voorstel ({a.suggested_flag}):</b> "
                    f"{escape(a.override_reason)}</p>" if a.overridden else "")
        self.detail.setHtml(
            f"<p>{flag_badge(a.confirmed_flag)} vastgesteld op {a.assessed_on:%d-%m-%Y} door "
            f"{escape(a.assessed_by)}</p><p><b>Gedrag:</b> {escape(a.behaviour)}</p>"
            f"<ul>{scores}</ul><p><b>Voorstel:</b> {escape(a.suggestion_reasoning)}</p>{override}")
